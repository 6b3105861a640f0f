/** The shape of a frozen data version as the site publishes it (read by src/queries/releases.ts). */

/** What a file of a version is. */
export type ReleaseFileKind = 'csv' | 'datapackage' | 'licence' | 'zip';

export interface ReleaseFile {
  name: string;
  kind: ReleaseFileKind;
  /** Its address on the site. */
  path: string;
  bytes: number;
  /** Lower-case hexadecimal SHA-256. */
  sha256: string;
  /** For a CSV, the dataset title its version's datapackage.json gives. */
  title: string | null;
  mediaType: string;
}

export interface Release {
  version: string;
  /** `AAAA-MM-JJ`. */
  date: string;
  /** The version's page: /donnees/versions/<version>/. */
  path: string;
  /** CSVs in datapackage order, then LICENCE.md, datapackage.json and the zip. */
  files: ReleaseFile[];
  archive: ReleaseFile;
  datapackage: ReleaseFile;
}
