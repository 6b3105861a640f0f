/**
 * The validator on fixture folders: the valid set passes, and each known fault
 * yields exactly the expected `file:line:column` message, its consequences
 * listed under it, causes first.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { main, validateDirectory } from '../../scripts/validate-data.ts';
import { formatProblem, formatReport } from '../../src/schemas/dataset.ts';

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

  it('donne la cause d’abord et range sous elle les renvois qu’elle fait échouer, au lieu de les dire inexistants', () => {
    // source-b has a date that does not exist: nine rows cite it; chiffres.csv also cites an id that exists nowhere.
    const directory = withFault('source-date-fausse', 'sources');
    cpSync('tests/fixtures/invalid/source-inconnue.csv', join(directory, 'chiffres.csv'));
    const report = validateDirectory(directory, 'data');
    const why = 'la ligne de cet identifiant est écartée tant que ce problème n’est pas corrigé';
    expect(formatReport(report.problems).split('\n')).toEqual([
      'data/sources.csv:3:date_publication — trouvé « 2022-10-32 », attendu une date qui existe, au format AAAA, AAAA-MM ou AAAA-MM-JJ (ou une cellule vide)',
      `  ↳ data/collectivites.csv:4:source_ids renvoie à « source-b » : ${why}`,
      `  ↳ data/contrats.csv:4:source_ids renvoie à « source-b » : ${why}`,
      `  ↳ data/demarches.csv:2:source_ids renvoie à « source-b » : ${why}`,
      `  ↳ data/estimations.csv:4:source_ids renvoie à « source-b » : ${why}`,
      `  ↳ data/evenements.csv:3:source_ids renvoie à « source-b » : ${why}`,
      '  ↳ … et 5 autres renvois de même cause',
      'data/chiffres.csv:3:source_ids — trouvé « source-inexistante », attendu un identifiant existant de data/sources.csv',
      '',
      '2 problèmes dans les données (et 10 renvois qui en découlent, listés sous leur cause) : rien n’est construit tant qu’ils ne sont pas corrigés.',
    ]);
  });

  it('signale un fichier absent, et range sous lui les renvois qu’on ne peut plus vérifier', () => {
    const directory = withFault('date-inexistante', 'evenements');
    cpSync(join(VALID, 'evenements.csv'), join(directory, 'evenements.csv'));
    rmSync(join(directory, 'mesures.csv'));
    const report = validateDirectory(directory, 'data');
    const why = 'ce renvoi ne peut pas être vérifié tant que ce fichier manque';
    expect(formatReport(report.problems).split('\n')).toEqual([
      'data/mesures.csv — trouvé « (fichier absent) », attendu le fichier du jeu de données « Mesures », décrit par src/schemas/mesures.ts, avec l’en-tête : id,nom,type,date_accord,date_effet,montant,unite_montant,base_juridique,secteurs,etablissements,professions_couvertes,exclus_explicites,hors_segur,localisation,source_ids,statut_verification,note',
      `  ↳ data/exclus-aujourdhui.csv:2:mesure_voisine_ids renvoie à « mesure-a » : ${why}`,
      `  ↳ data/exclus-aujourdhui.csv:3:mesure_voisine_ids renvoie à « mesure-a » : ${why}`,
      `  ↳ data/exclus-aujourdhui.csv:3:mesure_voisine_ids renvoie à « decision-a » : ${why}`,
      `  ↳ data/montants.csv:3:mesure_ids renvoie à « mesure-a » : ${why}`,
      `  ↳ data/regles.csv:2:mesure_ids renvoie à « mesure-a » : ${why}`,
      '  ↳ … et 2 autres renvois de même cause',
      '',
      '1 problème dans les données (et 7 renvois qui en découlent, listés sous sa cause) : rien n’est construit tant qu’ils ne sont pas corrigés.',
    ]);
  });

  it('signale un fichier CSV qu’aucun schéma ne décrit', () => {
    const directory = withFault('date-inexistante', 'evenements');
    cpSync(join(VALID, 'evenements.csv'), join(directory, 'evenements.csv'));
    writeFileSync(join(directory, 'notes.csv'), 'id,texte\nune-note,Un texte.\n');
    const report = validateDirectory(directory, 'data');
    expect(report.problems.map(formatProblem)).toEqual([
      'data/notes.csv — trouvé « (fichier sans schéma) », attendu un schéma src/schemas/notes.ts enregistré dans src/schemas/index.ts, ou aucun fichier de ce nom : seuls les jeux de données décrits sont validés et publiés',
    ]);
  });

  it('signale une ligne qui n’a pas autant de champs que l’en-tête, et garde son identifiant pour les renvois', () => {
    const report = validateDirectory(withFault('ligne-incomplete', 'mesures'), 'data');
    expect(formatReport(report.problems).split('\n')).toEqual([
      'data/mesures.csv:3 — trouvé « 16 champs », attendu 17 champs, comme l’en-tête (une virgule en trop ou en moins ? une cellule qui contient une virgule s’écrit entre guillemets doubles)',
      '  ↳ data/exclus-aujourdhui.csv:3:mesure_voisine_ids renvoie à « decision-a » : la ligne de cet identifiant est écartée tant que ce problème n’est pas corrigé',
      '  ↳ data/regles.csv:3:mesure_ids renvoie à « decision-a » : la ligne de cet identifiant est écartée tant que ce problème n’est pas corrigé',
      '',
      '1 problème dans les données (et 2 renvois qui en découlent, listés sous sa cause) : rien n’est construit tant qu’ils ne sont pas corrigés.',
    ]);
  });

  it('signale un guillemet jamais fermé, et range sous lui la ligne qu’il avale', () => {
    const report = validateDirectory(withFault('guillemet-ouvert', 'mesures'), 'data');
    expect(formatReport(report.problems).split('\n')).toEqual([
      'data/mesures.csv:2 — trouvé « un guillemet double ouvert et jamais fermé, qui fait lire les lignes 2 à 3 comme une seule », attendu un guillemet double fermant à la fin de la cellule (sans lui, tout le reste du fichier se lit comme une seule cellule)',
      '  ↳ data/exclus-aujourdhui.csv:2:mesure_voisine_ids renvoie à « mesure-a » : la ligne de cet identifiant est écartée tant que ce problème n’est pas corrigé',
      '  ↳ data/exclus-aujourdhui.csv:3:mesure_voisine_ids renvoie à « mesure-a » : la ligne de cet identifiant est écartée tant que ce problème n’est pas corrigé',
      '  ↳ data/exclus-aujourdhui.csv:3:mesure_voisine_ids renvoie à « decision-a » : la ligne de cet identifiant est lue dans la cellule de ce guillemet',
      '  ↳ data/montants.csv:3:mesure_ids renvoie à « mesure-a » : la ligne de cet identifiant est écartée tant que ce problème n’est pas corrigé',
      '  ↳ data/regles.csv:2:mesure_ids renvoie à « mesure-a » : la ligne de cet identifiant est écartée tant que ce problème n’est pas corrigé',
      '  ↳ … et 2 autres renvois de même cause',
      '',
      '1 problème dans les données (et 7 renvois qui en découlent, listés sous sa cause) : rien n’est construit tant qu’ils ne sont pas corrigés.',
    ]);
  });

  it('signale un guillemet mal placé, et abrège la liste des renvois qu’il fait échouer', () => {
    const report = validateDirectory(withFault('guillemet-mal-place', 'sources'), 'data');
    const lines = formatReport(report.problems).split('\n');
    expect(lines[0]).toBe(
      'data/sources.csv:2 — trouvé « un guillemet double mal placé, qui fait lire les lignes 2 à 4 comme une seule », attendu une cellule entièrement entre guillemets doubles, un guillemet à l’intérieur étant doublé ("")',
    );
    // The row it swallows (source-b) is not unknown: references to it are listed under this quote.
    expect(report.problems[0]?.consequences).toContainEqual({
      file: 'data/collectivites.csv',
      line: 4,
      column: 'source_ids',
      id: 'source-b',
      reason: 'la ligne de cet identifiant est lue dans la cellule de ce guillemet',
    });
    expect(lines).toContain('  ↳ … et 27 autres renvois de même cause');
    expect(lines.filter((line) => line.includes(' — trouvé '))).toHaveLength(1);
  });

  it('signale un fichier vide en une seule fois', () => {
    const directory = withFault('date-inexistante', 'evenements');
    writeFileSync(join(directory, 'changements.csv'), '');
    cpSync(join(VALID, 'evenements.csv'), join(directory, 'evenements.csv'));
    expect(validateDirectory(directory, 'data').problems.map(formatProblem)).toEqual([
      'data/changements.csv — trouvé « (fichier vide) », attendu une première ligne d’en-tête (en-tête attendu : id,date,jeu_de_donnees,nature,description)',
    ]);
  });

  it('valide les vraies données du projet', () => {
    const report = validateDirectory('data', 'data');
    expect(report.problems.map(formatProblem)).toEqual([]);
  });
});
