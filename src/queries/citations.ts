/**
 * Who cites what: for each source, the rows of every dataset whose
 * `source_ids` name it — the backlinks of /sources/. Each backlink points at
 * the row in its dataset's preview (/donnees/<slug>/#<row id>), an anchor
 * that exists on every build.
 */
import { formatPartialDate } from '../lib/format.ts';
import { allEvenements } from './evenements.ts';
import { allEstimations } from './estimations.ts';
import { allChiffres } from './chiffres.ts';
import { allMesures } from './mesures.ts';
import { allRegles } from './regles.ts';
import { allContrats } from './contrats.ts';
import { allContextes } from './contextes.ts';
import { allCollectivites } from './collectivites.ts';

export interface Citation {
  /** Dataset of the citing row. */
  dataset: string;
  rowId: string;
  /** A short French label of the row (« 18 février 2022 — Conférence des métiers … »). */
  label: string;
  /** Where the row is shown. */
  href: string;
}

interface CitingRow {
  id: string;
  source_ids: readonly string[];
}

interface CitingDataset {
  slug: string;
  /** Each row's id, sources and label. */
  rows: () => { id: string; sourceIds: readonly string[]; label: string }[];
}

/** Ties a dataset's rows to the way its rows are labelled, keeping each row type. */
function citing<R extends CitingRow>(slug: string, rows: () => readonly R[], label: (row: R) => string): CitingDataset {
  return { slug, rows: () => rows().map((row) => ({ id: row.id, sourceIds: row.source_ids, label: label(row) })) };
}

/** A context's name, for the label of a rule. */
function contexteLabel(id: string): string {
  return allContextes().find((row) => row.id === id)?.libelle ?? id;
}

/** Datasets that cite sources, in the order /sources/ lists backlinks. */
const CITING: readonly CitingDataset[] = [
  citing('evenements', allEvenements, (row) => `${formatPartialDate(row.date)} — ${row.titre}`),
  citing(
    'estimations',
    allEstimations,
    (row) => `${row.estimateur}, ${formatPartialDate(row.date)} — ${row.perimetre}`,
  ),
  citing('chiffres', allChiffres, (row) => `${row.indicateur} (${formatPartialDate(row.date)})`),
  citing('mesures', allMesures, (row) => row.nom),
  citing(
    'regles',
    allRegles,
    (row) => `${contexteLabel(row.contexte_id[0] ?? '')} — ${row.portee_detail ?? row.portee.join(', ')}`,
  ),
  citing('contrats', allContrats, (row) => row.contrat),
  citing('collectivites', allCollectivites, (row) => `${row.collectivite}, ${formatPartialDate(row.date)}`),
];

/** The datasets whose rows cite sources, in backlink order. */
export const CITING_DATASETS: readonly string[] = CITING.map((entry) => entry.slug);

/**
 * Where a row of a dataset is shown: an event on the timeline (its reading
 * view, with the event's id as anchor), any other row in its dataset's
 * preview table.
 */
export function rowHref(dataset: string, rowId: string): string {
  if (dataset === 'evenements') return `/chronologie/#${rowId}`;
  return `/donnees/${dataset}/#${rowId}`;
}

let bySource: ReadonlyMap<string, readonly Citation[]> | null = null;

/** Every source id → the rows citing it, grouped in CITING order then file order. */
export function citationsBySource(): ReadonlyMap<string, readonly Citation[]> {
  if (bySource) return bySource;
  const map = new Map<string, Citation[]>();
  for (const { slug, rows } of CITING) {
    for (const row of rows()) {
      const citation: Citation = { dataset: slug, rowId: row.id, label: row.label, href: rowHref(slug, row.id) };
      for (const sourceId of row.sourceIds) {
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
