/**
 * Presenter of the « Montant, rappel et lettre » block: the rows the
 * calculator needs (also served to the browser as /metiers/calcul.json) and
 * the block's view for an answer at build time, without any date, whole or in
 * a few words with the address of its own page.
 */
import { rowsByIds, rowsOf } from '../../queries/data.ts';
import type { MoneySummaryView } from '../../lib/metiers/answer-view.ts';
import {
  moneyPageHref,
  moneyView,
  serializeMoneyInput,
  stripCitations,
  type MoneyData,
  type MoneyView,
} from '../../lib/metiers/money-view.ts';
import type { MoneyInput } from '../../lib/metiers/money.ts';

let cached: MoneyData | null = null;

/** Every row the block needs, with the labels of the sources they cite (in their lists and in their notes). */
export function moneyData(): MoneyData {
  if (cached) return cached;
  const montants = rowsOf('montants');
  const delais = rowsOf('delais');
  const demarches = rowsOf('demarches');
  const cited = [...montants, ...delais, ...demarches].flatMap((row) => [
    ...row.source_ids,
    ...(row.note ? stripCitations(row.note).ids : []),
  ]);
  cached = {
    montants,
    delais,
    demarches,
    mesures: rowsOf('mesures').map(({ id, nom, base_juridique, date_effet }) => ({
      id,
      nom,
      base_juridique,
      date_effet,
    })),
    sources: Object.fromEntries(
      rowsByIds('sources', [...new Set(cited)]).map((source) => [
        source.id,
        { titre: source.titre, editeur: source.editeur },
      ]),
    ),
  };
  return cached;
}

/** The block for an answer, as built into the page (no « today »: the browser adds the estimate). */
export function answerMoneyView(input: MoneyInput, key: string): MoneyView {
  return moneyView(input, moneyData(), { key, reader: null });
}

/** The block in a few words, for a built page that links to the block's own page. */
export function answerMoneySummary(input: MoneyInput, key: string): MoneySummaryView {
  // Hundreds of answers share a few blocks: compute each summary once (it does not depend on the key).
  const inputKey = serializeMoneyInput(input);
  let summary = summaries.get(inputKey);
  if (!summary) {
    const view = answerMoneyView(input, key);
    summary = { headline: view.headline, rest: view.headlineRest, due: view.due, href: moneyPageHref(input) };
    summaries.set(inputKey, summary);
  }
  return { ...summary };
}

/** Summaries made so far, by their whole input. */
const summaries = new Map<string, MoneySummaryView>();
