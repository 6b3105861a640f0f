/**
 * The build's one door to the data: it checks every file and every reference
 * as the validator does, stops with the validator's own words, and never
 * drops an unknown id.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadData, rowById, rowsByIds, rowsOf } from '../../../src/queries/data.ts';
import { main } from '../../../scripts/validate-data.ts';
import { sourceLinks } from '../../../src/views/sources/source-links.ts';

const VALID = 'tests/fixtures/valid';

function validFiles(): Map<string, string> {
  return new Map(readdirSync(VALID).map((name) => [name, readFileSync(join(VALID, name), 'utf8')]));
}

describe('loadData', () => {
  it('rend les lignes typées de chaque jeu de données quand tout est valide', () => {
    const loaded = loadData(validFiles());
    expect(loaded.rows.get('estimations')).toHaveLength(4);
    expect(loaded.rows.get('sources')?.[0]).toMatchObject({ id: 'source-a', date_deduite: false });
  });

  it('vérifie les renvois entre fichiers et s’arrête avec exactement le rapport du validateur', () => {
    const files = validFiles();
    files.set('chiffres.csv', readFileSync('tests/fixtures/invalid/source-inconnue.csv', 'utf8'));
    files.set('sources.csv', readFileSync('tests/fixtures/invalid/source-date-fausse.csv', 'utf8'));
    const directory = mkdtempSync(join(tmpdir(), 'donnees-'));
    try {
      for (const [name, text] of files) writeFileSync(join(directory, name), text);
      const printed: string[] = [];
      main(
        [directory],
        () => {},
        (line) => printed.push(line),
      );
      // The validator names files after the folder it was given; the build reads data/.
      const report = printed.join('\n').replaceAll(`${relative(process.cwd(), directory)}/`, 'data/');
      expect(() => loadData(files)).toThrow(`Données invalides :\n${report}`);
      expect(report).toContain('data/chiffres.csv:3:source_ids — trouvé « source-inexistante »');
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });

  it('refuse un fichier CSV qu’aucun schéma ne décrit, comme le validateur', () => {
    const files = validFiles();
    files.set('brouillon.csv', 'id\nx\n');
    expect(() => loadData(files)).toThrow(/data\/brouillon\.csv — trouvé « \(fichier sans schéma\) »/);
  });
});

describe('l’accès aux lignes par identifiant', () => {
  it('rend les lignes dans l’ordre demandé, sans doublon', () => {
    const [first, second] = rowsOf('sources');
    expect(rowsByIds('sources', [second!.id, first!.id, second!.id]).map((row) => row.id)).toEqual([
      second!.id,
      first!.id,
    ]);
  });

  it('échoue sur un identifiant inconnu au lieu de l’ignorer', () => {
    expect(() => rowById('mesures', 'mesure-inexistante')).toThrow(
      'Identifiant inconnu : « mesure-inexistante » n’est l’identifiant d’aucune ligne de data/mesures.csv',
    );
    expect(() => rowsByIds('sources', [rowsOf('sources')[0]!.id, 'source-inexistante'])).toThrow(
      /« source-inexistante »/,
    );
    expect(() => sourceLinks(['source-inexistante'])).toThrow(/« source-inexistante »/);
  });
});
