/**
 * No internal identifier, working word, file name, raw citation markup or
 * glued number in what readers meet: every built page and embed, both feeds,
 * every chart's SVG, and every text cell of the published CSV files and of the
 * charts' CSV downloads (tests/site/leaks.ts says what is looked for and what
 * is exempt). The identifiers looked for are those of the published data and
 * the old ones renamed in December 2026 (tests/fixtures/leaks/).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parseDocument } from 'htmlparser2';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { builtPages, readPage } from './built-site.ts';
import { documentLeaks, pageLeaks, textLeaks, type LeakVocabulary } from './leaks.ts';
import { DATASETS } from '../../src/schemas/index.ts';
import oldIds from '../fixtures/leaks/anciens-identifiants.json' with { type: 'json' };

const DIST = 'dist';

function records(path: string, delimiter = ','): Record<string, string>[] {
  return Papa.parse<Record<string, string>>(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
    delimiter,
  }).data;
}

/**
 * The ids of the published sources and the old ones. Ids of the other datasets
 * are found by their shape (three parts or more, with a digit): some are
 * ordinary words (« aide-soignant », « sage-femme »).
 */
const vocabulary: LeakVocabulary = {
  internalIds: new Set([
    ...oldIds.identifiants,
    ...records(`${DIST}/donnees/sources.csv`).map((row) => row['id'] ?? ''),
  ]),
  gluedNames: new Set(oldIds.noms_colles),
  rowIds: new Set(
    DATASETS.flatMap((dataset) => records(`${DIST}/donnees/${dataset.slug}.csv`).map((row) => row['id'] ?? '')),
  ),
};

/** The text columns of each dataset: the cells meant for readers. */
const proseColumns = new Map(
  DATASETS.map((dataset) => [
    dataset.slug,
    Object.entries(dataset.columns).flatMap(([name, column]) => (column.kind === 'text' ? [name] : [])),
  ]),
);

function cellLeaks(
  file: string,
  rows: Record<string, string>[],
  columns: readonly string[],
  markup: boolean,
): string[] {
  return rows.flatMap((row, index) =>
    columns.flatMap((column) => {
      const cell = row[column] ?? '';
      // The reference CSV keeps its documented `[@id]` marks: what is around them is for readers.
      const text = markup ? cell.replace(/\[@[a-z0-9]+(?:-[a-z0-9]+)*\]/g, '') : cell;
      return textLeaks(`${file}:${index + 2}:${column}`, text, vocabulary);
    }),
  );
}

describe('ce que lisent les lecteurs', () => {
  it('aucune page construite, intégration comprise, ne montre d’identifiant interne, de mot de travail, de nom de fichier, de balise [@…] ni de nombre collé', () => {
    const problems = builtPages(DIST).flatMap((path) => pageLeaks(readPage(path, DIST), vocabulary));
    expect(problems).toEqual([]);
  });

  it('les flux Atom et les images SVG des graphiques non plus', () => {
    const files = [
      'chronologie.xml',
      'donnees/changements.xml',
      ...readdirSync(`${DIST}/estimations`)
        .filter((name) => name.endsWith('.svg'))
        .map((name) => `estimations/${name}`),
    ];
    const problems = files.flatMap((file) =>
      documentLeaks(file, parseDocument(readFileSync(`${DIST}/${file}`, 'utf8'), { xmlMode: true }), vocabulary),
    );
    expect(problems).toEqual([]);
  });

  it('les cellules de texte des CSV publiés non plus (hors balises [@…] du fichier de référence, rendues en clair ailleurs)', () => {
    const problems = DATASETS.flatMap((dataset) => {
      const columns = proseColumns.get(dataset.slug) ?? [];
      const reference = `donnees/${dataset.slug}.csv`;
      const spreadsheet = `donnees/${dataset.slug}-excel.csv`;
      return [
        ...cellLeaks(reference, records(`${DIST}/${reference}`), columns, true),
        ...cellLeaks(spreadsheet, records(`${DIST}/${spreadsheet}`, ';'), columns, false),
      ];
    });
    const charts = readdirSync(`${DIST}/estimations`).filter((name) => name.endsWith('.csv'));
    const estimations = proseColumns.get('estimations') ?? [];
    problems.push(
      ...charts.flatMap((name) =>
        cellLeaks(`estimations/${name}`, records(`${DIST}/estimations/${name}`), estimations, false),
      ),
    );
    expect(problems).toEqual([]);
  });

  it('aucun ancien identifiant ne reste dans les données publiées, même dans une colonne d’identifiants', () => {
    const old = new Set(oldIds.identifiants);
    const problems = DATASETS.flatMap((dataset) =>
      records(`${DIST}/donnees/${dataset.slug}.csv`).flatMap((row, index) =>
        Object.entries(row).flatMap(([column, cell]) =>
          (cell.match(/[a-z0-9]+(?:-[a-z0-9]+)+/g) ?? [])
            .filter((token) => old.has(token))
            .map((token) => `donnees/${dataset.slug}.csv:${index + 2}:${column} : ancien identifiant « ${token} »`),
        ),
      ),
    );
    expect(problems).toEqual([]);
  });
});
