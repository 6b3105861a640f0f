/**
 * Presenter of « Licence et citation »: the French reference, the BibTeX entry
 * and the one-line citation of a dataset (or of the whole collection), each
 * naming the frozen copy of its version when `npm run release` published it.
 */
import { bibtexEntry, bibtexKey, datePhrase, frenchCitation } from '../../lib/dataset-citation.ts';
import { DATA_LICENCE, SITE_NAME, SITE_SHORT_NAME } from '../../lib/site.ts';
import { calendarVersion } from '../../lib/release/version.ts';
import { releaseByVersion } from '../../queries/releases.ts';
import { datasetOneLine } from '../citations/subjects.ts';

export interface HowToCiteInput {
  /** Dataset title, or the collection's. */
  title: string;
  /** File name when citing one dataset. */
  fileName?: string;
  /** Site path of the page being cited. */
  path: string;
  /** Date of the latest change to the data cited. */
  version: string;
}

export interface HowToCiteView {
  title: string;
  /** « données du 5 décembre 2026 ». */
  dataPhrase: string;
  citation: string;
  bibtex: string;
  /** Null when the version is not a full date (no version to name). */
  oneLine: string | null;
}

/** What « Licence et citation » shows for a dataset, a version or the collection. */
export function howToCite(input: HowToCiteInput, site: URL | string): HowToCiteView {
  const { title, fileName, path, version } = input;
  const url = new URL(path, site).href;
  const dated = /^\d{4}-\d{2}-\d{2}$/.test(version);
  // The frozen copy of this version: the file itself, or the version's page.
  const release = dated ? releaseByVersion(calendarVersion(version)) : undefined;
  const archivePath =
    release && fileName && release.files.some((file) => file.name === fileName)
      ? `${release.path}${fileName}`
      : release?.path;
  const citationInput = {
    author: SITE_NAME,
    title,
    url,
    version,
    licence: DATA_LICENCE.short,
    ...(fileName ? { fileName } : {}),
    ...(archivePath ? { archiveUrl: new URL(archivePath, site).href } : {}),
  };
  return {
    title,
    dataPhrase: datePhrase(version),
    citation: frenchCitation(citationInput),
    bibtex: bibtexEntry({
      ...citationInput,
      key: bibtexKey(SITE_SHORT_NAME, fileName?.replace(/\.csv$/, '') ?? 'donnees', version.slice(0, 4)),
    }),
    oneLine: dated ? datasetOneLine(title, archivePath ?? path, { dataDate: version, site }) : null,
  };
}
