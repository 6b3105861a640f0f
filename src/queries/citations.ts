/**
 * Who cites what: for each source, the rows of every dataset whose
 * `source_ids` name it — the backlinks of /sources/. Each backlink points at
 * the row in its dataset's preview (/donnees/<slug>/#<row id>), an anchor
 * that exists on every build.
 */
import { DATASETS, isDatasetSlug } from '../schemas/index.ts';
import type { Dataset } from '../schemas/dataset.ts';
import { rowById, rowsOf } from './data.ts';
import { evenementHref } from './evenements.ts';
import { rowPreviewHref } from './preview-pages.ts';

export interface Citation {
  /** Dataset of the citing row. */
  dataset: string;
  rowId: string;
  /** A short French label of the row (« 18 février 2022 — Conférence des métiers … »), from its dataset's `rowLabel`. */
  label: string;
  /** Where the row is shown. */
  href: string;
}

/** The datasets whose rows cite sources (a `source_ids` reference), in registry order. */
const CITING: readonly Dataset[] = DATASETS.filter((dataset) =>
  dataset.references.some((reference) => reference.column === 'source_ids' && reference.dataset === 'sources'),
);

/** The datasets whose rows cite sources, in backlink order. */
export const CITING_DATASETS: readonly string[] = CITING.map((dataset) => dataset.slug);

/**
 * Where a row of a dataset is shown: an event on the timeline (its reading
 * view, with the event's id as anchor), any other row on the page of its
 * dataset's rows that holds it.
 */
export function rowHref(dataset: string, rowId: string): string {
  if (dataset === 'evenements') return evenementHref(rowById('evenements', rowId));
  return rowPreviewHref(dataset, rowId);
}

let bySource: ReadonlyMap<string, readonly Citation[]> | null = null;

/** Every source id → the rows citing it, grouped in CITING order then file order. */
export function citationsBySource(): ReadonlyMap<string, readonly Citation[]> {
  if (bySource) return bySource;
  const map = new Map<string, Citation[]>();
  for (const dataset of CITING) {
    const slug = dataset.slug;
    if (!isDatasetSlug(slug)) continue;
    for (const row of rowsOf(slug) as readonly (Record<string, unknown> & { id: string; source_ids: string[] })[]) {
      const citation: Citation = {
        dataset: slug,
        rowId: row.id,
        label: dataset.rowLabel(row),
        href: rowHref(slug, row.id),
      };
      for (const sourceId of row.source_ids) {
        const list = map.get(sourceId);
        if (list) list.push(citation);
        else map.set(sourceId, [citation]);
      }
    }
  }
  bySource = map;
  return map;
}

/** The rows citing one source. */
export function citationsOf(sourceId: string): readonly Citation[] {
  return citationsBySource().get(sourceId) ?? [];
}
