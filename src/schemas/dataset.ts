/**
 * A dataset definition ties one CSV file to its columns, its row rules and its
 * references to other datasets; `checkDataset` and `checkAll` turn CSV text
 * into typed rows or into every problem found, each pointing at
 * `data/<file>.csv:<line>:<column>`.
 */
import type { Column } from './columns.ts';
import { parseCsv } from '../lib/csv.ts';
import { citedIds } from '../lib/citation-markup.ts';

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
  /**
   * How a row is named where another page points at it (the rows citing a
   * source on /sources/): a few words a reader recognises, from the row alone.
   */
  rowLabel: (row: RowOf<C>) => string;
}

/** Declares a dataset with typed rules. */
export function defineDataset<C extends Columns>(dataset: Dataset<C>): Dataset<C> {
  return dataset;
}

/**
 * What kind of fault a problem is. It decides the order of the report (a
 * missing file before a bad header, before a broken line, before a bad cell,
 * before a dangling reference: causes before what they cause) and how a
 * reference that fails because of it is explained.
 */
export type ProblemKind = 'file' | 'header' | 'structure' | 'row' | 'reference';

const KIND_RANK: Readonly<Record<ProblemKind, number>> = { file: 0, header: 1, structure: 2, row: 3, reference: 4 };

/**
 * A reference from another row that fails only because of a problem: the row
 * it names exists but is rejected, or cannot be read. Reported under its
 * cause, never as an unknown id.
 */
export interface Consequence {
  file: string;
  line: number;
  column: string;
  /** The id the cell names. */
  id: string;
  /** Why it cannot be checked (« la ligne de cet identifiant est écartée … »). */
  reason: string;
}

/** Why a reference listed under a problem cannot be checked. */
export const CONSEQUENCE_REASONS = {
  /** The row with that id has a problem. */
  rejectedRow: 'la ligne de cet identifiant est écartée tant que ce problème n’est pas corrigé',
  /** The file the id belongs to is missing or empty. */
  missingFile: 'ce renvoi ne peut pas être vérifié tant que ce fichier manque',
  /** The lines of the file are set aside while its header is wrong. */
  badHeader: 'les lignes de ce fichier sont écartées tant que l’en-tête est faux',
  /** A misplaced quote swallowed the line that starts with this id into another row. */
  swallowed: 'la ligne de cet identifiant est lue dans la cellule de ce guillemet',
} as const;

export interface Problem {
  kind: ProblemKind;
  file: string;
  /** Null for a problem of the whole file (missing, without schema, empty). */
  line: number | null;
  /** Null for a problem of a whole line (unclosed quote, wrong number of fields). */
  column: string | null;
  value: string;
  expected: string;
  /** References elsewhere that fail because of this problem (filled by `checkAll`). */
  consequences: Consequence[];
}

/** `data/x.csv:12:date — trouvé « 2021-02-30 », attendu une date qui existe …` */
export function formatProblem(problem: Problem): string {
  const where = [problem.file, problem.line, problem.column].filter((part) => part !== null).join(':');
  return `${where} — trouvé « ${problem.value} », attendu ${problem.expected}`;
}

/** Consequences shown under a problem; beyond, a count. */
const SHOWN_CONSEQUENCES = 5;

/**
 * A problem and, indented under it, the references it breaks:
 * `  ↳ data/chiffres.csv:3:source_ids renvoie à « seed-005 » : ligne écartée à cause de ce problème`.
 */
export function formatProblemWithConsequences(problem: Problem): string[] {
  const shown = problem.consequences.slice(0, SHOWN_CONSEQUENCES);
  const hidden = problem.consequences.length - shown.length;
  return [
    formatProblem(problem),
    ...shown.map(
      (consequence) =>
        `  ↳ ${consequence.file}:${consequence.line}:${consequence.column} renvoie à « ${consequence.id} » : ${consequence.reason}`,
    ),
    ...(hidden > 0
      ? [`  ↳ … et ${hidden} autre${hidden > 1 ? 's' : ''} renvoi${hidden > 1 ? 's' : ''} de même cause`]
      : []),
  ];
}

/**
 * The whole report, as the validator prints it and the build throws it:
 * every problem with its consequences, then a count.
 */
