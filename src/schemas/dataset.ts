/**
 * A dataset definition ties one CSV file to its columns, its row rules and its
 * references to other datasets; `checkDataset` and `checkAll` turn CSV text
 * into typed rows or into every problem found, each pointing at
 * `data/<file>.csv:<line>:<column>`.
 */
import type { Column } from './columns.ts';
import { parseCsv } from '../lib/csv.ts';

// `any` here only widens the column map's value type so any Column<T> fits; rows stay typed via RowOf.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Columns = Record<string, Column<any>>;

/** The typed row a column map produces. */
export type RowOf<C extends Columns> = { -readonly [K in keyof C]: C[K] extends Column<infer T> ? T : never };

/** A rule across several cells of one row, reported on one column. */
export interface RowRule<R> {
  column: keyof R & string;
  /** What was expected, in French (« une note qui explique pourquoi … »). */
  expected: string;
  /** True when the row is fine. */
  test: (row: R) => boolean;
}

/** A `;`-list column whose ids must exist in another dataset (or this one). */
export interface Reference {
  column: string;
  dataset: string;
}

export interface Dataset<C extends Columns = Columns> {
  /** File name without `.csv`: ties data/, schemas/, queries/ and tests together. */
  slug: string;
  /** Human title in French. */
  title: string;
  /** Two or three sentences for the catalogue. */
  description: string;
  columns: C;
  rules: RowRule<RowOf<C>>[];
  references: Reference[];
}

/** Declares a dataset with typed rules. */
export function defineDataset<C extends Columns>(dataset: Dataset<C>): Dataset<C> {
  return dataset;
}

export interface Problem {
  file: string;
  line: number;
  column: string;
  value: string;
  expected: string;
}

/** `data/x.csv:12:date — trouvé « 2021-02-30 », attendu une date qui existe …` */
export function formatProblem(problem: Problem): string {
  return `${problem.file}:${problem.line}:${problem.column} — trouvé « ${problem.value} », attendu ${problem.expected}`;
}

export interface CheckedRow<R> {
  line: number;
  row: R;
}

export interface CheckResult<R> {
  rows: CheckedRow<R>[];
  problems: Problem[];
}

function shorten(value: string): string {
  const oneLine = value.replace(/\r?\n/g, '⏎');
  return oneLine.length > 80 ? `${oneLine.slice(0, 77)}…` : oneLine;
}

/**
 * Checks one CSV text against its dataset: header, then every cell, then the
 * row rules and unique ids. Rows with a bad cell are left out of `rows`.
 */
export function checkDataset<C extends Columns>(
  text: string,
  dataset: Dataset<C>,
  file = `data/${dataset.slug}.csv`,
): CheckResult<RowOf<C>> {
  const problems: Problem[] = [];
  const { header, rows, problems: structural } = parseCsv(text);
  const expectedHeader = Object.keys(dataset.columns);

  const width = Math.max(header.length, expectedHeader.length);
  for (let i = 0; i < width; i++) {
    if (header[i] !== expectedHeader[i]) {
      problems.push({
        file,
        line: 1,
        column: expectedHeader[i] ?? `colonne-${i + 1}`,
        value: header[i] ?? '(colonne absente)',
        expected:
          expectedHeader[i] === undefined
            ? `aucune colonne en position ${i + 1} (en-tête attendu : ${expectedHeader.join(',')})`
            : `la colonne « ${expectedHeader[i]} » en position ${i + 1} (en-tête attendu : ${expectedHeader.join(',')})`,
      });
    }
  }
  if (problems.length > 0) return { rows: [], problems };

  for (const problem of structural) {
    problems.push({
      file,
      line: problem.line,
      column: '*',
      value: problem.message,
      expected: 'une ligne CSV bien formée (guillemets fermés, autant de champs que l’en-tête)',
    });
  }

  const checked: CheckedRow<RowOf<C>>[] = [];
  const seenIds = new Map<string, number>();
  for (const { line, cells, fieldCount } of rows) {
    if (fieldCount !== expectedHeader.length) {
      problems.push({
        file,
        line,
        column: '*',
        value: `${fieldCount} champs`,
        expected: `${expectedHeader.length} champs, comme l’en-tête`,
      });
      continue;
    }
    const row: Record<string, unknown> = {};
    let cellsOk = true;
    for (const [name, column] of Object.entries(dataset.columns)) {
      const cell = cells[name] ?? null;
      const parsed = column.schema.safeParse(cell);
      if (parsed.success) {
        row[name] = parsed.data;
      } else {
        cellsOk = false;
        problems.push({
          file,
          line,
          column: name,
          value: cell === null ? '' : shorten(cell),
          expected: column.expected,
        });
      }
    }
    if (!cellsOk) continue;
    const typed = row as RowOf<C>;
    let rulesOk = true;
    for (const rule of dataset.rules) {
      if (!rule.test(typed)) {
        rulesOk = false;
        const value = cells[rule.column] ?? null;
        problems.push({
          file,
          line,
          column: rule.column,
          value: value === null ? '' : shorten(value),
          expected: rule.expected,
        });
      }
    }
    const id = typeof row['id'] === 'string' ? row['id'] : null;
    if (id !== null) {
      const firstLine = seenIds.get(id);
      if (firstLine !== undefined) {
        rulesOk = false;
        problems.push({
          file,
          line,
          column: 'id',
          value: id,
          expected: `un identifiant unique (déjà utilisé ligne ${firstLine})`,
        });
      } else {
        seenIds.set(id, line);
      }
    }
    if (rulesOk) checked.push({ line, row: typed });
  }
  return { rows: checked, problems };
}

