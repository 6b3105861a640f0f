/**
 * The text a « copier » button puts on the clipboard: a figure or a fact, who
 * said it and when, its first source with its address, the other sources by
 * name, and where on the observatory it can be checked. Plain text, so that it
 * pastes the same into an article, a mail or a spreadsheet.
 */
import { NBSP } from './format.ts';
import type { UrlOrigin } from './codes/sources.ts';

/** A source as a citation names it. */
export interface CitedSource {
  titre: string;
  editeur: string;
  /** Public address; null when only an official reference exists. */
  url: string | null;
  /** Official reference (JO, number), used when there is no address. */
  reference: string | null;
  /** How the address was obtained: a `construite` one was never opened, and the citation says so. */
  url_origine?: UrlOrigin | null;
}

export interface FigureCitationInput {
  /** The fact itself, one sentence without final full stop (« 120 800 ETP exclus … selon … »). */
  statement: string;
  /** Sources in the order the data lists them; the first is quoted in full. */
  sources: readonly CitedSource[];
  /** Where the fact stands in the first source (« article 8 »), or null. */
  locator?: string | null;
  /** Where the fact is shown on the observatory (absolute URL). */
  pageUrl: string;
  /** The observatory's name. */
  siteName: string;
}

function describeSource(source: CitedSource, withAddress: boolean): string {
  const base = `${source.titre} (${source.editeur})`;
  if (!withAddress) return base;
  if (source.url) {
    return `${base}, ${source.url}${source.url_origine === 'construite' ? ' (adresse construite d’après le modèle du site, non vérifiée)' : ''}`;
  }
  if (source.reference) return `${base}, ${source.reference}`;
  return base;
}

/**
 * « 120 800 ETP … selon X, décembre 2023. Source : Titre (Éditeur), https://…
 * Autres sources : … D’après Oubliés du Ségur — l’observatoire, https://…/#… »
 * French typography: a no-break space before « : » and « ; ».
 */
export function citationText({ statement, sources, locator = null, pageUrl, siteName }: FigureCitationInput): string {
  const parts = [`${statement.trim().replace(/\.$/, '')}.`];
  const [first, ...others] = sources;
  if (first) parts.push(`Source${NBSP}: ${describeSource(first, true)}${locator ? ` (${locator})` : ''}.`);
  if (others.length > 0) {
    parts.push(
      `Autre${others.length > 1 ? 's' : ''} source${others.length > 1 ? 's' : ''}${NBSP}: ${others.map((source) => describeSource(source, false)).join(`${NBSP}; `)}.`,
    );
  }
  parts.push(`D’après ${siteName}, ${pageUrl}`);
  return parts.join(' ');
}
