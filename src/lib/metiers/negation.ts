/**
 * Negation and contrast: « pas », « non », « ni », « sans », « hors »,
 * « pas encore », « donc pas », « ne … plus » negate the phrases that follow,
 * until a comma, « mais », « et », or a new complement (« pas à l’hôpital,
 * en EHPAD » ; « pas dans un SSIAD ADMR mais dans un SSIAD public »). A
 * negated phrase is never read as stated: context.ts turns it into its
 * opposite where it has one, or into an exclusion.
 */
import type { ScannedWord } from './normalize.ts';
import { COMPLEMENT_WORDS, CONTRAST_WORDS, NEGATION_WORDS } from './lexicon.ts';

/** The part of a span negation needs. */
export interface NegatableSpan {
  from: number;
  to: number;
  negated: boolean;
}

/**
 * Marks the spans a negation covers. « Plus » negates only after « ne » or
 * « n’ » (« je ne suis plus à l’hôpital »), not in « plus de 20 ans ».
 */
export function markNegations(words: readonly ScannedWord[], spans: NegatableSpan[]): void {
  const byStart = new Map<number, NegatableSpan[]>();
  for (const span of spans) byStart.set(span.from, [...(byStart.get(span.from) ?? []), span]);
  let negating = false;
  let negatedInScope = 0;
  let clause = -1;
  let w = 0;
  while (w < words.length) {
    const word = words[w]!;
    if (word.clause !== clause) {
      negating = false;
      clause = word.clause;
    }
    const starting = byStart.get(w);
    if (starting) {
      for (const span of starting) if (negating) span.negated = true;
      if (negating) negatedInScope += 1;
      w = Math.max(...starting.map((span) => span.to));
      continue;
    }
    const folded = word.folded;
    if (NEGATION_WORDS.has(folded)) {
      // « plus » negates after « ne » or « n’ » (« je ne suis plus à l’hôpital »), or right before what it
      // negates (« mais plus dans le public »), not in « plus de vingt ans ».
      const before = words.slice(Math.max(0, w - 3), w).map((item) => item.folded);
      let next = w + 1;
      while (next < words.length && words[next]!.stop && words[next]!.clause === word.clause) next += 1;
      const negates = folded !== 'plus' || before.includes('ne') || before.includes('n') || byStart.has(next);
      if (negates) {
        negating = true;
        negatedInScope = 0;
      }
    } else if (CONTRAST_WORDS.has(folded)) {
      negating = false;
    } else if (COMPLEMENT_WORDS.has(folded) && negatedInScope > 0) {
      negating = false;
    }
    w += 1;
  }
}
