/**
 * French normaliser for job titles, built on foldFrench (accents, case, œ/æ,
 * hyphens, apostrophes, inclusive suffixes). On top of it, every word is
 * brought to one canonical form so that what people type meets what the data
 * says: elisions and small words dropped (« agent d’entretien » → agent
 * entretien), plural to singular, feminine to masculine (« aide-soignantes »,
 * « éducatrice spécialisée », « maîtresse de maison » → aide soignant,
 * educateur specialise, maitre maison). Acronyms (AES, DEAES, ASS…) are left
 * untouched. The same function canonicalises the index at build time and the
 * query in the browser. The small words and the plural and feminine rules are
 * those every search of the site shares (src/lib/french-words.ts); the words
 * of « je suis … » and of the question are this search's own.
 */
import { foldFrench } from '../fold.ts';
import { FUNCTION_WORDS, canonicalFrenchWord } from '../french-words.ts';

/**
 * Acronyms the search knows, folded. They escape the plural and feminine
 * rules (DEAES must not lose its S). The index adds the all-capital variants
 * of data/metiers.csv at build time.
 */
export const KNOWN_ACRONYMS: ReadonlySet<string> = new Set([
  // Professions (the list and the data's variants).
  'aes',
  'amp',
  'as',
  'ash',
  'ashq',
  'ass',
  'asi',
  'asd',
  'asg',
  'deas',
  'deaes',
  'me',
  'es',
  'cesf',
  'ide',
  'ibode',
  'iade',
  'tisf',
  'eje',
  'ap',
  'op',
  'ph',
  'dh',
  'd3s',
  'ama',
  'aah',
  'tsh',
  'ets',
  'eti',
  'cip',
  'mjpm',
  'snq',
  'medec',
  'avs',
  'ase',
  'etsup',
  // Workplaces and employers.
  'ehpad',
  'ime',
  'mas',
  'fam',
  'eam',
  'esat',
  'sessad',
  'savs',
  'samsah',
  'itep',
  'mecs',
  'aemo',
  'pmi',
  'chrs',
  'chu',
  'cada',
  'huda',
  'siao',
  'fjt',
  'ssiad',
  'saad',
  'spasad',
  'pjj',
  'aci',
  'iae',
  'eaje',
  'ccas',
  'cias',
  'fph',
  'fpt',
  'fpe',
  'ch',
  'chr',
  'chru',
  'espic',
  'bass',
  'admr',
  'una',
  'lhss',
  'lam',
  'act',
  'csapa',
  'caarud',
  'esms',
  'aphp',
  'usld',
  'fehap',
]);

/**
 * Small words that carry no meaning for the search (after folding): the
 * function words every search of the site shares (src/lib/french-words.ts),
 * and those of « je suis … », « je travaille comme … » and of the question itself.
 */
const STOP_WORDS: ReadonlySet<string> = new Set([
  ...FUNCTION_WORDS,
  // The verbs of « je suis … », « je travaille comme … ».
  'est',
  'sont',
  'suis',
  'sommes',
  'etre',
  'ete',
  'ai',
  'avons',
  'avez',
  'ont',
  'travaille',
  'travaillons',
  'travailler',
  'travaillant',
  'bosse',
  'exerce',
  'exercant',
  'comme',
  'tant',
  'actuellement',
  'employe',
  'employee',
  'embauche',
  'embauchee',
  'salarie',
  'salariee',
  'poste',
  'metier',
  'job',
  'emploi',
  'profession',
  // The question itself.
  'touche',
  'toucher',
  'touchent',
  'percois',
  'percoit',
  'percevoir',
  'recois',
  'recoit',
  'recevoir',
  'droit',
  'prime',
  'segur',
  '183',
  'euro',
  'euros',
  'eur',
  'net',
  'concerne',
  'concernee',
  'concernes',
  'pourquoi',
  'combien',
  'quand',
  'oui',
  'but',
  'secteur',
  'type',
  'bonjour',
  'svp',
]);

/** Joins dotted acronyms (« A.E.S. » → « AES ») before folding, which would read them as inclusive suffixes. */
function joinDottedAcronyms(text: string): string {
  return text.replace(/(?<!\p{L})((?:\p{L}\.){2,}\p{L}?)\.?(?!\p{L})/gu, (match) => match.replace(/\./g, ''));
}

/**
 * One folded word to its canonical form: plural to singular, feminine to
 * masculine. Acronyms and numbers are kept as they are.
 */
export function canonicalWord(word: string, acronyms: ReadonlySet<string> = KNOWN_ACRONYMS): string {
  if (acronyms.has(word) || KNOWN_ACRONYMS.has(word)) return word;
  return canonicalFrenchWord(word);
}

/**
 * True for a piece written in capitals that is a known acronym (« EN » for Éducation nationale): kept even
 * when its lower-case form is a small word (« en »).
 */
