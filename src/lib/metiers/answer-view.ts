/**
 * The answer of « Suis-je concerné ? » as a page shows it: every word already
 * chosen, every date formatted, every source numbered. The same view is
 * rendered at build time (the profession pages) and filled in the browser
 * (the search), through the same markup (components/metiers/answer/), so the
 * two cannot drift apart. No markup here, no data loading: a resolution of
 * src/lib/metiers/resolve.ts in, a plain object out.
 */
import { VERIFICATION_STATUS_LABELS, type Filiere } from '../codes/common.ts';
import { MEASURE_TYPE_LABELS } from '../codes/mesures.ts';
import {
  CONTRACT_KIND_LABELS,
  EMPLOYER_SECTOR_LABELS,
  FILIERE_WORDS,
  VERDICT_LABELS,
  VERDICT_MARKS,
  departementDecides,
  isMeasureSector,
  type ContractKind,
  type ScopeCode,
  type Verdict,
} from '../codes/metiers.ts';
import { firstSentence, formatPartialDate, plural } from '../format.ts';
import { notePieces, withoutCitations } from '../inline-citations.ts';
import type { MoneyInput } from './money.ts';
import { blankMoneyView, serializeMoneyInput, type MoneyView } from './money-view.ts';
import { isYearMonth } from './months.ts';
import type { Branch, Case } from './rules.ts';
import type { Question, Resolution, Understood } from './resolve.ts';
import type { IndexMeasure, IndexRule, SearchIndex } from './types.ts';
import { formatMeasureAmount, measureRole } from './wording.ts';

/** A piece of text: plain, or a numbered link to a source. */
export interface TextPiece {
  text: string;
  /** For a citation: its address and accessible name. */
  href: string | null;
  label: string | null;
}

/** A numbered source link. */
export interface SourceView {
  number: string;
  href: string;
  label: string;
  title: string;
}

/** A measure named by a case. */
export interface MeasureRefView {
  role: string;
  name: string;
  href: string;
}

/** On a built page, the money of a « oui » in a few words, and the page of the whole block. */
export interface MoneySummaryView {
  /** « 241,22 € brut par mois », or null when the data give no amount. */
  headline: string | null;
  /** « depuis le 1er juillet 2023, pour un temps plein, soit environ 191 € net. » */
  rest: string | null;
  /** « Dû depuis septembre 2020. » */
  due: string;
  /** The block's own page (/metiers/montant/…/): amount period by period, arrears, deadlines, letter. */
  href: string;
}

/**
 * The « Montant, rappel et lettre » block of a « oui » (src/components/metiers/AnswerMoney.astro): its input
 * and what the page shows of it. The answer in the browser shows the whole block (`view`, the template's,
 * which fills itself from the input); a built page shows a summary and links to the block's own page, so
 * that a profession's page, with a block for each employer, stays light.
 */
export interface MoneySlotView {
  /** Prefix of every id inside the block, unique on the page. */
  key: string;
  input: MoneyInput;
  /** The input as the block's `data-input` attribute carries it. */
  inputJson: string;
  /** The whole block, or null. */
  view: MoneyView | null;
  /** The summary and link, or null. */
  summary: MoneySummaryView | null;
}

/** What a page shows of a money block: the whole block, or a summary. */
export type MoneySlotContent = Pick<MoneySlotView, 'view' | 'summary'>;

export interface StatusView {
  label: string;
  status: string;
  note: TextPiece[];
}

export interface ContractView {
  label: string;
  why: TextPiece[];
  sources: SourceView[];
  status: StatusView | null;
}

export interface BranchView {
  /** What the branch assumes, or null for a case with one branch. */
  when: string | null;
  verdict: Verdict;
  verdictLabel: string;
  verdictMark: string;
  /** « septembre 2020 », or null. */
  since: string | null;
  sinceDate: string | null;
  measures: MeasureRefView[];
  amount: string | null;
  /** Who the rule covers, in plain words. */
  scope: string | null;
  why: TextPiece[];
  legal: string | null;
  contracts: ContractView[];
  sources: SourceView[];
  status: StatusView | null;
  note: TextPiece[] | null;
  /** The money block, for a « oui ». */
  money: MoneySlotView | null;
}