export function formatReport(problems: readonly Problem[]): string {
  const consequences = problems.reduce((count, problem) => count + problem.consequences.length, 0);
  const count = `${problems.length} problème${problems.length > 1 ? 's' : ''}`;
  const following =
    consequences === 0
      ? ''
      : ` (et ${consequences} renvoi${consequences > 1 ? 's' : ''} qui en découle${consequences > 1 ? 'nt' : ''}, listé${consequences > 1 ? 's' : ''} sous ${problems.length > 1 ? 'leur' : 'sa'} cause)`;
  return [
    ...problems.flatMap(formatProblemWithConsequences),
    '',
    `${count} dans les données${following} : rien n’est construit tant qu’ils ne sont pas corrigés.`,
  ].join('\n');
}

export interface CheckedRow<R> {
  line: number;
  row: R;
}

/** A row's identifier, as far as it could be read. */
export interface IdEntry {
  line: number;
  /** The problem that keeps the row out of the typed rows, or null for a valid row. */
  blocker: Problem | null;
  /** What a reference to this row is told when the row is set aside. */
  reason: string;
}

/** The cells of one reference column of one row, read whether or not the rest of the row is valid. */
export interface ReferenceCell {
  line: number;
  column: string;
  ids: readonly string[];
  /** True for the `[@id]` marks of a text cell, which name rows of sources.csv. */
  prose?: true;
}

/** The dataset the `[@id]` marks of every text cell refer to. */
export const CITED_DATASET = 'sources';

/** Rows that could not be read, and the problem that hid them. */
export interface LostRows {
  problem: Problem;
  ids: ReadonlySet<string> | 'all';
  reason: string;
}

export interface CheckResult<R> {
  /** The valid rows, typed. */
  rows: CheckedRow<R>[];
  /** This file's own problems. */
  problems: Problem[];
  /** Every id that could be read, valid row or not: what references are checked against. */
  ids: Map<string, IdEntry>;
  /** Every reference cell that could be read. */
  references: ReferenceCell[];
  /**
   * Rows that could not be read at all: the whole file (missing or empty), or
   * the lines a misplaced quote swallowed into another row, by the ids that
   * start them. References to them are consequences of that problem.
   */
  lost: LostRows[];
}

function shorten(value: string): string {
  const oneLine = value.replace(/\r?\n/g, '⏎');
  return oneLine.length > 80 ? `${oneLine.slice(0, 77)}…` : oneLine;
}

function problem(
  kind: ProblemKind,
  file: string,
  line: number | null,
  column: string | null,
  value: string,
  expected: string,
): Problem {
  return { kind, file, line, column, value, expected, consequences: [] };
}

/**
 * Header problems, one per cause: a misspelt column (« code_inse » where
 * « code_insee » stands), a missing column, an unknown column, or the right
 * columns in the wrong order — not one message per shifted position.
 */
function headerProblems(header: readonly string[], expected: readonly string[], file: string): Problem[] {
  const wanted = `en-tête attendu : ${expected.join(',')}`;
  if (header.length === 0) {
    return [problem('file', file, null, null, '(fichier vide)', `une première ligne d’en-tête (${wanted})`)];
  }
  const missing = new Set(expected.filter((name) => !header.includes(name)));
  const unknown = new Set(header.filter((name) => !expected.includes(name)));
  const problems: Problem[] = [];
  header.forEach((name, i) => {
    const there = expected[i];
    if (!unknown.has(name)) return;
    if (there !== undefined && missing.has(there)) {
      problems.push(
        problem('header', file, 1, there, name, `la colonne « ${there} » en position ${i + 1} (${wanted})`),
      );
      missing.delete(there);
    } else {
      problems.push(
        problem('header', file, 1, null, name, `aucune colonne de ce nom en position ${i + 1} (${wanted})`),
      );
    }
  });
  for (const name of missing) {
    problems.push(
      problem(
        'header',
        file,
        1,
        name,
        '(colonne absente)',
        `la colonne « ${name} » en position ${expected.indexOf(name) + 1} (${wanted})`,
      ),
    );
  }
  const seen = new Set<string>();
  for (const name of header) {
    if (seen.has(name) && !unknown.has(name)) {
      problems.push(problem('header', file, 1, name, name, `une seule colonne « ${name} » (${wanted})`));
    }
    seen.add(name);
  }
  if (problems.length === 0 && header.join(',') !== expected.join(',')) {
    problems.push(
      problem('header', file, 1, null, header.join(','), `les mêmes colonnes dans cet ordre : ${expected.join(',')}`),
    );
  }
  return problems;
}

