/**
 * What the pages of the open-data corner show: one dataset's page
 * (/donnees/<slug>/) and the changelog's (/donnees/changements/).
 */
import type { ChangementRow } from '../../schemas/index.ts';
import type { Dataset } from '../../schemas/dataset.ts';
import {
  allDatasets,
  datasetBySlug,
  datasetRows,
  downloadsWithSizes,
  type PublishedDownload,
} from '../../queries/catalogue.ts';
import { changesOf, lastChangeOf } from '../../queries/changements.ts';
import { previewTable, type PreviewTable } from './preview.ts';

/** A download with its size (rendered by DatasetDownloads). */
export type { PublishedDownload };

export interface DatasetPage {
  dataset: Dataset;
  rowCount: number;
  /** Date of the latest change to it (or to all datasets). */
  lastChange: string;
  /** Its changes, newest first. */
  changes: ChangementRow[];
  downloads: PublishedDownload[];
  preview: PreviewTable;
}

/** The page of one dataset; throws on an unknown slug. */
export function datasetPage(slug: string): DatasetPage {
  const dataset = datasetBySlug(slug);
  if (!dataset) throw new Error(`Jeu de données inconnu : ${slug}`);
  const rows = datasetRows(slug);
  return {
    dataset,
    rowCount: rows.length,
    lastChange: lastChangeOf(slug),
    changes: changesOf(slug),
    downloads: downloadsWithSizes(slug),
    preview: previewTable(dataset, rows),
  };
}

/** The datasets that have a page of their own (every one but the changelog, which has /donnees/changements/). */
export function datasetPageSlugs(): string[] {
  return allDatasets()
    .filter((dataset) => dataset.slug !== 'changements')
    .map((dataset) => dataset.slug);
}

export interface ChangelogSummary {
  dataset: Dataset;
  /** Changes made to this dataset alone. */
  own: number;
  /** Its latest change, changes to « tous » included. */
  lastChange: string;
}

/** The changelog's page: its changes, newest first, and a summary per dataset. */
export function changelogPage(): DatasetPage & { perDataset: ChangelogSummary[] } {
  const page = datasetPage('changements');
  const perDataset = allDatasets()
    .filter((entry) => entry.slug !== 'changements')
    .map((entry) => ({
      dataset: entry,
      own: page.changes.filter((change) => change.jeu_de_donnees === entry.slug).length,
      lastChange: lastChangeOf(entry.slug),
    }));
  return { ...page, perDataset };
}