function isCapitalAcronym(raw: string, acronyms: ReadonlySet<string>): boolean {
  const letters = raw.replace(/[^\p{L}\d]/gu, '');
  return letters.length >= 2 && /^[\p{Lu}\d]+$/u.test(letters) && acronyms.has(foldFrench(letters));
}

function isAcronym(folded: string, acronyms: ReadonlySet<string>): boolean {
  return acronyms.has(folded) || KNOWN_ACRONYMS.has(folded);
}

/** True for a word the search ignores (« de », « je », « suis », « travaille »…). */
export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word) || word.length === 1;
}

/** A folded, canonical word with the piece of the original text it came from. */
export interface Token {
  /** Canonical form (see canonicalWord). */
  word: string;
  /** The whitespace-separated piece of the original text that holds it. */
  raw: string;
  /** Index of that piece in the original text, to rebuild what the person typed. */
  piece: number;
}

/**
 * Splits a text into canonical tokens, dropping small words, and keeps for
 * each token the original piece it came from.
 */
export function tokenize(text: string, acronyms: ReadonlySet<string> = KNOWN_ACRONYMS): Token[] {
  const tokens: Token[] = [];
  const pieces = joinDottedAcronyms(text)
    .split(/\s+/)
    .filter((piece) => piece !== '');
  pieces.forEach((raw, piece) => {
    const capital = isCapitalAcronym(raw, acronyms);
    for (const folded of foldFrench(raw).split(' ')) {
      // Only the acronym itself escapes the small-word rule, not the letters folding cut from it (« E·S », « A/S »).
      const acronym = capital && isAcronym(folded, acronyms);
      if (folded === '' || (isStopWord(folded) && !acronym)) continue;
      // Checked again once canonical (« salariéees » → salarie), so that normalising twice changes nothing.
      const word = canonicalWord(folded, acronyms);
      if (acronym || !isStopWord(word)) tokens.push({ word, raw, piece });
    }
  });
  return tokens;
}

/**
 * A job title, variant or query in canonical form: « Aide-soignant(e)s » →
 * « aide soignant », « l’éducatrice de jeunes enfants » → « educateur jeune
 * enfant », « A.E.S. » → « aes ».
 */
export function normalizeProfession(text: string, acronyms: ReadonlySet<string> = KNOWN_ACRONYMS): string {
  return tokenize(text, acronyms)
    .map((token) => token.word)
    .join(' ');
}

/** Words that carry the grammar of a query, not its meaning: never « unknown ». */
const GRAMMAR_WORDS: ReadonlySet<string> = new Set([
  'fait',
  'fais',
  'faisant',
  'fonction',
  'gere',
  'geree',
  'gerant',
  'aussi',
  'encore',
  'plus',
  'pas',
  'non',
  'hors',
  'sans',
  'ni',
  'tres',
  'depuis',
  'an',
  'mois',
  'annee',
  'etablissement',
  'structure',
  'service',
  'centre',
  'lieu',
  'travail',
  'contrat',
  'temps',
  'plein',
  'partiel',
  'mi',
  'mais',
]);

/** True for a word that only carries grammar (negation, « fait fonction », « établissement »…). */
export function isGrammarWord(word: string): boolean {
  return GRAMMAR_WORDS.has(word);
}

/** One word of a query, with where it came from. */
export interface ScannedWord {
  /** Folded form (accents, case, apostrophes removed). */
  folded: string;
  /** Canonical form (canonicalWord), or the folded form for a small word. */
  canon: string;
  /** A small word the search ignores (« de », « je », « suis »…). */
  stop: boolean;
  /** Punctuation-delimited clause it belongs to: a comma or a full stop ends a negation. */
  clause: number;
  /** The whitespace-separated piece of the original text that holds it. */
  raw: string;
}

/**
 * Every word of a text, small words included, each with its canonical form
 * and its clause (commas, semicolons, full stops, parentheses separate
 * clauses). The reading of negations needs the small words; the matching of
 * titles and places uses the others.
 */
export function scan(text: string, acronyms: ReadonlySet<string> = KNOWN_ACRONYMS): ScannedWord[] {
  const words: ScannedWord[] = [];
  const clauses = joinDottedAcronyms(text).split(/[,;.!?:()[\]]+|\s[-–—]\s/);
  clauses.forEach((clause, index) => {
    for (const raw of clause.split(/\s+/)) {
      if (raw === '') continue;
      const capital = isCapitalAcronym(raw, acronyms);
      for (const folded of foldFrench(raw).split(' ')) {
        if (folded === '') continue;
        const acronym = capital && isAcronym(folded, acronyms);
        const stop = isStopWord(folded) && !acronym;
        const canon = stop ? folded : canonicalWord(folded, acronyms);
        words.push({ folded, canon, stop: stop || (!acronym && isStopWord(canon)), clause: index, raw });
      }
    }
  });
  return words;
}