/**
 * The French message of a PapaParse structural error, or null for those the
 * field count reports better. `lastLine` is where the damaged record ends.
 */
function structureProblem(code: string, line: number, lastLine: number, file: string): Problem | null {
  const extent = lastLine > line ? `, qui fait lire les lignes ${line} à ${lastLine} comme une seule` : '';
  switch (code) {
    case 'MissingQuotes':
      return problem(
        'structure',
        file,
        line,
        null,
        `un guillemet double ouvert et jamais fermé${extent}`,
        'un guillemet double fermant à la fin de la cellule (sans lui, tout le reste du fichier se lit comme une seule cellule)',
      );
    case 'InvalidQuotes':
      return problem(
        'structure',
        file,
        line,
        null,
        `un guillemet double mal placé${extent}`,
        'une cellule entièrement entre guillemets doubles, un guillemet à l’intérieur étant doublé ("")',
      );
    case 'TooFewFields':
    case 'TooManyFields':
      return null;
    default:
      return problem('structure', file, line, null, code, 'une ligne CSV bien formée');
  }
}

/** The ids that start the lines `from` to `to` (1-based): the rows a misplaced quote swallowed. */
function idsOfLines(
  lines: readonly string[],
  from: number,
  to: number,
  idColumn: Column<unknown> | undefined,
): Set<string> {
  const ids = new Set<string>();
  if (!idColumn) return ids;
  for (const physical of lines.slice(from - 1, to)) {
    const first = physical.split(',', 1)[0] ?? '';
    if (idColumn.schema.safeParse(first).success) ids.add(first);
  }
  return ids;
}

/**
 * Checks one CSV text against its dataset: header, structure, then every cell,
 * the row rules and unique ids. Rows with a problem are left out of `rows`,
 * but their id is still read (so that a reference to them is reported as a
 * consequence of their problem, not as an unknown id).
 */
export function checkDataset<C extends Columns>(
  text: string,
  dataset: Dataset<C>,
  file = `data/${dataset.slug}.csv`,
): CheckResult<RowOf<C>> {
  const problems: Problem[] = [];
  const { header, rows, problems: structural } = parseCsv(text);
  const expectedHeader = Object.keys(dataset.columns);
  const idColumn = dataset.columns['id'];
  const ids = new Map<string, IdEntry>();
  const readId = (
    cell: string | null | undefined,
    line: number,
    blocker: Problem | null,
    reason: string = CONSEQUENCE_REASONS.rejectedRow,
  ): void => {
    if (!idColumn || cell === undefined || cell === null || !idColumn.schema.safeParse(cell).success) return;
    if (!ids.has(cell)) ids.set(cell, { line, blocker, reason });
  };

  const headerFaults = headerProblems(header, expectedHeader, file);
  if (headerFaults.length > 0) {
    const [first] = headerFaults as [Problem];
    // Columns cannot be trusted, but the ids of an `id` column still tell references what exists.
    for (const { line, cells } of rows) readId(cells['id'], line, first, CONSEQUENCE_REASONS.badHeader);
    const lost: LostRows[] =
      first.kind === 'file' ? [{ problem: first, ids: 'all', reason: CONSEQUENCE_REASONS.missingFile }] : [];
    return { rows: [], problems: headerFaults, ids, references: [], lost };
  }

  const lost: LostRows[] = [];
  const lastLines = new Map(rows.map((row) => [row.line, row.lastLine]));
  const lines = text.split(/\r?\n/);
  const structureByLine = new Map<number, Problem>();
  for (const fault of structural) {
    const lastLine = lastLines.get(fault.line) ?? fault.line;
    const found = structureProblem(fault.code, fault.line, lastLine, file);
    if (!found || structureByLine.has(fault.line)) continue;
    structureByLine.set(fault.line, found);
    problems.push(found);
    // Lines read into this record may be whole rows: their ids are not unknown, they are hidden by this quote.
    const hidden = idsOfLines(lines, fault.line + 1, lastLine, idColumn);
    if (hidden.size > 0) lost.push({ problem: found, ids: hidden, reason: CONSEQUENCE_REASONS.swallowed });
  }

  const referenceColumns = dataset.references.map((reference) => reference.column);
  const references: ReferenceCell[] = [];
  const checked: CheckedRow<RowOf<C>>[] = [];
  for (const { line, cells, fieldCount } of rows) {
    const broken = structureByLine.get(line);
    if (broken) {
      readId(cells['id'], line, broken);
      continue;
    }
    if (fieldCount !== expectedHeader.length) {
      const ragged = problem(
        'structure',
        file,
        line,
        null,
        `${fieldCount} champ${fieldCount > 1 ? 's' : ''}`,
        `${expectedHeader.length} champs, comme l’en-tête (une virgule en trop ou en moins ? une cellule qui contient une virgule s’écrit entre guillemets doubles)`,
      );
      problems.push(ragged);
      // The id is the first column: extra or missing fields further right leave it in place.
      readId(cells['id'], line, ragged);
      continue;
    }

    const rowProblems: Problem[] = [];
    const row: Record<string, unknown> = {};
    for (const [name, column] of Object.entries(dataset.columns)) {
      const cell = cells[name] ?? null;
      const parsed = column.schema.safeParse(cell);
      if (parsed.success) {
        row[name] = parsed.data;
        if (referenceColumns.includes(name) && Array.isArray(parsed.data)) {
          references.push({ line, column: name, ids: parsed.data.map(String) });
        }
        const cited = column.kind === 'text' && typeof parsed.data === 'string' ? citedIds(parsed.data) : [];
        if (cited.length > 0) references.push({ line, column: name, ids: cited, prose: true });
      } else {
        rowProblems.push(problem('row', file, line, name, cell === null ? '' : shorten(cell), column.expected));
      }
    }
    if (rowProblems.length === 0) {
      const typed = row as RowOf<C>;
      for (const rule of dataset.rules) {
        if (!rule.test(typed)) {
          const value = cells[rule.column] ?? null;
          rowProblems.push(
            problem('row', file, line, rule.column, value === null ? '' : shorten(value), rule.expected),
          );
        }
      }
    }
    const idCell = cells['id'];
    const firstLine = idCell ? ids.get(idCell)?.line : undefined;
    if (idCell && firstLine !== undefined) {
      rowProblems.push(
        problem('row', file, line, 'id', idCell, `un identifiant unique (déjà utilisé ligne ${firstLine})`),
      );
    }
    problems.push(...rowProblems);
    readId(idCell, line, rowProblems[0] ?? null);
    if (rowProblems.length === 0) checked.push({ line, row: row as RowOf<C> });
  }
  return { rows: checked, problems, ids, references, lost };
}

