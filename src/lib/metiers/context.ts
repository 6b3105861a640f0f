/**
 * The context parser: finds in a free-text query the words that say where
 * the person works — sector (« public », « fonction publique », « associatif »,
 * « privé », « commercial »…), workplace (« hôpital », « CHU », « EHPAD »,
 * « IME », « foyer de vie », « MECS », « ESAT », « CHRS », « SSIAD »,
 * « crèche », « PJJ »…) and, for a public social or médico-social
 * establishment, whether it is attached to a hospital or autonomous — and
 * leaves the rest for the job-title search.
 *
 * Words inside a job title (« agent des services *hospitaliers* », « aide à
 * *domicile* », « éducateur *PJJ* ») still count, but only when nothing
 * outside a job title says otherwise.
 */
import { PUBLIC_SECTORS, type Sector } from '../codes/common.ts';
import { type Attachment, type Place } from '../codes/metiers.ts';
import { KNOWN_ACRONYMS, tokenize, type Token } from './normalize.ts';

/** One family of words with what they mean. */
export interface LexiconEntry {
  /** What people write (case and accents do not matter). */
  phrases: readonly string[];
  /** What the site understood, in a few words (« EHPAD », « associatif »). */
  label: string;
  /** Sectors these words imply. */
  sectors?: readonly Sector[];
  /** Workplace codes these words imply. */
  places?: readonly Place[];
  /** Attached or autonomous, for a public social or médico-social establishment. */
  attachment?: Attachment;
  /**
   * Also look for the words in the rows' workplace description, to tell
   * apart rows of one context (« foyer de vie » vs « MAS ou FAM »).
   */
  keyword?: boolean;
}

const PUBLIC: readonly Sector[] = PUBLIC_SECTORS;
const PRIVATE: readonly Sector[] = ['prive_non_lucratif', 'prive_lucratif'];

