/**
 * French-grade text folding for search: the same function folds the index at
 * build time and the query in the browser, so « Éducatrice spécialisée »,
 * « educatrice specialisee » and « ÉDUCATRICE-SPÉCIALISÉE » meet.
 */

/**
 * Lower case, no diacritics, œ→oe and æ→ae, apostrophes, hyphens, slashes and
 * punctuation to single spaces, inclusive-writing suffixes removed
 * (« éducateur·rice », « aide soignant(e) », « salarié.e.s », « agent/e »).
 * Compatibility forms are unfolded too (NFKD): the « ﬁ » ligature of text
 * copied from a PDF, « 1ᵉʳ », no-break and thin spaces.
 */
export function foldFrench(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/\p{Mn}/gu, '')
      .toLowerCase()
      .replace(/œ/g, 'oe')
      .replace(/æ/g, 'ae')
      .replace(/ß/g, 'ss')
      // Inclusive forms: middle dot or period followed by a feminine suffix, or a parenthesised one.
      .replace(/[·•.∙⋅]([a-z]{1,5})(?:[·•.∙⋅]s)?\b/g, '')
      .replace(/\((e|es|ne|nes|le|les|se|ses|rice|trice|euse|ere|ve|s)\)/g, '')
      .replace(/\/(e|es|ne|le|rice|trice|euse|ere)\b/g, '')
      .replace(/[’'`´‘]/g, ' ')
      .replace(/[-‐‑‒–—_/\\]/g, ' ')
      .replace(/[^a-z0-9 ]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/** Words of a folded text (handy for token matching). */
export function foldedWords(text: string): string[] {
  const folded = foldFrench(text);
  return folded === '' ? [] : folded.split(' ');
}