/** One dataset's text, as read from disk or imported raw; null when the file is missing. */
export interface DatasetInput {
  dataset: Dataset;
  text: string | null;
  file?: string;
}

/** Causes before consequences: by kind, then file, then line. */
function byCause(a: Problem, b: Problem): number {
  return (
    KIND_RANK[a.kind] - KIND_RANK[b.kind] ||
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
    (a.line ?? 0) - (b.line ?? 0)
  );
}

/**
 * Checks every dataset, then every cross-reference (`source_ids` → sources,
 * `mesure_ids` → mesures …). A reference to a row that exists but is rejected
 * (or to a file that is missing, or to lines an unclosed quote swallowed) is
 * listed under that problem; only ids found nowhere are reported as unknown.
 * Problems come causes first: file, header, structure, row, reference.
 */
export function checkAll(inputs: readonly DatasetInput[]): {
  rowsBySlug: Map<string, CheckedRow<Record<string, unknown>>[]>;
  problems: Problem[];
} {
  const problems: Problem[] = [];
  const rowsBySlug = new Map<string, CheckedRow<Record<string, unknown>>[]>();
  const checks = new Map<string, { file: string; result: CheckResult<Record<string, unknown>> }>();
  for (const { dataset, text, file = `data/${dataset.slug}.csv` } of inputs) {
    let result: CheckResult<Record<string, unknown>>;
    if (text === null) {
      const missing = problem(
        'file',
        file,
        null,
        null,
        '(fichier absent)',
        `le fichier du jeu de données « ${dataset.title} », décrit par src/schemas/${dataset.slug}.ts, avec l’en-tête : ${Object.keys(dataset.columns).join(',')}`,
      );
      const lost: LostRows[] = [{ problem: missing, ids: 'all', reason: CONSEQUENCE_REASONS.missingFile }];
      result = { rows: [], problems: [missing], ids: new Map(), references: [], lost };
    } else {
      result = checkDataset(text, dataset, file) as unknown as CheckResult<Record<string, unknown>>;
    }
    checks.set(dataset.slug, { file, result });
    problems.push(...result.problems);
    rowsBySlug.set(dataset.slug, result.rows);
  }

  /** A reference to `id` of `target` from `at`: fine, a consequence of the row's problem, or unknown. */
  const checkId = (
    target: { file: string; result: CheckResult<Record<string, unknown>> },
    at: Omit<Consequence, 'reason'>,
    expected: string,
  ): void => {
    const entry = target.result.ids.get(at.id);
    const hidden = target.result.lost.find((rows) => rows.ids === 'all' || rows.ids.has(at.id));
    if (entry) {
      entry.blocker?.consequences.push({ ...at, reason: entry.reason });
    } else if (hidden) {
      hidden.problem.consequences.push({ ...at, reason: hidden.reason });
    } else {
      problems.push(problem('reference', at.file, at.line, at.column, at.id, expected));
    }
  };

  for (const { dataset } of inputs) {
    const own = checks.get(dataset.slug);
    if (!own) continue;
    const prose = own.result.references.filter((cell) => cell.prose);
    const cited = checks.get(CITED_DATASET);
    if (prose.length > 0 && !cited) {
      const [first] = prose as [ReferenceCell];
      problems.push(
        problem(
          'file',
          own.file,
          first.line,
          first.column,
          CITED_DATASET,
          `le jeu de données « ${CITED_DATASET} », auquel renvoient les [@identifiant] des textes`,
        ),
      );
    }
    for (const cell of cited ? prose : []) {
      for (const id of cell.ids) {
        const at = { file: own.file, line: cell.line, column: cell.column, id };
        if (cited) checkId(cited, at, `un identifiant existant de ${cited.file} (renvoi [@${id}] du texte)`);
      }
    }
    for (const reference of dataset.references) {
      const target = checks.get(reference.dataset);
      if (!target) {
        problems.push(
          problem(
            'file',
            own.file,
            1,
            reference.column,
            reference.dataset,
            `le jeu de données « ${reference.dataset} », auquel cette colonne renvoie, parmi ceux de src/schemas/index.ts`,
          ),
        );
        continue;
      }
      for (const cell of own.result.references) {
        if (cell.prose || cell.column !== reference.column) continue;
        for (const id of cell.ids) {
          checkId(
            target,
            { file: own.file, line: cell.line, column: cell.column, id },
            `un identifiant existant de ${target.file}`,
          );
        }
      }
    }
  }
  problems.sort(byCause);
  for (const found of problems) {
    found.consequences.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
  }
  return { rowsBySlug, problems };
}

