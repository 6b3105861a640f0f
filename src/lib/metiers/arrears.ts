/**
 * What could be owed to someone who has not been paid a measure since its
 * start: the unpaid months up to « today » (a parameter, never the build's
 * date), each month's amount at the person's working time, and which months
 * are already time-barred under the limitation rule of data/delais.csv for
 * the sector. An estimate, and said to be one wherever it is shown.
 */
import type { DelaiKind, DelaiStart, DurationUnit } from '../codes/delais.ts';
import { PRESCRIPTION_STARTS } from '../codes/delais.ts';
import { type Sector, type VerificationStatus as Status } from '../codes/common.ts';
import {
  addMonths,
  compareMonths,
  isIsoDay,
  isYearMonth,
  lastDayOf,
  monthsFromTo,
  toYearMonth,
  yearOf,
  type IsoDay,
  type YearMonth,
} from './months.ts';
import { isValidQuotite, monthAmount, prorate, roundCents, type AmountData, type MoneyInput } from './money.ts';

/** What the calculator reads of a row of delais.csv. */
export interface DelayRow {
  id: string;
  nature: DelaiKind;
  secteurs: readonly string[];
  regle: string;
  duree: number;
  unite_duree: DurationUnit;
  depart: DelaiStart;
  depart_detail: string;
  interruption: string;
  /** The act that stops the time, as a sentence can use it (« une réclamation écrite à l’employeur »). */
  interrompu_par: string;
  /** Whether a letter to the employer stops it. */
  lettre_interrompt: boolean;
  exemple: string | null;
  base_juridique: string | null;
  localisation: string;
  source_ids: readonly string[];
  statut_verification: Status;
  note: string | null;
}

/** What happens to a past month: its amount, and the last day it can still be claimed. */
export interface ArrearsMonth {
  month: YearMonth;
  /** Measure whose amount applies, or null when the data gives none for the month. */
  mesureId: string | null;
  gross: number | null;
  net: number | null;
  /** Last day to claim it under the rule, or null without a rule for the sector. */
  deadline: IsoDay | null;
  /** True when the deadline is before « today ». */
  barred: boolean;
}

/** A sum over some months; a month without a gross (or net) figure is counted, not added. */
export interface ArrearsSum {
  months: number;
  gross: number;
  net: number;
  monthsWithoutGross: number;
  monthsWithoutNet: number;
}

/** The unpaid months of one calendar year. */
export interface ArrearsYear extends ArrearsSum {
  year: number;
  /** Earliest and latest deadline of its months (the same day in public law). */
  firstDeadline: IsoDay | null;
  lastDeadline: IsoDay | null;
  /** Months already time-barred. */
  barredMonths: number;
}

/** The next day some unpaid months become time-barred. */
export interface NextDeadline extends ArrearsSum {
  date: IsoDay;
  from: YearMonth;
  to: YearMonth;
}

/** An estimate of the arrears. */
export interface ArrearsEstimate {
  kind: 'estimation';
  today: IsoDay;
  /** First and last unpaid month. */
  from: YearMonth;
  to: YearMonth;
  /** Working time asked (1 for full time). */
  quotite: number;
  /** True when a part time was asked but some months have no known part-time rule: those count at full time. */
  partTimeUnknown: boolean;
  months: ArrearsMonth[];
  total: ArrearsSum;
  /** Months not yet time-barred. */
  claimable: ArrearsSum;
  barred: ArrearsSum;
  nextDeadline: NextDeadline | null;
  years: ArrearsYear[];
  /** The limitation rule of the sector, or null when the data has none. */
  rule: DelayRow | null;
  /** Months the data gives no amount for. */
  missingMonths: YearMonth[];
  /** Every row of montants.csv the estimate used. */
  rowIds: string[];
}

/** Why there is nothing to estimate. */
export type NoArrears =
  /** The answer has no start date. */
  | { kind: 'sans-date' }
  /** Paid from the first month due on. */
  | { kind: 'paye-depuis-le-debut'; from: YearMonth }
  /** The first month due is not past yet. */
  | { kind: 'pas-encore-du'; from: YearMonth };

export type ArrearsResult = ArrearsEstimate | NoArrears;

/** What the reader tells the calculator. */
export interface ArrearsOptions {
  /** Today, `AAAA-MM-JJ`: the reader's date in the browser, a fixed date in tests. */
  today: IsoDay;
  /** First month the measure was paid, or null when it never was. */
  paidFrom: YearMonth | null;
  /** Working time, overriding the answer's (0 excluded to 1). */
  quotite?: number | null;
}

/** The rows the estimate needs. */
export interface ArrearsData extends AmountData {
  delais: readonly DelayRow[];
}

/** The limitation period for claiming unpaid pay in a sector, or null when the data has none. */
export function prescriptionRule(secteur: Sector, delais: readonly DelayRow[]): DelayRow | null {
  return (
    delais.find(
      (row) =>
        row.nature === 'prescription' && row.secteurs.includes(secteur) && PRESCRIPTION_STARTS.includes(row.depart),
    ) ?? null
  );
}