export interface CaveatView {
  title: string;
  why: TextPiece[];
  sources: SourceView[];
}

export interface CaseView {
  /** Anchor on the page. */
  id: string;
  headingId: string;
  title: string;
  /** The profession, when the answer covers several. */
  profession: string | null;
  context: string;
  verdict: Verdict;
  verdictLabel: string;
  verdictMark: string;
  /** First month due, when the case has one reading only. */
  since: string | null;
  sinceDate: string | null;
  branches: BranchView[];
  caveats: CaveatView[];
  departement: { text: string; href: string; link: string } | null;
}

export interface OptionView {
  dimension: string;
  value: string;
  label: string;
  hint: string | null;
  outcome: string | null;
}

export interface QuestionView {
  id: string;
  dimension: string;
  prompt: string;
  options: OptionView[];
}

export interface MeasureView {
  id: string;
  anchor: string;
  name: string;
  tag: string | null;
  nature: string;
  effective: string | null;
  amount: string;
  legalBasis: string;
  excludes: string | null;
  note: TextPiece[] | null;
  sources: SourceView[];
  status: string | null;
  statusCode: string;
}

export interface LinkView {
  label: string;
  href: string;
}

export interface SuggestionView {
  label: string;
  query: string;
}

/** The whole answer region. */
export interface AnswerView {
  /** vide, invalide, introuvable, question, reponse (attribute data-etat). */
  state: 'vide' | 'invalide' | 'introuvable' | 'question' | 'reponse';
  /** The query as typed (attribute data-requete). */
  query: string;
  /** The query shown back as text, for a query not understood. */
  echo: string | null;
  heading: string;
  verdict: Verdict | null;
  verdictLabel: string | null;
  verdictMark: string | null;
  sentence: string | null;
  messages: string[];
  understood: string | null;
  question: QuestionView | null;
  refine: QuestionView | null;
  casesHeading: string | null;
  cases: CaseView[];
  elsewhere: CaseView[];
  measures: MeasureView[];
  suggestions: SuggestionView[];
  links: LinkView[];
  /** Show the « information, not legal advice » block. */
  disclaimer: boolean;
  /** One sentence for the screen reader's status region. */
  status: string;
}

const NNBSP = '\u202f';

/**
 * Whether a value is shown: not null, not empty, not false, not an empty list. The components (at build
 * time) and the binder (in the browser) both keep an optional part on this test, so they agree.
 */
export function present(value: unknown): boolean {
  if (value === null || value === undefined || value === false || value === '') return false;
  return !(Array.isArray(value) && value.length === 0);
}

/** The measures, sources and départements the view needs words for. */
export interface ViewContext {
  index: SearchIndex;
  /**
   * What a page shows of the money block of a « oui » (at build time, from the calculator's rows); absent
   * in the browser, where the template's block fills itself from its input.
   */
  money?: (input: MoneyInput, key: string) => MoneySlotContent;
}

function pieces(text: string | null, context: ViewContext): TextPiece[] {
  if (!text) return [];
  let count = 0;
  return notePieces(text).map((piece) => {
    if ('text' in piece) return { text: piece.text, href: null, label: null };
    count += 1;
    const source = context.index.sources[piece.source];
    return {
      text: `[${count}]`,
      href: `/sources/#${piece.source}`,
      label: source ? `Source ${count} : ${source.title}, ${source.publisher}` : `Source ${count}`,
    };
  });
}

function sourcesView(ids: readonly string[], context: ViewContext): SourceView[] {
  return ids.map((id, i) => {
    const source = context.index.sources[id];
    const name = source ? `${source.title}, ${source.publisher}` : 'Source';
    return { number: `[${i + 1}]`, href: `/sources/#${id}`, label: `Source ${i + 1} : ${name}`, title: name };
  });
}

function statusView(status: string, note: string | null, context: ViewContext): StatusView | null {
  if (status === 'confirme') return null;
  return {
    label: VERIFICATION_STATUS_LABELS[status as keyof typeof VERIFICATION_STATUS_LABELS],
    status,
    note: pieces(note, context),
  };
}

function filiereOf(scope: readonly ScopeCode[], fallback: Filiere): Filiere {
  const code = scope.find((item) => item.startsWith('filiere:'));
  return code ? (code.slice('filiere:'.length) as Filiere) : fallback;
}

