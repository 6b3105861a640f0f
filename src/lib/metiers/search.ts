/**
 * The resolver of « Suis-je concerné ? »: from a query (and the answers the
 * person gave to follow-up questions) to a verdict with its rows, or to the
 * question that the answer depends on. Runs in the browser (src/client/) and in
 * Node (unit tests, bench) on the same index.
 *
 * 1. The query is split into context words and job title (context.ts).
 * 2. The job title is matched word for word against the data's labels and
 *    variants, canonicalised (normalize.ts); failing that, Fuse.js finds the
 *    nearest ones, typos included.
 * 3. The profession's rows are kept when they fit the context (sector,
 *    workplace, attachment); within one context, words of the workplace
 *    description (« foyer de vie », « ADMR ») and row-specific variants
 *    (« SNQ ») pick the row.
 * 4. If the rows left agree, that is the verdict. Otherwise the site asks the
 *    first question (sector, then workplace, then attachment) whose answer
 *    changes the verdict; « je ne sais pas » skips it; when nothing is left to
 *    ask, the verdict is « selon le cas » with every case shown.
 */
import Fuse, { type FuseResult } from 'fuse.js/basic';
import { SECTORS, SECTOR_HINTS, SECTOR_LABELS, asSector, type Sector } from '../codes/common.ts';
import {
  ATTACHMENTS,
  ATTACHMENT_LABELS,
  PLACES,
  PLACE_HINTS,
  PLACE_LABELS,
  asAttachment,
  asPlace,
  type Attachment,
  type Place,
  type Verdict,
} from '../codes/metiers.ts';
import { parseQuery, rawText, type ParsedQuery, type TermSpan } from './context.ts';
import { KNOWN_ACRONYMS, normalizeProfession } from './normalize.ts';
import { TrigramIndex } from './trigrams.ts';
import type { IndexMeasure, IndexMetier, IndexRow, IndexTerm, SearchIndex } from './types.ts';

/** Fuse score (0 = perfect, 1 = nothing in common) above which a job title is not recognised. */
export const MATCH_THRESHOLD = 0.4;
/**
 * Stricter score for short texts (4 letters or fewer): « TISF » must not
 * match « dentiste » with one typo; a short text is an acronym or the start of
 * a word, found as it is.
 */
export const SHORT_MATCH_THRESHOLD = 0.1;
/** Score under which a longer title found with typos wins over a shorter one written exactly. */
const TYPO_OVER_EXACT = 0.3;
/** Score limit of the « did you mean » suggestions when nothing matches. */
const NEAR_MISS_THRESHOLD = 0.5;
/** Above this many titles, a trigram index picks the titles Fuse scores. */
export const PREFILTER_ABOVE = 2000;
/** How many titles the trigram index hands to Fuse. */
const PREFILTER_CANDIDATES = 300;
/** Other professions scoring within this margin of the best one are offered as a choice. */
const CLOSE_MARGIN = 0.08;

/**
 * Job titles that name two different professions. « AS » is the aide-soignant
 * in the data, but is also used for the assistant de service social.
 */
export const AMBIGUOUS_TERMS: Readonly<Record<string, { metiers: readonly string[]; note: string }>> = {
  as: {
    metiers: ['aide-soignant', 'assistant-social'],
    note: '« AS » désigne le plus souvent l’aide-soignant ou l’aide-soignante, mais parfois l’assistant ou l’assistante de service social (sigle usuel : « ASS »).',
  },
};

/** What the site says when a job title has a second meaning that is not a profession. */
export const TERM_NOTES: Readonly<Record<string, string>> = {
  ase: '« ASE » est compris ici comme assistant ou assistante socio-éducatif. Si vous pensiez à l’aide sociale à l’enfance, ajoutez votre métier : « secrétaire ASE », « éducatrice ASE »…',
};

/** A follow-up dimension. */
export type Dimension = 'secteur' | 'etablissement' | 'rattachement';
/** The person's answer to a follow-up question: a code, or « je ne sais pas ». */
export const UNKNOWN = 'inconnu';

