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