function whenOf(branch: Branch, item: Case, single: boolean): string | null {
  if (single) return null;
  const parts: string[] = [];
  if (branch.profile === 'main')
    parts.push(`si vous relevez d’un corps de la filière ${FILIERE_WORDS[item.metier.filiere]}`);
  if (branch.profile === 'alternative')
    parts.push(
      `si vous relevez d’un corps de la filière ${FILIERE_WORDS[filiereOf(item.metier.publicScope, item.metier.filiere)]}`,
    );
  if (branch.contract) parts.push(`si vous êtes ${CONTRACT_KIND_LABELS[branch.contract]}`);
  if (branch.readingOf)
    parts.push(`pour : ${branch.readingOf.scopeDetail ?? firstSentence(withoutCitations(branch.readingOf.why))}`);
  const text = parts.join(' et ');
  return text === '' ? null : text.charAt(0).toUpperCase() + text.slice(1);
}

/** The money block of a « oui »: its measures, first month and sector, and the working time the query gives. */
function moneyOf(
  branch: Branch,
  item: Case,
  key: string,
  context: ViewContext,
  understood: Understood | null,
): MoneySlotView | null {
  if (branch.verdict !== 'oui') return null;
  const rules = branch.rules.filter((rule) => rule.verdict === 'oui');
  // Of a context with several sectors (fph;fpt), the first one: their limitation rules are the same.
  const secteur = item.context.sectors.find(isMeasureSector);
  if (rules.length === 0 || secteur === undefined) return null;
  const since = rules.find((rule) => rule.since !== null)?.since ?? null;
  const quotite = understood?.quotite ?? null;
  const input: MoneyInput = {
    mesureIds: [...new Set(rules.flatMap((rule) => rule.measures))],
    depuis: since !== null && isYearMonth(since) ? since : null,
    secteur,
    ...(quotite === null ? {} : { quotite }),
  };
  const shown = context.money?.(input, key) ?? { view: null, summary: null };
  return { key, input, inputJson: serializeMoneyInput(input), ...shown };
}

function branchView(
  branch: Branch,
  item: Case,
  single: boolean,
  key: string,
  context: ViewContext,
  understood: Understood | null,
): BranchView {
  const rules: IndexRule[] = branch.rules.length > 0 ? branch.rules : branch.exceptedBy ? [branch.exceptedBy] : [];
  const measureIds = [...new Set(rules.flatMap((rule) => rule.measures))];
  const since = rules.find((rule) => rule.since !== null)?.since ?? null;
  const why: TextPiece[] = [];
  if (branch.noRule)
    why.push({ text: 'Aucune règle de nos données ne vise ce métier chez cet employeur.', href: null, label: null });
  for (const rule of rules) {
    if (why.length > 0) why.push({ text: ' ', href: null, label: null });
    why.push(...pieces(rule.why, context));
  }
  if (branch.exceptedBy?.exceptionsDetail)
    why.push({ text: ` Ne sont pas couverts : ${branch.exceptedBy.exceptionsDetail}.`, href: null, label: null });
  if (branch.contractUnknown)
    why.push({
      text: ` Nos données ne disent rien de ce type de contrat (${CONTRACT_KIND_LABELS[branch.contractUnknown]}) chez cet employeur.`,
      href: null,
      label: null,
    });
  const sources = [...new Set(rules.flatMap((rule) => rule.sources))];
  const statusRule = rules.find((rule) => rule.status !== 'confirme');
  const noteRule = rules.find((rule) => rule.note);
  return {
    when: whenOf(branch, item, single),
    verdict: branch.verdict,
    verdictLabel: VERDICT_LABELS[branch.verdict],
    verdictMark: VERDICT_MARKS[branch.verdict],
    since: since ? formatPartialDate(since) : null,
    sinceDate: since,
    measures: measureIds.flatMap((id) => {
      const measure = context.index.measures[id];
      return measure ? [{ role: measureRole(measure, branch.verdict), name: measure.name, href: `#mesure-${id}` }] : [];
    }),
    amount:
      branch.verdict === 'non' && branch.rules.length === 0
        ? null
        : (rules.find((rule) => rule.amount)?.amount ?? null),
    scope: rules.find((rule) => rule.scopeDetail)?.scopeDetail ?? null,
    why,
    legal: rules.find((rule) => rule.where)?.where ?? null,
    contracts: branch.contracts.map((contract) => ({
      label: contract.label,
      why: pieces(contract.why, context),
      sources: sourcesView(contract.sources, context),
      status: statusView(contract.status, contract.note, context),
    })),
    sources: sourcesView(sources, context),
    status: statusRule ? statusView(statusRule.status, statusRule.note, context) : null,
    note: !statusRule && noteRule ? pieces(noteRule.note, context) : null,
    money: moneyOf(branch, item, key, context, understood),
  };
}

