/**
 * How much a measure pays, month by month, from the rows of data/montants.csv:
 * a measure's full-time amount (points × the value of the point that month,
 * or euros), its approximate net, and the same prorated by the working time.
 * Every figure comes from the rows given; nothing is written here. Pure and
 * environment-neutral: the build and the browser run the same code.
 */
import type { MontantKind, MontantUnit, PartTimeRule } from '../codes/montants.ts';
import { type Sector, type VerificationStatus as Status } from '../codes/common.ts';
import {
  addMonths,
  compareMonths,
  fromMonthNumber,
  isYearMonth,
  monthNumber,
  toYearMonth,
  type YearMonth,
} from './months.ts';

/** What the calculator reads of a row of montants.csv. */
export interface AmountRow {
  id: string;
  grandeur: MontantKind;
  libelle: string;
  valeur: number;
  unite: MontantUnit;
  /** First day, `AAAA-MM-01`. */
  debut: string;
  /** Last day, or null while in force. */
  fin: string | null;
  mesure_ids: readonly string[];
  temps_partiel: PartTimeRule | null;
  localisation: string | null;
  source_ids: readonly string[];
  statut_verification: Status;
  note: string | null;
}

/** What the calculator and the letter read of a row of mesures.csv. */
export interface MeasureFacts {
  id: string;
  nom: string;
  base_juridique: string;
  /** First month due (`AAAA-MM`, `AAAA` or `AAAA-MM-JJ`), or null. */
  date_effet: string | null;
}

/** The answer the money part is about: which measures, since when, in which sector, at what working time. */
export interface MoneyInput {
  /** Measures of the answer, most relevant first (data/mesures.csv ids). */
  mesureIds: readonly string[];
  /** First month due, `AAAA-MM`; null when the data does not know it. */
  depuis: YearMonth | null;
  /** Sector of the employer. */
  secteur: Sector;
  /** Working time, from 0 (excluded) to 1 (full time); absent when not given. */
  quotite?: number | null;
}

/** The rows the amount needs. */
export interface AmountData {
  montants: readonly AmountRow[];
  mesures: readonly MeasureFacts[];
}

/** One month's amount for a full-time post. */
export interface MonthAmount {
  /** The measure whose amount applies. */
  mesureId: string;
  /** Gross euros per month; null when only a net amount is known (or the point value is missing). */
  gross: number | null;
  /** Net euros per month: the measure's own net amount, or an approximation; null when no source gives one. */
  net: number | null;
  /** Where the net comes from: the amount itself (stated net), an approximate net, or gross × a ratio. */
  netKind: 'montant' | 'approximatif' | 'rapport' | null;
  /** Index points, when the amount is in points. */
  points: number | null;
  /** Monthly value of one point that month, when the amount is in points. */
  pointValue: number | null;
  /** What happens at part time. */
  partTime: PartTimeRule;
  /** Rows the amount comes from, in this order: amount, point value, net or ratio. */
  rowIds: string[];
}

/** A stretch of months over which the full-time amount does not change. */
export interface AmountPeriod {
  from: YearMonth;
  /** Last month, or null when the amount is still in force at the date of the sources. */
  to: YearMonth | null;
  /** Null when the data gives no amount for these months. */
  amount: MonthAmount | null;
}

/** An amount at a working time. */
export interface ProratedAmount {
  gross: number | null;
  net: number | null;
  /** The working time applied (1 when the rule for part time is unknown). */
  quotite: number;
  /** True when a working time below 1 was asked but no source says how the amount changes. */
  partTimeUnknown: boolean;
}

/** Rounds to the cent, as a pay slip does. */
export function roundCents(value: number): number {
  return Math.round((value + Number.EPSILON) * 100) / 100;
}

/** Whether a working time is usable: more than 0, at most 1. */
export function isValidQuotite(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 && value <= 1;
}

/** Whether a row's period contains a month (periods run from the 1st of a month to the last day of a month). */
function covers(row: Pick<AmountRow, 'debut' | 'fin'>, month: YearMonth): boolean {
  if (compareMonths(toYearMonth(row.debut), month) > 0) return false;
  return row.fin === null || compareMonths(toYearMonth(row.fin), month) >= 0;
}

function rowFor(
  kind: MontantKind,
  rows: readonly AmountRow[],
  month: YearMonth,
  mesureId: string | null,
): AmountRow | undefined {
  return rows.find(
    (row) => row.grandeur === kind && (mesureId === null || row.mesure_ids.includes(mesureId)) && covers(row, month),
  );
}

/** The first month a measure is due, from its date of effect (a year alone counts from January). */
function measureStart(measure: MeasureFacts | undefined): YearMonth | null {
  if (!measure?.date_effet) return null;
  const date = measure.date_effet.length === 4 ? `${measure.date_effet}-01` : measure.date_effet;
  return monthNumber(date) === null ? null : toYearMonth(date);
}

/**
 * The full-time amount of one month: the first measure of the list that has
 * an amount that month (and is in force by then) gives it. Null when none has.
 */
