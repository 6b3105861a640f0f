/**
 * Builds the index of « Suis-je concerné ? » from typed rows. Pure (no file
 * access), so that the build endpoint, the static pages, the unit tests and
 * the bench (scripts/bench/search.ts) all make the same index.
 */
import type { ContexteRow } from '../schemas/contextes.ts';
import type { ContratRow } from '../schemas/contrats.ts';
import type { EmployeurRow } from '../schemas/employeurs.ts';
import type { GradeRow } from '../schemas/grades.ts';
import type { MesureRow } from '../schemas/mesures.ts';
import type { MetierRow } from '../schemas/metiers.ts';
import type { RegleRow } from '../schemas/regles.ts';
import type { SourceRow } from '../schemas/sources.ts';
import { foldFrench } from '../lib/fold.ts';
import { KNOWN_ACRONYMS, normalizeProfession } from '../lib/metiers/normalize.ts';
import { citedSourceIds } from '../lib/inline-citations.ts';
import { gradeTitles, labelAlternatives } from '../lib/metiers/titles.ts';
import type { IndexDepartement, IndexMeasure, IndexTerm, SearchIndex } from '../lib/metiers/types.ts';

/** Everything the index is made of. */
export interface IndexInputs {
  metiers: readonly MetierRow[];
  grades: readonly GradeRow[];
  contextes: readonly ContexteRow[];
  regles: readonly RegleRow[];
  contrats: readonly ContratRow[];
  employeurs: readonly EmployeurRow[];
  mesures: readonly MesureRow[];
  sources: readonly SourceRow[];
  departements: readonly IndexDepartement[];
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
export function buildSearchIndex(inputs: IndexInputs): SearchIndex {
  const acronyms = new Set<string>();
  const typed = [
    ...inputs.metiers.flatMap((row) => row.variantes),
    ...inputs.grades.flatMap((row) => row.variantes),
    ...inputs.employeurs.flatMap((row) => row.variantes),
  ];
  for (const variant of typed) if (isAcronym(variant)) acronyms.add(foldFrench(variant));
  const acronymSet: ReadonlySet<string> = new Set([...KNOWN_ACRONYMS, ...acronyms]);
  const canonical = (text: string) => normalizeProfession(text, acronymSet);

  const terms: IndexTerm[] = [];
  const termByCanon = new Map<string, IndexTerm>();
  const termFor = (text: string): IndexTerm | null => {
    const canon = canonical(text);
    if (canon === '') return null;
    let term = termByCanon.get(canon);
    if (!term) {
      term = { text: text.trim(), canon, metiers: [], grades: [] };
      termByCanon.set(canon, term);
      terms.push(term);
    }
    return term;
  };
  // The catalogue of professions first: its titles name professions, whatever the grades say.
  for (const row of inputs.metiers) {
    for (const text of [row.libelle, ...labelAlternatives(row.libelle), ...row.variantes]) {
      const term = termFor(text);
      if (term && !term.metiers.includes(row.id)) term.metiers.push(row.id);
    }
  }
  for (const row of inputs.grades) {
    for (const text of [...gradeTitles(row.intitule), ...row.variantes]) {
      const term = termFor(text);
      const metier = row.metier_id[0]!;
      if (!term || term.grades.includes(row.id)) continue;
      // A grade adds itself to a title of the catalogue only for the same profession.
      if (term.metiers.length === 0 || term.metiers.includes(metier)) term.grades.push(row.id);
    }
  }

  const measures = Object.fromEntries(inputs.mesures.map((row) => [row.id, measureOf(row)]));
  const cited = new Set<string>([
    ...inputs.regles.flatMap((row) => [
      ...row.source_ids,
      ...citedSourceIds(row.note ?? ''),
      ...citedSourceIds(row.explication),
    ]),
    ...inputs.contrats.flatMap((row) => [...row.source_ids, ...citedSourceIds(row.note ?? '')]),
    ...inputs.mesures.flatMap((row) => [...row.source_ids, ...citedSourceIds(row.note ?? '')]),
    ...inputs.contextes.flatMap((row) => citedSourceIds(row.note ?? '')),
    ...inputs.metiers.flatMap((row) => citedSourceIds(row.note ?? '')),
  ]);
  const sources = Object.fromEntries(
    inputs.sources
      .filter((source) => cited.has(source.id))
      .map((source) => [source.id, { title: source.titre, publisher: source.editeur }]),
  );

  return {
    metiers: inputs.metiers.map((row) => ({
      id: row.id,
      label: row.libelle,
      filiere: row.filiere,
      scope: [...row.portee],
      publicScope: [...row.portee_fonction_publique],
      contexts: [...row.contextes],
      description: row.description,
      note: row.note,
    })),
    grades: inputs.grades.map((row) => ({
      id: row.id,
      label: row.intitule,
      family: row.famille,
      metier: row.metier_id[0]!,
      scope: [...row.portee],
      contexts: [...row.contextes],
    })),
    terms,
    employers: inputs.employeurs.map((row) => ({
      id: row.id,
      label: row.nom,
      phrases: [...new Set(row.variantes.map(canonical).filter((phrase) => phrase !== ''))],
      contexts: [...row.contexte_ids],
      places: [...row.lieux],
      sectors: [...row.secteurs],
      funding: row.financement,
    })),
    contexts: inputs.contextes.map((row) => ({
      id: row.id,
      label: row.libelle,
      nature: row.nature,
      sectors: [...row.secteurs],
      places: [...row.lieux],
      attachment: row.rattachement,
      funding: row.financement,
      establishments: row.etablissements,
      examples: [...row.exemples_saisis],
      note: row.note,
    })),
    rules: inputs.regles.map((row) => ({
      id: row.id,
      context: row.contexte_id[0]!,
      scope: [...row.portee],
      scopeDetail: row.portee_detail,
      exceptions: [...row.exceptions],
      exceptionsDetail: row.exceptions_detail,
      verdict: row.verdict,
      measures: [...row.mesure_ids],
      since: row.depuis,
      amount: row.montant,
      why: row.explication,
      where: row.localisation,
      sources: [...row.source_ids],
      status: row.statut_verification,
      note: row.note,
    })),
    contracts: inputs.contrats.map((row) => ({
      id: row.id,
      label: row.contrat,
      kind: row.genre,
      sectors: [...row.secteurs],
      effect: row.effet,
      why: row.explication,
      sources: [...row.source_ids],
      status: row.statut_verification,
      note: row.note,
    })),
    measures,
    sources,
    departements: [...inputs.departements],
    acronyms: [...acronyms].sort(),
  };
}