/**
 * Where a département's funding decides the payment: the context is funded by the département, or its
 * funding varies and the establishment named is one the département funds (a MECS, a foyer de vie…).
 */
function departementOf(item: Case, understood: Understood | null): CaseView['departement'] {
  const varies = item.context.funding === 'variable' || item.context.funding === 'mixte';
  const decides =
    departementDecides(item.context.funding) ||
    (varies &&
      understood?.funding !== null &&
      understood?.funding !== undefined &&
      departementDecides(understood.funding));
  if (!decides || item.verdict === 'non') return null;
  const departement = understood?.departement ?? null;
  return {
    text: 'Le versement dépend aussi du financement du département.',
    href: departement ? departement.href : '/departements/',
    link: departement
      ? `Ce que l’on sait de ${departement.name} (${departement.code})`
      : 'Ce que l’on sait de votre département',
  };
}

/** One case (a context) of the answer. */
export function caseView(
  item: Case,
  context: ViewContext,
  understood: Understood | null,
  several: boolean,
  prefix = '',
): CaseView {
  const single = item.branches.length === 1;
  const id = `${prefix}${several ? `${item.metier.id}-${item.context.id}` : item.context.id}`;
  const branches = item.branches.map((branch, i) =>
    branchView(branch, item, single, `${id}-montant${single ? '' : `-${i + 1}`}`, context, understood),
  );
  return {
    id,
    headingId: `${id}-titre`,
    title: item.context.label,
    profession: several ? item.metier.label : null,
    context: `${item.context.sectors.map((sector) => EMPLOYER_SECTOR_LABELS[sector]).join(' ou ')} · ${item.context.establishments}`,
    verdict: item.verdict,
    verdictLabel: VERDICT_LABELS[item.verdict],
    verdictMark: VERDICT_MARKS[item.verdict],
    since: single ? branches[0]!.since : null,
    sinceDate: single ? branches[0]!.sinceDate : null,
    branches,
    caveats: item.caveats.map((rule) => ({
      title:
        context.index.contexts.find((candidate) => candidate.id === rule.context)?.nature === 'interim'
          ? 'Si vous êtes intérimaire'
          : 'Si votre employeur n’adhère à aucune organisation signataire',
      why: pieces(rule.why, context),
      sources: sourcesView(rule.sources, context),
    })),
    departement: departementOf(item, understood),
  };
}

function measureView(measure: IndexMeasure, context: ViewContext): MeasureView {
  return {
    id: measure.id,
    anchor: `mesure-${measure.id}`,
    name: measure.name,
    tag: measure.outsideSegur ? '(hors Ségur)' : null,
    nature: `${MEASURE_TYPE_LABELS[measure.kind]}${measure.agreed ? `, ${formatPartialDate(measure.agreed)}` : ''}`,
    effective: measure.effective ? formatPartialDate(measure.effective) : null,
    amount: formatMeasureAmount(measure) ?? 'pas de montant unique',
    legalBasis: measure.legalBasis,
    excludes: measure.excludes,
    note: measure.note ? pieces(measure.note, context) : null,
    sources: sourcesView(measure.sources, context),
    status: measure.status === 'confirme' ? null : VERIFICATION_STATUS_LABELS[measure.status],
    statusCode: measure.status,
  };
}

function measuresOf(cases: readonly Case[], context: ViewContext): MeasureView[] {
  const ids = new Set<string>();
  for (const item of cases) {
    for (const branch of item.branches) {
      for (const rule of branch.rules.length > 0 ? branch.rules : branch.exceptedBy ? [branch.exceptedBy] : [])
        for (const id of rule.measures) ids.add(id);
    }
  }
  return [...ids].flatMap((id) =>
    context.index.measures[id] ? [measureView(context.index.measures[id]!, context)] : [],
  );
}

