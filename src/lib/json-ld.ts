/**
 * schema.org `Dataset` markup for dataset search engines, as a JSON-LD data
 * block (`<script type="application/ld+json">`, never executed).
 * https://schema.org/Dataset · https://developers.google.com/search/docs/appearance/structured-data/dataset
 */

export interface JsonLdDistribution {
  name: string;
  /** Media type: `text/csv`, `application/json`. */
  encodingFormat: string;
  /** Absolute address of the file. */
  contentUrl: string;
}

export interface JsonLdVariable {
  name: string;
  description: string;
}

export interface DatasetJsonLdInput {
  name: string;
  description: string;
  /** Absolute address of the dataset page. */
  url: string;
  /** Licence address. */
  license: string;
  /** Date of the latest change (`AAAA`, `AAAA-MM` or `AAAA-MM-JJ`: ISO 8601 at its precision). */
  dateModified: string;
  creator: { name: string; url: string };
  keywords: readonly string[];
  catalog: { name: string; url: string };
  distribution: readonly JsonLdDistribution[];
  variables: readonly JsonLdVariable[];
}

/** The `Dataset` object. */
export function datasetJsonLd(input: DatasetJsonLdInput) {
  const creator = { '@type': 'Organization', name: input.creator.name, url: input.creator.url };
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: input.name,
    description: input.description,
    url: input.url,
    identifier: input.url,
    license: input.license,
    isAccessibleForFree: true,
    inLanguage: 'fr',
    dateModified: input.dateModified,
    creator,
    publisher: creator,
    keywords: [...input.keywords],
    includedInDataCatalog: { '@type': 'DataCatalog', name: input.catalog.name, url: input.catalog.url },
    distribution: input.distribution.map((file) => ({
      '@type': 'DataDownload',
      name: file.name,
      encodingFormat: file.encodingFormat,
      contentUrl: file.contentUrl,
    })),
    variableMeasured: input.variables.map((variable) => ({
      '@type': 'PropertyValue',
      name: variable.name,
      description: variable.description,
    })),
  };
}

export interface DataCatalogJsonLdInput {
  name: string;
  description: string;
  url: string;
  license: string;
  datasets: readonly { name: string; url: string }[];
}

/** The `DataCatalog` of the catalogue page, pointing at each dataset's page. */
export function dataCatalogJsonLd(input: DataCatalogJsonLdInput) {
  return {
    '@context': 'https://schema.org',
    '@type': 'DataCatalog',
    name: input.name,
    description: input.description,
    url: input.url,
    license: input.license,
    inLanguage: 'fr',
    dataset: input.datasets.map((dataset) => ({ '@type': 'Dataset', name: dataset.name, url: dataset.url })),
  };
}

/**
 * JSON for a `<script type="application/ld+json">` block: `<` becomes `\u003c`
 * (still the same JSON), so no cell can close the block (`</script>`) or open
 * a comment (`<!--`). U+2028/U+2029 are escaped as well, for old parsers.
 */
export function jsonForScriptBlock(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
