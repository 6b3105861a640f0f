/**
 * The files each dataset is published as, at stable addresses under /donnees/:
 * what they are called, where they live and what they hold. Pure.
 */
import { formatNumber, NBSP } from './format.ts';

export type DownloadKind = 'csv' | 'spreadsheet' | 'json';

export interface Download {
  kind: DownloadKind;
  /** Site path (`/donnees/evenements.csv`). */
  path: string;
  /** File name, for the `download` attribute. */
  fileName: string;
  /** Media type (for JSON-LD `encodingFormat`). */
  mediaType: string;
  /** Short label (« CSV »). */
  label: string;
  /** What it is, in French. */
  description: string;
}

/** The three downloads of one dataset, in the order the pages list them. */
export function downloadsOf(slug: string): Download[] {
  return [
    {
      kind: 'csv',
      path: `/donnees/${slug}.csv`,
      fileName: `${slug}.csv`,
      mediaType: 'text/csv',
      label: 'CSV',
      description:
        'le fichier de référence : UTF-8 sans BOM, virgule, guillemets selon la RFC 4180, point décimal ; les renvois aux sources y restent balisés par l’identifiant de la source (voir « Renvois aux sources »). Pour R, Python, Frictionless.',
    },
    {
      kind: 'spreadsheet',
      path: `/donnees/${slug}-excel.csv`,
      fileName: `${slug}-excel.csv`,
      mediaType: 'text/csv',
      label: 'CSV pour tableur français',
      description:
        'les mêmes cellules en UTF-8 avec BOM, point-virgule, virgule décimale, les renvois aux sources écrits en clair (titre, éditeur). S’ouvre tel quel dans Excel ou LibreOffice réglés en français.',
    },
    {
      kind: 'json',
      path: `/donnees/${slug}.json`,
      fileName: `${slug}.json`,
      mediaType: 'application/json',
      label: 'JSON',
      description:
        'les lignes typées : nombres, booléens (true/false), listes en tableaux, null pour une cellule vide ; les renvois aux sources écrits en clair (titre, éditeur).',
    },
  ];
}

/** The data package of every dataset. */
export const DATA_PACKAGE_PATH = '/donnees/datapackage.json';

/**
 * Typed rows as a JSON array, one row per line: small, valid JSON, and easy
 * to read or diff. Keys keep the column order.
 */
export function rowsToJson(rows: readonly Record<string, unknown>[]): string {
  return rows.length === 0 ? '[]\n' : `[\n${rows.map((row) => JSON.stringify(row)).join(',\n')}\n]\n`;
}

/** Size in bytes of a UTF-8 text. */
export function byteLength(text: string): number {
  return new TextEncoder().encode(text).byteLength;
}

/** « 850 octets », « 12,4 ko », « 1,2 Mo » (1 ko = 1 000 octets), with French number formats. */
export function formatFileSize(bytes: number): string {
  if (bytes < 1000) return `${formatNumber(bytes)}${NBSP}octets`;
  if (bytes < 1_000_000) return `${formatNumber(Math.round(bytes / 100) / 10)}${NBSP}ko`;
  return `${formatNumber(Math.round(bytes / 100_000) / 10)}${NBSP}Mo`;
}