function verdictsText(verdicts: readonly Verdict[]): string | null {
  if (verdicts.length === 0) return null;
  return `réponse : ${verdicts.map((verdict) => VERDICT_LABELS[verdict].toLowerCase()).join(' ou ')}${verdicts.length > 1 ? ' selon d’autres précisions' : ''}`;
}

function questionView(question: Question, id: string): QuestionView {
  return {
    id,
    dimension: question.dimension,
    prompt: question.prompt,
    options: question.options.map((option) => ({
      dimension: question.dimension,
      value: option.value,
      label: option.label,
      hint: option.hint,
      outcome: verdictsText(option.verdicts),
    })),
  };
}

function percent(share: number): string {
  return `${new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 }).format(share * 100)}${NNBSP}%`;
}

/** « Compris : métier « AS » → Aide-soignant ; « ehpad » → EHPAD ; pas « public » ; apprenti ; 80 % ». */
export function understoodText(understood: Understood): string | null {
  const parts: string[] = [];
  if (understood.grade) parts.push(`grade ou emploi « ${understood.grade.label} »`);
  if (understood.metiers.length > 0) {
    const labels = understood.metiers.map((metier) => metier.label).join(' ou ');
    parts.push(understood.typed ? `métier « ${understood.typed} » → ${labels}` : `métier : ${labels}`);
  }
  for (const item of understood.workplace)
    parts.push(item.negated ? `pas « ${item.text} » (${item.label})` : `« ${item.text} » → ${item.label}`);
  for (const kind of understood.contracts) parts.push(`contrat : ${CONTRACT_KIND_LABELS[kind as ContractKind]}`);
  if (understood.quotite !== null) parts.push(`temps de travail : ${percent(understood.quotite)}`);
  for (const answered of understood.answered) parts.push(`vous avez répondu : ${answered.label}`);
  for (const correction of understood.corrections)
    parts.push(`« ${correction.typed} » lu comme « ${correction.read} »`);
  if (understood.unknown.length > 0)
    parts.push(
      `${understood.unknown.length > 1 ? 'mots non pris en compte' : 'mot non pris en compte'} : ${understood.unknown.map((word) => `« ${word} »`).join(', ')}`,
    );
  return parts.length > 0 ? `Compris : ${parts.join(' ; ')}.` : null;
}

function empty(query: string): AnswerView {
  return {
    state: 'vide',
    query,
    echo: null,
    heading: 'Votre recherche est vide',
    verdict: null,
    verdictLabel: null,
    verdictMark: null,
    sentence: null,
    messages: ['Tapez votre métier, et si vous le savez votre employeur ou votre lieu de travail.'],
    understood: null,
    question: null,
    refine: null,
    casesHeading: null,
    cases: [],
    elsewhere: [],
    measures: [],
    suggestions: [],
    links: [],
    disclaimer: false,
    status: 'Recherche vide.',
  };
}

/** The first months due a case gives (AAAA-MM, in order): several when its readings differ. */
export function firstMonthsOf(item: Case): string[] {
  const months = item.branches.flatMap((branch) => branch.rules.flatMap((rule) => rule.since ?? []));
  return [...new Set(months)].sort();
}

/** « septembre 2020 », or « janvier 2024 ou mai 2024 » when the case's readings differ. */
export function firstMonthsText(item: Case): string | null {
  const months = firstMonthsOf(item);
  return months.length === 0 ? null : months.map((month) => formatPartialDate(month)).join(' ou ');
}

