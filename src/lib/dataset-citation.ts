/**
 * How to cite the data: a French reference (after ISO 690 for datasets) and a
 * BibTeX entry. Pure functions of the dataset's title, address and version
 * date, so the same inputs give the same text on every build.
 */
import { formatPartialDate } from './format.ts';
import { calendarVersion } from './release/version.ts';

export interface DatasetCitationInput {
  /** Author and publisher (the observatory). */
  author: string;
  /** Dataset title (« Chronologie »), or the collection's title. */
  title: string;
  /** File name, when citing one dataset (`evenements.csv`). */
  fileName?: string;
  /** Absolute address of the dataset page. */
  url: string;
  /** Date of the latest change to the data (`AAAA`, `AAAA-MM` or `AAAA-MM-JJ`). */
  version: string;
  /** Licence, short name (« Licence Ouverte 2.0 »). */
  licence: string;
  /** Absolute address of the frozen copy of this version (/donnees/versions/<version>/…), when it is published. */
  archiveUrl?: string;
}

/**
 * « Version 2026.12.5 du 5 décembre 2026 »: a version dated to the day has a
 * number (`AAAA.M.J`, as in CITATION.cff and /donnees/versions/); a coarser
 * date is only a date.
 */
export function versionPhrase(partialDate: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(partialDate)
    ? `Version ${calendarVersion(partialDate)} ${datePhrase(partialDate)}`
    : `Version ${datePhrase(partialDate)}`;
}

/**
 * « du 23 novembre 2026 », « de novembre 2026 », « d’avril 2026 », « de 2026 »:
 * the preposition a date takes at its precision, elided before a vowel.
 */
export function datePhrase(partialDate: string): string {
  const text = formatPartialDate(partialDate);
  if (/^\d{1,2}(er)?\s/.test(text)) return `du ${text}`;
  return /^[aeiouyàâéèêîôû]/i.test(text) ? `d’${text}` : `de ${text}`;
}

/**
 * « Oubliés du Ségur — l’observatoire. Chronologie [jeu de données]. Version
 * 2026.11.23 du 23 novembre 2026. Licence Ouverte 2.0. Disponible sur :
 * https://… Copie figée de cette version : https://…/evenements.csv ». The
 * file is named by the frozen copy's address, not in the text readers paste.
 */
export function frenchCitation(input: DatasetCitationInput): string {
  const archive = input.archiveUrl ? ` Copie figée de cette version : ${input.archiveUrl}` : '';
  return `${input.author}. ${input.title} [jeu de données]. ${versionPhrase(input.version)}. ${input.licence}. Disponible sur : ${input.url}${archive}`;
}

/** Escapes the characters BibTeX (and LaTeX behind it) would otherwise read as commands. */
export function escapeBibtex(text: string): string {
  return text.replace(/[\\{}&%$#_~^]/g, (character) => {
    switch (character) {
      case '\\':
        return '\\textbackslash{}';
      case '~':
        return '\\textasciitilde{}';
      case '^':
        return '\\textasciicircum{}';
      default:
        return `\\${character}`;
    }
  });
}

/** A citation key of ASCII letters, digits and hyphens: `oublies-du-segur-evenements-2026`. */
export function bibtexKey(...parts: string[]): string {
  return parts
    .join('-')
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * BibTeX's month macros: fixed names of the format, not month names of a
 * language (Intl would give « Sept » or « janv. » depending on the locale).
 */
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const;

/**
 * A `@misc` entry (read by BibTeX and biblatex alike; biblatex users may
 * change it to `@dataset`). UTF-8: accents are kept as they are. The author
 * is an organisation, hence the double braces (no « first name, last name »);
 * the title too, so that styles do not lower-case « Ségur ».
 */
export function bibtexEntry(input: DatasetCitationInput & { key: string }): string {
  const [year = '', month] = input.version.split('-');
  const monthName = month === undefined ? undefined : MONTHS[Number(month) - 1];
  const title = input.fileName ? `${input.title} (${input.fileName})` : input.title;
  // Values are written with their delimiters: braces, except the month, a BibTeX macro (`nov`).
  const fields: [string, string][] = [
    ['author', `{{${escapeBibtex(input.author)}}}`],
    ['title', `{{${escapeBibtex(title)}}}`],
    ['howpublished', '{Jeu de données}'],
    ['year', `{${year}}`],
    ...(monthName ? ([['month', monthName]] as [string, string][]) : []),
    ['version', `{${/^\d{4}-\d{2}-\d{2}$/.test(input.version) ? calendarVersion(input.version) : input.version}}`],
    ['url', `{${input.archiveUrl ?? input.url}}`],
    ['note', `{${escapeBibtex(`${input.licence}. ${versionPhrase(input.version)}`)}}`],
    ['language', '{french}'],
  ];
  const width = Math.max(...fields.map(([name]) => name.length));
  const body = fields.map(([name, value]) => `  ${name.padEnd(width)} = ${value}`).join(',\n');
  return `@misc{${input.key},\n${body}\n}`;
}
