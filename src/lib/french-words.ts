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
  'ni',
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
