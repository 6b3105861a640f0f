/**
 * « Qui reste exclu aujourd’hui ? », from data/exclus-aujourdhui.csv: each
 * group still excluded at the date of the data, with its best sourced count or
 * « non chiffré », the measures that cover its neighbours, what it got instead
 * (another raise) and its sources; then the groups that got a measure of their
 * own in place of the Ségur, shown as such and not as excluded. Dated by the
 * watch (the newest source read).
 */
import type { ExclusAujourdhuiRow } from '../../schemas/exclus-aujourdhui.ts';
import type { VerificationStatus } from '../../lib/codes/common.ts';
import { GROUP_STATUSES, GROUP_STATUS_LABELS, type GroupStatus } from '../../lib/codes/exclus.ts';
import { formatNumber, formatPartialDate, NBSP } from '../../lib/format.ts';
import { rowById, rowsOf } from '../../queries/data.ts';
import { rowHref } from '../../queries/citations.ts';
import { sourceLinks, type SourceLink } from '../sources/source-links.ts';
import { prose, proseOrNull, type ProseView } from '../citations/prose.ts';
import { siteWatch } from '../watch/site-watch.ts';
import { agreement2024 } from '../../queries/estimations.ts';
import { agreementInText } from '../../lib/estimates.ts';
import type { WatchView } from '../watch/watch-date.ts';

/** A measure that covers the group's neighbours, linked to its row. */
export interface NeighbourMeasure {
  name: string;
  href: string;
}

export interface ExcludedGroupView {
  id: string;
  /** Its anchor on the page (`exclus-<id>`). */
  anchor: string;
  name: string;
  description: ProseView;
  status: GroupStatus;
  /** « 36 174 personnes », « ≈ 3 152 ETP »…, or « non chiffré ». */
  count: string;
  /** Whether a source gives a count. */
  counted: boolean;
  /** « 2020 », « janvier 2026 »: the date of the count or, without one, of the latest source on the group. */
  situationDate: string;
  situationDatetime: string;
  neighbours: NeighbourMeasure[];
  /** The raise or measure it got instead of, or besides, the Ségur. */
  otherMeasure: ProseView | null;
  sources: readonly SourceLink[];
  /** Where the facts stand in the first source. */
  locator: string | null;
  verification: VerificationStatus;
  note: ProseView | null;
}

export interface ExcludedStatusGroup {
  status: GroupStatus;
  heading: string;
  groups: ExcludedGroupView[];
}

export interface ExcludedToday {
  /** The watch date: the facts stand as the newest source read says. */
  watch: WatchView | null;
  /** The statuses in page order, each with its groups; empty statuses left out. */
  byStatus: ExcludedStatusGroup[];
  /** How many groups are still excluded from the Ségur (with or without another raise). */
  stillExcluded: number;
  /** « l’accord « Ségur pour tous » du 4 juin 2024 »: before it, counts of the excluded are history. */
  agreement: string;
}

function countOf(row: ExclusAujourdhuiRow): string {
  if (row.effectif === null || row.unite === null) return 'non chiffré';
  return `${formatNumber(row.effectif)}${NBSP}${row.unite === 'etp' ? 'ETP' : 'personnes'}`;
}

/** One group as the section shows it. */
export function excludedGroupView(row: ExclusAujourdhuiRow): ExcludedGroupView {
  return {
    id: row.id,
    anchor: `exclus-${row.id}`,
    name: row.groupe,
    description: prose(row.description),
    status: row.statut_groupe,
    count: countOf(row),
    counted: row.effectif !== null,
    situationDate: formatPartialDate(row.date_etat),
    situationDatetime: row.date_etat,
    neighbours: row.mesure_voisine_ids.map((id) => ({
      name: rowById('mesures', id).nom,
      href: rowHref('mesures', id),
    })),
    otherMeasure: proseOrNull(row.autre_mesure),
    sources: sourceLinks(row.source_ids),
    locator: row.localisation,
    verification: row.statut_verification,
    note: proseOrNull(row.note),
  };
}

/** The whole section, groups in file order within each status. */
export function excludedToday(): ExcludedToday {
  const rows = rowsOf('exclus-aujourdhui');
  const byStatus = GROUP_STATUSES.flatMap((status) => {
    const groups = rows.filter((row) => row.statut_groupe === status).map(excludedGroupView);
    return groups.length === 0 ? [] : [{ status, heading: GROUP_STATUS_LABELS[status].heading, groups }];
  });
  return {
    watch: siteWatch(),
    byStatus,
    stillExcluded: rows.filter((row) => row.statut_groupe !== 'mesure_propre').length,
    agreement: agreementInText(agreement2024()),
  };
}
