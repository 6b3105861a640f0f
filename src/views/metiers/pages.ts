/**
 * What the static pages of « Suis-je concerné ? » show: a profession's page
 * (the answer in every usual context, with the same markup as the search),
 * and the guided path (sector, then employer, then profession).
 */
import {
  EMPLOYER_SECTORS,
  EMPLOYER_SECTOR_LABELS,
  EMPLOYER_SECTOR_SLUGS,
  GRADE_FAMILY_LABELS,
  VERDICT_LABELS,
  VERDICT_MARKS,
  type EmployerSector,
  type Verdict,
} from '../../lib/codes/metiers.ts';
import { firstMonthsText, type AnswerView } from '../../lib/metiers/answer-view.ts';
import type { Resolver } from '../../lib/metiers/resolve.ts';
import type { IndexGrade, IndexMetier } from '../../lib/metiers/types.ts';
import { metierResolver, metiersByLetter } from '../../queries/metiers.ts';
import { rowsOf } from '../../queries/data.ts';
import { answerTemplateView, builtAnswerView } from './answer.ts';
import { answerMoneySummary, answerMoneyView } from './answer-money.ts';
import { SECTOR_LABELS } from '../../lib/codes/common.ts';
import type { MoneyView } from '../../lib/metiers/money-view.ts';
import type { MoneyInput } from '../../lib/metiers/money.ts';

/** /metiers/: the guided path's first step, the A–Z index, the counts of the method, the answer's template. */
export interface MetiersHome {
  sectors: EmployerSector[];
  letters: { letter: string; professions: { label: string; href: string; description: string }[] }[];
  counts: { rules: number; contexts: number; professions: number };
  skeleton: AnswerView;
}

/** /metiers/. */
export function metiersHome(): MetiersHome {
  return {
    sectors: guidedSectors(),
    letters: metiersByLetter().map(({ letter, metiers }) => ({
      letter,
      professions: metiers.map((metier) => ({
        label: metier.libelle,
        href: `/metiers/${metier.id}/`,
        description: metier.description,
      })),
    })),
    counts: {
      rules: rowsOf('regles').length,
      contexts: rowsOf('contextes').length,
      professions: rowsOf('metiers').length,
    },
    skeleton: answerTemplateView(),
  };
}

/** A profession's page. */
export interface ProfessionPage {
  id: string;
  label: string;
  description: string;
  variants: string[];
  grades: { label: string; family: string }[];
  /** One line per usual context, for the summary table. */
  summary: {
    title: string;
    href: string;
    verdict: Verdict;
    verdictLabel: string;
    verdictMark: string;
    since: string | null;
  }[];
  /** The answer for the profession alone, every case shown. */
  answer: AnswerView;
}

/** The ids of the professions that have a page, in index order. */
export function professionIds(): string[] {
  return metierResolver().index.metiers.map((metier) => metier.id);
}

/** A profession's own names and grades, gathered once for all (not searched for each profession). */
interface ProfessionLookups {
  resolver: Resolver;
  metierById: ReadonlyMap<string, IndexMetier>;
  variantsOf: ReadonlyMap<string, string[]>;
  gradesOf: ReadonlyMap<string, IndexGrade[]>;
}

let lookups: ProfessionLookups | null = null;

function professionLookups(): ProfessionLookups {
  if (lookups) return lookups;
  const resolver = metierResolver();
  const variantsOf = new Map<string, string[]>();
  for (const term of resolver.index.terms) {
    if (term.metiers.length !== 1) continue;
    const id = term.metiers[0]!;
    variantsOf.set(id, [...(variantsOf.get(id) ?? []), term.text]);
  }
  const gradesOf = new Map<string, IndexGrade[]>();
  for (const grade of resolver.index.grades) gradesOf.set(grade.metier, [...(gradesOf.get(grade.metier) ?? []), grade]);
  lookups = {
    resolver,
    metierById: new Map(resolver.index.metiers.map((metier) => [metier.id, metier])),
    variantsOf,
    gradesOf,
  };
  return lookups;
}

/**
 * The page of one profession (the same answer as the search, with « je ne sais pas » to every question); throws
 * on an unknown id. Made when its page is built and not kept: thousands of answers would not fit in memory.
 */
