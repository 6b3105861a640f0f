/**
 * The French word rules every search of the site shares, on top of foldFrench
 * (accents, case, œ/æ, hyphens, apostrophes, inclusive suffixes): the small
 * words that carry no meaning for a search — articles, prepositions,
 * conjunctions, pronouns, and the elided letters foldFrench leaves behind
 * (« l’hôpital » → « l hopital ») — and one canonical form per word, plural to
 * singular and feminine to masculine, so that « les éducatrices » meets
 * « éducateur ». The profession search (src/lib/metiers/normalize.ts) adds its
 * own small words and acronyms on top; the site search (src/lib/site-search.ts)
 * uses these as they are. Index and query go through the same functions.
 * Both forgive typos by the same rule (typoBudget, withinEdits).
 */
import { foldFrench } from './fold.ts';

/** Small words, folded, that no search looks for. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  // Articles, prepositions, conjunctions, elided forms (foldFrench turns « d’ » into « d »).
  'le',
  'la',
  'les',
  'l',
  'un',
  'une',
  'des',
  'de',
  'du',
  'd',
  'et',
  'ou',
  'a',
  'au',
  'aux',
  'en',
  'dans',
  'chez',
  'pour',
  'par',
  'sur',
  'avec',
  'sous',
  'mais',
  'aussi',
  'donc',
  'or',
  'car',
  'entre',
  'vers',
  // Pronouns and determiners.
  'je',
  'j',
  'tu',
  'il',
  'ils',
  'elle',
  'elles',
  'on',
  'nous',
  'vous',
  'moi',
  'mon',
  'ma',
  'mes',
  'ton',
  'ta',
  'tes',
  'son',
  'sa',
  'ses',
  'notre',
  'nos',
  'votre',
  'vos',
  'leur',
  'leurs',
  'qui',
  'que',
  'qu',
  'quoi',
  'dont',
  'c',
  'ce',
  'cet',
  'cette',
  'ces',
  'y',
  'n',
  's',
  'm',
  't',
  'ne',
  'se',
  // Inclusive-writing tails left alone by a hyphen (« éducateur-rice », « soignant-e »).
  'rice',
  'trice',
  'euse',
  'ere',
  'ive',
  've',
  'nne',
]);

/** True for a folded word a search ignores: a small word, or a single character. */
export function isFunctionWord(word: string): boolean {
  return FUNCTION_WORDS.has(word) || word.length === 1;
}

/** Feminine (and a few other) endings → masculine, longest first; applied to words of 5 letters or more. */
const FEMININE_ENDINGS: ReadonlyArray<readonly [RegExp, string]> = [
  [/ienne$/, 'ien'],
  [/trice$/, 'teur'],
  [/euse$/, 'eur'],
  [/iere$/, 'ier'],
  [/effe$/, 'ef'],
  [/esse$/, 'e'],
  [/onne$/, 'on'],
  [/elle$/, 'el'],
  [/ive$/, 'if'],
  [/ale$/, 'al'],
  [/nte$/, 'nt'],
  [/ee$/, 'e'],
];

/** One step of canonicalFrenchWord: plural to singular, then one feminine ending to masculine. */
function reduceOnce(word: string): string {
  let canonical = word;
  if (canonical.length >= 5 && canonical.endsWith('aux') && !canonical.endsWith('eaux')) {
    canonical = `${canonical.slice(0, -3)}al`;
  } else if (canonical.length >= 5 && canonical.endsWith('s') && !/(ss|us|is|os)$/.test(canonical)) {
    canonical = canonical.slice(0, -1);
  }
  if (canonical.length >= 5) {
    for (const [ending, replacement] of FEMININE_ENDINGS) {
      if (ending.test(canonical)) return canonical.replace(ending, replacement);
    }
    // « ère » → « er » only for long words (ménagère, conseillère), not « mère ».
    if (canonical.length >= 6 && canonical.endsWith('ere')) return canonical.slice(0, -1);
  }
  return canonical;
}

/**
 * One folded word to its canonical form: plural to singular, feminine to
 * masculine (« educatrices » → « educateur », « departementaux » →
 * « departemental »). Numbers, and the words of `keep` (acronyms such as
 * « deaes », which must not lose their S), are kept as they are.
 */
export function canonicalFrenchWord(word: string, keep: ReadonlySet<string> = new Set()): string {
  if (keep.has(word) || /\d/.test(word)) return word;
  // Every rule shortens the word, so this ends; repeating makes « soignantees » → soignant, as « soignante ».
  let canonical = word;
  for (let next = reduceOnce(canonical); next !== canonical; next = reduceOnce(canonical)) canonical = next;
  return canonical;
}

/**
 * The words of a text as searches compare them: folded, small words and
 * elided letters dropped, each in canonical form. « L’éducatrice d’internat »
 * → ["educateur", "internat"].
 */
export function searchWords(text: string, keep: ReadonlySet<string> = new Set()): string[] {
  const words: string[] = [];
  for (const folded of foldFrench(text).split(' ')) {
    if (folded === '' || isFunctionWord(folded)) continue;
    const word = canonicalFrenchWord(folded, keep);
    if (!isFunctionWord(word)) words.push(word);
  }
  return words;
}

/**
 * How many typos a typed word may carry and still meet a known word: none
 * under 5 letters or in a number (« 2024 » is not « 2023 »), one up to
 * 7 letters, two from 8.
 */
export function typoBudget(word: string): number {
  if (word.length < 5 || /\d/.test(word)) return 0;
  return word.length >= 8 ? 2 : 1;
}

/**
 * Whether two words are within `max` edits (insertion, deletion, substitution,
 * transposition of neighbours), stopping as soon as every path exceeds it.
 */
export function withinEdits(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  if (a === b) return true;
  const width = b.length + 1;
  let previous2: number[] = [];
  let previous = Array.from({ length: width }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, previous2[j - 2]! + 1);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return false;
    previous2 = previous;
    previous = current;
  }
  return previous[b.length]! <= max;
}
