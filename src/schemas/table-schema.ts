/**
 * Frictionless Table Schemas and the Tabular Data Package, generated from the
 * column definitions (never written by hand), so that what the validator
 * enforces and what the published descriptor announces cannot drift apart.
 *
 * Environment-neutral: no file system, no Astro; the caller passes the CSV
 * texts and the site address.
 *
 * Spec: https://specs.frictionlessdata.io/table-schema/ (v1). Two choices:
 * - `;`-lists have no type in Table Schema v1: they are declared `string`,
 *   with a pattern for the whole cell and a description saying how to split.
 * - foreign keys are declared on those list columns (source_ids → sources …):
 *   they apply to each item once the cell is split on « ; » — a convention of
 *   this package, written in each such field's description.
 */
import type { Column, FieldType } from './columns.ts';
import type { Dataset } from './dataset.ts';
import { calendarVersion } from '../lib/release/version.ts';

export interface TableSchemaField {
  name: string;
  type: FieldType;
  format?: string;
  description: string;
  example?: string;
  trueValues?: string[];
  falseValues?: string[];
  constraints: {
    required: boolean;
    unique?: boolean;
    enum?: string[];
    pattern?: string;
    minimum?: number;
  };
}

export interface ForeignKey {
  fields: string;
  /** `resource: ''` is a reference to the same resource (Table Schema's self-reference). */
  reference: { resource: string; fields: string };
}

export interface TableSchema {
  fields: TableSchemaField[];
  missingValues: string[];
  primaryKey?: string;
  foreignKeys?: ForeignKey[];
}

/**
 * Table Schema patterns follow XML Schema regular expressions, which are
 * anchored implicitly and know no `^`/`$`: drop the anchors the zod side needs.
 */
