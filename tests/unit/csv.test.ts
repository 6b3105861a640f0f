import { describe, expect, it } from 'vitest';
import { parseCsv, toCsv } from '../../src/lib/csv.ts';

describe('parseCsv', () => {
  it('lit l’en-tête, transforme les cellules vides en null et garde les chaînes telles quelles', () => {
    const { header, rows } = parseCsv('id,valeur,note\na,007,\nb,1.5, \n');
    expect(header).toEqual(['id', 'valeur', 'note']);
    expect(rows.map((row) => row.cells)).toEqual([
      { id: 'a', valeur: '007', note: null },
      { id: 'b', valeur: '1.5', note: null },
    ]);
  });
  it('tolère une marque d’ordre d’octets (BOM)', () => {
    const { header } = parseCsv('\uFEFFid,titre\nx,y\n');
    expect(header).toEqual(['id', 'titre']);
  });
  it('donne la ligne physique de chaque enregistrement, sauts de ligne entre guillemets compris', () => {
    const text = 'id,note\na,"une\nnote sur\ntrois lignes"\nb,simple\n\nc,après une ligne vide\n';
    expect(parseCsv(text).rows.map((row) => [row.cells['id'], row.line])).toEqual([
      ['a', 2],
      ['b', 5],
      ['c', 7],
    ]);
  });
  it('compte les champs d’une ligne trop longue ou trop courte', () => {
    const { rows } = parseCsv('a,b\n1,2,3\n4\n');
    expect(rows.map((row) => row.fieldCount)).toEqual([3, 1]);
  });
  it('lit les fins de ligne CRLF', () => {
    const { rows } = parseCsv('id,titre\r\na,b\r\nc,d\r\n');
    expect(rows.map((row) => [row.cells['titre'], row.line])).toEqual([
      ['b', 2],
      ['d', 3],
    ]);
  });
});

describe('toCsv', () => {
  it('cite les cellules qui contiennent virgule, guillemet ou saut de ligne', () => {
    const text = toCsv(['a', 'b'], [{ a: 'x, y', b: 'il dit "oui"\net part' }]);
    expect(text).toBe('a,b\n"x, y","il dit ""oui""\net part"\n');
    expect(parseCsv(text).rows[0]?.cells).toEqual({ a: 'x, y', b: 'il dit "oui"\net part' });
  });
});
