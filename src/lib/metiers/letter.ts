/**
 * The model letter to the employer, filled from the answer: the measure and
 * its legal basis (data/mesures.csv), the first month due, the amount (data/
 * montants.csv), the period claimed and its estimate when the reader has
 * computed one, and the limitation law when a letter interrupts it (data/
 * delais.csv). What only the reader knows stays a placeholder in brackets.
 * Plain text, so that the page shows, copies, prints and downloads the same words.
 */
import { formatNumber, formatPartialDate } from '../format.ts';
import { PUBLIC_SECTORS, type Sector } from '../codes/common.ts';
import { formatEurosExact, formatEurosRounded, formatQuotite } from './money-format.ts';
import type { YearMonth } from './months.ts';

/** What the letter says, all from the answer and the data. */
export interface LetterFacts {
  secteur: Sector;
  /** Name and legal basis of each measure of the answer. */
  measures: readonly { nom: string; base_juridique: string }[];
  /** First month due, or null when the data does not know it. */
  depuis: YearMonth | null;
  /** The full-time monthly amount in force and since when, or null when unknown. */
  amount: {
    gross: number | null;
    net: number | null;
    points: number | null;
    /** First month of the period the amount belongs to. */
    from: YearMonth;
    /** True when the amount is paid in proportion to the working time. */
    prorated: boolean;
  } | null;
  /** Working time, when the reader gave it (0 excluded to 1). */
  quotite: number | null;
  /** The period claimed and its estimate, once the reader has computed one. */
  claim: {
    from: YearMonth;
    to: YearMonth;
    /** First month paid, or null when never paid. */
    paidFrom: YearMonth | null;
    gross: number | null;
    net: number | null;
  } | null;
  /** The law of the limitation period, when a letter to the employer interrupts it. */
  interruptingLaw: string | null;
}

/** The letter as paragraphs (shown in the page) and as one text (copied, printed, downloaded). */
export interface Letter {
  paragraphs: string[];
  text: string;
  fileName: string;
}

/** The name a downloaded letter gets. */
export const LETTER_FILE_NAME = 'lettre-demande-de-versement.txt';

function month(value: YearMonth): string {
  return formatPartialDate(value);
}

function measuresNamed(measures: LetterFacts['measures']): string {
  const named = measures.map((measure) => `« ${measure.nom} »`);
  return named.length === 1 ? `de ${named[0]}` : `des mesures ${named.join(', ')}`;
}

function entitlementSentence(measures: LetterFacts['measures'], since: string): string {
  const described = measures.map((measure) => `« ${measure.nom} » (${measure.base_juridique})`);
  const what =
    described.length === 1 ? `à la mesure ${described[0]}` : `aux mesures suivantes : ${described.join(' ; ')}`;
  return `À ce titre, j’ai droit, depuis ${since}, ${what}.`;
}

function amountSentence(amount: NonNullable<LetterFacts['amount']>, quotite: number | null): string {
  const since = `depuis le ${formatPartialDate(`${amount.from}-01`)}`;
  const points = amount.points === null ? '' : `${formatNumber(amount.points)} points d’indice majoré, soit `;
  const value =
    amount.gross !== null
      ? `${points}${formatEurosExact(amount.gross)} brut par mois ${since}`
      : amount.net !== null
        ? `${formatEurosExact(amount.net)} net par mois ${since}`
        : null;
  if (value === null) return '';
  const share =
    quotite !== null && quotite < 1 && amount.prorated
      ? `, à verser à proportion de ma quotité de travail (${formatQuotite(quotite)})`
      : '';
  return ` Pour un temps plein, le montant est de ${value}${share}.`;
}

function estimate(claim: NonNullable<LetterFacts['claim']>): string {
  if (claim.gross !== null && claim.gross > 0)
    return `, soit environ ${formatEurosRounded(claim.gross)} brut selon mon estimation`;
  if (claim.net !== null && claim.net > 0)
    return `, soit environ ${formatEurosRounded(claim.net)} net selon mon estimation`;
  return '';
}

/** Builds the letter; the same facts always give the same words. */
export function buildLetter(facts: LetterFacts): Letter {
  const isPublic = PUBLIC_SECTORS.includes(facts.secteur);
  const since = facts.depuis === null ? '[premier mois dû]' : month(facts.depuis);
  const workingTime =
    facts.quotite === null
      ? '[à temps plein, ou à … % d’un temps plein]'
      : facts.quotite < 1
        ? `à ${formatQuotite(facts.quotite)} d’un temps plein`
        : 'à temps plein';

  let request: string;
  if (facts.claim === null) {
    request = `Je vous demande de bien vouloir me verser ce montant chaque mois et de procéder au rappel des sommes qui ne m’ont pas été versées depuis ${since}.`;
  } else if (facts.claim.paidFrom === null) {
    request = `Je ne l’ai jamais perçu. Je vous demande de bien vouloir me le verser chaque mois et de procéder au rappel des sommes dues de ${month(facts.claim.from)} à ${month(facts.claim.to)}${estimate(facts.claim)}.`;
  } else {
    request = `Je ne le perçois que depuis ${month(facts.claim.paidFrom)}. Je vous demande de bien vouloir procéder au rappel des sommes dues de ${month(facts.claim.from)} à ${month(facts.claim.to)}${estimate(facts.claim)}.`;
  }

  const paragraphs = [
    '[Prénom et nom]\n[Adresse]\n[Code postal et commune]',
    `[Nom de l’employeur]\n${isPublic ? 'Direction des ressources humaines' : 'Direction ou service du personnel'}\n[Adresse de l’employeur]`,
    '[Commune], le [date]',
    'Lettre recommandée avec accusé de réception',
    `Objet : demande de versement ${measuresNamed(facts.measures)} et des sommes dues depuis ${since}`,
    'Madame, Monsieur,',
    `J’exerce, depuis le [date d’entrée], les fonctions de [emploi ou grade] au sein de votre ${isPublic ? 'établissement ou service' : 'structure'}, ${workingTime}.`,
    `${entitlementSentence(facts.measures, since)}${facts.amount ? amountSentence(facts.amount, facts.quotite) : ''}`,
    request,
  ];
  if (facts.interruptingLaw !== null)
    paragraphs.push(
      `La présente lettre vaut réclamation écrite au sens de la ${facts.interruptingLaw} : elle interrompt la prescription de ces sommes.`,
    );
  paragraphs.push(
    'Je vous remercie de me répondre par écrit et vous prie d’agréer, Madame, Monsieur, l’expression de mes salutations distinguées.',
    '[Signature]',
  );
  return { paragraphs, text: `${paragraphs.join('\n\n')}\n`, fileName: LETTER_FILE_NAME };
}