/**
 * Checks a folder of CSV files (by file name, `sources.csv` → its text) against
 * the datasets: a file missing, a CSV file no schema describes, then every
 * dataset and every reference. The validator script and the build both use
 * it, so that they say the same thing.
 */
export function checkFiles(
  datasets: readonly Dataset[],
  files: ReadonlyMap<string, string>,
  folder = 'data',
): { rowsBySlug: Map<string, CheckedRow<Record<string, unknown>>[]>; problems: Problem[] } {
  const known = new Set(datasets.map((dataset) => `${dataset.slug}.csv`));
  const stray = [...files.keys()]
    .filter((name) => name.endsWith('.csv') && !known.has(name))
    .sort()
    .map((name) =>
      problem(
        'file',
        `${folder}/${name}`,
        null,
        null,
        '(fichier sans schéma)',
        `un schéma src/schemas/${name.replace(/\.csv$/, '')}.ts enregistré dans src/schemas/index.ts, ou aucun fichier de ce nom : seuls les jeux de données décrits sont validés et publiés`,
      ),
    );
  const result = checkAll(
    datasets.map((dataset) => ({
      dataset,
      text: files.get(`${dataset.slug}.csv`) ?? null,
      file: `${folder}/${dataset.slug}.csv`,
    })),
  );
  return { rowsBySlug: result.rowsBySlug, problems: [...stray, ...result.problems].sort(byCause) };
}

/**
 * Typed rows of one CSV text, or an Error listing every problem of that file.
 * It checks the file alone (no cross-reference): for tests and tools that read
 * one published file; the site itself loads every dataset through checkFiles.
 */
export function loadRows<C extends Columns>(text: string, dataset: Dataset<C>): RowOf<C>[] {
  const result = checkDataset(text, dataset);
  if (result.problems.length > 0) {
    throw new Error(`Données invalides :\n${result.problems.map(formatProblem).join('\n')}`);
  }
  return result.rows.map(({ row }) => row);
}
