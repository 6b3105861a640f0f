/**
 * The resolver of « Suis-je concerné ? »: from a query (and the answers given
 * to follow-up questions) to one of five states.
 *
 * - `empty`: nothing typed.
 * - `invalid`: not a query (one letter, no letter at all, too long).
 * - `not_found`: no profession of the data is clearly named — never an answer
 *   for another profession; suggestions instead.
 * - `question`: the answer depends on something the query does not say (the
 *   profession among several, the sector, the employer); the verdict is then
 *   « selon le cas », and each option says what it gives.
 * - `answer`: oui, non or selon le cas, with every case (context) behind it.
 *
 * The contexts come from what the query says of the workplace (context.ts);
 * when it says nothing, from the profession's usual contexts. Each context is
 * answered by the rules (rules.ts). Same verdict everywhere: that is the
 * answer. Otherwise the resolver asks first the sector, then the employer.
 */
import {
  EMPLOYER_SECTORS,
  EMPLOYER_SECTOR_HINTS,
  EMPLOYER_SECTOR_LABELS,
  asEmployerSector,
  type ContractKind,
  type Funding,
  type EmployerSector,
  type Verdict,
} from '../codes/metiers.ts';
import { compatibleContexts, readWorkplace, type Workplace } from './context.ts';
import { parseQuery, titleText, type Correction, type ParsedQuery } from './parse.ts';
import { readPerson, titleSpans } from './person.ts';
import { ruleBook, type Case, type Person } from './rules.ts';
import { nearTitles, suggestTitles, type Suggestion } from './suggest.ts';
import type { IndexContext, IndexDepartement, IndexGrade, IndexMetier, SearchIndex } from './types.ts';
import { compileVocabulary, type Vocabulary } from './vocabulary.ts';

/** Longest query read, in characters: beyond it, the page asks for a few words. */
export const MAX_QUERY_LENGTH = 200;
/** The most professions a « which profession? » question lists. */
const MAX_OPTIONS = 60;
/** The answer « je ne sais pas » to a follow-up question. */
export const UNKNOWN = 'inconnu';

/** The state of a search, as the address carries it (/metiers/?q=…&metier=…&secteur=…&contexte=…). */
export interface SearchRequest {
  query: string;
  /** Profession chosen (a choice, a suggestion, the guided path). */
  metier?: string | null;
  /** Answer to the sector question: a sector code or `inconnu`. */
  secteur?: string | null;
  /** Answer to the employer question: a context id or `inconnu`. */
  contexte?: string | null;
}

/** One option of a follow-up question, with what it gives. */
export interface QuestionOption {
  value: string;
  label: string;
  hint: string | null;
  /** The verdicts this option leads to (empty for « je ne sais pas »). */
  verdicts: Verdict[];
}

export type Dimension = 'metier' | 'secteur' | 'contexte';

export interface Question {
  dimension: Dimension;
  prompt: string;
  options: QuestionOption[];
}

/** What the search understood, to show back. */
export interface Understood {
  /** The query as typed (trimmed). */
  query: string;
  metiers: IndexMetier[];
  /** The job title as typed. */
  typed: string | null;
  /** The official grade named, if any. */
  grade: IndexGrade | null;
  /** The title named a family of professions. */
  family: boolean;
  /** What each workplace phrase meant (negated ones marked). */
  workplace: { text: string; label: string; negated: boolean }[];
  /** Contract kinds understood. */
  contracts: ContractKind[];
  /** Working time, as a share of full time. */
  quotite: number | null;
  corrections: Correction[];
  /** Words not understood, as typed. */
  unknown: string[];
  departement: IndexDepartement | null;
  /** Who funds the establishment, as the query says (« MECS » → the département), or null. */
  funding: Funding | null;
  /** Answers given to follow-up questions. */
  answered: { dimension: Dimension; label: string }[];
  /** Whether the query said anything of the workplace. */
  workplaceSaid: boolean;
}

