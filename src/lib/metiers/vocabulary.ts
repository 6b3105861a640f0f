/**
 * Everything the query can be matched against, compiled once per index:
 * job titles and grades (terms), employers and establishments, the grammar's
 * sector, attachment, funding and contract words, and the départements —
 * each phrase in canonical form, with what it means. Also the word list that
 * corrects typos.
 */
import { DEPARTEMENTS } from '../departements.ts';
import { foldFrench } from '../fold.ts';
import type { Attachment, ContractKind, Funding, EmployerSector } from '../codes/metiers.ts';
import { ATTACHMENT_WORDS, CONTRACT_WORDS, FUNDING_WORDS, SECTOR_WORDS } from './lexicon.ts';
import { typoBudget, withinEdits } from '../french-words.ts';
import { KNOWN_ACRONYMS, isGrammarWord, normalizeProfession } from './normalize.ts';
import type { SearchIndex } from './types.ts';
import { labelAlternatives } from './titles.ts';

/** What a phrase means. */
export type Meaning =
  | { kind: 'term'; term: number }
  | { kind: 'employer'; employer: number }
  | { kind: 'sector'; label: string; sectors: readonly EmployerSector[]; opposite: readonly EmployerSector[] | null }
  | { kind: 'attachment'; label: string; attachments: readonly Attachment[]; opposite: readonly Attachment[] }
  | { kind: 'funding'; funding: Funding }
  | { kind: 'contract'; kinds: readonly ContractKind[] }
  | { kind: 'departement'; code: string };

export interface Vocabulary {
  index: SearchIndex;
  acronyms: ReadonlySet<string>;
  /** Canonical phrase → its meanings. */
  phrases: ReadonlyMap<string, Meaning[]>;
  /** The longest phrase, in words. */
  longest: number;
  /** Canonical words of every phrase, and the folded spellings they come from → canonical. */
  words: ReadonlyMap<string, string>;
  /** Those words by length, for typo correction. */
  wordsByLength: ReadonlyMap<number, string[]>;
  /** Folded words, sorted, for prefix search (suggestions). */
  sortedWords: readonly string[];
  /** Canonical word → the terms that contain it. */
  termsByWord: ReadonlyMap<string, number[]>;
  /** Per term, a number that orders suggestions: titles of the catalogue first, then the shortest. */
  termRank: Float64Array;
  metierById: ReadonlyMap<string, SearchIndex['metiers'][number]>;
  gradeById: ReadonlyMap<string, SearchIndex['grades'][number]>;
  /** Typo corrections already computed (a word typed once is typed again at the next keystroke). */
  corrections: Map<string, string | null>;
  /** Each profession's own names (its label's alternatives), canonical. */
  labelNames: ReadonlyMap<string, ReadonlySet<string>>;
  /**
   * First words of professions' labels shared by two professions or more
   * (« éducateur », « conseiller », « agent »): alone, they name a family, not
   * a profession.
   */
  families: ReadonlyMap<string, string[]>;
}

/** Names of départements too short or too common to be read without « département » before them. */
const GUARDED_DEPARTEMENTS = new Set([
  'ain',
  'aube',
  'aude',
  'cher',
  'eure',
  'gard',
  'gers',
  'indre',
  'jura',
  'loire',
  'lot',
  'nord',
  'oise',
  'orne',
  'var',
  'somme',
  'marne',
  'manche',
  'vienne',
  'doubs',
  'tarn',
  'yonne',
  'landes',
  'vosges',
]);

function add(map: Map<string, Meaning[]>, phrase: string, meaning: Meaning): void {
  if (phrase === '') return;
  const list = map.get(phrase);
  if (!list) map.set(phrase, [meaning]);
  else if (!list.some((known) => JSON.stringify(known) === JSON.stringify(meaning))) list.push(meaning);
}

