/** The benchmark's synthetic data: bigger, still valid, written elsewhere than data/. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { disguise, scaleCsv, writeScaledData } from '../../scripts/synthetic-data.ts';
import { validateDirectory } from '../../scripts/validate-data.ts';
import { formatProblem } from '../../src/schemas/dataset.ts';
import { parseCsv } from '../../src/lib/csv.ts';

const made: string[] = [];
afterEach(() => {
  for (const directory of made.splice(0)) rmSync(directory, { recursive: true, force: true });
});

describe('les données synthétiques du banc d’essai', () => {
  it('multiplient chaque jeu de données et restent valides (identifiants uniques, renvois existants)', () => {
    const directory = mkdtempSync(join(tmpdir(), 'donnees-x3-'));
    made.push(directory);
    const before = readFileSync('tests/fixtures/valid/evenements.csv', 'utf8');
    const counts = writeScaledData('tests/fixtures/valid', directory, 3);
    const report = validateDirectory(directory, 'synthetique');
    expect(report.problems.map(formatProblem)).toEqual([]);
    expect(counts.get('evenements')).toBe(3 * parseCsv(before).rows.length);
    expect(readFileSync('tests/fixtures/valid/evenements.csv', 'utf8')).toBe(before);
  });

  it('donnent à chaque copie d’un métier son identifiant, et un intitulé et des variantes qu’aucune vraie recherche ne trouve', () => {
    const text = 'id,libelle,variantes\naide-soignant,Aide-soignant,aide-soignante;AS\n';
    const rows = parseCsv(scaleCsv(text, 'metiers', 2)).rows.map((row) => row.cells);
    expect(rows).toEqual([
      { id: 'aide-soignant', libelle: 'Aide-soignant', variantes: 'aide-soignante;AS' },
      { id: 'aide-soignant-x1', libelle: 'Bjef-tpjhobou (copie 1)', variantes: 'bjef-tpjhobouf;BT' },
    ]);
  });

  it('déguisent les mots mais laissent les lettres collées à un chiffre, qui sinon liraient comme un nombre collé', () => {
    expect(disguise('agent de 1re classe, 2e grade, AAH2', 1)).toBe('bhfou ef 1re dmbttf, 2e hsbef, BBI2');
  });
});
