/**
 * Data access for the open-data corner (/donnees/): every dataset with its
 * typed rows, row count, changes and published files. Rows come from the
 * per-dataset query modules, so each CSV is parsed and validated once.
 */
import { DATASETS } from '../schemas/index.ts';
import type { Dataset } from '../schemas/dataset.ts';
import { dataPackage, type DataPackage } from '../schemas/table-schema.ts';
import type { ChangementRow } from '../schemas/changements.ts';
import { toSpreadsheetCsv } from '../lib/spreadsheet-csv.ts';
import { byteLength, downloadsOf, rowsToJson, type Download, type DownloadKind } from '../lib/downloads.ts';
import { comparePartialDates } from '../lib/dates.ts';
import { DATA_LICENCE, SITE_NAME } from '../lib/site.ts';
import { rawCsv } from './raw.ts';
import { allSources } from './sources.ts';
import { allEvenements } from './evenements.ts';
import { allEstimations } from './estimations.ts';
import { allChiffres } from './chiffres.ts';
import { allMesures } from './mesures.ts';
import { allMetiers } from './metiers.ts';
import { allContextes } from './contextes.ts';
import { allRegles } from './regles.ts';
import { allContrats } from './contrats.ts';
import { allGrades } from './grades.ts';
import { allEmployeurs } from './employeurs.ts';
import { allCollectivites } from './collectivites.ts';
import { allChangements, latestDataChange } from './changements.ts';

/** A typed row of any dataset (lists as arrays, booleans, numbers, null for empty). */
export type AnyRow = Readonly<Record<string, unknown>>;

const ROWS: Readonly<Record<string, () => readonly AnyRow[]>> = {
  sources: allSources,
  evenements: allEvenements,
  estimations: allEstimations,
  chiffres: allChiffres,
  mesures: allMesures,
  metiers: allMetiers,
  contextes: allContextes,
  regles: allRegles,
  contrats: allContrats,
  grades: allGrades,
  employeurs: allEmployeurs,
  collectivites: allCollectivites,
  changements: allChangements,
};

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
  const rows = ROWS[slug];
  if (!rows) throw new Error(`Jeu de données inconnu : ${slug}`);
  return rows();
}

/**
 * Changes that concern a dataset: its own and those made to « tous », newest
 * first. The changelog itself changes with every change, so it gets them all.
 */
export function changesOf(slug: string): ChangementRow[] {
  return allChangements()
    .filter((change) => slug === 'changements' || change.jeu_de_donnees === slug || change.jeu_de_donnees === 'tous')
    .sort((a, b) => comparePartialDates(b.date, a.date));
}

/** Date of the latest change to a dataset (or to all of them). */
export function lastChangeOf(slug: string): string {
  return changesOf(slug)[0]?.date ?? latestDataChange();
}

/** Header names of the decimal columns, whose cells get a decimal comma in the spreadsheet variant. */
export function decimalColumnsOf(dataset: Dataset): string[] {
  return Object.entries(dataset.columns).flatMap(([name, column]) => (column.fieldType === 'number' ? [name] : []));
}

/** The text of a published file: the CSV byte for byte, its spreadsheet variant, or the typed rows as JSON. */
export function publishedFile(slug: string, kind: DownloadKind): string {
  const dataset = datasetBySlug(slug);
  if (!dataset) throw new Error(`Jeu de données inconnu : ${slug}`);
  switch (kind) {
    case 'csv':
      return rawCsv(slug);
    case 'spreadsheet':
      return toSpreadsheetCsv(rawCsv(slug), decimalColumnsOf(dataset));
    case 'json':
      return rowsToJson(datasetRows(slug));
  }
}

export interface PublishedDownload extends Download {
  bytes: number;
}

/** The downloads of a dataset, with their sizes. */
export function downloadsWithSizes(slug: string): PublishedDownload[] {
  return downloadsOf(slug).map((download) => ({ ...download, bytes: byteLength(publishedFile(slug, download.kind)) }));
}

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
    DATASETS.map((dataset) => ({ dataset, text: rawCsv(dataset.slug) })),
    {
      site,
      updated: latestDataChange(),
      name: 'oublies-du-segur',
      title: SITE_NAME,
      licence: { name: 'etalab-2.0', title: DATA_LICENCE.name, path: DATA_LICENCE.url },
    },
  );
}