export function monthAmount(mesureIds: readonly string[], data: AmountData, month: YearMonth): MonthAmount | null {
  for (const mesureId of mesureIds) {
    const start = measureStart(data.mesures.find((measure) => measure.id === mesureId));
    if (start !== null && compareMonths(month, start) < 0) continue;
    const amountRow = rowFor('montant', data.montants, month, mesureId);
    if (!amountRow) continue;
    const rowIds = [amountRow.id];
    let gross: number | null = null;
    let points: number | null = null;
    let pointValue: number | null = null;
    let net: number | null = null;
    let netKind: MonthAmount['netKind'] = null;
    if (amountRow.unite === 'points_indice') {
      points = amountRow.valeur;
      const pointRow = rowFor('valeur_point', data.montants, month, null);
      if (pointRow) {
        pointValue = pointRow.valeur;
        gross = points * pointValue;
        rowIds.push(pointRow.id);
      }
    } else if (amountRow.unite === 'eur_brut_mensuel') {
      gross = amountRow.valeur;
    } else if (amountRow.unite === 'eur_net_mensuel') {
      net = amountRow.valeur;
      netKind = 'montant';
    }
    if (net === null) {
      const netRow = rowFor('net_approximatif', data.montants, month, mesureId);
      const ratioRow = rowFor('rapport_net_brut', data.montants, month, mesureId);
      if (netRow) {
        net = netRow.valeur;
        netKind = 'approximatif';
        rowIds.push(netRow.id);
      } else if (ratioRow && gross !== null) {
        net = gross * ratioRow.valeur;
        netKind = 'rapport';
        rowIds.push(ratioRow.id);
      }
    }
    return {
      mesureId,
      gross,
      net,
      netKind,
      points,
      pointValue,
      partTime: amountRow.temps_partiel ?? 'non_documente',
      rowIds,
    };
  }
  return null;
}

/** A full-time amount at a working time, rounded to the cent; unchanged when the part-time rule is unknown. */
export function prorate(amount: MonthAmount, quotite: number | null | undefined): ProratedAmount {
  const asked = isValidQuotite(quotite) ? quotite : 1;
  const unknown = asked < 1 && amount.partTime !== 'au_prorata';
  const applied = unknown ? 1 : asked;
  return {
    gross: amount.gross === null ? null : roundCents(amount.gross * applied),
    net: amount.net === null ? null : roundCents(amount.net * applied),
    quotite: applied,
    partTimeUnknown: unknown,
  };
}

/** The first month the money part speaks of: the answer's start, else the earliest date of effect of its measures. */
export function startMonth(input: MoneyInput, data: AmountData): YearMonth | null {
  if (input.depuis !== null && isYearMonth(input.depuis)) return input.depuis;
  const starts = input.mesureIds
    .map((id) => measureStart(data.mesures.find((measure) => measure.id === id)))
    .filter((start): start is YearMonth => start !== null)
    .sort(compareMonths);
  return starts[0] ?? null;
}

function sameAmount(a: MonthAmount | null, b: MonthAmount | null): boolean {
  if (a === null || b === null) return a === b;
  return (
    a.mesureId === b.mesureId &&
    a.gross === b.gross &&
    a.net === b.net &&
    a.netKind === b.netKind &&
    a.points === b.points &&
    a.pointValue === b.pointValue &&
    a.partTime === b.partTime &&
    a.rowIds.join() === b.rowIds.join()
  );
}

/**
 * The full-time amount period by period, from the start month on: a new
 * period begins wherever a row that can change the amount begins or ends (or
 * a measure comes into force). The last period is open when its rows are.
 */
export function amountPeriods(input: MoneyInput, data: AmountData): AmountPeriod[] {
  const start = startMonth(input, data);
  if (start === null) return [];
  const relevant = data.montants.filter(
    (row) => row.grandeur === 'valeur_point' || row.mesure_ids.some((id) => input.mesureIds.includes(id)),
  );
  const boundaries = new Set<number>([monthNumber(start)!]);
  const add = (month: YearMonth | null) => {
    if (month !== null && compareMonths(month, start) > 0) boundaries.add(monthNumber(month)!);
  };
  for (const row of relevant) {
    add(toYearMonth(row.debut));
    if (row.fin !== null) add(addMonths(toYearMonth(row.fin), 1));
  }
  for (const id of input.mesureIds) add(measureStart(data.mesures.find((measure) => measure.id === id)));
  const sorted = [...boundaries].sort((a, b) => a - b);
  const periods: AmountPeriod[] = [];
  sorted.forEach((count, index) => {
    const from = fromMonthNumber(count);
    const next = sorted[index + 1];
    const to = next === undefined ? null : addMonths(from, next - count - 1);
    const amount = monthAmount(input.mesureIds, data, from);
    const last = periods.at(-1);
    if (last && sameAmount(last.amount, amount)) last.to = to;
    else periods.push({ from, to, amount });
  });
  return periods;
}

/** The period that contains a month, or the last period when no month is given (no « today » at build time). */
export function periodAt(periods: readonly AmountPeriod[], month: YearMonth | null): AmountPeriod | null {
  if (month === null) return periods.at(-1) ?? null;
  return (
    periods.find(
      (period) =>
        compareMonths(period.from, month) <= 0 && (period.to === null || compareMonths(period.to, month) >= 0),
    ) ?? null
  );
}