/** Every context word the parser knows, by meaning. */
export const LEXICON: readonly LexiconEntry[] = [
  // Sectors.
  {
    label: 'public',
    sectors: PUBLIC,
    phrases: [
      'public',
      'publique',
      'fonction publique',
      'fonctionnaire',
      'agent public',
      'secteur public',
      'établissement public',
      'titulaire de la fonction publique',
    ],
  },
  {
    label: 'fonction publique hospitalière',
    sectors: ['fph'],
    phrases: [
      'hospitalier',
      'hospitalière',
      'hospitaliers',
      'fonction publique hospitalière',
      'FPH',
      'public hospitalier',
    ],
  },
  {
    label: 'hôpital public',
    sectors: ['fph'],
    places: ['hopital'],
    keyword: true,
    phrases: [
      'hôpital public',
      'centre hospitalier',
      'CH',
      'CHU',
      'CHR',
      'CHRU',
      'centre hospitalier universitaire',
      'AP-HP',
      'APHP',
      'assistance publique',
    ],
  },
  {
    label: 'fonction publique territoriale',
    sectors: ['fpt'],
    phrases: [
      'territorial',
      'territoriale',
      'fonction publique territoriale',
      'FPT',
      'collectivité',
      'collectivité territoriale',
      'commune',
      'mairie',
      'municipal',
      'municipale',
      'intercommunal',
      'intercommunale',
      'métropole',
      'conseil départemental',
      'conseil général',
    ],
  },
  {
    label: 'CCAS ou CIAS',
    sectors: ['fpt'],
    keyword: true,
    phrases: ['CCAS', 'CIAS', 'centre communal d’action sociale', 'centre intercommunal d’action sociale'],
  },
  { label: 'département', keyword: true, phrases: ['département', 'départemental', 'départementale'] },
  { label: 'Assurance maladie', keyword: true, phrases: ['Assurance maladie', 'ARS', 'CPAM'] },
  {
    label: 'fonction publique de l’État',
    sectors: ['fpe'],
    phrases: ['État', 'fonction publique de l’État', 'FPE', 'ministère', 'ministère de la Justice'],
  },
  {
    label: 'Éducation nationale',
    sectors: ['fpe'],
    places: ['autre'],
    keyword: true,
    phrases: ['Éducation nationale', 'scolaire', 'collège', 'lycée', 'rectorat', 'établissement scolaire'],
  },
  {
    label: 'associatif',
    sectors: ['prive_non_lucratif'],
    phrases: [
      'associatif',
      'associative',
      'association',
      'asso',
      'privé non lucratif',
      'non lucratif',
      'non marchand',
      'secteur associatif',
      'fondation',
      'mutualiste',
      'mutuelle',
    ],
  },
  {
    label: 'établissement de santé associatif (ESPIC)',
    sectors: ['prive_non_lucratif'],
    places: ['hopital'],
    keyword: true,
    phrases: ['ESPIC'],
  },
  {
    label: 'FEHAP (convention 51)',
    sectors: ['prive_non_lucratif'],
    keyword: true,
    phrases: ['FEHAP', 'CCN 51', 'CCN51', 'convention 51', 'convention collective 51'],
  },
  {
    label: 'convention 66',
    sectors: ['prive_non_lucratif'],
    keyword: true,
    phrases: ['Nexem', 'CCN 66', 'CCN66', 'convention 66', 'convention collective 66'],
  },
  {
    label: 'Croix-Rouge française',
    sectors: ['prive_non_lucratif'],
    keyword: true,
    phrases: ['Croix-Rouge', 'Croix-Rouge française'],
  },
  {
    label: 'branche associative BASS',
    sectors: ['prive_non_lucratif'],
    keyword: true,
    phrases: ['BASS', 'branche associative sanitaire sociale et médico-sociale'],
  },
  {
    label: 'aide à domicile associative (ADMR, UNA…)',
    sectors: ['prive_non_lucratif'],
    places: ['domicile'],
    keyword: true,
    phrases: ['ADMR', 'UNA', 'Adédom', 'branche de l’aide à domicile', 'BAD'],
  },
  { label: 'privé', sectors: PRIVATE, phrases: ['privé', 'privée', 'secteur privé'] },
  {
    label: 'privé commercial',
    sectors: ['prive_lucratif'],
    phrases: [
      'commercial',
      'commerciale',
      'privé commercial',
      'lucratif',
      'privé lucratif',
      'à but lucratif',
      'groupe privé',
      'entreprise',
    ],
  },
  { label: 'clinique', sectors: PRIVATE, places: ['hopital'], keyword: true, phrases: ['clinique', 'clinique privée'] },
  // Workplaces.
  {
    label: 'hôpital',
    places: ['hopital'],
    phrases: ['hôpital', 'hopitaux', 'hosto', 'établissement de santé', 'maternité', 'urgences'],
  },
  {
    label: 'EHPAD',
    places: ['ehpad'],
    keyword: true,
    phrases: ['EHPAD', 'maison de retraite', 'maison de retraite médicalisée'],
  },
  { label: 'IME', places: ['esms_handicap'], keyword: true, phrases: ['IME', 'IMPro', 'institut médico-éducatif'] },
  { label: 'MAS', places: ['esms_handicap'], keyword: true, phrases: ['MAS', 'maison d’accueil spécialisée'] },
  {
    label: 'FAM',
    places: ['esms_handicap'],
    keyword: true,
    phrases: ['FAM', 'EAM', 'foyer d’accueil médicalisé', 'établissement d’accueil médicalisé'],
  },
  { label: 'foyer de vie', places: ['esms_handicap'], keyword: true, phrases: ['foyer de vie', 'foyer occupationnel'] },
  { label: 'foyer d’hébergement', places: ['esms_handicap'], keyword: true, phrases: ['foyer d’hébergement'] },
  {
    label: 'ESAT',
    places: ['esms_handicap'],
    keyword: true,
    phrases: ['ESAT', 'CAT', 'établissement et service d’aide par le travail'],
  },
  {
    label: 'SESSAD',
    places: ['esms_handicap'],
    keyword: true,
    phrases: ['SESSAD', 'SAVS', 'SAMSAH', 'ITEP', 'DITEP', 'IEM'],
  },
  {
    label: 'handicap',
    places: ['esms_handicap'],
    phrases: ['handicap', 'handicapés', 'personnes handicapées', 'polyhandicap'],
  },
  { label: 'foyer', keyword: true, phrases: ['foyer'] },
  {
    label: 'établissement social ou médico-social',
    keyword: true,
    phrases: ['ESMS', 'médico-social', 'social et médico-social', 'établissement médico-social'],
  },
  {
    label: 'MECS',
    places: ['protection_enfance'],
    keyword: true,
    phrases: ['MECS', 'maison d’enfants', 'maison d’enfants à caractère social'],
  },
  {
    label: 'foyer de l’enfance',
    places: ['protection_enfance'],
    keyword: true,
    phrases: ['foyer de l’enfance', 'foyer départemental de l’enfance'],
  },
  {
    label: 'aide sociale à l’enfance',
    places: ['protection_enfance'],
    keyword: true,
    phrases: ['ASE', 'aide sociale à l’enfance'],
  },
  { label: 'AEMO', places: ['protection_enfance'], keyword: true, phrases: ['AEMO', 'AED', 'milieu ouvert'] },
  {
    label: 'protection de l’enfance',
    places: ['protection_enfance'],
    phrases: ['protection de l’enfance', 'placement familial', 'pouponnière', 'village d’enfants', 'enfance'],
  },
  {
    label: 'PMI',
    sectors: ['fpt'],
    places: ['protection_enfance'],
    keyword: true,
    phrases: ['PMI', 'protection maternelle et infantile'],
  },
  {
    label: 'CHRS',
    places: ['hebergement_insertion'],
    keyword: true,
    phrases: ['CHRS', 'centre d’hébergement et de réinsertion sociale'],
  },
  { label: '115-SIAO', places: ['hebergement_insertion'], keyword: true, phrases: ['SIAO', '115', 'samu social'] },
  { label: 'accueil de jour', places: ['hebergement_insertion'], keyword: true, phrases: ['accueil de jour'] },
  {
    label: 'hébergement',
    places: ['hebergement_insertion'],
    phrases: [
      'hébergement',
      'centre d’hébergement',
      'hébergement d’urgence',
      'centre d’hébergement d’urgence',
      'CADA',
      'HUDA',
      'pension de famille',
      'maison relais',
      'résidence sociale',
      'FJT',
      'foyer de jeunes travailleurs',
      'maraude',
      'insertion sociale',
    ],
  },
  {
    label: 'domicile',
    places: ['domicile'],
    phrases: ['domicile', 'SAAD', 'SAD', 'SPASAD', 'service d’aide à domicile', 'services à la personne'],
  },
  { label: 'SSIAD', places: ['domicile'], keyword: true, phrases: ['SSIAD', 'service de soins infirmiers à domicile'] },
  { label: 'PJJ', places: ['pjj'], phrases: ['PJJ', 'protection judiciaire de la jeunesse', 'EPEI', 'STEMO', 'UEHC'] },
  {
    label: 'insertion par l’activité économique',
    places: ['insertion_activite'],
    phrases: [
      'chantier d’insertion',
      'atelier chantier d’insertion',
      'atelier d’insertion',
      'ACI',
      'IAE',
      'insertion par l’activité économique',
      'entreprise d’insertion',
    ],
  },
  {
    label: 'crèche',
    places: ['petite_enfance'],
    keyword: true,
    phrases: [
      'crèche',
      'micro-crèche',
      'EAJE',
      'multi-accueil',
      'halte-garderie',
      'petite enfance',
      'établissement d’accueil du jeune enfant',
    ],
  },
  {
    label: 'association tutélaire',
    sectors: ['prive_non_lucratif'],
    places: ['autre'],
    phrases: ['association tutélaire', 'service mandataire', 'tutelle', 'curatelle', 'service tutélaire'],
  },
  {
    label: 'addictologie et soins aux personnes précaires',
    places: ['autre'],
    keyword: true,
    phrases: [
      'CSAPA',
      'CAARUD',
      'LHSS',
      'LAM',
      'ACT',
      'addictologie',
      'lits halte soins santé',
      'appartement de coordination thérapeutique',
    ],
  },
  // Attachment of a public social or médico-social establishment (which is public by definition).
  {
    label: 'rattaché',
    sectors: PUBLIC,
    attachment: 'rattache',
    phrases: [
      'rattaché',
      'rattachée',
      'rattaché à un hôpital',
      'rattaché à l’hôpital',
      'rattaché à un centre hospitalier',
      'géré par un hôpital',
      'géré par l’hôpital',
      'dépend d’un hôpital',
      'dépendant d’un hôpital',
      'adossé à un hôpital',
    ],
  },
  {
    label: 'autonome',
    sectors: PUBLIC,
    attachment: 'autonome',
    phrases: ['autonome', 'non rattaché', 'non rattachée', 'établissement autonome', 'indépendant'],
  },
];