function sentenceFor(verdict: Verdict, cases: readonly Case[], refine: boolean, said: boolean): string {
  const several = cases.length > 1;
  if (verdict === 'oui') {
    if (!several) {
      const since = firstMonthsText(cases[0]!);
      if (since === null) return 'La revalorisation s’applique.';
      return firstMonthsOf(cases[0]!).length > 1
        ? `La revalorisation s’applique, due depuis ${since} selon votre situation : voyez ci-dessous.`
        : `La revalorisation s’applique, due depuis ${since}.`;
    }
    return `La revalorisation s’applique dans les ${cases.length} situations qui correspondent à votre recherche${refine ? ' ; la mesure ou la date dépendent de votre employeur : précisez-le ci-dessous' : ''}.`;
  }
  if (verdict === 'non')
    return several
      ? `Pas de revalorisation Ségur dans les ${cases.length} situations qui correspondent à votre recherche.`
      : 'Pas de revalorisation Ségur dans cette situation.';
  return said || !several
    ? 'La réponse dépend d’éléments que les textes ou nos données ne tranchent pas : voyez de quoi dans chaque cas ci-dessous.'
    : 'La réponse dépend de votre employeur : voyez chaque cas ci-dessous.';
}

/** The view of a resolution. */
export function answerView(resolution: Resolution, context: ViewContext, query: string): AnswerView {
  if (resolution.kind === 'empty') return empty(query);
  if (resolution.kind === 'invalid') {
    const messages = {
      trop_court: 'Tapez au moins deux lettres : le nom de votre métier, même approximatif, ou un sigle.',
      sans_lettre:
        'Votre recherche ne contient aucun mot. Tapez le nom de votre métier, même approximatif, ou un sigle.',
      trop_long: `Votre recherche est trop longue (${resolution.query.length} caractères). Décrivez votre métier et votre employeur en quelques mots, par exemple « aide-soignante EHPAD public ».`,
    } as const;
    return {
      ...empty(query),
      state: 'invalide',
      echo: query,
      heading: 'Recherche non comprise',
      messages: [messages[resolution.reason]],
      status: 'Recherche non comprise.',
    };
  }
  if (resolution.kind === 'not_found') {
    const other = resolution.reason === 'autre_metier';
    return {
      ...empty(query),
      state: 'introuvable',
      echo: query,
      heading: 'Nous ne trouvons pas ce métier',
      messages: [
        other
          ? 'Ce métier ne figure pas dans nos données sous ce nom. Si c’est l’un de ceux-ci, choisissez-le :'
          : 'Aucun métier de nos données ne correspond à cette recherche. Essayez un autre intitulé ou un sigle, suivez le parcours guidé, ou parcourez tous les métiers de A à Z.',
      ],
      understood: understoodText(resolution.understood),
      suggestions: resolution.near.map((near) => ({ label: near.term, query: near.term })),
      status: 'Métier non trouvé.',
    };
  }
  const understood = resolution.understood;
  const several = new Set(resolution.cases.map((item) => item.metier.id)).size > 1;
  const cases = resolution.cases.map((item) => caseView(item, context, understood, several));
  const labels = understood.metiers.map((metier) => metier.label).join(' ; ');
  const links = understood.metiers.map((metier) => ({
    label: `Tous les cas du métier « ${metier.label} »`,
    href: `/metiers/${metier.id}/`,
  }));
  if (resolution.kind === 'question') {
    const onlyWorkplace = understood.metiers.length === 0;
    return {
      ...empty(query),
      state: 'question',
      heading: onlyWorkplace ? 'Quel est votre métier ?' : labels,
      verdict: 'selon_cas',
      verdictLabel: VERDICT_LABELS.selon_cas,
      verdictMark: VERDICT_MARKS.selon_cas,
      sentence:
        resolution.question.dimension === 'metier'
          ? 'La réponse dépend du métier : choisissez le vôtre ci-dessous, chaque choix dit ce qu’il donne.'
          : 'La réponse dépend de votre employeur : répondez à la question ci-dessous, chaque choix dit ce qu’il donne.',
      messages: [],
      understood: understoodText(understood),
      question: questionView(resolution.question, 'reponse-question'),
      casesHeading: cases.length > 0 ? plural(cases.length, 'situation possible', 'situations possibles') : null,
      cases,
      measures: measuresOf(resolution.cases, context),
      links,
      disclaimer: true,
      status: `Selon le cas. ${resolution.question.prompt}`,
    };
  }
  const messages: string[] = [];
  if (!understood.workplaceSaid && understood.answered.length === 0)
    messages.push(
      'Vous n’avez rien dit de votre employeur : cette réponse vaut pour les employeurs où ce métier s’exerce le plus souvent, listés ci-dessous. Ailleurs, précisez votre employeur dans la recherche.',
    );
  return {
    ...empty(query),
    state: 'reponse',
    heading: labels,
    verdict: resolution.verdict,
    verdictLabel: VERDICT_LABELS[resolution.verdict],
    verdictMark: VERDICT_MARKS[resolution.verdict],
    sentence: sentenceFor(resolution.verdict, resolution.cases, resolution.refine !== null, understood.workplaceSaid),
    messages,
    understood: understoodText(understood),
    refine: resolution.refine
      ? questionView(
          {
            ...resolution.refine,
            prompt: `Pour connaître la mesure et la date exactes : ${resolution.refine.prompt.charAt(0).toLowerCase()}${resolution.refine.prompt.slice(1)}`,
          },
          'reponse-preciser',
        )
      : null,
    casesHeading: cases.length > 1 ? 'Situation par situation' : 'Votre situation',
    cases,
    elsewhere: resolution.elsewhere.map((item) => caseView(item, context, understood, false, 'ailleurs-')),
    measures: measuresOf([...resolution.cases, ...resolution.elsewhere], context),
    links,
    disclaimer: true,
    status: `Réponse : ${VERDICT_LABELS[resolution.verdict].toLowerCase()}. ${labels}, ${plural(cases.length, 'situation', 'situations')}.`,
  };
}

