/**
 * What the « Montant, rappel et lettre » block shows, as plain strings and
 * lists: the page renders it at build time (without a date: no « today » is
 * baked into the HTML) and the browser fills the same markup with it, with
 * the reader's date and answers. One function for both, so the two cannot
 * drift apart. Pure and environment-neutral.
 */
import { formatDuration } from '../codes/delais.ts';
import { citedSourceIds, withoutCitations } from '../inline-citations.ts';
import { PART_TIME_LABELS } from '../codes/montants.ts';
import { formatPartialDate, plural } from '../format.ts';
import {
  SECTORS,
  SECTOR_SLUGS,
  VERIFICATION_STATUS_LABELS as STATUS_LABELS,
  type Sector,
  type VerificationStatus as Status,
} from '../codes/common.ts';
import { estimateArrears, prescriptionRule, type ArrearsEstimate, type DelayRow } from './arrears.ts';
import { buildLetter, type LetterFacts } from './letter.ts';
import {
  amountPeriods,
  isValidQuotite,
  periodAt,
  prorate,
  type AmountPeriod,
  type AmountRow,
  type MeasureFacts,
  type MoneyInput,
} from './money.ts';
import { formatEurosExact, formatEurosRounded, formatPointValue, formatQuotite } from './money-format.ts';
import { isYearMonth, toYearMonth, type IsoDay, type YearMonth } from './months.ts';
import { nextSteps, type StepRow } from './next-steps.ts';

/** A source's title and publisher, for the accessible name of its link. */
export interface SourceLabel {
  titre: string;
  editeur: string;
}

/** Every row the block needs: built at build time, served to the browser as /metiers/calcul.json. */
export interface MoneyData {
  montants: readonly AmountRow[];
  mesures: readonly MeasureFacts[];
  delais: readonly DelayRow[];
  demarches: readonly StepRow[];
  /** Labels of every source the rows cite. */
  sources: Readonly<Record<string, SourceLabel>>;
}

/** What the reader told the form, and the reader's date. */
export interface ReaderAnswers {
  /** The reader's « today », `AAAA-MM-JJ`. */
  today: IsoDay;
  /** First month paid, or null when never paid. */
  paidFrom: YearMonth | null;
  /** Working time (0 excluded to 1), or null to keep the answer's. */
  quotite: number | null;
}

/** A numbered link to a source. */
export type SourceLinkView = { href: string; n: string; label: string };

/** A note with its verification flag (no flag when confirmed). */
export type NoteView = { label: string | null; text: string; flag: string | null; statut: string };

/** One period of the amount table. */
export type HistoryView = { period: string; gross: string; net: string; calc: string };

/** One year of the arrears table. */
export type YearView = { year: string; months: string; gross: string; net: string; deadline: string };

/** One step of what to do next. */
export type StepView = {
  etape: string;
  interlocuteur: string;
  action: string;
  explication: string | null;
  sources: SourceLinkView[];
  flag: string | null;
  statut: string;
  note: string | null;
};

/** A time limit for contesting a refusal. */
export type RecourseView = {
  regle: string;
  duree: string;
  depart: string;
  interruption: string;
  sources: SourceLinkView[];
};

/** One paragraph of the letter. */
export type ParagraphView = { text: string };