/** A lexicon entry found in the query. */
export interface ContextMatch {
  /** The words as typed. */
  text: string;
  /** What was understood. */
  label: string;
  /** Token range [start, end). */
  start: number;
  end: number;
  sectors: readonly Sector[];
  places: readonly Place[];
  attachment: Attachment | null;
  /** Canonical words to look for in the rows' workplace description, or null. */
  keyword: string | null;
  /** Inside a job title: counts only when nothing outside one says otherwise. */
  weak: boolean;
}

/** What the query says about the workplace; null for « not said ». */
export interface ParsedContext {
  sectors: Sector[] | null;
  places: Place[] | null;
  attachments: Attachment[] | null;
  keywords: string[];
  matches: ContextMatch[];
}

/** A job-title term found word for word in the query. */
export interface TermSpan {
  start: number;
  end: number;
  /** Canonical form of the term. */
  term: string;
}

/** The query split into context and job title. */
export interface ParsedQuery {
  tokens: Token[];
  context: ParsedContext;
  /** Job-title terms found word for word, longest first from the left. */
  termSpans: TermSpan[];
  /** Canonical words left for the job title once context words are removed. */
  professionText: string;
  /** The context words as typed, to put back after a suggestion is chosen. */
  contextText: string;
  /** The job-title words as typed (context words removed). */
  professionRaw: string;
}