export function xsdPattern(pattern: string): string {
  return pattern.replace(/^\^/, '').replace(/\$$/, '');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The pattern a single item (of a list) or a single cell must match, if any. */
function itemPattern(column: Column<unknown>): string | null {
  if (column.values) return `(${column.values.map(escapeRegExp).join('|')})`;
  if (column.pattern) return `(${xsdPattern(column.pattern)})`;
  if (column.kind === 'textList') return '([^;]*[^;\\s][^;]*)';
  return null;
}

/** A whole `;`-list cell: items trimmed by the reader, so spaces around `;` are allowed. */
function listPattern(item: string): string {
  return `\\s*${item}\\s*(;\\s*${item}\\s*)*`;
}

function listDescription(column: Column<unknown>, target: string | null): string {
  if (target !== null) {
    const where = target === '' ? 'de ce même fichier' : `de ${target}.csv`;
    return `Liste : identifiants séparés par « ; » ; chacun est l’id d’une ligne ${where}. La clé étrangère déclarée (foreignKeys) s’applique à chaque identifiant une fois la cellule découpée au « ; » (Table Schema ne prévoit pas de clé étrangère sur une liste).`;
  }
  if (column.values) return `Liste : valeurs séparées par « ; », chacune parmi ${column.values.join(', ')}.`;
  return 'Liste : textes séparés par « ; ».';
}

/** How a text cell cites a source, said in the description of every text field. */
const PROSE_DESCRIPTION =
  'Texte libre : un renvoi à une source s’y écrit [@identifiant], où identifiant est l’id d’une ligne de sources.csv ; la variante pour tableur et le JSON écrivent ces renvois en clair, « (titre court, éditeur) ».';

/** One Table Schema field from one column. */
export function tableSchemaField(
  name: string,
  column: Column<unknown>,
  referenceTarget: string | null = null,
): TableSchemaField {
  const constraints: TableSchemaField['constraints'] = { required: column.required };
  const field: TableSchemaField = { name, type: column.fieldType, description: column.description, constraints };
  if (column.format) field.format = column.format;
  if (column.example !== undefined) field.example = column.example;
  if (name === 'id') constraints.unique = true;

  if (column.kind === 'text') field.description = `${column.description} ${PROSE_DESCRIPTION}`;
  if (column.list) {
    field.description = `${column.description} ${listDescription(column, referenceTarget)}`;
    const item = itemPattern(column);
    if (item) constraints.pattern = listPattern(item);
  } else if (column.fieldType === 'boolean') {
    // Logical values, not codes: the reader maps « oui »/« non » to true/false.
    field.trueValues = ['oui'];
    field.falseValues = ['non'];
  } else if (column.values) {
    constraints.enum = [...column.values];
  } else if (column.pattern) {
    constraints.pattern = xsdPattern(column.pattern);
  }
  // integer() and decimal() only accept digits (and a point): never negative.
  if (column.kind === 'integer' || column.kind === 'decimal') constraints.minimum = 0;
  return field;
}

/** The Table Schema of one dataset: fields in header order, `id` as primary key, references as foreign keys. */
export function tableSchema(dataset: Dataset): TableSchema {
  const targets = new Map(
    dataset.references.map((reference) => [
      reference.column,
      reference.dataset === dataset.slug ? '' : reference.dataset,
    ]),
  );
  const fields = Object.entries(dataset.columns).map(([name, column]) =>
    tableSchemaField(name, column, targets.get(name) ?? null),
  );
  const schema: TableSchema = { fields, missingValues: [''] };
  if ('id' in dataset.columns) schema.primaryKey = 'id';
  if (dataset.references.length > 0) {
    schema.foreignKeys = dataset.references.map((reference) => ({
      fields: reference.column,
      reference: { resource: reference.dataset === dataset.slug ? '' : reference.dataset, fields: 'id' },
    }));
  }
  return schema;
}

export { calendarVersion };

export interface PackageInput {
  dataset: Dataset;
  /** The published CSV text (for its size in bytes). */
  text: string;
}

export interface PackageOptions {
  /** Absolute address of the site root (`https://exemple.fr/`). */
  site: string | URL;
  /** Date of the latest change to the data (`AAAA-MM-JJ`). */
  updated: string;
  name: string;
  title: string;
  licence: { name: string; title: string; path: string };
}

/** The Tabular Data Package served at /donnees/datapackage.json: one resource per CSV. */
export function dataPackage(inputs: readonly PackageInput[], options: PackageOptions) {
  const at = (path: string): string => new URL(path, options.site).href;
  const encoder = new TextEncoder();
  return {
    profile: 'tabular-data-package',
    name: options.name,
    id: at('/donnees/datapackage.json'),
    title: options.title,
    description:
      'Jeux de données de l’observatoire des salariés et agents du social et du médico-social exclus des 183 € nets du Ségur de la santé. ' +
      'Chaque ligne des fichiers qui ont une colonne source_ids cite ses sources (identifiants de sources.csv) ; recherches.csv, qui dit où une recherche n’a rien trouvé, n’en cite pas. ' +
      'Cellules vides : inconnu ou sans objet. Listes : valeurs séparées par « ; » ; les clés étrangères déclarées sur ces colonnes portent sur chaque valeur de la liste. ' +
      'Dates à la précision connue : AAAA, AAAA-MM ou AAAA-MM-JJ.',
    homepage: at('/donnees/'),
    version: calendarVersion(options.updated),
    // Not a Data Package v1 property: the date of the latest change to the data, for readers.
    updated: options.updated,
    keywords: [
      'Ségur de la santé',
      'social',
      'médico-social',
      'rémunération',
      'complément de traitement indiciaire',
      'France',
    ],
    licenses: [{ name: options.licence.name, title: options.licence.title, path: options.licence.path }],
    contributors: [{ title: options.title, role: 'author', path: at('/') }],
    sources: [
      {
        title:
          'Documents publics recensés dans sources.csv (textes officiels, rapports, questions parlementaires, presse…)',
        path: at('/sources/'),
      },
    ],
    resources: inputs.map(({ dataset, text }) => ({
      profile: 'tabular-data-resource',
      name: dataset.slug,
      path: `${dataset.slug}.csv`,
      title: dataset.title,
      description: dataset.description,
      homepage: at(`/donnees/${dataset.slug}/`),
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      bytes: encoder.encode(text).byteLength,
      dialect: {
        delimiter: ',',
        doubleQuote: true,
        quoteChar: '"',
        lineTerminator: '\n',
        header: true,
        skipInitialSpace: false,
      },
      schema: tableSchema(dataset),
    })),
  };
}

export type DataPackage = ReturnType<typeof dataPackage>;