/** The state of a search, as the URL carries it (/metiers/?q=…&secteur=…). */
export interface SearchRequest {
  /** What the person typed. */
  query: string;
  /** Professions chosen from a suggestion, a choice or the guided path. */
  metiers?: readonly string[];
  /** Answers to follow-up questions: a code or `inconnu`. */
  secteur?: string | null;
  etablissement?: string | null;
  rattachement?: string | null;
}

/** A job title offered in the combobox. */
export interface Suggestion {
  /** As written in the data. */
  term: string;
  metiers: IndexMetier[];
  score: number;
}

/** One option of a follow-up question. */
export interface QuestionOption {
  /** The code to send back (or `inconnu`). */
  value: string;
  label: string;
  hint: string | null;
  /** The verdicts this option leads to (empty for « je ne sais pas »). */
  verdicts: Verdict[];
}

export interface Question {
  dimension: Dimension;
  prompt: string;
  options: QuestionOption[];
}

/** A measure that names the job title in its coverage or exclusions. */
export interface MeasureMention {
  measure: IndexMeasure;
  /** covers: named among those covered; excludes: among those excluded. */
  where: 'covers' | 'excludes';
}

/** What the site understood, to show back to the person. */
export interface Understood {
  metiers: IndexMetier[];
  /** The job title as written in the data, when recognised from the query. */
  term: string | null;
  /** The job title as the person typed it. */
  typed: string | null;
  /** What each recognised context word meant, and each answered question. */
  context: { text: string; label: string }[];
  /** Dimensions the person said they do not know. */
  unknown: Dimension[];
}

export type Resolution =
  | { kind: 'empty' }
  | { kind: 'not_found'; text: string; near: Suggestion[]; mentions: MeasureMention[] }
  | {
      kind: 'choose_metier';
      understood: Understood;
      options: { metier: IndexMetier; verdicts: Verdict[] }[];
      note: string | null;
    }
  | { kind: 'question'; understood: Understood; question: Question; rows: IndexRow[] }
  | {
      kind: 'answer';
      understood: Understood;
      verdict: Verdict;
      mixed: boolean;
      rows: IndexRow[];
      refine: Question | null;
      note: string | null;
    }
  | { kind: 'no_row'; understood: Understood; rows: IndexRow[] };

/** The search over one index: suggestions for the combobox, and resolution. */
export interface Searcher {
  readonly index: SearchIndex;
  parse(query: string): ParsedQuery;
  suggest(query: string, limit?: number): Suggestion[];
  resolve(request: SearchRequest): Resolution;
}

type Choice<T> = T[] | 'unknown' | null;

interface Context {
  sectors: Choice<Sector>;
  places: Choice<Place>;
  attachments: Choice<Attachment>;
  /** Dimensions set by an answered question (never asked again). */
  answered: Set<Dimension>;
  /** Dimensions the person said they do not know. */
  unknown: Set<Dimension>;
  keywords: string[];
  described: { text: string; label: string }[];
}

const DIMENSIONS: readonly Dimension[] = ['secteur', 'etablissement', 'rattachement'];

const PROMPTS: Record<Dimension, string> = {
  secteur: 'La réponse dépend de votre employeur. Dans quel secteur travaillez-vous ?',
  etablissement:
    'La réponse dépend de votre lieu de travail. Dans quel type d’établissement ou de service travaillez-vous ?',
  rattachement: 'La réponse dépend du statut de votre établissement public. Est-il rattaché à un hôpital ?',
};

function distinct<T>(values: Iterable<T>): T[] {
  return [...new Set(values)];
}

function intersects<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.some((value) => b.includes(value));
}

function verdictsOf(rows: readonly IndexRow[]): Verdict[] {
  const order: Verdict[] = ['oui', 'selon_cas', 'non'];
  const found = new Set(rows.map((row) => row.verdict));
  return order.filter((verdict) => found.has(verdict));
}

function fits(row: IndexRow, context: Context): boolean {
  if (Array.isArray(context.sectors) && !intersects(row.sectors, context.sectors)) return false;
  if (Array.isArray(context.places) && !intersects(row.places, context.places)) return false;
  if (Array.isArray(context.attachments) && row.attachment !== null && !context.attachments.includes(row.attachment))
    return false;
  return true;
}