/** Where the skeleton's links point until filled: the page itself, so that no crawler follows a placeholder. */
const HREF = '#';

/** Any input: the skeleton's block is blank, filled in the browser from each answer's own input. */
const SKELETON_MONEY_INPUT: MoneyInput = { mesureIds: [], depuis: null, secteur: 'fph' };

/** A skeleton with every part present once: rendered at build time as the template the browser fills. */
export function skeletonView(): AnswerView {
  // Every optional part present (a placeholder « … » is present, an empty string is not), every list once.
  const piece: TextPiece = { text: '…', href: null, label: null };
  const cite: TextPiece = { text: '…', href: HREF, label: '…' };
  const source: SourceView = { number: '…', href: HREF, label: '…', title: '…' };
  const status: StatusView = { label: '…', status: 'incertain', note: [piece] };
  const branch: BranchView = {
    when: '…',
    verdict: 'oui',
    verdictLabel: '…',
    verdictMark: '…',
    since: '…',
    sinceDate: '…',
    measures: [{ role: '…', name: '…', href: HREF }],
    amount: '…',
    scope: '…',
    why: [piece, cite],
    legal: '…',
    contracts: [{ label: '…', why: [piece], sources: [source], status }],
    sources: [source],
    status,
    note: [piece],
    money: {
      key: 'modele-montant',
      input: SKELETON_MONEY_INPUT,
      inputJson: '…',
      view: blankMoneyView('modele-montant'),
      summary: null,
    },
  };
  const item: CaseView = {
    id: '…',
    headingId: '…',
    title: '…',
    profession: '…',
    context: '…',
    verdict: 'oui',
    verdictLabel: '…',
    verdictMark: '…',
    since: '…',
    sinceDate: '…',
    branches: [branch],
    caveats: [{ title: '…', why: [piece], sources: [source] }],
    departement: { text: '…', href: HREF, link: '…' },
  };
  const question: QuestionView = {
    id: '…',
    dimension: '…',
    prompt: '…',
    options: [{ dimension: '…', value: '…', label: '…', hint: '…', outcome: '…' }],
  };
  return {
    state: 'reponse',
    query: '…',
    echo: '…',
    heading: '…',
    verdict: 'oui',
    verdictLabel: '…',
    verdictMark: '…',
    sentence: '…',
    messages: ['…'],
    understood: '…',
    question,
    refine: { ...question },
    casesHeading: '…',
    cases: [item],
    elsewhere: [item],
    measures: [
      {
        id: '…',
        anchor: '…',
        name: '…',
        tag: '…',
        nature: '…',
        effective: '…',
        amount: '…',
        legalBasis: '…',
        excludes: '…',
        note: [piece],
        sources: [source],
        status: '…',
        statusCode: '…',
      },
    ],
    suggestions: [{ label: '…', query: '…' }],
    links: [{ label: '…', href: HREF }],
    disclaimer: true,
    status: '…',
  };
}