/** Compiles an index into its vocabulary. */
export function compileVocabulary(index: SearchIndex): Vocabulary {
  const acronyms: ReadonlySet<string> = new Set([...KNOWN_ACRONYMS, ...index.acronyms]);
  const canonical = (text: string) => normalizeProfession(text, acronyms);
  const phrases = new Map<string, Meaning[]>();
  const spellings = new Map<string, string>();
  const remember = (text: string) => {
    const canon = canonical(text).split(' ');
    const folded = foldFrench(text).split(' ');
    // Each folded word of the text maps to the canonical word at the same place when the counts agree.
    if (canon.length === folded.filter((word) => canonical(word) !== '').length) {
      let k = 0;
      for (const word of folded) {
        if (canonical(word) === '') continue;
        if (word.length >= 4) spellings.set(word, canon[k]!);
        k += 1;
      }
    }
    for (const word of canon) if (word !== '') spellings.set(word, word);
  };

  index.terms.forEach((term, i) => {
    add(phrases, term.canon, { kind: 'term', term: i });
    remember(term.text);
  });
  index.employers.forEach((employer, i) => {
    for (const phrase of employer.phrases) add(phrases, phrase, { kind: 'employer', employer: i });
  });
  for (const words of SECTOR_WORDS) {
    for (const phrase of words.phrases) {
      add(phrases, canonical(phrase), {
        kind: 'sector',
        label: words.label,
        sectors: words.sectors,
        opposite: words.opposite,
      });
      remember(phrase);
    }
  }
  for (const words of ATTACHMENT_WORDS) {
    for (const phrase of words.phrases) {
      add(phrases, canonical(phrase), {
        kind: 'attachment',
        label: words.label,
        attachments: words.attachments,
        opposite: words.opposite,
      });
    }
  }
  for (const words of FUNDING_WORDS) {
    for (const phrase of words.phrases) add(phrases, canonical(phrase), { kind: 'funding', funding: words.funding });
  }
  for (const words of CONTRACT_WORDS) {
    for (const phrase of words.phrases) add(phrases, canonical(phrase), { kind: 'contract', kinds: words.kinds });
  }
  for (const [code, name] of DEPARTEMENTS) {
    const canon = canonical(name);
    const guarded = GUARDED_DEPARTEMENTS.has(canon) || canon.length < 5;
    add(phrases, `departement ${canon}`, { kind: 'departement', code });
    if (!guarded) add(phrases, canon, { kind: 'departement', code });
  }

  let longest = 1;
  for (const phrase of phrases.keys()) longest = Math.max(longest, phrase.split(' ').length);

  // Every word of every phrase is known, so that it is never « corrected » into another one (« autonome »),
  // and a typo in « hopitale » or « asociation » is corrected.
  for (const phrase of phrases.keys())
    for (const word of phrase.split(' ')) if (!spellings.has(word)) spellings.set(word, word);

  const wordsByLength = new Map<number, string[]>();
  for (const word of spellings.keys()) {
    if (word.length < 4 || acronyms.has(word) || /\d/.test(word)) continue;
    const list = wordsByLength.get(word.length);
    if (list) list.push(word);
    else wordsByLength.set(word.length, [word]);
  }

  const termsByWord = new Map<string, number[]>();
  index.terms.forEach((term, i) => {
    for (const word of new Set(term.canon.split(' '))) {
      const list = termsByWord.get(word);
      if (list) list.push(i);
      else termsByWord.set(word, [i]);
    }
  });

  // Catalogue titles before grades, fewer words first, shorter text first.
  const termRank = Float64Array.from(
    index.terms,
    (term) =>
      (term.metiers.length === 0 ? 1e6 : 0) + term.canon.split(' ').length * 1e3 + Math.min(term.text.length, 999),
  );
  const labelNames = new Map(
    index.metiers.map((metier) => [metier.id, new Set(labelAlternatives(metier.label).map(canonical))] as const),
  );
  const families = new Map<string, string[]>();
  for (const metier of index.metiers) {
    const first = canonical(metier.label).split(' ')[0];
    if (!first) continue;
    families.set(first, [...(families.get(first) ?? []), metier.id]);
  }
  for (const [word, ids] of families) if (ids.length < 2) families.delete(word);

  return {
    index,
    acronyms,
    phrases,
    longest,
    words: spellings,
    wordsByLength,
    sortedWords: [...spellings.keys()].sort(),
    termsByWord,
    termRank,
    metierById: new Map(index.metiers.map((metier) => [metier.id, metier])),
    gradeById: new Map(index.grades.map((grade) => [grade.id, grade])),
    corrections: new Map(),
    labelNames,
    families,
  };
}

/**
 * The canonical word a typed word most likely stands for: itself when known;
 * else the one known word within one edit (two from 8 letters), if only one
 * canonical word is that close. Short words, numbers and grammar words are
 * never corrected.
 */
export function correctWord(vocabulary: Vocabulary, word: string): string | null {
  if (vocabulary.words.has(word)) return vocabulary.words.get(word)!;
  if (typoBudget(word) === 0 || isGrammarWord(word)) return null;
  const known = vocabulary.corrections.get(word);
  if (known !== undefined) return known;
  if (vocabulary.corrections.size > 5000) vocabulary.corrections.clear();
  const corrected = nearestWord(vocabulary, word);
  vocabulary.corrections.set(word, corrected);
  return corrected;
}

/** The one canonical word within reach of a typed word (see correctWord). */
function nearestWord(vocabulary: Vocabulary, word: string): string | null {
  const max = typoBudget(word);
  let best: { distance: number; canon: Set<string> } | null = null;
  for (let length = word.length - max; length <= word.length + max; length++) {
    for (const known of vocabulary.wordsByLength.get(length) ?? []) {
      for (let distance = 1; distance <= max; distance++) {
        if (best && distance > best.distance) break;
        if (!withinEdits(word, known, distance)) continue;
        const canon = vocabulary.words.get(known)!;
        if (!best || distance < best.distance) best = { distance, canon: new Set([canon]) };
        else best.canon.add(canon);
        break;
      }
    }
  }
  return best && best.canon.size === 1 ? [...best.canon][0]! : null;
}