export function professionPage(id: string): ProfessionPage {
  const { resolver, metierById, variantsOf, gradesOf } = professionLookups();
  const metier = metierById.get(id);
  if (!metier) throw new Error(`Métier inconnu : ${id}`);
  const resolution = resolver.resolve({ query: '', metier: id, secteur: 'inconnu' });
  const view = builtAnswerView(resolution, '');
  const answer: AnswerView = {
    ...view,
    heading: 'La réponse selon l’employeur',
    understood: null,
    messages: [
      'Pour chaque employeur où ce métier s’exerce le plus souvent : la réponse, la mesure, la date, le montant et pourquoi.',
    ],
    links: [],
  };
  const variants = (variantsOf.get(id) ?? []).filter((text) => text !== metier.label);
  const cases = resolution.kind === 'answer' || resolution.kind === 'question' ? resolution.cases : [];
  return {
    id,
    label: metier.label,
    description: metier.description,
    variants: [...new Set(variants)],
    grades: (gradesOf.get(id) ?? []).map((grade) => ({
      label: grade.label,
      family: GRADE_FAMILY_LABELS[grade.family],
    })),
    summary: cases.map((item) => ({
      title: item.context.label,
      href: `#${item.context.id}`,
      verdict: item.verdict,
      verdictLabel: VERDICT_LABELS[item.verdict],
      verdictMark: VERDICT_MARKS[item.verdict],
      since: item.verdict === 'non' ? null : firstMonthsText(item),
    })),
    answer,
  };
}

/** What other pages need of a profession's page: the site search's entry and the money blocks it links to. */
export interface ProfessionDigest extends Pick<
  ProfessionPage,
  'id' | 'label' | 'description' | 'variants' | 'summary'
> {
  /** Each « oui » with a money block: where it is given and the block's input. */
  money: { caseId: string; caseTitle: string; href: string; input: MoneyInput }[];
}

let digests: ProfessionDigest[] | null = null;

/** The digest of every profession's page, made once per build (the money pages and the site search read it). */
export function professionDigests(): ProfessionDigest[] {
  if (digests) return digests;
  digests = professionIds().map((id) => {
    const { answer, ...page } = professionPage(id);
    const money = [...answer.cases, ...answer.elsewhere].flatMap((item) =>
      item.branches.flatMap((branch) =>
        branch.money?.summary
          ? [{ caseId: item.id, caseTitle: item.title, href: branch.money.summary.href, input: branch.money.input }]
          : [],
      ),
    );
    return {
      id: page.id,
      label: page.label,
      description: page.description,
      variants: page.variants,
      summary: page.summary,
      money,
    };
  });
  return digests;
}

/** One employer of the guided path, with the professions usually employed there and their answer. */
export interface GuidedContext {
  id: string;
  label: string;
  establishments: string;
  examples: string[];
  professions: {
    id: string;
    label: string;
    href: string;
    verdict: Verdict;
    verdictLabel: string;
    verdictMark: string;
  }[];
}

/** The sectors the guided path offers, in code order (those with at least one employer). */
export function guidedSectors(resolver: Resolver = metierResolver()): EmployerSector[] {
  return EMPLOYER_SECTORS.filter((sector) =>
    resolver.index.contexts.some((context) => context.nature === 'employeur' && context.sectors.includes(sector)),
  );
}

/** The employers of one sector (or of all, for « je ne sais pas »), each with its professions. */
export function guidedPath(sector: EmployerSector | null, resolver: Resolver = metierResolver()): GuidedContext[] {
  // The sector pages and the « je ne sais pas » index ask for the same sectors: file each one once per resolver.
  const known = guidedPaths.get(resolver) ?? new Map<EmployerSector | null, GuidedContext[]>();
  guidedPaths.set(resolver, known);
  const cached = known.get(sector);
  if (cached) return cached;
  const made = fileGuidedPath(sector, resolver);
  known.set(sector, made);
  return made;
}

const guidedPaths = new WeakMap<Resolver, Map<EmployerSector | null, GuidedContext[]>>();

function fileGuidedPath(sector: EmployerSector | null, resolver: Resolver): GuidedContext[] {
  // Each profession's cases, filed under their employer: one pass over the professions, not one per employer.
  const professionsByContext = new Map<string, GuidedContext['professions']>();
  for (const metier of resolver.index.metiers) {
    for (const item of resolver.casesOf(metier.id)) {
      const professions = professionsByContext.get(item.context.id) ?? [];
      if (professions.some((known) => known.id === metier.id)) continue;
      professions.push({
        id: metier.id,
        label: metier.label,
        href: `/metiers/${metier.id}/#${item.context.id}`,
        verdict: item.verdict,
        verdictLabel: VERDICT_LABELS[item.verdict],
        verdictMark: VERDICT_MARKS[item.verdict],
      });
      professionsByContext.set(item.context.id, professions);
    }
  }
  return resolver.index.contexts
    .filter((context) => context.nature === 'employeur' && (sector === null || context.sectors.includes(sector)))
    .map((context) => ({
      id: context.id,
      label: context.label,
      establishments: context.establishments,
      examples: context.examples.slice(0, 6),
      professions: [...(professionsByContext.get(context.id) ?? [])].sort((a, b) =>
        a.label.localeCompare(b.label, 'fr'),
      ),
    }))
    .filter((context) => context.professions.length > 0);
}

