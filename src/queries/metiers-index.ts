/**
 * Builds the search index of « Suis-je concerné ? » from typed rows. Pure (no
 * file access), so the build endpoint, the unit tests and the bench
 * (scripts/bench/search.ts) all make the same index.
 */
import type { MesureRow } from '../schemas/mesures.ts';
import type { MetierRow } from '../schemas/metiers.ts';
import type { SourceRow } from '../schemas/sources.ts';
import type { Place } from '../lib/codes/metiers.ts';
import { foldFrench } from '../lib/fold.ts';
import { KNOWN_ACRONYMS, normalizeProfession } from '../lib/metiers/normalize.ts';
import type { IndexMeasure, IndexRow, IndexTerm, SearchIndex } from '../lib/metiers/types.ts';

/**
 * The public social and médico-social establishments (other than EHPAD) that a
 * row coded `autre` with an attachment speaks for: its description reads « ESMS
 * public (hors EHPAD) relevant d'un établissement public qui gère aussi un EHPAD ».
 */
const ANY_PUBLIC_ESMS: readonly Place[] = ['esms_handicap', 'protection_enfance', 'hebergement_insertion'];

/** The workplace types a row answers for. */
export function placesOf(row: Pick<MetierRow, 'etablissement' | 'rattachement'>): Place[] {
  return row.etablissement === 'autre' && row.rattachement !== null ? [...ANY_PUBLIC_ESMS] : [row.etablissement];
}

/**
 * A profession label's alternatives: « Veilleur ou surveillant de nuit » →
 * Veilleur, surveillant de nuit; « Accompagnant éducatif et social (AES, AMP,
 * AVS) » → Accompagnant éducatif et social, AES, AMP, AVS. So that « veilleur »
 * alone is a known job title.
 */
export function labelAlternatives(label: string): string[] {
  const acronyms: string[] = [];
  const withoutBrackets = label.replace(/\(([^)]*)\)/g, (_, inside: string) => {
    for (const item of inside.split(',')) {
      const trimmed = item.trim();
      if (/^\p{Lu}[\p{Lu}\d]+$/u.test(trimmed)) acronyms.push(trimmed);
    }
    return ' ';
  });
  const pieces = withoutBrackets
    .split(/,|\s+ou\s+/)
    .map((piece) => piece.trim())
    .filter((piece) => piece !== '');
  return [...pieces, ...acronyms];
}

/** True for a variant written as an acronym (« AES », « D3S »). */
function isAcronym(text: string): boolean {
  return /^\p{Lu}[\p{Lu}\d]{1,7}$/u.test(text.trim());
}

function measureOf(row: MesureRow): IndexMeasure {
  return {
    id: row.id,
    name: row.nom,
    kind: row.type,
    agreed: row.date_accord,
    effective: row.date_effet,
    amount: row.montant,
    unit: row.unite_montant,
    legalBasis: row.base_juridique,
    covers: row.professions_couvertes,
    excludes: row.exclus_explicites,
    outsideSegur: row.hors_segur,
    sources: row.source_ids,
    status: row.statut_verification,
    note: row.note,
  };
}

/** The index served as /metiers/index.json. */
export function buildSearchIndex(
  metierRows: readonly MetierRow[],
  mesureRows: readonly MesureRow[],
  sourceRows: readonly SourceRow[],
): SearchIndex {
  const acronyms = new Set<string>();
  for (const row of metierRows) {
    for (const variant of row.variantes) if (isAcronym(variant)) acronyms.add(foldFrench(variant));
  }
  const acronymSet: ReadonlySet<string> = new Set([...KNOWN_ACRONYMS, ...acronyms]);

  const terms: IndexTerm[] = [];
  const termByCanonical = new Map<string, number>();
  const termIndex = (text: string, metier: string): number | null => {
    const canonical = normalizeProfession(text, acronymSet);
    if (canonical === '') return null;
    let index = termByCanonical.get(canonical);
    if (index === undefined) {
      index = terms.length;
      termByCanonical.set(canonical, index);
      terms.push({ text: text.trim(), metiers: [] });
    }
    const term = terms[index]!;
    if (!term.metiers.includes(metier)) term.metiers.push(metier);
    return index;
  };

  const metiers = new Map<string, string>();
  const rows: IndexRow[] = metierRows.map((row) => {
    if (!metiers.has(row.metier)) metiers.set(row.metier, row.profession);
    const texts = [row.profession, ...labelAlternatives(row.profession), ...row.variantes];
    const rowTerms = [
      ...new Set(texts.map((text) => termIndex(text, row.metier)).filter((index): index is number => index !== null)),
    ];
    return {
      id: row.id,
      metier: row.metier,
      sectors: [...row.secteur],
      place: row.etablissement,
      places: placesOf(row),
      attachment: row.rattachement,
      detail: row.etablissement_detail,
      verdict: row.verdict,
      measures: [...row.mesure_ids],
      since: row.depuis,
      amount: row.montant,
      why: row.explication,
      sources: [...row.source_ids],
      status: row.statut_verification,
      note: row.note,
      terms: rowTerms,
    };
  });

  // Every measure, not only those the rows cite: a job title absent from the rows may be named in a measure's coverage.
  const measures = Object.fromEntries(mesureRows.map((row) => [row.id, measureOf(row)]));
  const usedSources = new Set([
    ...rows.flatMap((row) => row.sources),
    ...Object.values(measures).flatMap((measure) => measure.sources),
  ]);
  const sources = Object.fromEntries(
    sourceRows
      .filter((source) => usedSources.has(source.id))
      .map((source) => [source.id, { title: source.titre, publisher: source.editeur }]),
  );

  return {
    metiers: [...metiers].map(([slug, label]) => ({ slug, label })),
    terms,
    rows,
    measures,
    sources,
    acronyms: [...acronyms].sort(),
  };
}
