/**
 * Suggestions while typing (the combobox) and « did you mean » when nothing
 * is found. A suggestion is a job title of the data whose words start with
 * what was typed; suggestions never answer: choosing one runs the search on it.
 */
import { foldFrench } from '../fold.ts';
import { canonicalWord } from './normalize.ts';
import type { IndexMetier } from './types.ts';
import { correctWord, type Vocabulary } from './vocabulary.ts';

/** A job title offered to the person. */
export interface Suggestion {
  /** As written in the data. */
  term: string;
  metiers: IndexMetier[];
}

/** The first index in a sorted list whose value is not below `value`. */
function lowerBound(list: readonly string[], value: string): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (list[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Canonical words that start with a prefix (folded), at most `limit`. */
function wordsStartingWith(vocabulary: Vocabulary, prefix: string, limit = 200): string[] {
  const found = new Set<string>();
  for (let i = lowerBound(vocabulary.sortedWords, prefix); i < vocabulary.sortedWords.length; i++) {
    const word = vocabulary.sortedWords[i]!;
    if (!word.startsWith(prefix)) break;
    found.add(vocabulary.words.get(word)!);
    if (found.size >= limit) break;
  }
  return [...found];
}

/**
 * Job titles for what is typed: every complete word must be a word of the
 * title (typos corrected), the last one may be the start of a word. Titles
 * named by the catalogue of professions come first, then the shortest.
 */
export function suggestTitles(vocabulary: Vocabulary, text: string, limit = 8): Suggestion[] {
  const folded = foldFrench(text)
    .split(' ')
    .filter((word) => word !== '');
  if (folded.length === 0) return [];
  const last = folded[folded.length - 1]!;
  const complete = folded
    .slice(0, -1)
    .map((word) => vocabulary.words.get(word) ?? correctWord(vocabulary, canonicalWord(word, vocabulary.acronyms)))
    .filter((word): word is string => word !== null && vocabulary.termsByWord.has(word));
  if (last.length < 2 && complete.length === 0) return [];
  let candidates: Set<number> | null = null;
  for (const word of complete) {
    const terms: number[] = vocabulary.termsByWord.get(word) ?? [];
    candidates = candidates === null ? new Set(terms) : new Set(terms.filter((term) => candidates!.has(term)));
  }
  const lastTerms = new Set<number>();
  for (const word of wordsStartingWith(vocabulary, last))
    for (const term of vocabulary.termsByWord.get(word) ?? []) lastTerms.add(term);
  const matching =
    candidates === null
      ? [...lastTerms]
      : lastTerms.size > 0
        ? [...candidates].filter((term) => lastTerms.has(term))
        : [...candidates];
  const { index } = vocabulary;
  const { metierById, gradeById, termRank } = vocabulary;
  const ranked = matching.sort((a, b) => termRank[a]! - termRank[b]! || a - b).map((i) => index.terms[i]!);
  const suggestions: Suggestion[] = [];
  const perProfession = new Map<string, number>();
  const seen = new Set<string>();
  for (const term of ranked) {
    if (suggestions.length >= limit) break;
    const ids =
      term.metiers.length > 0 ? term.metiers : [...new Set(term.grades.map((id) => gradeById.get(id)?.metier ?? ''))];
    const key = ids.join(',');
    const count = perProfession.get(key) ?? 0;
    // At most three spellings per profession, so that other professions show.
    if (count >= 3 || seen.has(term.canon)) continue;
    perProfession.set(key, count + 1);
    seen.add(term.canon);
    suggestions.push({
      term: term.text,
      metiers: ids.flatMap((id) => (metierById.has(id) ? [metierById.get(id)!] : [])),
    });
  }
  return suggestions;
}

/** Professions whose title is close to words the search did not understand, for « vouliez-vous dire ». */
export function nearTitles(vocabulary: Vocabulary, words: readonly string[], limit = 4): Suggestion[] {
  const found: Suggestion[] = [];
  for (const word of words) {
    const folded = foldFrench(word);
    if (folded.length < 3) continue;
    for (const suggestion of suggestTitles(vocabulary, folded.slice(0, Math.max(3, folded.length - 2)), limit)) {
      if (!found.some((known) => known.term === suggestion.term)) found.push(suggestion);
      if (found.length >= limit) return found;
    }
  }
  return found;
}