/** The whole block. Field names are the `data-f` names of the markup. */
export type MoneyView = {
  /** The answer, as the block's `data-input` attribute. */
  inputJson: string;
  titleId: string;
  quotiteId: string;
  quotiteHintId: string;
  paidName: string;
  paidNeverId: string;
  paidSinceId: string;
  paidMonthId: string;
  paidYearId: string;
  errorId: string;
  letterId: string;

  hasAmount: boolean;
  noAmount: string | null;
  headline: string | null;
  headlineRest: string | null;
  calc: string | null;
  prorated: string | null;
  partTime: string | null;
  due: string;
  amountSources: SourceLinkView[];
  amountNotes: NoteView[];
  historyCaption: string;
  history: HistoryView[];

  howTo: string;
  canEstimate: boolean;
  quotiteValue: string;
  yearMin: string;
  result: boolean;
  resultSummary: string | null;
  resultBarred: string | null;
  resultNext: string | null;
  resultPartTime: string | null;
  resultMissing: string | null;
  resultCaveats: NoteView[];
  yearsCaption: string;
  years: YearView[];

  hasRule: boolean;
  noRule: string | null;
  ruleName: string | null;
  ruleDuration: string | null;
  ruleStart: string | null;
  ruleInterruption: string | null;
  ruleExample: string | null;
  ruleSources: SourceLinkView[];
  ruleFlag: string | null;
  ruleStatut: string;
  ruleNote: string | null;

  reminders: StepView[];
  steps: StepView[];
  hasRecourse: boolean;
  recourse: RecourseView[];
  letter: ParagraphView[];
  letterFileName: string;
};

/** A note without its `[@source]` markers, and the sources they named (src/lib/inline-citations.ts reads them). */
export function stripCitations(text: string): { text: string; ids: string[] } {
  return { text: withoutCitations(text), ids: citedSourceIds(text) };
}

function sourceLinks(ids: readonly string[], sources: MoneyData['sources']): SourceLinkView[] {
  return [...new Set(ids)].map((id, index) => {
    const source = sources[id];
    const name = source ? `${source.titre}, ${source.editeur}` : id;
    return {
      href: `/sources/#${id}`,
      n: `[${index + 1}]`,
      label: `Source ${index + 1} : ${name}`,
    };
  });
}

