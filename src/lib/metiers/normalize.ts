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
  'finance',
  'financee',
  'financement',
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
    for (const folded of foldFrench(raw).split(' ')) {
      if (folded === '' || isStopWord(folded)) continue;
      // Checked again once canonical (« salariéees » → salarie), so that normalising twice changes nothing.
      const word = canonicalWord(folded, acronyms);
      if (!isStopWord(word)) tokens.push({ word, raw, piece });
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
