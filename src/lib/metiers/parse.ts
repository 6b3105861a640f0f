/**
 * Reads a query into spans — job titles, employers and establishments,
 * sector, attachment, funding and contract words, départements — each
 * possibly negated, plus the words it did not understand and the working
 * time it states. Nothing here decides the answer: context.ts, person.ts and
 * resolve.ts do, from these spans.
 *
 * Order: words are folded and made canonical (normalize.ts), unknown words
 * close to a known one are corrected, the longest known phrase is taken at
 * each place, a hospital or an EHPAD named after « géré par », « rattaché à »…
 * becomes who runs the establishment, and negations (negation.ts) mark what
 * they cover.
 */
import { isGrammarWord, scan, type ScannedWord } from './normalize.ts';
import { markNegations } from './negation.ts';
import { MANAGING_WORDS, NEGATION_WORDS } from './lexicon.ts';
import { correctWord, type Meaning, type Vocabulary } from './vocabulary.ts';
import type { Attachment } from '../codes/metiers.ts';

/** A phrase of the query and what it means. */
export interface Span {
  /** First and last-plus-one word (indexes into ParsedQuery.words). */
  from: number;
  to: number;
  /** Content-word range, for matching. */
  start: number;
  end: number;
  /** As typed. */
  text: string;
  meanings: Meaning[];
  /** Under a negation (« pas », « ni », « hors »…). */
  negated: boolean;
  /** Inside a longer job title (« hospitalière » in « assistante sociale hospitalière »): counts only if nothing else says otherwise. */
  weak: boolean;
  /** Clause (comma-delimited part of the query). */
  clause: number;
}

/** A typed word replaced by the known word it is close to. */
export interface Correction {
  typed: string;
  read: string;
}

export interface ParsedQuery {
  text: string;
  words: ScannedWord[];
  spans: Span[];
  /** Content words matched by nothing, as typed. */
  unknown: string[];
  corrections: Correction[];
  /** Working time stated (0.8 for « à 80 % », 0.5 for « mi-temps »), or null. */
  quotite: number | null;
}

/** Workplaces that an establishment's manager can be (« géré par le CH », « rattaché à un EHPAD »). */
function managerOf(meanings: readonly Meaning[], vocabulary: Vocabulary): Attachment | null {
  for (const meaning of meanings) {
    if (meaning.kind !== 'employer') continue;
    const employer = vocabulary.index.employers[meaning.employer]!;
    if (
      employer.contexts.includes('fph-hopital') ||
      (employer.contexts.length === 0 && employer.places.includes('hopital'))
    )
      return 'rattache_hopital';
    if (employer.places.includes('ehpad') && employer.contexts.length === 0) return 'rattache_gestionnaire_ehpad';
  }
  return null;
}

/** The working time a text states, as a share of full time. */
export function quotiteOf(text: string): number | null {
  const percent = /(\d{1,3}(?:[.,]\d+)?)\s*(?:%|pour ?cent)/i.exec(text);
  if (percent) {
    const value = Number(percent[1]!.replace(',', '.'));
    if (value > 0 && value <= 100) return value / 100;
  }
  const fraction = /\b([1-9])\s*\/\s*([2-9]|10)\b/.exec(text);
  if (fraction && /temps|quotit|trav/i.test(text)) {
    const value = Number(fraction[1]) / Number(fraction[2]);
    if (value > 0 && value <= 1) return value;
  }
  if (/\bmi[-\s]?temps\b/i.test(text)) return 0.5;
  if (/\btrois[-\s]quarts?\s+(?:de\s+)?temps\b/i.test(text)) return 0.75;
  return null;
}