/** An employer of the « je ne sais pas » step, linking to its professions on the page of one of its sectors. */
export interface GuidedIndexEntry {
  id: string;
  label: string;
  examples: string[];
  /** /metiers/secteur/<slug>/#contexte-<id>: the first sector of the path that employs it. */
  href: string;
  sectorLabel: string;
}

/**
 * /metiers/secteur/tous/: every employer of the path, each linking to its professions on a sector page (listing
 * them all here would make the page grow with every employer and profession of the data).
 */
export function guidedIndex(resolver: Resolver = metierResolver()): GuidedIndexEntry[] {
  const entries: GuidedIndexEntry[] = [];
  const seen = new Set<string>();
  for (const sector of guidedSectors(resolver)) {
    for (const context of guidedPath(sector, resolver)) {
      if (seen.has(context.id)) continue;
      seen.add(context.id);
      entries.push({
        id: context.id,
        label: context.label,
        examples: context.examples,
        href: `/metiers/secteur/${EMPLOYER_SECTOR_SLUGS[sector]}/#contexte-${context.id}`,
        sectorLabel: EMPLOYER_SECTOR_LABELS[sector],
      });
    }
  }
  // In the order of the data, as on the sector pages.
  const order = new Map(resolver.index.contexts.map((context, index) => [context.id, index]));
  return entries.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
}

/** The own page of a « Montant, rappel et lettre » block, linked from each « oui » of the profession pages. */
export interface MoneyPage {
  /** Last segment of the address (/metiers/montant/<slug>/). */
  slug: string;
  title: string;
  /** « Fonction publique hospitalière, dû depuis septembre 2020. » */
  lead: string;
  /** Where this answer is given: each employer, with the professions it is given to there. */
  situations: { employer: string; professions: { label: string; href: string }[] }[];
  /** What the block is computed from (its view is made when the page is built: moneyPageView). */
  input: MoneyInput;
}

let moneyPagesCache: MoneyPage[] | null = null;

/** One page per distinct block (measures, first month, sector) among the « oui » of every profession page. */
export function moneyPages(): MoneyPage[] {
  if (moneyPagesCache) return moneyPagesCache;
  const resolver = metierResolver();
  const found = new Map<string, { input: MoneyInput; situations: Map<string, MoneyPage['situations'][number]> }>();
  for (const page of professionDigests()) {
    for (const block of page.money) {
      const entry = found.get(block.href) ?? { input: block.input, situations: new Map() };
      found.set(block.href, entry);
      const situation: MoneyPage['situations'][number] = entry.situations.get(block.caseTitle) ?? {
        employer: block.caseTitle,
        professions: [],
      };
      entry.situations.set(block.caseTitle, situation);
      const professionHref = `/metiers/${page.id}/#${block.caseId}`;
      if (!situation.professions.some((known) => known.href === professionHref))
        situation.professions.push({ label: page.label, href: professionHref });
    }
  }
  moneyPagesCache = [...found].map(([href, { input, situations }]) => {
    // The address the summaries link to: /metiers/montant/<slug>/.
    const names = input.mesureIds.map((id) => {
      const measure = resolver.index.measures[id];
      if (!measure) throw new Error(`Mesure inconnue : ${id}`);
      return measure.name;
    });
    return {
      slug: href.split('/').filter(Boolean).at(-1)!,
      title: `Montant, rappel et lettre : ${names.join(' ; ')}`,
      lead: `${SECTOR_LABELS[input.secteur]}. ${answerMoneySummary(input, 'montant').due}`,
      situations: [...situations.values()],
      input,
    };
  });
  return moneyPagesCache;
}

/** The block of a money page, whole (made when the page is built, not kept). */
export function moneyPageView(page: MoneyPage): MoneyView {
  return answerMoneyView(page.input, 'montant');
}