export type Resolution =
  | { kind: 'empty' }
  | { kind: 'invalid'; reason: 'trop_court' | 'sans_lettre' | 'trop_long'; query: string }
  | {
      kind: 'not_found';
      reason: 'inconnu' | 'autre_metier';
      understood: Understood;
      near: Suggestion[];
    }
  | { kind: 'question'; understood: Understood; question: Question; cases: Case[] }
  | {
      kind: 'answer';
      understood: Understood;
      verdict: Verdict;
      cases: Case[];
      /** A question whose answer gives the measure and the date, when the verdict holds everywhere but they vary. */
      refine: Question | null;
      /** Elsewhere, rules of their own give this profession another answer (shown when nothing was said of the workplace). */
      elsewhere: Case[];
    };

const PROMPTS: Record<Dimension, string> = {
  metier: 'Plusieurs métiers correspondent. Lequel est le vôtre ?',
  secteur: 'La réponse dépend de votre employeur. Dans quel secteur travaillez-vous ?',
  contexte: 'La réponse dépend de votre employeur ou de votre établissement. Lequel correspond à votre situation ?',
};

function verdictsOf(cases: readonly Case[]): Verdict[] {
  const found = new Set(cases.map((item) => item.verdict));
  return (['oui', 'selon_cas', 'non'] as const).filter((verdict) => found.has(verdict));
}

function combine(cases: readonly Case[]): Verdict {
  const verdicts = verdictsOf(cases);
  return verdicts.length === 1 ? verdicts[0]! : 'selon_cas';
}

/** What distinguishes two « oui »: the measures and the first month. */
function outcomeKey(item: Case): string {
  return item.branches
    .map(
      (branch) =>
        `${branch.verdict}:${branch.rules.flatMap((rule) => rule.measures).join('+')}@${branch.rules.map((rule) => rule.since ?? '').join('+')}`,
    )
    .join('|');
}

export interface Resolver {
  readonly index: SearchIndex;
  readonly vocabulary: Vocabulary;
  parse(query: string): ParsedQuery;
  suggest(query: string, limit?: number): Suggestion[];
  resolve(request: SearchRequest): Resolution;
  /** Every case of a profession in its usual contexts (the profession's page). */
  casesOf(metierId: string): Case[];
}

