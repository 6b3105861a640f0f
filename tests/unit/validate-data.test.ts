/**
 * The validator on fixture folders: the valid set passes, and each known fault
 * yields exactly the expected `file:line:column` message.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { main, validateDirectory } from '../../scripts/validate-data.ts';
import { formatProblem } from '../../src/schemas/dataset.ts';

const VALID = 'tests/fixtures/valid';
const made: string[] = [];

/** A temporary copy of the valid fixtures with one file replaced by a faulty one. */
function withFault(fault: string, target: string): string {
  const directory = mkdtempSync(join(tmpdir(), 'donnees-'));
  made.push(directory);
  cpSync(VALID, directory, { recursive: true });
  cpSync(`tests/fixtures/invalid/${fault}.csv`, join(directory, `${target}.csv`));
  return directory;
}

afterEach(() => {
  for (const directory of made.splice(0)) rmSync(directory, { recursive: true, force: true });
});

describe('validate-data', () => {
  it('accepte les fixtures valides', () => {
    const report = validateDirectory(VALID, 'data');
    expect(report.problems.map(formatProblem)).toEqual([]);
    expect(report.rowCounts.get('estimations')).toBe(4);
  });

  it('signale une date qui n’existe pas avec fichier, ligne et colonne', () => {
    const report = validateDirectory(withFault('date-inexistante', 'evenements'), 'data');
    expect(report.problems.map(formatProblem)).toEqual([
      'data/evenements.csv:3:date — trouvé « 2021-02-30 », attendu une date qui existe, au format AAAA, AAAA-MM ou AAAA-MM-JJ',
    ]);
  });

  it('signale un identifiant de source inconnu', () => {
    const report = validateDirectory(withFault('source-inconnue', 'chiffres'), 'data');
    expect(report.problems.map(formatProblem)).toEqual([
      'data/chiffres.csv:3:source_ids — trouvé « source-inexistante », attendu un identifiant existant de data/sources.csv',
    ]);
  });

  it('signale un identifiant en double et la ligne du premier', () => {
    const report = validateDirectory(withFault('id-duplique', 'mesures'), 'data');
    expect(report.problems.map(formatProblem)).toEqual([
      'data/mesures.csv:4:id — trouvé « mesure-a », attendu un identifiant unique (déjà utilisé ligne 2)',
    ]);
  });

  it('signale un en-tête faux, colonne par colonne', () => {
    const report = validateDirectory(withFault('entete-faux', 'collectivites'), 'data');
    const messages = report.problems.map(formatProblem);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(
      /^data\/collectivites\.csv:1:code_insee — trouvé « code_inse », attendu la colonne « code_insee » en position 4/,
    );
  });

  it('rapporte tous les problèmes d’un coup et sort en erreur', () => {
    const directory = withFault('date-inexistante', 'evenements');
    cpSync('tests/fixtures/invalid/source-inconnue.csv', join(directory, 'chiffres.csv'));
    cpSync('tests/fixtures/invalid/id-duplique.csv', join(directory, 'mesures.csv'));
    const errors: string[] = [];
    const code = main(
      [directory],
      () => {},
      (line) => errors.push(line),
    );
    expect(code).toBe(1);
    expect(errors.filter((line) => line.includes(' — trouvé '))).toHaveLength(3);
  });

  it('valide les vraies données du projet', () => {
    const report = validateDirectory('data', 'data');
    expect(report.problems.map(formatProblem)).toEqual([]);
  });
});
