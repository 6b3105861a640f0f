/**
 * The answer of « Suis-je concerné ? » as the build renders it: the view of
 * src/lib/metiers/answer-view.ts (the one the browser makes too), with each
 * « oui » block of amounts, arrears and letter computed from the calculator's
 * rows (the browser fills the same blocks from their input).
 */
import { answerView, skeletonView, type AnswerView } from '../../lib/metiers/answer-view.ts';
import type { Resolution } from '../../lib/metiers/resolve.ts';
import { metierSearchIndex } from '../../queries/metiers.ts';
import { answerMoneyView } from './answer-money.ts';

/** The view of a resolution on the real index, money blocks filled. */
export function builtAnswerView(resolution: Resolution, query: string): AnswerView {
  return answerView(resolution, { index: metierSearchIndex(), money: answerMoneyView }, query);
}

/** Every part of the answer once, blank: the `<template>` the browser fills. */
export function answerTemplateView(): AnswerView {
  return skeletonView();
}
