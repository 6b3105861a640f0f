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
import { changesOf, lastChangeOf, latestDataChange } from '../../queries/changements.ts';
import { rowCitations } from '../citations/rows.ts';
import { releaseByVersion } from '../../queries/releases.ts';
import { calendarVersion } from '../../lib/release/version.ts';
import { previewTable, type PreviewTable } from './preview.ts';
import { previewPages } from '../../queries/preview-pages.ts';

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
  /** Row id → its one-line citation (the preview's last column). */
  citations: ReadonlyMap<string, string>;
}

/** The page of one dataset, with page `page` (1-based) of its rows; throws on an unknown slug or page. */
export function datasetPage(slug: string, site: URL | string, page = 1): DatasetPage {
  const dataset = datasetBySlug(slug);
  if (!dataset) throw new Error(`Jeu de données inconnu : ${slug}`);
  const rows = datasetRows(slug);
  const preview = previewTable(dataset, page);
  return {
    dataset,
    rowCount: rows.length,
    lastChange: lastChangeOf(slug),
    changes: changesOf(slug),
    downloads: downloadsWithSizes(slug),
    preview,
    citations: rowCitations(
      dataset,
      preview.rows.map((entry) => entry.row),
      { dataDate: latestDataChange(), site },
    ),
  };
}

/** The further pages of rows (/donnees/<slug>/lignes/<n>/, n ≥ 2) of every dataset page. */
export function datasetRowPages(): { slug: string; page: number }[] {
  return datasetPageSlugs().flatMap((slug) =>
    previewPages(slug)
      .slice(1)
      .map((_, index) => ({ slug, page: index + 2 })),
  );
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

/** The changes one data version made (every change date is a version, AAAA.M.J). */
export interface VersionChanges {
  date: string;
  version: string;
  /** Page of the frozen version, when it is released. */
  releasePath: string | null;
  changes: ChangementRow[];
}

/** The changelog's page: its changes, newest first, grouped by version, and a summary per dataset. */
export function changelogPage(
  site: URL | string,
): DatasetPage & { perDataset: ChangelogSummary[]; byVersion: VersionChanges[] } {
  const page = datasetPage('changements', site);
  const byVersion = [...new Set(page.changes.map((change) => change.date))].map((date) => {
    const version = calendarVersion(date);
    return {
      date,
      version,
      releasePath: releaseByVersion(version)?.path ?? null,
      changes: page.changes.filter((change) => change.date === date),
    };
  });
  const perDataset = allDatasets()
    .filter((entry) => entry.slug !== 'changements')
    .map((entry) => ({
      dataset: entry,
      own: page.changes.filter((change) => change.jeu_de_donnees === entry.slug).length,
      lastChange: lastChangeOf(entry.slug),
    }));
  return { ...page, perDataset, byVersion };
}
