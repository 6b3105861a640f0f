/**
 * The data dictionary of a dataset, generated from its column definitions:
 * what /donnees/<slug>/ shows for each column (name, type, description,
 * allowed values, example). Environment-neutral.
 */
import type { Column } from './columns.ts';
import type { Dataset } from './dataset.ts';

export interface DictionaryEntry {
  /** Column name, as in the CSV header. */
  name: string;
  /** Type in French (« date (AAAA, AAAA-MM ou AAAA-MM-JJ) », « liste de codes » …). */
  type: string;
  required: boolean;
  description: string;
  /** The closed list of codes, when there is one. */
  values: readonly string[] | null;
  /** What any valid cell looks like, in French, when there is no closed list (or on top of it, for lists). */
  rule: string | null;
  example: string | null;
  /** Whether the column is free text, where a source is cited as `[@id]`. */
  citesSources: boolean;
}

/** The type of a column, in French. */
export function columnTypeLabel(column: Column<unknown>, referenceTarget: string | null = null): string {
  switch (column.kind) {
    case 'text':
      return 'texte';
    case 'slug':
      return 'identifiant';
    case 'code':
      return 'code';
    case 'codes':
      return 'liste de codes';
    case 'references':
      return referenceTarget ? `liste d’identifiants (${referenceTarget}.csv)` : 'liste d’identifiants';
    case 'textList':
      return 'liste de textes';
    case 'partialDate':
      return 'date à précision variable';
    case 'partialPeriod':
      return 'date ou période';
    case 'integer':
      return 'nombre entier';
    case 'decimal':
      return 'nombre décimal';
    case 'yesNo':
      return 'booléen';
    case 'url':
      return 'adresse web';
    case 'pattern':
      return 'code';
  }
}

/** What a valid cell looks like, when the column has no closed list of codes. */
function ruleOf(column: Column<unknown>, referenceTarget: string | null): string | null {
  switch (column.kind) {
    case 'text':
      return null;
    case 'slug':
      return 'minuscules sans accents, chiffres et tirets';
    case 'code':
      return null;
    case 'codes':
      return 'une ou plusieurs valeurs, séparées par « ; »';
    case 'references':
      return `identifiants de ${referenceTarget ?? 'l’autre fichier'}.csv, séparés par « ; »`;
    case 'textList':
      return 'textes séparés par « ; »';
    case 'partialDate':
      return 'AAAA, AAAA-MM ou AAAA-MM-JJ, date qui existe';
    case 'partialPeriod':
      return 'une date AAAA, AAAA-MM ou AAAA-MM-JJ, ou une période début/fin (« 2023-11/2024-02 »)';
    case 'integer':
      return 'chiffres seuls, ≥ 0, sans espace ni unité';
    case 'decimal':
      return 'chiffres et « . » décimal, ≥ 0, sans espace ni unité';
    case 'yesNo':
      return null;
    case 'url':
      return 'adresse complète en http:// ou https://';
    case 'pattern':
      return column.expected.replace(/ \(ou une cellule vide\)$/, '');
  }
}

/** One entry per column, in header order. */
export function dataDictionary(dataset: Dataset): DictionaryEntry[] {
  const targets = new Map(dataset.references.map((reference) => [reference.column, reference.dataset]));
  return Object.entries(dataset.columns).map(([name, column]) => {
    const target = targets.get(name) ?? null;
    return {
      name,
      type: columnTypeLabel(column, target),
      required: column.required,
      description: column.description,
      values: column.values ?? null,
      rule: ruleOf(column, target),
      example: column.example ?? null,
      citesSources: column.kind === 'text',
    };
  });
}
