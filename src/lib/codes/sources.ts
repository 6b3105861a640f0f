/** Codes of data/sources.csv — the kinds of document — with their French labels. */

/** Kind of document (column `type`), in the order /sources/ groups them. */
export const SOURCE_TYPES = [
  'loi',
  'decret',
  'arrete',
  'accord',
  'rapport',
  'question_parlementaire',
  'decision_justice',
  'communique',
  'article_presse',
  'enquete',
  'site_officiel',
  'debat_parlementaire',
  'amendement',
  'lettre_ouverte',
  'resolution',
  'document_syndical',
  'document_associatif',
  'autre',
] as const;
export type SourceType = (typeof SOURCE_TYPES)[number];

/** Singular label of each type, and the heading of its group on /sources/. */
export const SOURCE_TYPE_LABELS: Readonly<Record<SourceType, { singular: string; group: string }>> = {
  loi: { singular: 'Loi', group: 'Lois' },
  decret: { singular: 'Décret', group: 'Décrets' },
  arrete: { singular: 'Arrêté', group: 'Arrêtés' },
  accord: { singular: 'Accord', group: 'Accords' },
  rapport: { singular: 'Rapport', group: 'Rapports' },
  question_parlementaire: { singular: 'Question parlementaire', group: 'Questions parlementaires' },
  decision_justice: { singular: 'Décision de justice', group: 'Décisions de justice' },
  communique: { singular: 'Communiqué', group: 'Communiqués' },
  article_presse: { singular: 'Article de presse', group: 'Articles de presse' },
  enquete: { singular: 'Enquête', group: 'Enquêtes' },
  site_officiel: { singular: 'Site officiel', group: 'Sites officiels' },
  debat_parlementaire: { singular: 'Débat parlementaire', group: 'Débats parlementaires' },
  amendement: { singular: 'Amendement', group: 'Amendements' },
  lettre_ouverte: { singular: 'Lettre ouverte', group: 'Lettres ouvertes' },
  resolution: { singular: 'Résolution', group: 'Résolutions' },
  document_syndical: { singular: 'Document syndical', group: 'Documents syndicaux' },
  document_associatif: { singular: 'Document associatif', group: 'Documents associatifs' },
  autre: { singular: 'Autre', group: 'Autres documents' },
};

/**
 * How a source's address was obtained (column `url_origine`): read as is on a
 * page or in another source, built from the pattern of an official site
 * without the page being opened, or corrected in its spelling (same site as
 * the copy read).
 */
export const URL_ORIGINS = ['relevee', 'construite', 'normalisee'] as const;
export type UrlOrigin = (typeof URL_ORIGINS)[number];

/** What a reader is told beside an address that was not read as is; nothing for one that was. */
export const URL_ORIGIN_WARNINGS: Readonly<Record<UrlOrigin, string | null>> = {
  relevee: null,
  construite: 'adresse construite d’après le modèle du site officiel, page non consultée',
  normalisee: 'adresse corrigée dans son écriture (la copie lue était sur une variante du même site)',
};

/** The kinds of document whose first address must be an official one (Légifrance, Journal officiel, assemblies). */
export const OFFICIAL_TEXT_TYPES: readonly SourceType[] = ['loi', 'decret', 'arrete', 'question_parlementaire'];

/** Hosts of the official publications: Légifrance and its subdomains, the Journal officiel, the two assemblies. */
const OFFICIAL_HOSTS = new Set([
  'legifrance.gouv.fr',
  'www.legifrance.gouv.fr',
  'journal-officiel.gouv.fr',
  'www.journal-officiel.gouv.fr',
  'assemblee-nationale.fr',
  'www.assemblee-nationale.fr',
  'questions.assemblee-nationale.fr',
  'senat.fr',
  'www.senat.fr',
]);

/**
 * Whether an address is on an official host. Other subdomains of senat.fr
 * are not: one of them hosts copies of pages that are not its own.
 */
export function isOfficialAddress(url: string): boolean {
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return false;
  }
  return OFFICIAL_HOSTS.has(host) || host.endsWith('.legifrance.gouv.fr');
}
