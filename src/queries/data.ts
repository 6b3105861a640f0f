/**
 * The one door to the data. Every CSV of data/ is checked once, when this
 * module loads — each file against its schema, then every reference between
 * files, exactly as `npm run validate` does — and the build stops with the
 * validator's own report if anything is wrong. Every query reads its rows
 * here, through `rowsOf`, `rowById` and `rowsByIds`.
 */
import { DATASETS, type DatasetRow, type DatasetSlug } from '../schemas/index.ts';
import { checkFiles, formatReport } from '../schemas/dataset.ts';

/** The rows of every dataset, by slug, and the CSV texts as curated. */
export interface LoadedData {
  rows: ReadonlyMap<string, readonly unknown[]>;
  texts: ReadonlyMap<string, string>;
}

/**
 * Checks the files of data/ (file name → text) and returns the typed rows of
 * every dataset; throws, with every problem and its consequences, when one is wrong.
 */
export function loadData(files: ReadonlyMap<string, string>): LoadedData {
  const { rowsBySlug, problems } = checkFiles(DATASETS, files, 'data');
  if (problems.length > 0) throw new Error(`Données invalides :\n${formatReport(problems)}`);
  return {
    rows: new Map([...rowsBySlug].map(([slug, rows]) => [slug, rows.map(({ row }) => row)])),
    texts: new Map(DATASETS.map((dataset) => [dataset.slug, files.get(`${dataset.slug}.csv`) ?? ''])),
  };
}

const modules = import.meta.glob<string>('../../data/*.csv', { query: '?raw', import: 'default', eager: true });
const loaded = loadData(
  new Map(Object.entries(modules).map(([path, text]) => [path.slice(path.lastIndexOf('/') + 1), text])),
);
const byId = new Map<string, ReadonlyMap<string, unknown>>();

/** Every row of a dataset, typed, in file order. */
export function rowsOf<S extends DatasetSlug>(slug: S): readonly DatasetRow<S>[] {
  return (loaded.rows.get(slug) ?? []) as readonly DatasetRow<S>[];
}

function index(slug: DatasetSlug): ReadonlyMap<string, unknown> {
  let map = byId.get(slug);
  if (!map) {
    map = new Map(rowsOf(slug).map((row) => [(row as { id: string }).id, row]));
    byId.set(slug, map);
  }
  return map;
}

/** One row by its id; throws on an unknown id, so that a renamed row breaks the build, not the page. */
export function rowById<S extends DatasetSlug>(slug: S, id: string): DatasetRow<S> {
  const row = index(slug).get(id);
  if (row === undefined) {
    throw new Error(`Identifiant inconnu : « ${id} » n’est l’identifiant d’aucune ligne de data/${slug}.csv`);
  }
  return row as DatasetRow<S>;
}

/** Rows by id, in the order given, without repeats; throws on an unknown id (never skips it). */
export function rowsByIds<S extends DatasetSlug>(slug: S, ids: readonly string[]): DatasetRow<S>[] {
  return [...new Set(ids)].map((id) => rowById(slug, id));
}

/** The CSV file exactly as curated (the published download is the validated file, byte for byte). */
export function rawCsv(slug: DatasetSlug): string {
  const text = loaded.texts.get(slug);
  if (text === undefined) throw new Error(`Pas de fichier data/${slug}.csv`);
  return text;
}