/** The canonical job-title terms the parser can recognise word for word. */
export interface TermLookup {
  has(term: string): boolean;
}

interface CanonicalEntry {
  entry: LexiconEntry;
  phrase: string;
}

const canonicalLexicon = new Map<string, CanonicalEntry>();
let longestPhrase = 1;
for (const entry of LEXICON) {
  for (const phrase of entry.phrases) {
    const canonical = tokenize(phrase)
      .map((token) => token.word)
      .join(' ');
    if (canonical === '' || canonicalLexicon.has(canonical)) continue;
    canonicalLexicon.set(canonical, { entry, phrase: canonical });
    longestPhrase = Math.max(longestPhrase, canonical.split(' ').length);
  }
}
/** Single-word phrases long enough to be recognised with one typo (« hopitale », « asociatif »). */
const typoCandidates = [...canonicalLexicon.keys()].filter(
  (phrase) => !phrase.includes(' ') && phrase.length >= 5 && !KNOWN_ACRONYMS.has(phrase),
);

/** Optimal string alignment distance, stopping early above 1 (enough for one typo). */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i < rows; i++) {
    let rowMin = Infinity;
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, d[i - 2]![j - 2]! + 1);
      d[i]![j] = value;
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > 1) return false;
  }
  return d[rows - 1]![cols - 1]! <= 1;
}

function lexiconAt(words: readonly string[], start: number): { entry: CanonicalEntry; length: number } | null {
  for (let length = Math.min(longestPhrase, words.length - start); length >= 1; length--) {
    const found = canonicalLexicon.get(words.slice(start, start + length).join(' '));
    if (found) return { entry: found, length };
  }
  return null;
}

/** Finds job-title terms word for word, longest first from the left. */
export function findTermSpans(words: readonly string[], terms: TermLookup, maxWords = 6): TermSpan[] {
  const spans: TermSpan[] = [];
  let start = 0;
  while (start < words.length) {
    let found = false;
    for (let length = Math.min(maxWords, words.length - start); length >= 1; length--) {
      const term = words.slice(start, start + length).join(' ');
      if (terms.has(term)) {
        spans.push({ start, end: start + length, term });
        start += length;
        found = true;
        break;
      }
    }
    if (!found) start += 1;
  }
  return spans;
}