/** Rows grouped by their context (sector, workplace, attachment), in order. */
function cells(rows: readonly IndexRow[]): IndexRow[][] {
  const groups = new Map<string, IndexRow[]>();
  for (const row of rows) {
    const key = `${row.sectors.join(';')}|${row.places.join(';')}|${row.attachment ?? ''}`;
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return [...groups.values()];
}

/** Orders rows like the static pages: by sector, then workplace, then file order. */
function byContext(rows: readonly IndexRow[], order: ReadonlyMap<string, number>): IndexRow[] {
  const sectorRank = (row: IndexRow) => Math.min(...row.sectors.map((sector) => SECTORS.indexOf(sector)));
  return [...rows].sort(
    (a, b) =>
      sectorRank(a) - sectorRank(b) ||
      PLACES.indexOf(a.place) - PLACES.indexOf(b.place) ||
      (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0),
  );
}

function optionValues(dimension: Dimension, rows: readonly IndexRow[]): string[] {
  if (dimension === 'secteur') return SECTORS.filter((sector) => rows.some((row) => row.sectors.includes(sector)));
  if (dimension === 'etablissement') return PLACES.filter((place) => rows.some((row) => row.places.includes(place)));
  return ATTACHMENTS.filter((attachment) => rows.some((row) => row.attachment === attachment));
}

function rowsForOption(dimension: Dimension, value: string, rows: readonly IndexRow[]): IndexRow[] {
  if (dimension === 'secteur') return rows.filter((row) => row.sectors.includes(value as Sector));
  if (dimension === 'etablissement') return rows.filter((row) => row.places.includes(value as Place));
  return rows.filter((row) => row.attachment === null || row.attachment === value);
}

function optionLabel(dimension: Dimension, value: string): { label: string; hint: string | null } {
  if (dimension === 'secteur') return { label: SECTOR_LABELS[value as Sector], hint: SECTOR_HINTS[value as Sector] };
  if (dimension === 'etablissement') return { label: PLACE_LABELS[value as Place], hint: PLACE_HINTS[value as Place] };
  return { label: ATTACHMENT_LABELS[value as Attachment], hint: null };
}

/**
 * The first dimension, in the order of the guided path, whose options lead to
 * different outcomes (`outcome` tells them apart: the verdict for a question,
 * the measure and date for a refinement).
 */
function splitOn(
  rows: readonly IndexRow[],
  context: Context,
  outcome: (rows: readonly IndexRow[]) => string,
): Question | null {
  // What the query did not say comes first; then what it said loosely (« public » → which public sector?).
  const said = (dimension: Dimension) =>
    (dimension === 'secteur'
      ? context.sectors
      : dimension === 'etablissement'
        ? context.places
        : context.attachments) !== null;
  const order = [...DIMENSIONS.filter((dimension) => !said(dimension)), ...DIMENSIONS.filter(said)];
  for (const dimension of order) {
    if (context.answered.has(dimension)) continue;
    const values = optionValues(dimension, rows);
    if (values.length < 2) continue;
    const outcomes = values.map((value) => outcome(rowsForOption(dimension, value, rows)));
    if (new Set(outcomes).size < 2) continue;
    const options: QuestionOption[] = values.map((value) => ({
      value,
      ...optionLabel(dimension, value),
      verdicts: verdictsOf(rowsForOption(dimension, value, rows)),
    }));
    options.push({ value: UNKNOWN, label: 'Je ne sais pas', hint: null, verdicts: [] });
    return { dimension, prompt: PROMPTS[dimension], options };
  }
  return null;
}

/** Builds the searcher for one index (the real one or a synthetic one for the bench). */
export function createSearcher(index: SearchIndex): Searcher {
  const acronyms: ReadonlySet<string> = new Set([...KNOWN_ACRONYMS, ...index.acronyms]);
  const canonical = (text: string) => normalizeProfession(text, acronyms);
  const metierBySlug = new Map(index.metiers.map((metier) => [metier.slug, metier]));
  const rowOrder = new Map(index.rows.map((row, i) => [row.id, i]));
  const rowsByMetier = new Map<string, IndexRow[]>();
  for (const row of index.rows) {
    const list = rowsByMetier.get(row.metier);
    if (list) list.push(row);
    else rowsByMetier.set(row.metier, [row]);
  }

  // Canonical form of every term, computed once (the index ships the data's own spelling).
  const termCanonical = index.terms.map((term) => canonical(term.text));
  const termsByCanonical = new Map<string, number[]>();
  termCanonical.forEach((form, i) => {
    const list = termsByCanonical.get(form);
    if (list) list.push(i);
    else termsByCanonical.set(form, [i]);
  });
  /** Professions having a longer title that starts with a given word (« éducateur » → éducateur spécialisé, de jeunes enfants…). */
  const metiersByFirstWord = new Map<string, Set<string>>();
  termCanonical.forEach((form, i) => {
    const words = form.split(' ');
    if (words.length < 2) return;
    const set = metiersByFirstWord.get(words[0]!) ?? new Set<string>();
    for (const slug of index.terms[i]!.metiers) set.add(slug);
    metiersByFirstWord.set(words[0]!, set);
  });
  const detailCanonical = new Map(index.rows.map((row) => [row.id, ` ${canonical(row.detail)} `]));
  const measureText = Object.values(index.measures).map((measure) => ({
    measure,
    covers: ` ${canonical(measure.covers)} `,
    excludes: ` ${canonical(measure.excludes ?? '')} `,
  }));

  // Canonical form of each title object, for the folding getFn (computed once, looked up in each search).
  const canonicalOfTerm = new Map<IndexTerm, string>(index.terms.map((term, i) => [term, termCanonical[i]!]));
  const positionOfTerm = new Map<IndexTerm, number>(index.terms.map((term, i) => [term, i]));
  const fuseOptions = (threshold: number) =>
    ({
      keys: ['text'],
      // The folding getFn: Fuse compares canonical forms, the same as the query's.
      getFn: (term, path) => {
        const known = canonicalOfTerm.get(term);
        if (known !== undefined) return known;
        const value = Fuse.config.getFn(term, path);
        return typeof value === 'string' ? canonical(value) : value;
      },
      includeScore: true,
      ignoreLocation: true,
      threshold,
      minMatchCharLength: 2,
    }) satisfies ConstructorParameters<typeof Fuse<IndexTerm>>[1];

  // A small index (the real one) is searched whole; a large one through its trigrams first.
  const large = index.terms.length > PREFILTER_ABOVE;
  const whole = large ? null : new Fuse<IndexTerm>(index.terms, fuseOptions(MATCH_THRESHOLD));
  let wholeLenient: Fuse<IndexTerm> | null = null;
  const grams = large ? new TrigramIndex(termCanonical) : null;

  interface Match {
    item: IndexTerm;
    refIndex: number;
    score: number;
  }
  /** The last searches, since suggestions and answer ask for the same text one after the other. */
  const recent = new Map<string, Match[]>();
  const search = (text: string, limit: number, threshold: number): Match[] => {
    const key = `${threshold}|${limit}|${text}`;
    const cached = recent.get(key);
    if (cached) return cached;
    let results: FuseResult<IndexTerm>[];
    if (grams) {
      const candidates = grams.candidates(text, PREFILTER_CANDIDATES).map((i) => index.terms[i]!);
      results = new Fuse<IndexTerm>(candidates, fuseOptions(threshold)).search(text, { limit });
    } else if (threshold === MATCH_THRESHOLD) {
      results = whole!.search(text, { limit });
    } else {
      wholeLenient ??= new Fuse<IndexTerm>(index.terms, fuseOptions(threshold));
      results = wholeLenient.search(text, { limit });
    }
    const matches = results.map((result) => ({
      item: result.item,
      refIndex: positionOfTerm.get(result.item)!,
      score: result.score ?? 1,
    }));
    if (recent.size >= 16) recent.clear();
    recent.set(key, matches);
    return matches;
  };

  /** A looser search for « did you mean » when nothing matches. */
  const nearMisses = (text: string): Suggestion[] => {
    if (text.length < 5) return [];
    return search(text, 3, NEAR_MISS_THRESHOLD).map((result) => ({
      term: result.item.text,
      metiers: metiersOf(result.item.metiers),
      score: result.score,
    }));
  };

  const lookup = { has: (term: string) => termsByCanonical.has(term) };
  const parse = (query: string) => parseQuery(query, lookup, acronyms);

  const metiersOf = (slugs: Iterable<string>): IndexMetier[] =>
    distinct(slugs).flatMap((slug) => {
      const metier = metierBySlug.get(slug);
      return metier ? [metier] : [];
    });

  /** Fuse results, best first, for a canonical text. */
  const fuzzy = (text: string, limit: number): Match[] => {
    if (text.length < 2) return [];
    const results = search(text, limit, MATCH_THRESHOLD);
    return text.length <= 4 ? results.filter((result) => result.score <= SHORT_MATCH_THRESHOLD) : results;
  };

  function suggest(query: string, limit = 8): Suggestion[] {
    const { professionText } = parse(query);
    if (professionText === '') return [];
    const suggestions: Suggestion[] = [];
    const perProfession = new Map<string, number>();
    const seen = new Set<number>();
    const consider = (termIndex: number, score: number) => {
      if (seen.has(termIndex) || suggestions.length >= limit || score > MATCH_THRESHOLD) return;
      seen.add(termIndex);
      const term = index.terms[termIndex]!;
      // A profession's full label adds nothing once one of its titles is offered.
      if (
        term.metiers.length === 1 &&
        metierBySlug.get(term.metiers[0]!)?.label === term.text &&
        perProfession.has(term.metiers[0]!)
      )
        return;
      const key = term.metiers.join(',');
      const count = perProfession.get(key) ?? 0;
      // At most three spellings per profession, so that other professions show.
      if (count >= 3) return;
      perProfession.set(key, count + 1);
      suggestions.push({ term: term.text, metiers: metiersOf(term.metiers), score });
    };
    for (const termIndex of termsByCanonical.get(professionText) ?? []) consider(termIndex, 0);
    for (const result of fuzzy(professionText, 24)) consider(result.refIndex, result.score);
    return suggestions;
  }

  function buildContext(parsed: ParsedQuery, request: SearchRequest): Context {
    const context: Context = {
      sectors: parsed.context.sectors,
      places: parsed.context.places,
      attachments: parsed.context.attachments,
      answered: new Set(),
      unknown: new Set(),
      keywords: parsed.context.keywords,
      described: parsed.context.matches
        .filter((match) => !match.weak)
        .map((match) => ({ text: match.text, label: match.label })),
    };
    const answer = <T extends string>(
      dimension: Dimension,
      value: string | null | undefined,
      narrow: (value: string) => T | null,
      labels: Record<T, string>,
    ): Choice<T> | undefined => {
      if (value === UNKNOWN) {
        // « Je ne sais pas » to a refinement keeps what the query said (« public » stays public).
        context.answered.add(dimension);
        context.unknown.add(dimension);
        return undefined;
      }
      const code = narrow(value ?? '');
      if (code === null) return undefined;
      context.answered.add(dimension);
      context.described.push({ text: labels[code], label: labels[code] });
      return [code];
    };
    context.sectors = answer('secteur', request.secteur, asSector, SECTOR_LABELS) ?? context.sectors;
    context.places = answer('etablissement', request.etablissement, asPlace, PLACE_LABELS) ?? context.places;
    context.attachments =
      answer('rattachement', request.rattachement, asAttachment, ATTACHMENT_LABELS) ?? context.attachments;
    if (context.unknown.has('secteur') && context.sectors === null) context.sectors = 'unknown';
    if (context.unknown.has('etablissement') && context.places === null) context.places = 'unknown';
    if (context.unknown.has('rattachement') && context.attachments === null) context.attachments = 'unknown';
    return context;
  }

  function understood(
    metiers: IndexMetier[],
    term: string | null,
    context: Context,
    typed: string | null = null,
  ): Understood {
    const unknown: Dimension[] = [];
    for (const dimension of DIMENSIONS) if (context.unknown.has(dimension)) unknown.push(dimension);
    return { metiers, term, typed, context: context.described, unknown };
  }

  function mentionsOf(text: string): MeasureMention[] {
    if (text.length < 2) return [];
    const needle = ` ${text} `;
    const mentions: MeasureMention[] = [];
    for (const { measure, covers, excludes } of measureText) {
      if (covers.includes(needle)) mentions.push({ measure, where: 'covers' });
      else if (excludes.includes(needle)) mentions.push({ measure, where: 'excludes' });
    }
    return mentions;
  }

  /**
   * The rows a profession answers with. A title shared by several professions
   * (« veilleur », « agent d'accueil », « EJE territorial ») brings, from each,
   * only the rows that list it; a title of one profession brings all its rows.
   */
  function rowsFor(slugs: readonly string[], termIndexes: readonly number[]): IndexRow[] {
    return slugs.flatMap((slug) => {
      const rows = rowsByMetier.get(slug) ?? [];
      const shared = termIndexes.filter(
        (i) => index.terms[i]!.metiers.length > 1 && index.terms[i]!.metiers.includes(slug),
      );
      if (shared.length === 0) return rows;
      const listing = rows.filter((row) => shared.some((i) => row.terms.includes(i)));
      return listing.length > 0 ? listing : rows;
    });
  }

  /**
   * The longest job title written word for word (the first one on a tie),
   * unless a longer title explains more of the words with a typo:
   * « éducatrice spécilisée » is an éducateur spécialisé, not any éducateur.
   */
  function exactSpan(parsed: ParsedQuery): TermSpan | null {
    const span = [...parsed.termSpans].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)[0];
    if (!span) return null;
    const words = span.end - span.start;
    if (parsed.professionText.split(' ').length <= words) return span;
    const best = fuzzy(parsed.professionText, 24)[0];
    const longer = best && best.score <= TYPO_OVER_EXACT && termCanonical[best.refIndex]!.split(' ').length > words;
    return longer ? null : span;
  }

  function resolve(request: SearchRequest): Resolution {
    const parsed = parse(request.query);
    const context = buildContext(parsed, request);
    const hasContext = context.described.length > 0 || context.answered.size > 0;

    let slugs: string[] = [];
    let termIndexes: number[] = [];
    let note: string | null = null;
    let typed: string | null = null;
    const pinned = (request.metiers ?? []).filter((slug) => metierBySlug.has(slug));

    if (pinned.length > 0) {
      slugs = pinned;
      const span = parsed.termSpans[0];
      if (span) {
        termIndexes = termsByCanonical.get(span.term) ?? [];
        typed = rawText(parsed.tokens.slice(span.start, span.end));
      }
    } else if (exactSpan(parsed) !== null) {
      const span = exactSpan(parsed)!;
      termIndexes = termsByCanonical.get(span.term) ?? [];
      typed = rawText(parsed.tokens.slice(span.start, span.end));
      slugs = distinct(termIndexes.flatMap((i) => index.terms[i]!.metiers));
      note = TERM_NOTES[span.term] ?? null;
      const ambiguous = AMBIGUOUS_TERMS[span.term];
      const generic =
        span.end - span.start === 1
          ? [...(metiersByFirstWord.get(span.term) ?? [])].filter((slug) => !slugs.includes(slug))
          : [];
      const choices = ambiguous
        ? distinct([...slugs, ...ambiguous.metiers])
        : generic.length >= 2
          ? distinct([...slugs, ...generic])
          : null;
      if (choices) {
        // Keep only professions that have a row in the context given.
        const options = metiersOf(choices)
          .map((metier) => ({
            metier,
            rows: (rowsByMetier.get(metier.slug) ?? []).filter((row) => fits(row, context)),
          }))
          .filter((option) => option.rows.length > 0);
        if (options.length > 1) {
          return {
            kind: 'choose_metier',
            understood: understood([], index.terms[termIndexes[0]!]?.text ?? null, context, typed),
            options: options.map((option) => ({ metier: option.metier, verdicts: verdictsOf(option.rows) })),
            note: ambiguous?.note ?? null,
          };
        }
        if (options.length === 1) slugs = [options[0]!.metier.slug];
      }
    } else if (parsed.professionText === '') {
      if (!hasContext) return { kind: 'empty' };
      // Only a workplace: which professions do we know there? (The guided path's last step.)
      const options = index.metiers
        .map((metier) => ({ metier, rows: (rowsByMetier.get(metier.slug) ?? []).filter((row) => fits(row, context)) }))
        .filter((option) => option.rows.length > 0)
        .sort((a, b) => a.metier.label.localeCompare(b.metier.label, 'fr'));
      return {
        kind: 'choose_metier',
        understood: understood([], null, context),
        options: options.map((option) => ({ metier: option.metier, verdicts: verdictsOf(option.rows) })),
        note: null,
      };
    } else {
      const results = fuzzy(parsed.professionText, 24);
      const best = results[0];
      if (!best || best.score > MATCH_THRESHOLD) {
        return {
          kind: 'not_found',
          text: request.query.trim(),
          near: nearMisses(parsed.professionText),
          mentions: mentionsOf(parsed.professionText),
        };
      }
      const bestScore = best.score;
      const bestSlugs = best.item.metiers;
      // A longer form of the best title (« moniteur-éducateur territorial » for « moniteur-éducateur ») does not compete with it.
      const bestForm = termCanonical[best.refIndex]!;
      const close = distinct(
        results
          .filter(
            (result) =>
              result.score <= bestScore + CLOSE_MARGIN && !termCanonical[result.refIndex]!.startsWith(`${bestForm} `),
          )
          .flatMap((result) => result.item.metiers),
      ).filter((slug) => !bestSlugs.includes(slug));
      termIndexes = [best.refIndex];
      typed = parsed.professionRaw;
      slugs = [...bestSlugs];
      if (close.length > 0) {
        const options = metiersOf([...bestSlugs, ...close])
          .slice(0, 6)
          .map((metier) => ({
            metier,
            rows: (rowsByMetier.get(metier.slug) ?? []).filter((row) => fits(row, context)),
          }))
          .filter((option) => option.rows.length > 0);
        if (options.length > 1) {
          return {
            kind: 'choose_metier',
            understood: understood([], null, context, typed),
            options: options.map((option) => ({ metier: option.metier, verdicts: verdictsOf(option.rows) })),
            note: null,
          };
        }
        if (options.length === 1) slugs = [options[0]!.metier.slug];
      }
    }

    const metiers = metiersOf(slugs);
    const term = termIndexes.length > 0 ? index.terms[termIndexes[0]!]!.text : null;
    const all = byContext(rowsFor(slugs, termIndexes), rowOrder);
    const fitting = all.filter((row) => fits(row, context));
    const about = understood(metiers, term, context, typed);
    if (fitting.length === 0) return { kind: 'no_row', understood: about, rows: all };

    // Within one context, the workplace description and row-specific variants pick the row.
    const rows = cells(fitting).flatMap((cell) => {
      let kept = cell;
      for (const keyword of context.keywords) {
        const named = kept.filter((row) => detailCanonical.get(row.id)!.includes(` ${keyword} `));
        if (named.length > 0 && named.length < kept.length) kept = named;
      }
      if (termIndexes.length > 0) {
        const named = kept.filter((row) => termIndexes.some((i) => row.terms.includes(i)));
        if (named.length > 0 && named.length < kept.length) kept = named;
      }
      return kept;
    });

    const verdicts = verdictsOf(rows);
    if (verdicts.length === 1) {
      const refine =
        rows.length > 1
          ? splitOn(rows, context, (subset) =>
              distinct(subset.map((row) => `${row.measures.join('+')}@${row.since ?? ''}`))
                .sort()
                .join('|'),
            )
          : null;
      return { kind: 'answer', understood: about, verdict: verdicts[0]!, mixed: false, rows, refine, note };
    }
    const question = splitOn(rows, context, (subset) => verdictsOf(subset).join('|'));
    if (question) return { kind: 'question', understood: about, question, rows };
    return { kind: 'answer', understood: about, verdict: 'selon_cas', mixed: true, rows, refine: null, note };
  }

  return { index, parse, suggest, resolve };
}