/**
 * The last day a month's pay can be claimed: the usual pay day (taken as the
 * month's last day) plus the duration, or the 31st of December of the year
 * that ends the duration counted from the 1st of January after the month's year.
 */
export function deadlineOf(month: YearMonth, rule: Pick<DelayRow, 'duree' | 'depart'>): IsoDay {
  const year = yearOf(month);
  if (rule.depart === 'annee_suivante') return `${year + rule.duree}-12-31`;
  if (rule.depart === 'paie_du_mois') return lastDayOf(`${year + rule.duree}${month.slice(4, 7)}`);
  throw new RangeError(`point de départ sans date calculable : ${rule.depart}`);
}

function sum(months: readonly ArrearsMonth[]): ArrearsSum {
  let gross = 0;
  let net = 0;
  let monthsWithoutGross = 0;
  let monthsWithoutNet = 0;
  for (const month of months) {
    if (month.gross === null) monthsWithoutGross++;
    else gross += month.gross;
    if (month.net === null) monthsWithoutNet++;
    else net += month.net;
  }
  return {
    months: months.length,
    gross: roundCents(gross),
    net: roundCents(net),
    monthsWithoutGross,
    monthsWithoutNet,
  };
}

/** The last month whose pay is due by « today »: the month before the current one. */
export function lastDueMonth(today: IsoDay): YearMonth {
  return addMonths(toYearMonth(today), -1);
}

/**
 * Estimates the arrears of one answer at « today »: every month from the
 * start to the month before the first paid month (or to last month), at the
 * amount in force that month, prorated when the rule allows; which months are
 * time-barred; and the next deadline.
 */
export function estimateArrears(input: MoneyInput, data: ArrearsData, options: ArrearsOptions): ArrearsResult {
  if (!isIsoDay(options.today)) throw new RangeError(`date du jour invalide : ${options.today}`);
  if (options.paidFrom !== null && !isYearMonth(options.paidFrom))
    throw new RangeError(`mois de premier paiement invalide : ${options.paidFrom}`);
  const from = input.depuis !== null && isYearMonth(input.depuis) ? input.depuis : null;
  if (from === null) return { kind: 'sans-date' };
  if (options.paidFrom !== null && compareMonths(options.paidFrom, from) <= 0)
    return { kind: 'paye-depuis-le-debut', from };
  const lastDue = lastDueMonth(options.today);
  const to =
    options.paidFrom !== null && compareMonths(addMonths(options.paidFrom, -1), lastDue) < 0
      ? addMonths(options.paidFrom, -1)
      : lastDue;
  if (compareMonths(to, from) < 0) return { kind: 'pas-encore-du', from };

  const quotite = isValidQuotite(options.quotite) ? options.quotite : isValidQuotite(input.quotite) ? input.quotite : 1;
  const rule = prescriptionRule(input.secteur, data.delais);
  const rowIds = new Set<string>();
  let partTimeUnknown = false;
  const months: ArrearsMonth[] = monthsFromTo(from, to).map((month) => {
    const amount = monthAmount(input.mesureIds, data, month);
    const deadline = rule ? deadlineOf(month, rule) : null;
    const barred = deadline !== null && options.today > deadline;
    if (!amount) return { month, mesureId: null, gross: null, net: null, deadline, barred };
    amount.rowIds.forEach((id) => rowIds.add(id));
    const prorated = prorate(amount, quotite);
    if (prorated.partTimeUnknown) partTimeUnknown = true;
    return { month, mesureId: amount.mesureId, gross: prorated.gross, net: prorated.net, deadline, barred };
  });

  const open = months.filter((month) => !month.barred);
  const nextDate = open.reduce<IsoDay | null>(
    (earliest, month) =>
      month.deadline !== null && (earliest === null || month.deadline < earliest) ? month.deadline : earliest,
    null,
  );
  const nextMonths = nextDate === null ? [] : open.filter((month) => month.deadline === nextDate);
  const nextDeadline: NextDeadline | null =
    nextDate === null
      ? null
      : { date: nextDate, from: nextMonths[0]!.month, to: nextMonths.at(-1)!.month, ...sum(nextMonths) };

  const years = [...new Set(months.map((month) => yearOf(month.month)))].map((year): ArrearsYear => {
    const ofYear = months.filter((month) => yearOf(month.month) === year);
    const deadlines = ofYear.map((month) => month.deadline).filter((day): day is IsoDay => day !== null);
    return {
      year,
      ...sum(ofYear),
      firstDeadline: deadlines[0] ?? null,
      lastDeadline: deadlines.at(-1) ?? null,
      barredMonths: ofYear.filter((month) => month.barred).length,
    };
  });

  return {
    kind: 'estimation',
    today: options.today,
    from,
    to,
    quotite,
    partTimeUnknown,
    months,
    total: sum(months),
    claimable: sum(open),
    barred: sum(months.filter((month) => month.barred)),
    nextDeadline,
    years,
    rule,
    missingMonths: months.filter((month) => month.mesureId === null).map((month) => month.month),
    rowIds: [...rowIds],
  };
}
