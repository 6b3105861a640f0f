/**
 * The CITATION.cff served at /CITATION.cff: the repository's file (title,
 * authors, licence, and the version and date that `npm run release` keeps up
 * to date), with the addresses of this deployment — the site's data page, the
 * source repository — and who to contact, from the site's configuration.
 */

export interface CitationCffPlace {
  /** Public origin of the site. */
  siteUrl: string;
  publisher: string;
  contactEmail: string;
  repositoryUrl: string | null;
}

/** A YAML double-quoted scalar (JSON strings are valid YAML). */
function quoted(value: string): string {
  return JSON.stringify(value);
}

/**
 * The served file: the repository's notes to maintainers (comment lines)
 * left out; `url` replaced; `repository-code`, `contact` and the address of
 * the frozen copy of this version (`identifiers`) added after it.
 */
export function publishedCitationCff(repositoryFile: string, place: CitationCffPlace): string {
  const url = /^url:.*$/m;
  const version = /^version:\s*"?([^"\n]+)"?\s*$/m.exec(repositoryFile)?.[1];
  if (!url.test(repositoryFile) || !version)
    throw new Error('CITATION.cff doit avoir une ligne « url: » et une ligne « version: »');
  const lines = [
    `url: ${quoted(new URL('/donnees/', place.siteUrl).href)}`,
    ...(place.repositoryUrl ? [`repository-code: ${quoted(place.repositoryUrl)}`] : []),
    'identifiers:',
    '  - type: url',
    `    value: ${quoted(new URL(`/donnees/versions/${version}/`, place.siteUrl).href)}`,
    `    description: ${quoted(`Copie figée de la version ${version} des données`)}`,
    'contact:',
    `  - name: ${quoted(place.publisher)}`,
    `    email: ${quoted(place.contactEmail)}`,
  ];
  return repositoryFile
    .replace(/^#.*\n/gm, '')
    .replace(/^(?:repository-code|identifiers|contact):.*\n(?:\s+.*\n)*/gm, '')
    .replace(url, lines.join('\n'));
}