function flagOf(status: Status): string | null {
  return status === 'confirme' ? null : STATUS_LABELS[status];
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A sentence from the data after a label and a colon: « Point de départ : le 1er janvier… ». */
function afterColon(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

const month = (value: YearMonth): string => formatPartialDate(value);
const day = (value: IsoDay): string => formatPartialDate(value);
const firstDay = (value: YearMonth): string => formatPartialDate(`${value}-01`);

function periodLabel(from: YearMonth, to: YearMonth | null): string {
  if (to === null) return `Depuis ${month(from)}`;
  if (from === to) return capitalize(month(from));
  return `De ${month(from)} à ${month(to)}`;
}

function monthsLabel(from: YearMonth, to: YearMonth): string {
  if (from === to) return `le mois de ${month(from)}`;
  if (from.endsWith('-01') && to.endsWith('-12') && from.slice(0, 4) === to.slice(0, 4))
    return `les mois de ${from.slice(0, 4)}`;
  return `les mois de ${month(from)} à ${month(to)}`;
}

/** « environ 2 894 € brut » or, without gross figures, « environ 2 292 € net ». */
function sumLabel(sum: { months: number; gross: number; net: number; monthsWithoutGross: number }): string {
  if (sum.monthsWithoutGross < sum.months) return `environ ${formatEurosRounded(sum.gross)} brut`;
  return `environ ${formatEurosRounded(sum.net)} net`;
}

function historyRow(period: AmountPeriod): HistoryView {
  const amount = period.amount;
  if (amount === null)
    return { period: periodLabel(period.from, period.to), gross: 'non connu', net: 'non connu', calc: '' };
  return {
    period: periodLabel(period.from, period.to),
    gross: amount.gross === null ? 'non connu' : formatEurosExact(amount.gross),
    net:
      amount.net === null
        ? 'non connu'
        : amount.netKind === 'montant'
          ? formatEurosExact(amount.net)
          : `environ ${formatEurosRounded(amount.net)}`,
    calc:
      amount.points !== null && amount.pointValue !== null
        ? `${amount.points} points × ${formatPointValue(amount.pointValue)}`
        : amount.gross !== null
          ? 'montant fixé en euros bruts'
          : 'montant fixé en euros nets',
  };
}

function yearRow(year: ArrearsEstimate['years'][number]): YearView {
  let deadline: string;
  if (year.firstDeadline === null || year.lastDeadline === null) deadline = 'non datée';
  else if (year.barredMonths === year.months)
    deadline = `passée (${year.firstDeadline === year.lastDeadline ? `le ${day(year.lastDeadline)}` : `au plus tard le ${day(year.lastDeadline)}`})`;
  else if (year.firstDeadline === year.lastDeadline) deadline = `le ${day(year.firstDeadline)}`;
  else
    deadline = `${year.barredMonths > 0 ? 'en partie passée ; ' : ''}du ${day(year.firstDeadline)} au ${day(year.lastDeadline)}, mois par mois`;
  return {
    year: String(year.year),
    months: String(year.months),
    gross: year.monthsWithoutGross === year.months ? 'non connu' : `environ ${formatEurosRounded(year.gross)}`,
    net: year.monthsWithoutNet === year.months ? 'non connu' : `environ ${formatEurosRounded(year.net)}`,
    deadline,
  };
}

function noteOf(row: AmountRow, sources: string[]): NoteView | null {
  if (row.note === null && row.statut_verification === 'confirme') return null;
  const stripped = stripCitations(row.note ?? '');
  sources.push(...row.source_ids, ...stripped.ids);
  return {
    label: row.libelle,
    text: stripped.text,
    flag: flagOf(row.statut_verification),
    statut: row.statut_verification,
  };
}

function stepView(step: StepRow, data: MoneyData): StepView {
  const note = step.note === null ? null : stripCitations(step.note);
  return {
    etape: step.etape,
    interlocuteur: step.interlocuteur,
    action: step.action,
    explication: step.explication,
    sources: sourceLinks([...step.source_ids, ...(note?.ids ?? [])], data.sources),
    flag: flagOf(step.statut_verification),
    statut: step.statut_verification,
    note: note?.text ?? null,
  };
}

/** Narrows the block's `data-input` (JSON written by the page or by the in-browser answer); null when unusable. */
export function parseMoneyInput(text: string | null | undefined): MoneyInput | null {
  if (!text) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const record = value as Record<string, unknown>;
  const { mesureIds, depuis, secteur, quotite } = record;
  if (!Array.isArray(mesureIds) || !mesureIds.every((id) => typeof id === 'string')) return null;
  if (typeof secteur !== 'string' || !(SECTORS as readonly string[]).includes(secteur)) return null;
  if (depuis !== null && (typeof depuis !== 'string' || !isYearMonth(depuis))) return null;
  return {
    mesureIds: mesureIds as string[],
    depuis: depuis as YearMonth | null,
    secteur: secteur as Sector,
    quotite: isValidQuotite(quotite as number) ? (quotite as number) : null,
  };
}

/** The JSON of an answer, as `data-input` carries it. */
export function serializeMoneyInput(input: MoneyInput): string {
  return JSON.stringify({
    mesureIds: input.mesureIds,
    depuis: input.depuis,
    secteur: input.secteur,
    quotite: isValidQuotite(input.quotite) ? input.quotite : null,
  });
}

/**
 * The address of the block's own page, one per measures, first month and
 * sector (the working time is the reader's, asked on the page):
 * `/metiers/montant/segur-fph-2020-fph-depuis-2020-09/`.
 */
export function moneyPageHref(input: MoneyInput): string {
  const since = input.depuis === null ? 'sans-date' : `depuis-${input.depuis}`;
  return `/metiers/montant/${[...input.mesureIds, SECTOR_SLUGS[input.secteur], since].join('-')}/`;
}

/**
 * Everything the block shows for an answer. Without reader answers (build
 * time), the amount is the latest one the data knows, with its date; the
 * arrears part gives the rule to compute them; the letter claims from the
 * first month due. With them, the block adds the estimate at the reader's date.
 */
export function moneyView(
  input: MoneyInput,
  data: MoneyData,
  options: { key: string; reader: ReaderAnswers | null },
): MoneyView {
  const { key, reader } = options;
  const quotite =
    reader && isValidQuotite(reader.quotite) ? reader.quotite : isValidQuotite(input.quotite) ? input.quotite : null;
  const periods = amountPeriods(input, data);
  const todayMonth = reader ? toYearMonth(reader.today) : null;
  const current = periodAt(periods, todayMonth) ?? periodAt(periods, null);
  const amount = current?.amount ?? null;
  const rowsById = new Map(data.montants.map((row) => [row.id, row]));

  // « How much, today ».
  const amountSourceIds: string[] = [];
  const amountNotes: NoteView[] = [];
  for (const id of amount?.rowIds ?? []) {
    const row = rowsById.get(id);
    if (!row) continue;
    amountSourceIds.push(...row.source_ids);
    const note = noteOf(row, amountSourceIds);
    if (note) amountNotes.push(note);
  }
  const pointRow = amount?.rowIds.map((id) => rowsById.get(id)).find((row) => row?.grandeur === 'valeur_point');
  const shared = quotite !== null && quotite < 1 && amount ? prorate(amount, quotite) : null;

  // What could be owed.
  const estimate = reader
    ? estimateArrears(input, data, { today: reader.today, paidFrom: reader.paidFrom, quotite })
    : null;
  const arrears = estimate?.kind === 'estimation' ? estimate : null;
  const rule = prescriptionRule(input.secteur, data.delais);
  const ruleNote = rule?.note ? stripCitations(rule.note) : null;
  const canEstimate = input.depuis !== null && amount !== null;
  const caveats: NoteView[] = [];
  for (const id of arrears?.rowIds ?? []) {
    const row = rowsById.get(id);
    if (row && row.statut_verification !== 'confirme') {
      const note = noteOf(row, []);
      if (note) caveats.push(note);
    }
  }

  let resultSummary: string | null = null;
  let resultBarred: string | null = null;
  let resultNext: string | null = null;
  if (estimate && estimate.kind !== 'estimation') {
    resultSummary =
      estimate.kind === 'sans-date'
        ? 'Le premier mois dû n’est pas daté : nous ne pouvons pas estimer de rappel.'
        : estimate.kind === 'paye-depuis-le-debut'
          ? `Vous la touchez depuis le premier mois dû (${month(estimate.from)}) : il n’y a rien à rappeler.`
          : `Le premier mois dû (${month(estimate.from)}) n’est pas encore passé : il n’y a rien à rappeler pour l’instant.`;
  }
  if (arrears) {
    const workingTime = arrears.quotite < 1 ? `à ${formatQuotite(arrears.quotite)} d’un temps plein` : 'à temps plein';
    const net =
      arrears.total.monthsWithoutGross < arrears.total.months && arrears.total.monthsWithoutNet < arrears.total.months
        ? `, soit environ ${formatEurosRounded(arrears.total.net)} net`
        : '';
    resultSummary = `Au ${day(arrears.today)}, pour ${plural(arrears.total.months, 'mois non payé', 'mois non payés')} (${periodLabel(arrears.from, arrears.to).toLowerCase()}), ${workingTime} : ${sumLabel(arrears.total)}${net}.`;
    if (arrears.barred.months > 0 && arrears.rule)
      resultBarred = `Dont ${plural(arrears.barred.months, 'mois déjà prescrit', 'mois déjà prescrits')} (${sumLabel(arrears.barred)}) : le délai pour les réclamer est passé, à moins qu’il ait été interrompu à temps, par exemple par ${arrears.rule.interrompu_par}.`;
    if (arrears.nextDeadline && arrears.rule) {
      const next = arrears.nextDeadline;
      const verb = next.months > 1 ? 'seront prescrits' : 'sera prescrit';
      resultNext = `Prochaine échéance : le ${day(next.date)}, ${monthsLabel(next.from, next.to)} (${sumLabel(next)}) ${verb}, sauf ${arrears.rule.interrompu_par} d’ici là.`;
    }
  }
  const missing = arrears?.missingMonths ?? [];

  // What to do next.
  const { reminders, steps, recourse } = nextSteps(input.secteur, data.demarches, data.delais);
  const mesures = input.mesureIds
    .map((id) => data.mesures.find((measure) => measure.id === id))
    .filter((measure): measure is MeasureFacts => measure !== undefined);
  const letterFacts: LetterFacts = {
    secteur: input.secteur,
    measures: mesures.map((measure) => ({ nom: measure.nom, base_juridique: measure.base_juridique })),
    depuis: input.depuis,
    amount:
      current && amount
        ? {
            gross: amount.gross,
            net: amount.net,
            points: amount.points,
            from: current.from,
            prorated: amount.partTime === 'au_prorata',
          }
        : null,
    quotite,
    claim: arrears
      ? {
          from: arrears.from,
          to: arrears.to,
          paidFrom: reader?.paidFrom ?? null,
          gross: arrears.total.monthsWithoutGross < arrears.total.months ? arrears.total.gross : null,
          net: arrears.total.monthsWithoutNet < arrears.total.months ? arrears.total.net : null,
        }
      : null,
    interruptingLaw: rule?.lettre_interrompt ? rule.base_juridique : null,
  };
  const letter = buildLetter(letterFacts);

  return {
    inputJson: serializeMoneyInput(input),
    titleId: `${key}-titre`,
    quotiteId: `${key}-quotite`,
    quotiteHintId: `${key}-quotite-aide`,
    paidName: `${key}-paye`,
    paidNeverId: `${key}-paye-jamais`,
    paidSinceId: `${key}-paye-depuis`,
    paidMonthId: `${key}-paye-mois`,
    paidYearId: `${key}-paye-annee`,
    errorId: `${key}-erreur`,
    letterId: `${key}-lettre`,

    hasAmount: amount !== null,
    noAmount: amount === null ? 'Les données ne donnent pas de montant pour cette mesure.' : null,
    headline:
      amount === null
        ? null
        : amount.gross !== null
          ? `${formatEurosExact(amount.gross)} brut par mois`
          : amount.net !== null
            ? `${formatEurosExact(amount.net)} net par mois`
            : null,
    headlineRest:
      current && amount
        ? `depuis le ${firstDay(current.from)}, pour un temps plein${
            amount.gross !== null && amount.net !== null ? `, soit environ ${formatEurosRounded(amount.net)} net` : ''
          }.`
        : null,
    calc:
      amount && amount.points !== null && amount.pointValue !== null
        ? `Calcul : ${amount.points} points d’indice majoré × ${formatPointValue(amount.pointValue)}, valeur mensuelle brute d’un point${pointRow ? ` depuis le ${day(pointRow.debut)}` : ''}.`
        : null,
    prorated:
      shared && !shared.partTimeUnknown
        ? `À ${formatQuotite(shared.quotite)} d’un temps plein : ${[
            shared.gross === null ? null : `${formatEurosExact(shared.gross)} brut par mois`,
            shared.net === null ? null : `environ ${formatEurosRounded(shared.net)} net`,
          ]
            .filter(Boolean)
            .join(', soit ')}.`
        : null,
    partTime: amount ? PART_TIME_LABELS[amount.partTime] : null,
    due: input.depuis === null ? 'Premier mois dû : non daté par les sources.' : `Dû depuis ${month(input.depuis)}.`,
    amountSources: sourceLinks(amountSourceIds, data.sources),
    amountNotes,
    historyCaption: `Montant mensuel pour un temps plein, période par période${periods[0] ? `, depuis ${month(periods[0].from)}` : ''}`,
    history: periods.map(historyRow),

    howTo:
      input.depuis === null
        ? 'Le premier mois dû n’est pas daté : nous ne pouvons pas estimer de rappel.'
        : `Si vous n’avez rien touché depuis ${month(input.depuis)}, additionnez, pour chaque mois non payé, le montant du tableau ci-dessus${amount?.partTime === 'au_prorata' ? ', multiplié par votre quotité de travail (0,8 pour 80 %)' : ''}. Ce n’est qu’une estimation : seul l’employeur peut calculer la somme exacte.`,
    canEstimate,
    quotiteValue: quotite === null ? '100' : String(Math.round(quotite * 1000) / 10),
    yearMin: input.depuis === null ? '' : input.depuis.slice(0, 4),
    result: estimate !== null,
    resultSummary,
    resultBarred,
    resultNext,
    resultPartTime: arrears?.partTimeUnknown
      ? 'Aucune source lue ne dit si ce montant est réduit à temps partiel : l’estimation compte un temps plein.'
      : null,
    resultMissing:
      missing.length > 0
        ? `Les données ne donnent pas de montant pour ${plural(missing.length, 'mois', 'mois')} (${periodLabel(missing[0]!, missing.at(-1)!).toLowerCase()}) : ${missing.length > 1 ? 'ils ne sont pas comptés' : 'il n’est pas compté'}.`
        : null,
    resultCaveats: caveats,
    yearsCaption: arrears
      ? `Rappel estimé année par année, au ${day(arrears.today)}, et date limite pour le réclamer`
      : 'Rappel estimé année par année, et date limite pour le réclamer',
    years: arrears ? arrears.years.map(yearRow) : [],

    hasRule: rule !== null,
    noRule: rule === null ? 'Les données ne donnent pas de règle de prescription pour ce secteur.' : null,
    ruleName: rule?.regle ?? null,
    ruleDuration: rule ? `Délai : ${formatDuration(rule.duree, rule.unite_duree)}.` : null,
    ruleStart: rule ? `Point de départ : ${afterColon(rule.depart_detail)}` : null,
    ruleInterruption: rule ? `Ce qui l’interrompt : ${afterColon(rule.interruption)}` : null,
    ruleExample: rule?.exemple ? `Exemple : ${rule.exemple}` : null,
    ruleSources: rule ? sourceLinks([...rule.source_ids, ...(ruleNote?.ids ?? [])], data.sources) : [],
    ruleFlag: rule ? flagOf(rule.statut_verification) : null,
    ruleStatut: rule?.statut_verification ?? 'confirme',
    ruleNote: ruleNote?.text ?? null,

    reminders: reminders.map((step) => stepView(step, data)),
    steps: steps.map((step) => stepView(step, data)),
    hasRecourse: recourse.length > 0,
    recourse: recourse.map((row) => ({
      regle: row.regle,
      duree: `Délai : ${formatDuration(row.duree, row.unite_duree)}.`,
      depart: `Point de départ : ${afterColon(row.depart_detail)}`,
      interruption: `Ce qui l’interrompt : ${afterColon(row.interruption)}`,
      sources: sourceLinks(row.source_ids, data.sources),
    })),
    letter: letter.paragraphs.map((text) => ({ text })),
    letterFileName: letter.fileName,
  };
}

/** The block with no answer in it, for a `<template>`: the ids of `key`, empty texts and lists, nothing shown. */
export function blankMoneyView(key: string): MoneyView {
  const view = moneyView({ mesureIds: [], depuis: null, secteur: 'fph' }, EMPTY_DATA, { key, reader: null });
  const blank: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(view))
    blank[name] =
      name.endsWith('Id') || name === 'paidName'
        ? value
        : Array.isArray(value)
          ? []
          : typeof value === 'boolean'
            ? false
            : '';
  return blank as MoneyView;
}

const EMPTY_DATA: MoneyData = { montants: [], mesures: [], delais: [], demarches: [], sources: {} };
