/**
 * Data access for the open-data corner (/donnees/): every dataset with its
 * typed rows, row count, changes and published files. Generic over the
 * registry (src/schemas/index.ts): a new dataset appears here by itself.
 */
import { DATASETS, isDatasetSlug } from '../schemas/index.ts';
import type { Dataset } from '../schemas/dataset.ts';
import { dataPackage, type DataPackage } from '../schemas/table-schema.ts';
import { toSpreadsheetCsv } from '../lib/spreadsheet-csv.ts';
import { byteLength, downloadsOf, rowsToJson, type Download, type DownloadKind } from '../lib/downloads.ts';
import { DATA_LICENCE, SITE_NAME } from '../lib/site.ts';
import { rawCsv, rowsOf } from './data.ts';
import { lastChangeOf, latestDataChange } from './changements.ts';
import { proseColumnsOf, proseText, readableRow } from './prose.ts';

/** A typed row of any dataset (lists as arrays, booleans, numbers, null for empty). */
export type AnyRow = Readonly<Record<string, unknown>>;

/** Every dataset, in catalogue order. */
export function allDatasets(): readonly Dataset[] {
  return DATASETS;
}

/** One dataset by its slug. */
export function datasetBySlug(slug: string): Dataset | undefined {
  return DATASETS.find((dataset) => dataset.slug === slug);
}

/** The validated, typed rows of a dataset, in file order. */
export function datasetRows(slug: string): readonly AnyRow[] {
  if (!isDatasetSlug(slug)) throw new Error(`Jeu de données inconnu : ${slug}`);
  return rowsOf(slug) as readonly AnyRow[];
}

/** The same rows with the citations of their text cells written out: what the JSON and the tables for readers hold. */
export function readableRows(slug: string): readonly AnyRow[] {
  const dataset = datasetBySlug(slug);
  if (!dataset) throw new Error(`Jeu de données inconnu : ${slug}`);
  return datasetRows(slug).map((row) => readableRow(dataset, row));
}

/** The datasets other datasets refer to (the targets of the Data Package's foreign keys), in registry order. */
export function referencedDatasets(): string[] {
  const targets = new Set(DATASETS.flatMap((dataset) => dataset.references.map((reference) => reference.dataset)));
  return DATASETS.filter((dataset) => targets.has(dataset.slug)).map((dataset) => dataset.slug);
}

/** Header names of the decimal columns, whose cells get a decimal comma in the spreadsheet variant. */
export function decimalColumnsOf(dataset: Dataset): string[] {
  return Object.entries(dataset.columns).flatMap(([name, column]) => (column.fieldType === 'number' ? [name] : []));
}

/**
 * The text of a published file: the CSV byte for byte (citations as `[@id]`),
 * its spreadsheet variant or the typed rows as JSON (citations written out as
 * « (Titre, Éditeur) »).
 */
export function publishedFile(slug: string, kind: DownloadKind): string {
  const dataset = datasetBySlug(slug);
  if (!dataset) throw new Error(`Jeu de données inconnu : ${slug}`);
  if (!isDatasetSlug(slug)) throw new Error(`Jeu de données inconnu : ${slug}`);
  switch (kind) {
    case 'csv':
      return rawCsv(slug);
    case 'spreadsheet':
      return toSpreadsheetCsv(rawCsv(slug), decimalColumnsOf(dataset), {
        columns: proseColumnsOf(dataset),
        render: proseText,
      });
    case 'json':
      return rowsToJson(readableRows(slug));
  }
}

export interface PublishedDownload extends Download {
  bytes: number;
}

/** The downloads of a dataset, with their sizes. */
export function downloadsWithSizes(slug: string): PublishedDownload[] {
  // Every dataset page and each page of its rows give these sizes: measure each file once per build (the data do
  // not change during a build), and keep the sizes, not the files.
  let sized = downloadSizes.get(slug);
  if (!sized) {
    sized = downloadsOf(slug).map((download) => ({
      ...download,
      bytes: byteLength(publishedFile(slug, download.kind)),
    }));
    downloadSizes.set(slug, sized);
  }
  return sized.map((download) => ({ ...download }));
}

/** The downloads measured so far, by slug. */
const downloadSizes = new Map<string, readonly PublishedDownload[]>();

export interface CatalogueEntry {
  dataset: Dataset;
  rowCount: number;
  columnCount: number;
  lastChange: string;
  downloads: PublishedDownload[];
}

/** The catalogue: every dataset with its counts, last change and downloads. */
export function catalogue(): CatalogueEntry[] {
  return DATASETS.map((dataset) => ({
    dataset,
    rowCount: datasetRows(dataset.slug).length,
    columnCount: Object.keys(dataset.columns).length,
    lastChange: lastChangeOf(dataset.slug),
    downloads: downloadsWithSizes(dataset.slug),
  }));
}

/** The Tabular Data Package describing every CSV (served at /donnees/datapackage.json). */
export function dataPackageDescriptor(site: string | URL): DataPackage {
  return dataPackage(
    DATASETS.map((dataset) => ({ dataset, text: isDatasetSlug(dataset.slug) ? rawCsv(dataset.slug) : '' })),
    {
      site,
      updated: latestDataChange(),
      name: 'oublies-du-segur',
      title: SITE_NAME,
      licence: { name: 'etalab-2.0', title: DATA_LICENCE.name, path: DATA_LICENCE.url },
    },
  );
}
