/**
 * A character-trigram index over canonical job titles. On a large index it
 * picks the few hundred titles that share the most trigrams with the query,
 * and only those go through Fuse.js: same scores (Fuse scores each title on
 * its own), far less work. One typo spoils at most three trigrams, so titles
 * close enough for Fuse keep most of theirs.
 */

/** The trigrams of a text padded with spaces, so that word starts and ends count. */
export function trigrams(text: string): string[] {
  const padded = ` ${text} `;
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) grams.add(padded.slice(i, i + 3));
  return [...grams];
}

export class TrigramIndex {
  readonly #postings = new Map<string, number[]>();
  readonly #counts: Uint16Array;

  /** `texts[i]` is the canonical form of title i. */
  constructor(texts: readonly string[]) {
    this.#counts = new Uint16Array(texts.length);
    texts.forEach((text, i) => {
      for (const gram of trigrams(text)) {
        const list = this.#postings.get(gram);
        if (list) list.push(i);
        else this.#postings.set(gram, [i]);
      }
    });
  }

  /** Indexes of the titles sharing the most trigrams with `text`, at most `limit`, most shared first. */
  candidates(text: string, limit: number): number[] {
    const touched: number[] = [];
    const counts = this.#counts;
    for (const gram of trigrams(text)) {
      for (const i of this.#postings.get(gram) ?? []) {
        if (counts[i] === 0) touched.push(i);
        counts[i] = counts[i]! + 1;
      }
    }
    touched.sort((a, b) => counts[b]! - counts[a]! || a - b);
    const chosen = touched.slice(0, limit);
    for (const i of touched) counts[i] = 0;
    return chosen;
  }
}