/** Reads a query with a compiled vocabulary. */
export function parseQuery(text: string, vocabulary: Vocabulary): ParsedQuery {
  const words = scan(text, vocabulary.acronyms);
  const content: number[] = [];
  words.forEach((word, i) => {
    if (!word.stop) content.push(i);
  });
  const corrections: Correction[] = [];
  const canon = content.map((i) => {
    const word = words[i]!;
    if (vocabulary.words.has(word.canon) || vocabulary.words.has(word.folded))
      return vocabulary.words.get(word.canon) ?? vocabulary.words.get(word.folded)!;
    if (NEGATION_WORDS.has(word.folded) || isGrammarWord(word.canon) || isGrammarWord(word.folded)) return word.canon;
    const corrected = correctWord(vocabulary, word.canon) ?? correctWord(vocabulary, word.folded);
    if (corrected && corrected !== word.canon) {
      corrections.push({ typed: word.raw, read: corrected });
      return corrected;
    }
    return word.canon;
  });

  const spans: Span[] = [];
  const covered = new Set<number>();
  const span = (start: number, end: number, meanings: Meaning[], weak: boolean): Span => {
    const from = content[start]!;
    const to = content[end - 1]! + 1;
    const raws = [...new Set(words.slice(from, to).map((word) => word.raw))];
    return { from, to, start, end, text: raws.join(' '), meanings, negated: false, weak, clause: words[from]!.clause };
  };
  // The segmentation that covers the most words with known phrases, then uses the fewest (longest) phrases:
  // « infirmière lycée agricole » is [infirmière] [lycée agricole], not [infirmière de lycée] agricole.
  const best: { covered: number; count: number; length: number }[] = Array.from({ length: canon.length + 1 }, () => ({
    covered: 0,
    count: 0,
    length: 0,
  }));
  for (let start = canon.length - 1; start >= 0; start--) {
    let choice = { covered: best[start + 1]!.covered, count: best[start + 1]!.count, length: 0 };
    for (let length = Math.min(vocabulary.longest, canon.length - start); length >= 1; length--) {
      if (!vocabulary.phrases.has(canon.slice(start, start + length).join(' '))) continue;
      const next = best[start + length]!;
      const covered = next.covered + length;
      const count = next.count + 1;
      if (covered > choice.covered || (covered === choice.covered && count < choice.count))
        choice = { covered, count, length };
    }
    best[start] = choice;
  }
  let i = 0;
  while (i < canon.length) {
    const length = best[i]!.length;
    if (length === 0) {
      i += 1;
      continue;
    }
    const meanings = [...vocabulary.phrases.get(canon.slice(i, i + length).join(' '))!];
    spans.push(span(i, i + length, meanings, false));
    for (let k = i; k < i + length; k++) covered.add(k);
    // Places and sectors named inside a longer job title or contract count weakly (« assistante sociale
    // hospitalière », « stagiaire de la fonction publique hospitalière »), unless they are job titles
    // themselves (« ASE » in « ASE territorial »).
    if (length > 1 && meanings.some((meaning) => meaning.kind === 'term' || meaning.kind === 'contract')) {
      for (let start = i; start < i + length; start++) {
        for (let end = i + length; end > start; end--) {
          if (start === i && end === i + length) continue;
          const inner = vocabulary.phrases.get(canon.slice(start, end).join(' '));
          if (!inner || inner.some((meaning) => meaning.kind === 'term')) continue;
          const context = inner.filter((meaning) => meaning.kind !== 'contract');
          if (context.length > 0) {
            spans.push(span(start, end, context, true));
            break;
          }
        }
      }
    }
    i += length;
  }

  // A hospital or an EHPAD after « géré par », « rattaché à »… in the same clause says who runs the establishment.
  for (const target of spans) {
    if (target.weak) continue;
    const manager = managerOf(target.meanings, vocabulary);
    if (!manager) continue;
    let k = target.start - 1;
    while (k >= 0) {
      const word = words[content[k]!]!;
      if (word.clause !== target.clause) break;
      const stem = canon[k]!;
      if (MANAGING_WORDS.some((managing) => stem.startsWith(managing))) {
        target.meanings = [
          {
            kind: 'attachment',
            label:
              manager === 'rattache_hopital'
                ? 'rattaché à un hôpital'
                : 'géré par un établissement public qui gère aussi un EHPAD',
            attachments: [manager],
            opposite:
              manager === 'rattache_hopital'
                ? ['rattache_gestionnaire_ehpad', 'autonome']
                : ['rattache_hopital', 'autonome'],
          },
        ];
        // The managing word (« rattachée ») is now part of what the target says.
        const managingSpan = spans.find((other) => other.start === k);
        if (managingSpan) managingSpan.meanings = [];
        break;
      }
      const between = spans.find((other) => other.start <= k && k < other.end);
      if (between && between.meanings.some((meaning) => meaning.kind === 'term' || meaning.kind === 'employer')) break;
      k -= 1;
    }
  }

  const kept = spans.filter((item) => item.meanings.length > 0);
  markNegations(words, kept);

  const unknown: string[] = [];
  canon.forEach((word, k) => {
    if (covered.has(k)) return;
    const scanned = words[content[k]!]!;
    if (
      NEGATION_WORDS.has(scanned.folded) ||
      isGrammarWord(word) ||
      isGrammarWord(scanned.folded) ||
      /^\d+$/.test(word)
    )
      return;
    if (!unknown.includes(scanned.raw)) unknown.push(scanned.raw);
  });

  return { text, words, spans: kept, unknown, corrections, quotite: quotiteOf(text) };
}

/**
 * The words of a query that say something besides the job title (employer,
 * sector, contract, negations before them), as typed, in order: kept when a
 * suggested title replaces what was typed.
 */
export function contextText(parsed: ParsedQuery): string {
  const kept = new Set<number>();
  for (const span of parsed.spans) {
    if (span.weak || span.meanings.every((meaning) => meaning.kind === 'term')) continue;
    let from = span.from;
    while (from > 0 && (NEGATION_WORDS.has(parsed.words[from - 1]!.folded) || parsed.words[from - 1]!.stop)) from -= 1;
    for (let w = from; w < span.to; w++) kept.add(w);
  }
  const pieces: string[] = [];
  for (const w of [...kept].sort((a, b) => a - b)) {
    const raw = parsed.words[w]!.raw;
    if (pieces[pieces.length - 1] !== raw) pieces.push(raw);
  }
  return pieces.join(' ');
}

/**
 * The words of a query left for the job title once the employer, sector,
 * contract and negation words are set aside, as typed: what the suggestions
 * complete (« aide soig ehpad public » → « aide soig »).
 */
export function titleText(parsed: ParsedQuery): string {
  const aside = new Set<number>();
  for (const span of parsed.spans) {
    if (span.weak || span.meanings.some((meaning) => meaning.kind === 'term')) continue;
    for (let w = span.from; w < span.to; w++) aside.add(w);
  }
  const pieces: string[] = [];
  parsed.words.forEach((word, w) => {
    if (aside.has(w) || NEGATION_WORDS.has(word.folded)) return;
    if (pieces[pieces.length - 1] !== word.raw) pieces.push(word.raw);
  });
  // Keep the end as typed (an unfinished word), so that its beginning is completed.
  return pieces.join(' ');
}
