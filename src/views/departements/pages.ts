/**
 * What a collectivity page shows (/departements/<code>/): what each view of
 * the map says about it and what that means for the workers there, a dated
 * timeline of its facts, how it was searched when nothing was found, and the
 * pages next to it (the Rhône and the Métropole de Lyon, a region and its
 * départements).
 */
import { MAP_VIEWS, MAP_VIEW_KEYS, categoryText, type MapViewKey } from '../../lib/codes/map-views.ts';
import { FACT_TYPES, type FactType } from '../../lib/codes/collectivites.ts';
import { DEPARTEMENTS, METROPOLE_DE_LYON, collectivitePageHref, regionOfDepartement } from '../../lib/departements.ts';
import { formatList, frenchSpacing, plural } from '../../lib/format.ts';
import { collectivitePages, regionPageCode, type CollectivitePage } from '../../queries/collectivites.ts';
import { isAnswer, mapView } from '../../queries/map-views.ts';
import { factView, type FactView } from './facts.ts';
import { mapViewHref } from './map.ts';

/** What one view of the map says about the page's département. */
export interface ViewStatus {
  key: MapViewKey;
  /** « « Ségur pour tous », 2025 ». */
  short: string;
  question: string;
  href: string;
  /** « rien versé, selon un recensement ». */
  label: string;
  /** What it means for the workers there. */
  meaning: string;
  answered: boolean;
  /** Who answered when it is not the département itself. */
  actor: string | null;
}

export interface TimelineYear {
  year: string;
  facts: readonly FactView[];
}

export interface CollectivitePageView {
  page: Pick<CollectivitePage, 'code' | 'kind' | 'name' | 'title'>;
  /** « 7 faits documentés, de 2021 à 2024 : 3 décisions de la collectivité, 3 mobilisations… », or the search. */
  intro: string;
  /** For a département (or the Métropole de Lyon): each view of the map. */
  statuses: readonly ViewStatus[];
  timeline: readonly TimelineYear[];
  /** How the collectivity was searched without result. */
  searched: { how: string } | null;
  /** Pages next to this one. */
  related: readonly { href: string; label: string }[];
  /** The meta description. */
  description: string;
}

const KIND_WORDS: Readonly<Record<FactType, [string, string]>> = {
  decision: ['décision de la collectivité', 'décisions de la collectivité'],
  mobilisation: ['mobilisation', 'mobilisations'],
  autre_acteur: ['fait d’un autre acteur', 'faits d’autres acteurs'],
};

function introOf(page: CollectivitePage): string {
  if (page.rows.length === 0) {
    return page.searched
      ? 'Aucun fait documenté : une recherche systématique n’a rien trouvé.'
      : 'Aucun fait documenté pour l’instant.';
  }
  const years = page.rows.map((row) => Number(row.date.slice(0, 4)));
  const [first, last] = [Math.min(...years), Math.max(...years)];
  const period = first === last ? `en ${first}` : `de ${first} à ${last}`;
  const kinds = FACT_TYPES.map((type) => [type, page.rows.filter((row) => row.type_fait === type).length] as const)
    .filter(([, count]) => count > 0)
    .map(([type, count]) => plural(count, ...KIND_WORDS[type]));
  return frenchSpacing(
    `${plural(page.rows.length, 'fait documenté', 'faits documentés')}, ${period} : ${formatList(kinds)}.`,
  );
}

function statusesOf(page: CollectivitePage): ViewStatus[] {
  if (page.mapCode === null) return [];
  return MAP_VIEW_KEYS.map((key) => {
    const entry = mapView(key).answers.find((answer) => answer.code === page.mapCode);
    const category = entry?.category ?? 'non_cherche';
    const text = categoryText(key, category);
    const count = entry?.facts.length ?? 0;
    return {
      key,
      short: MAP_VIEWS[key].short,
      question: MAP_VIEWS[key].question,
      href: mapViewHref(key),
      label:
        key === 'mobilisations' && count > 0
          ? plural(count, 'mobilisation documentée', 'mobilisations documentées')
          : text.label,
      meaning: text.meaning,
      answered: isAnswer(category),
      actor: entry?.actor ?? null,
    };
  });
}

function timelineOf(page: CollectivitePage): TimelineYear[] {
  const years = new Map<string, FactView[]>();
  for (const row of page.rows) {
    const year = row.date.slice(0, 4);
    years.set(year, [...(years.get(year) ?? []), factView(row)]);
  }
  return [...years].map(([year, facts]) => ({ year, facts }));
}

function relatedOf(page: CollectivitePage): { href: string; label: string }[] {
  const related: { href: string; label: string }[] = [];
  if (page.code === '69') {
    related.push({ href: collectivitePageHref(METROPOLE_DE_LYON), label: 'Métropole de Lyon (69M)' });
  }
  if (page.code === METROPOLE_DE_LYON) related.push({ href: collectivitePageHref('69'), label: 'Rhône (69)' });
  if (page.kind === 'region') {
    const code = page.code.replace('region-', '');
    for (const [departement, name] of DEPARTEMENTS) {
      if (regionOfDepartement(departement) === code) {
        related.push({ href: collectivitePageHref(departement), label: `${name} (${departement})` });
      }
    }
  } else if (page.regionCode !== null) {
    const region = collectivitePages().find((other) => other.code === regionPageCode(page.regionCode ?? ''));
    if (region) related.push({ href: collectivitePageHref(region.code), label: region.title });
  }
  return related;
}

/** The view of one collectivity page. */
export function collectivitePageView(page: CollectivitePage): CollectivitePageView {
  return {
    page: { code: page.code, kind: page.kind, name: page.name, title: page.title },
    intro: introOf(page),
    statuses: statusesOf(page),
    timeline: timelineOf(page),
    searched: page.searched ? { how: frenchSpacing(page.searched.recherche) } : null,
    related: relatedOf(page),
    description:
      page.rows.length > 0
        ? `Ce qui est documenté pour ${page.title} à propos des exclus du Ségur : décisions, mobilisations et faits d’autres acteurs, datés et sourcés.`
        : `${page.title} : aucun fait documenté sur les exclus du Ségur ; comment la collectivité a été cherchée.`,
  };
}

/** Every collectivity page. */
export function collectivitePageViews(): CollectivitePageView[] {
  return collectivitePages().map(collectivitePageView);
}
