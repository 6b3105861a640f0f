/**
 * The search of the whole site (/recherche/): events, estimates, context
 * figures, sources, professions and collectivities in one static index
 * (/recherche/index.json, built at build time), searched in the browser.
 *
 * Words go through the shared French rules (src/lib/french-words.ts: accents,
 * case, elisions, small words, plural and feminine forms), on both sides.
 * Every word of the query must be found in an item (« gironde 2024 » narrows),
 * as a whole word, as the start of a word (what is being typed), or with the
 * typos the profession search forgives too (typoBudget: one from 5 letters,
 * two from 8, never in a number: « 2024 » is not « 2023 »).
 * A word of the title counts more than one of the details.
 *
 * Environment-neutral: the build writes the index with `searchItem`, the
 * browser and the unit tests search it with `createSiteSearch`.
 */
import { SEARCH_KINDS, type SearchKind } from './codes/recherche.ts';
import { searchWords, typoBudget, withinEdits } from './french-words.ts';

/**
 * One item of the index, as a tuple to keep the file small: kind (index in
 * SEARCH_KINDS), title, details, address on the site, and the other words it
 * is found by (canonical, space-separated, without those of title and details).
 */
export type SearchItemTuple = [kind: number, title: string, detail: string, href: string, words: string];

/** The static index (/recherche/index.json). */
export interface SiteSearchIndex {
  /** Format version, for a client that outlives a deploy. */
  v: 1;
  items: SearchItemTuple[];
}

/** What the build says about one item. */
export interface SearchItemInput {
  kind: SearchKind;
  title: string;
  /** One line under the title (date, author, unit…). */
  detail: string;
  href: string;
  /** Texts the item is found by without showing them (a summary, variants of a name…). */
  extra?: readonly string[];
}

/** The index tuple of an item: the extra texts reduced to the canonical words that title and details lack. */
export function searchItem(input: SearchItemInput): SearchItemTuple {
  const shown = new Set(searchWords(`${input.title} ${input.detail}`));
  const words = new Set<string>();
  for (const text of input.extra ?? []) for (const word of searchWords(text)) if (!shown.has(word)) words.add(word);
  return [SEARCH_KINDS.indexOf(input.kind), input.title, input.detail, input.href, [...words].join(' ')];
}

/** One result. */
export interface SearchResult {
  title: string;
  detail: string;
  href: string;
  score: number;
}

/** The results of one kind, best first. */
export interface SearchGroup {
  kind: SearchKind;
  results: SearchResult[];
}

/** Weights: a word of the title counts double; a whole word beats the start of one, which beats a typo. */
const TITLE_WEIGHT = 2;
const EXACT = 1;
const PREFIX = 0.7;
const TYPO = 0.4;

/**
 * A search over an index: query → groups of results, in the order of
 * SEARCH_KINDS, empty groups left out; null for a query without any word
 * to look for (empty, or only small words).
 */
export function createSiteSearch(index: SiteSearchIndex): (query: string) => SearchGroup[] | null {
  const items = index.items;
  // word → item → weight of the field it is in (the title's when it is in both).
  const postings = new Map<string, Map<number, number>>();
  const add = (word: string, item: number, weight: number) => {
    let items = postings.get(word);
    if (!items) postings.set(word, (items = new Map()));
    if ((items.get(item) ?? 0) < weight) items.set(item, weight);
  };
  items.forEach(([, title, detail, , words], item) => {
    for (const word of searchWords(title)) add(word, item, TITLE_WEIGHT);
    for (const word of searchWords(detail)) add(word, item, 1);
    for (const word of words.split(' ')) if (word !== '') add(word, item, 1);
  });
  const vocabulary = [...postings.keys()];

  /** item → best score of one query word in it. */
  const scoresOf = (queryWord: string): Map<number, number> => {
    const scores = new Map<number, number>();
    const typos = typoBudget(queryWord);
    for (const word of vocabulary) {
      let match = 0;
      if (word === queryWord) match = EXACT;
      else if (queryWord.length >= 2 && word.startsWith(queryWord)) match = PREFIX;
      else if (typos > 0 && withinEdits(queryWord, word, typos)) match = TYPO;
      if (match === 0) continue;
      for (const [item, weight] of postings.get(word)!) {
        const score = match * weight;
        if ((scores.get(item) ?? 0) < score) scores.set(item, score);
      }
    }
    return scores;
  };

  return (query) => {
    const queryWords = [...new Set(searchWords(query))];
    if (queryWords.length === 0) return null;
    let total: Map<number, number> | null = null;
    for (const queryWord of queryWords) {
      const scores = scoresOf(queryWord);
      const next = new Map<number, number>();
      for (const [item, score] of scores) {
        if (total === null) next.set(item, score);
        else if (total.has(item)) next.set(item, total.get(item)! + score);
      }
      total = next;
      if (total.size === 0) break;
    }
    const byKind = new Map<number, { item: number; score: number }[]>();
    for (const [item, score] of total ?? []) {
      const kind = items[item]![0];
      const found = byKind.get(kind);
      if (found) found.push({ item, score });
      else byKind.set(kind, [{ item, score }]);
    }
    return SEARCH_KINDS.flatMap((kind, kindIndex) => {
      const found = byKind.get(kindIndex);
      if (!found) return [];
      // Best first; on a tie, the index's order (newest first for dated items).
      found.sort((a, b) => b.score - a.score || a.item - b.item);
      return [
        {
          kind,
          results: found.map(({ item, score }) => {
            const [, title, detail, href] = items[item]!;
            return { title, detail, href, score };
          }),
        },
      ];
    });
  };
}