/** One dataset's text, as read from disk or imported raw. */
export interface DatasetInput {
  dataset: Dataset;
  text: string;
  file?: string;
}

/**
 * Checks every dataset, then every cross-reference (`source_ids` → sources,
 * `mesure_ids` → mesures …). Returns all problems, in file and line order.
 */
export function checkAll(inputs: DatasetInput[]): {
  rowsBySlug: Map<string, CheckedRow<Record<string, unknown>>[]>;
  problems: Problem[];
} {
  const problems: Problem[] = [];
  const rowsBySlug = new Map<string, CheckedRow<Record<string, unknown>>[]>();
  const files = new Map<string, string>();
  for (const { dataset, text, file } of inputs) {
    const label = file ?? `data/${dataset.slug}.csv`;
    files.set(dataset.slug, label);
    const result = checkDataset(text, dataset, label);
    problems.push(...result.problems);
    rowsBySlug.set(dataset.slug, result.rows as CheckedRow<Record<string, unknown>>[]);
  }
  const idsBySlug = new Map<string, Set<string>>();
  for (const [slug, rows] of rowsBySlug) {
    idsBySlug.set(slug, new Set(rows.map(({ row }) => String(row['id']))));
  }
  for (const { dataset } of inputs) {
    const file = files.get(dataset.slug) ?? dataset.slug;
    for (const reference of dataset.references) {
      const targetIds = idsBySlug.get(reference.dataset);
      if (!targetIds) {
        problems.push({
          file,
          line: 1,
          column: reference.column,
          value: reference.dataset,
          expected: `le fichier data/${reference.dataset}.csv, auquel cette colonne renvoie`,
        });
        continue;
      }
      for (const { line, row } of rowsBySlug.get(dataset.slug) ?? []) {
        const ids = row[reference.column];
        if (!Array.isArray(ids)) continue;
        for (const id of ids) {
          if (!targetIds.has(String(id))) {
            problems.push({
              file,
              line,
              column: reference.column,
              value: String(id),
              expected: `un identifiant existant de data/${reference.dataset}.csv`,
            });
          }
        }
      }
    }
  }
  problems.sort((a, b) => (a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1));
  return { rowsBySlug, problems };
}

/** Typed rows of a CSV text, or an Error listing every problem (for build-time loading). */
export function loadRows<C extends Columns>(text: string, dataset: Dataset<C>): RowOf<C>[] {
  const result = checkDataset(text, dataset);
  if (result.problems.length > 0) {
    throw new Error(`Données invalides :\n${result.problems.map(formatProblem).join('\n')}`);
  }
  return result.rows.map(({ row }) => row);
}