/** The original pieces of some tokens, once each, in order. */
export function rawText(tokens: readonly Token[]): string {
  return [...new Map(tokens.map((token) => [token.piece, token.raw])).values()].join(' ');
}

function union<T>(lists: ReadonlyArray<readonly T[]>): T[] | null {
  const values = new Set<T>();
  for (const list of lists) for (const value of list) values.add(value);
  return values.size === 0 ? null : [...values];
}

/** The context one dimension gets: strong matches if any, else weak ones. */
function dimension<T>(matches: readonly ContextMatch[], pick: (match: ContextMatch) => readonly T[]): T[] | null {
  const strong = matches.filter((match) => !match.weak && pick(match).length > 0);
  return union((strong.length > 0 ? strong : matches).map(pick));
}

/**
 * Splits a query into what it says about the workplace and what is left for
 * the job title. `terms` tells which canonical word sequences are job titles.
 */
export function parseQuery(
  text: string,
  terms: TermLookup = { has: () => false },
  acronyms: ReadonlySet<string> = KNOWN_ACRONYMS,
): ParsedQuery {
  const tokens = tokenize(text, acronyms);
  const words = tokens.map((token) => token.word);
  let termSpans = findTermSpans(words, terms);

  const matches: ContextMatch[] = [];
  let index = 0;
  while (index < words.length) {
    const found = lexiconAt(words, index);
    let length = found?.length ?? 0;
    let canonical = found?.entry ?? null;
    if (!canonical) {
      const word = words[index]!;
      const insideTerm = termSpans.some((span) => span.start <= index && index < span.end);
      const near =
        !insideTerm && word.length >= 5 ? typoCandidates.find((phrase) => withinOneEdit(word, phrase)) : undefined;
      if (near) {
        canonical = canonicalLexicon.get(near) ?? null;
        length = 1;
      }
    }
    if (!canonical) {
      index += 1;
      continue;
    }
    const start = index;
    const end = index + length;
    const { entry, phrase } = canonical;
    const pieces = [...new Set(tokens.slice(start, end).map((token) => token.raw))];
    matches.push({
      text: pieces.join(' '),
      label: entry.label,
      start,
      end,
      sectors: entry.sectors ?? [],
      places: entry.places ?? [],
      attachment: entry.attachment ?? null,
      keyword: entry.keyword ? phrase : null,
      weak: termSpans.some((span) => span.start <= start && end <= span.end),
    });
    index = end;
  }

  // A word that is both a job title and a context word (« ASE »: assistant
  // socio-éducatif, or the aide sociale à l'enfance) is the job when it is the
  // only job title in the query, and the context when another one is there.
  for (const match of [...matches]) {
    const same = termSpans.find((span) => span.start === match.start && span.end === match.end);
    if (!same) continue;
    const others = termSpans.filter((span) => span !== same);
    if (others.length > 0) {
      match.weak = false;
      termSpans = others;
    } else {
      matches.splice(matches.indexOf(match), 1);
    }
  }

  const strongCovered = new Set<number>();
  for (const match of matches) {
    if (match.weak) continue;
    for (let i = match.start; i < match.end; i++) strongCovered.add(i);
  }
  const professionText = words.filter((_, i) => !strongCovered.has(i)).join(' ');
  const contextPieces = new Map<number, string>();
  tokens.forEach((token, i) => {
    if (strongCovered.has(i)) contextPieces.set(token.piece, token.raw);
  });
  const contextText = [...contextPieces.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([, raw]) => raw)
    .join(' ');
  const professionRaw = rawText(tokens.filter((_, i) => !strongCovered.has(i)));

  const keywords = [...new Set(matches.flatMap((match) => (match.keyword ? [match.keyword] : [])))];
  return {
    tokens,
    termSpans,
    professionText,
    contextText,
    professionRaw,
    context: {
      sectors: dimension(matches, (match) => match.sectors),
      places: dimension(matches, (match) => match.places),
      attachments: dimension(matches, (match) => (match.attachment ? [match.attachment] : [])),
      keywords,
      matches,
    },
  };
}
