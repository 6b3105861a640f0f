/**
 * The Data Package of one frozen version (/donnees/versions/<version>/datapackage.json):
 * like the live descriptor, one Tabular Data Resource per CSV with its Table
 * Schema, plus each file's size and SHA-256, so that a copy can be checked
 * against the published one. It holds no address of the site: a version is
 * the same file wherever it is served, and its bytes never depend on the
 * machine or the deployment that produced it.
 */
import type { Dataset } from './dataset.ts';
import { tableSchema, type TableSchema } from './table-schema.ts';

/** A frozen CSV: its dataset definition (as of that version), size and digest. */
export interface ReleaseResourceInput {
  dataset: Dataset;
  bytes: number;
  /** Lower-case hexadecimal SHA-256 of the file. */
  sha256: string;
}

export interface ReleasePackageOptions {
  /** `AAAA.M.J`. */
  version: string;
  /** Date of the version, `AAAA-MM-JJ`. */
  date: string;
  name: string;
  title: string;
  licence: { name: string; title: string; path: string };
}

export interface ReleaseResource {
  profile: 'tabular-data-resource';
  name: string;
  path: string;
  title: string;
  description: string;
  format: 'csv';
  mediatype: 'text/csv';
  encoding: 'utf-8';
  bytes: number;
  /** `sha256:<hex>`, as the Data Package specification writes a non-MD5 hash. */
  hash: string;
  dialect: {
    delimiter: ',';
    doubleQuote: true;
    quoteChar: '"';
    lineTerminator: '\n';
    header: true;
    skipInitialSpace: false;
  };
  schema: TableSchema;
}

export interface ReleasePackage {
  profile: 'tabular-data-package';
  name: string;
  title: string;
  description: string;
  version: string;
  /** Not a Data Package v1 property: the date of the version, for readers. */
  updated: string;
  created: string;
  keywords: string[];
  licenses: { name: string; title: string; path: string }[];
  contributors: { title: string; role: 'author' }[];
  resources: ReleaseResource[];
}

/** The descriptor of one version; serialise it with `releasePackageJson`. */
export function releasePackage(
  inputs: readonly ReleaseResourceInput[],
  options: ReleasePackageOptions,
): ReleasePackage {
  return {
    profile: 'tabular-data-package',
    name: options.name,
    title: `${options.title} — version ${options.version}`,
    description:
      `Version ${options.version} des jeux de données de l’observatoire des salariés et agents du social et du médico-social exclus des 183 € nets du Ségur de la santé, figée le ${options.date} et publiée à une adresse qui ne change plus. ` +
      'Chaque ligne des fichiers qui ont une colonne source_ids cite ses sources (identifiants de sources.csv) ; recherches.csv, qui dit où une recherche n’a rien trouvé, n’en cite pas. ' +
      'Cellules vides : inconnu ou sans objet. Listes : valeurs séparées par « ; » ; les clés étrangères déclarées sur ces colonnes portent sur chaque valeur de la liste. ' +
      'Dates à la précision connue : AAAA, AAAA-MM ou AAAA-MM-JJ. ' +
      'Chaque fichier porte sa taille (bytes) et son empreinte SHA-256 (hash).',
    version: options.version,
    updated: options.date,
    created: `${options.date}T00:00:00Z`,
    keywords: [
      'Ségur de la santé',
      'social',
      'médico-social',
      'rémunération',
      'complément de traitement indiciaire',
      'France',
    ],
    licenses: [{ ...options.licence }],
    contributors: [{ title: options.title, role: 'author' }],
    resources: inputs.map(({ dataset, bytes, sha256 }) => ({
      profile: 'tabular-data-resource',
      name: dataset.slug,
      path: `${dataset.slug}.csv`,
      title: dataset.title,
      description: dataset.description,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      bytes,
      hash: `sha256:${sha256}`,
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

/** The descriptor as the file holds it: two-space JSON and a final newline. */
export function releasePackageJson(descriptor: ReleasePackage): string {
  return `${JSON.stringify(descriptor, null, 2)}\n`;
}