/** Builds the resolver for one index (the real one, or a synthetic one for the bench). */
export function createResolver(index: SearchIndex): Resolver {
  const vocabulary = compileVocabulary(index);
  const book = ruleBook(index);
  const metierById = new Map(index.metiers.map((metier) => [metier.id, metier]));
  const contextById = new Map(index.contexts.map((context) => [context.id, context]));
  const order = new Map(index.contexts.map((context, i) => [context.id, i]));

  const personFor = (
    metier: IndexMetier,
    read: ReturnType<typeof readPerson> | null,
    contracts: ContractKind[],
    precisions: readonly string[],
  ): Person => {
    const statusGrade = read?.statusGrade ?? null;
    return {
      metier,
      statusGrade,
      statusMetier: statusGrade ? (metierById.get(statusGrade.metier) ?? null) : null,
      gradeScope: (read?.grades ?? []).filter((grade) => grade.metier === metier.id).flatMap((grade) => grade.scope),
      contracts,
      precisions,
    };
  };

  /**
   * The contexts a profession is answered in, given what the query and the answers say: those the query
   * allows among the profession's usual ones (or a grade's), else all those the query allows.
   */
  const contextsFor = (
    metier: IndexMetier,
    compatible: IndexContext[] | null,
    request: SearchRequest,
    located: readonly string[] = [],
  ): IndexContext[] => {
    const usualIds = located.length > 0 ? located : metier.contexts;
    const usual = usualIds.flatMap((id) => (contextById.has(id) ? [contextById.get(id)!] : []));
    let base: IndexContext[];
    if (request.contexte && contextById.has(request.contexte)) return [contextById.get(request.contexte)!];
    if (compatible === null) base = usual;
    else {
      const both = compatible.filter((context) => usualIds.includes(context.id));
      base = both.length > 0 ? both : compatible;
    }
    const sector = asEmployerSector(request.secteur);
    if (sector) {
      const inSector = base.filter((context) => context.sectors.includes(sector));
      if (inSector.length > 0) base = inSector;
    }
    return [...base].sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  };

  /** The first question whose options lead to different outcomes (`key` tells outcomes apart). */
  const questionFor = (
    cases: readonly Case[],
    request: SearchRequest,
    key: (items: readonly Case[]) => string,
    said: ReadonlySet<EmployerSector> | null = null,
  ): Question | null => {
    if (request.secteur === UNKNOWN || request.contexte === UNKNOWN) return null;
    if (!request.secteur && !request.contexte) {
      const sectors = EMPLOYER_SECTORS.filter(
        (sector) => (said === null || said.has(sector)) && cases.some((item) => item.context.sectors.includes(sector)),
      );
      const groups = sectors.map((sector) => cases.filter((item) => item.context.sectors.includes(sector)));
      if (sectors.length > 1 && new Set(groups.map(key)).size > 1) {
        return {
          dimension: 'secteur',
          prompt: PROMPTS.secteur,
          options: [
            ...sectors.map((sector, i) => ({
              value: sector,
              label: EMPLOYER_SECTOR_LABELS[sector],
              hint: EMPLOYER_SECTOR_HINTS[sector],
              verdicts: verdictsOf(groups[i]!),
            })),
            { value: UNKNOWN, label: 'Je ne sais pas', hint: null, verdicts: [] },
          ],
        };
      }
    }
    if (!request.contexte && cases.length > 1 && new Set(cases.map((item) => key([item]))).size > 1) {
      return {
        dimension: 'contexte',
        prompt: PROMPTS.contexte,
        options: [
          ...cases.map((item) => ({
            value: item.context.id,
            label: item.context.label,
            hint: item.context.examples.slice(0, 4).join(', ') || null,
            verdicts: verdictsOf([item]),
          })),
          { value: UNKNOWN, label: 'Je ne sais pas', hint: null, verdicts: [] },
        ],
      };
    }
    return null;
  };

  const casesFor = (person: Person, contexts: readonly IndexContext[]): Case[] =>
    contexts.map((context) => book.evaluate(person, context));

  /** Rules of their own that give the profession another answer outside its usual contexts. */
  const elsewhereFor = (person: Person, verdict: Verdict): Case[] => {
    if (verdict === 'selon_cas') return [];
    // Only where a rule of their own may name the person: elsewhere every rule is for everyone.
    const own = book.ownRuleContexts(person);
    const others = index.contexts.filter(
      (context) =>
        own.has(context.id) && context.nature === 'employeur' && !person.metier.contexts.includes(context.id),
    );
    return casesFor(person, others).filter(
      (item) =>
        item.verdict !== verdict &&
        item.branches.some((branch) => branch.rules.some((rule) => !rule.scope.includes('tous'))),
    );
  };

  function parse(query: string): ParsedQuery {
    return parseQuery(query, vocabulary);
  }

  function resolve(request: SearchRequest): Resolution {
    const query = (request.query ?? '').trim();
    const pinned = request.metier && metierById.has(request.metier) ? metierById.get(request.metier)! : null;
    if (query === '' && !pinned) return { kind: 'empty' };
    if (query.length > MAX_QUERY_LENGTH) return { kind: 'invalid', reason: 'trop_long', query };
    const letters = (query.match(/\p{L}/gu) ?? []).length;
    if (query !== '' && letters === 0) return { kind: 'invalid', reason: 'sans_lettre', query };
    if (query !== '' && letters < 2 && !pinned) return { kind: 'invalid', reason: 'trop_court', query };

    const parsed = parse(query);
    const titles = titleSpans(parsed);
    const read = readPerson(parsed, vocabulary, titles);
    const workplace: Workplace = readWorkplace(parsed.spans, index, titles);
    if (!workplace.said && read.gradeContexts.length === 0 && read.impliedSectors.length > 0) {
      workplace.sectors = new Set(read.impliedSectors);
      workplace.said = true;
    }
    const compatible = compatibleContexts(workplace, index);

    // The contract: « stagiaire » alone is read both ways unless another word settles it.
    const contractSpans = parsed.spans.filter(
      (span) => !span.negated && span.meanings.some((meaning) => meaning.kind === 'contract'),
    );
    let contracts: ContractKind[] = [];
    for (const span of contractSpans) {
      for (const meaning of span.meanings) if (meaning.kind === 'contract') contracts.push(...meaning.kinds);
    }
    const single = contractSpans.flatMap((span) =>
      span.meanings.flatMap((meaning) =>
        meaning.kind === 'contract' && meaning.kinds.length === 1 ? meaning.kinds : [],
      ),
    );
    if (single.length > 0)
      contracts = contracts.filter(
        (kind) => single.includes(kind) || !['fonctionnaire_stagiaire', 'etudiant_stage'].includes(kind),
      );
    if ([...workplace.precisions].some((id) => contextById.get(id)?.nature === 'interim'))
      contracts.push('interimaire');
    contracts = [...new Set(contracts)];

    const departement = workplace.departement
      ? (index.departements.find((item) => item.code === workplace.departement) ?? null)
      : null;
    const answered: Understood['answered'] = [];
    const sector = asEmployerSector(request.secteur);
    if (sector) answered.push({ dimension: 'secteur', label: EMPLOYER_SECTOR_LABELS[sector] });
    if (request.contexte && contextById.has(request.contexte))
      answered.push({ dimension: 'contexte', label: contextById.get(request.contexte)!.label });

    const understood = (metiers: IndexMetier[]): Understood => ({
      query,
      metiers,
      typed: read.typed,
      grade: read.statusGrade ?? read.grades[0] ?? null,
      family: read.family.length > 0 && metiers.length !== 1,
      workplace: workplace.described,
      contracts,
      quotite: parsed.quotite,
      corrections: parsed.corrections,
      unknown: parsed.unknown,
      departement,
      funding: workplace.funding,
      answered,
      workplaceSaid: workplace.said,
    });

    const toMetiers = (ids: readonly string[]) =>
      ids.flatMap((id) => (metierById.has(id) ? [metierById.get(id)!] : []));
    const named = pinned ? [pinned] : toMetiers(read.metiers);
    // Professions of the same family count where the query allows them (all of them if it says nothing).
    const fits = (metier: IndexMetier) =>
      compatible === null || metier.contexts.some((id) => compatible.some((context) => context.id === id));
    const family = pinned ? [] : toMetiers(read.family).filter(fits);
    let candidates: IndexMetier[] = named.length > 0 || family.length > 0 ? [...named, ...family] : [];
    // « infirmière » at a lycée: where only a specialisation of the title works, it is that one.
    if (!pinned && compatible !== null && named.length > 0 && !named.some(fits)) {
      const specialists = toMetiers(read.specialists).filter(fits);
      if (specialists.length > 0) candidates = specialists;
    }

    if (candidates.length === 0) {
      // Only a workplace, every word understood: which profession? Otherwise, nothing found.
      if (compatible && compatible.length > 0 && parsed.unknown.length === 0) {
        const ids = new Set(compatible.map((context) => context.id));
        // At most MAX_OPTIONS professions (by label), each with what it gives.
        const options = index.metiers
          .filter((metier) => metier.contexts.some((id) => ids.has(id)))
          .sort((a, b) => a.label.localeCompare(b.label, 'fr'))
          .slice(0, MAX_OPTIONS)
          .map((metier) => {
            const person = personFor(metier, null, contracts, [...workplace.precisions]);
            return { metier, cases: casesFor(person, contextsFor(metier, compatible, request)) };
          })
          .sort((a, b) => a.metier.label.localeCompare(b.metier.label, 'fr'));
        if (options.length > 0) {
          return {
            kind: 'question',
            understood: understood([]),
            question: {
              dimension: 'metier',
              prompt: 'Quel est votre métier ? La réponse dépend du métier dans ce contexte.',
              options: options.map(({ metier, cases }) => ({
                value: metier.id,
                label: metier.label,
                hint: null,
                verdicts: verdictsOf(cases),
              })),
            },
            cases: [],
          };
        }
      }
      return {
        kind: 'not_found',
        reason: 'inconnu',
        understood: understood([]),
        near: nearTitles(vocabulary, parsed.unknown),
      };
    }

    if (!pinned && read.qualifier !== null && !workplace.said) {
      return {
        kind: 'not_found',
        reason: 'autre_metier',
        understood: understood([]),
        near: candidates.map((metier) => ({ term: metier.label, metiers: [metier] })),
      };
    }

    // Several professions: keep those that work where the query says; then agree, or ask.
    if (candidates.length > 1 && compatible) {
      const ids = new Set(compatible.map((context) => context.id));
      const working = candidates.filter((metier) => metier.contexts.some((id) => ids.has(id)));
      if (working.length > 0) candidates = working;
    }
    const byMetier = candidates.map((metier) => {
      const person = personFor(metier, read, contracts, [...workplace.precisions]);
      const located = pinned ? [] : read.gradeContexts;
      return { metier, person, cases: casesFor(person, contextsFor(metier, compatible, request, located)) };
    });
    if (byMetier.length > 1) {
      const verdicts = byMetier.map(({ cases }) => combine(cases));
      if (new Set(verdicts).size === 1 && verdicts[0] !== 'selon_cas') {
        // They all agree: the answer names the professions the title names (« éducatrice » → éducateur spécialisé).
        const kept = named.length > 0 ? byMetier.filter((item) => named.includes(item.metier)) : byMetier;
        const cases = kept.flatMap((item) => item.cases);
        return {
          kind: 'answer',
          understood: understood(kept.map((item) => item.metier)),
          verdict: verdicts[0]!,
          cases,
          refine: null,
          elsewhere: [],
        };
      }
      return {
        kind: 'question',
        understood: understood(candidates),
        question: {
          dimension: 'metier',
          prompt: PROMPTS.metier,
          options: byMetier.map(({ metier, cases }) => ({
            value: metier.id,
            label: metier.label,
            hint: null,
            verdicts: verdictsOf(cases),
          })),
        },
        cases: byMetier.flatMap((item) => item.cases),
      };
    }

    const { metier, person, cases } = byMetier[0]!;
    const about = understood([metier]);
    if (cases.length === 0) {
      // Nothing fits both the profession and what was said (contradictory words): ask the employer among its usual ones.
      const usual = casesFor(person, contextsFor(metier, null, { query: '' }));
      const question = questionFor(usual, { query: '' }, (items) => verdictsOf(items).join('|'));
      if (question) return { kind: 'question', understood: about, question, cases: usual };
      return { kind: 'answer', understood: about, verdict: combine(usual), cases: usual, refine: null, elsewhere: [] };
    }
    const verdict = combine(cases);
    if (verdict === 'selon_cas' && verdictsOf(cases).length > 1) {
      const question = questionFor(cases, request, (items) => verdictsOf(items).join('|'), workplace.sectors);
      if (question) return { kind: 'question', understood: about, question, cases };
    }
    const refine =
      verdict === 'oui'
        ? questionFor(cases, request, (items) => items.map(outcomeKey).sort().join('/'), workplace.sectors)
        : null;
    const elsewhere = workplace.said || read.gradeContexts.length > 0 ? [] : elsewhereFor(person, verdict);
    return { kind: 'answer', understood: about, verdict, cases, refine, elsewhere };
  }

  function casesOf(metierId: string): Case[] {
    const metier = metierById.get(metierId);
    if (!metier) return [];
    return casesFor(personFor(metier, null, [], []), contextsFor(metier, null, { query: '' }));
  }

  return {
    index,
    vocabulary,
    parse,
    suggest: (query, limit = 8) => suggestTitles(vocabulary, titleText(parse(query)), limit),
    resolve,
    casesOf,
  };
}

export type { Case, Suggestion };
