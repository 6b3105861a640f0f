/**
 * What the static pages of « Suis-je concerné ? » show: a profession's page
 * (the answer in every usual context, with the same markup as the search),
 * and the guided path (sector, then employer, then profession).
 */
import {
  EMPLOYER_SECTORS,
  GRADE_FAMILY_LABELS,
  VERDICT_LABELS,
  VERDICT_MARKS,
  type EmployerSector,
  type Verdict,
} from '../../lib/codes/metiers.ts';
import { firstMonthsText, type AnswerView } from '../../lib/metiers/answer-view.ts';
import type { Resolver } from '../../lib/metiers/resolve.ts';
import { metierResolver, metiersByLetter } from '../../queries/metiers.ts';
import { rowsOf } from '../../queries/data.ts';
import { answerTemplateView, builtAnswerView } from './answer.ts';
import { answerMoneyView } from './answer-money.ts';
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

/** Every profession's page (the same answer as the search, with « je ne sais pas » to every question). */
export function professionPages(): ProfessionPage[] {
  const resolver = metierResolver();
  return resolver.index.metiers.map((metier) => professionPage(resolver, metier.id));
}

/** The page of one profession, from a resolver. */
export function professionPage(resolver: Resolver, id: string): ProfessionPage {
  const metier = resolver.index.metiers.find((item) => item.id === id)!;
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
  const variants = resolver.index.terms
    .filter((term) => term.metiers.length === 1 && term.metiers[0] === id && term.text !== metier.label)
    .map((term) => term.text);
  const cases = resolution.kind === 'answer' || resolution.kind === 'question' ? resolution.cases : [];
  return {
    id,
    label: metier.label,
    description: metier.description,
    variants: [...new Set(variants)],
    grades: resolver.index.grades
      .filter((grade) => grade.metier === id)
      .map((grade) => ({ label: grade.label, family: GRADE_FAMILY_LABELS[grade.family] })),
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
  const casesByMetier = new Map(resolver.index.metiers.map((metier) => [metier.id, resolver.casesOf(metier.id)]));
  return resolver.index.contexts
    .filter((context) => context.nature === 'employeur' && (sector === null || context.sectors.includes(sector)))
    .map((context) => ({
      id: context.id,
      label: context.label,
      establishments: context.establishments,
      examples: context.examples.slice(0, 6),
      professions: resolver.index.metiers
        .flatMap((metier) => {
          const item = casesByMetier.get(metier.id)?.find((candidate) => candidate.context.id === context.id);
          return item
            ? [
                {
                  id: metier.id,
                  label: metier.label,
                  href: `/metiers/${metier.id}/#${context.id}`,
                  verdict: item.verdict,
                  verdictLabel: VERDICT_LABELS[item.verdict],
                  verdictMark: VERDICT_MARKS[item.verdict],
                },
              ]
            : [];
        })
        .sort((a, b) => a.label.localeCompare(b.label, 'fr')),
    }))
    .filter((context) => context.professions.length > 0);
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
  view: MoneyView;
}

let moneyPagesCache: MoneyPage[] | null = null;

/** One page per distinct block (measures, first month, sector) among the « oui » of every profession page. */
export function moneyPages(): MoneyPage[] {
  if (moneyPagesCache) return moneyPagesCache;
  const resolver = metierResolver();
  const found = new Map<string, { input: MoneyInput; situations: Map<string, MoneyPage['situations'][number]> }>();
  for (const page of professionPages()) {
    for (const item of [...page.answer.cases, ...page.answer.elsewhere]) {
      for (const branch of item.branches) {
        if (!branch.money?.summary) continue;
        const href = branch.money.summary.href;
        const entry = found.get(href) ?? { input: branch.money.input, situations: new Map() };
        found.set(href, entry);
        const situation: MoneyPage['situations'][number] = entry.situations.get(item.title) ?? {
          employer: item.title,
          professions: [],
        };
        entry.situations.set(item.title, situation);
        const professionHref = `/metiers/${page.id}/#${item.id}`;
        if (!situation.professions.some((known) => known.href === professionHref))
          situation.professions.push({ label: page.label, href: professionHref });
      }
    }
  }
  moneyPagesCache = [...found].map(([href, { input, situations }]) => {
    // The address the summaries link to: /metiers/montant/<slug>/.
    const names = input.mesureIds.map((id) => {
      const measure = resolver.index.measures[id];
      if (!measure) throw new Error(`Mesure inconnue : ${id}`);
      return measure.name;
    });
    const view = answerMoneyView(input, 'montant');
    return {
      slug: href.split('/').filter(Boolean).at(-1)!,
      title: `Montant, rappel et lettre : ${names.join(' ; ')}`,
      lead: `${SECTOR_LABELS[input.secteur]}. ${view.due}`,
      situations: [...situations.values()],
      view,
    };
  });
  return moneyPagesCache;
}
