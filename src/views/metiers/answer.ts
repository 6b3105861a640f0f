/**
 * The answer of « Suis-je concerné ? » as the build renders it: the view of
 * src/lib/metiers/answer-view.ts (the one the browser makes too), with, for
 * each « oui », the amount today in a few words and a link to the page of its
 * « Montant, rappel et lettre » block (the browser's answer shows the whole
 * block, filled from the same input).
 */
import { answerView, skeletonView, type AnswerView } from '../../lib/metiers/answer-view.ts';
import type { MoneyInput } from '../../lib/metiers/money.ts';
import type { Resolution } from '../../lib/metiers/resolve.ts';
import { metierSearchIndex } from '../../queries/metiers.ts';
import { answerMoneySummary } from './answer-money.ts';

/** The view of a resolution on the real index, each « oui » with its money summary. */
export function builtAnswerView(resolution: Resolution, query: string): AnswerView {
  const money = (input: MoneyInput, key: string) => ({ view: null, summary: answerMoneySummary(input, key) });
  return answerView(resolution, { index: metierSearchIndex(), money }, query);
}

/** Every part of the answer once, blank: the `<template>` the browser fills. */
export function answerTemplateView(): AnswerView {
  return skeletonView();
}
