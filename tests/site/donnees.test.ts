/**
 * The open-data corner as built (files of dist/, no browser): every download
 * parses back to exactly the validated rows; the Data Package validates and
 * matches the CSV headers; /sources/ has an anchor per source and backlinks
 * that land on rows; the dataset pages carry JSON-LD and every row without
 * JavaScript; the changelog has its Atom feed. What needs a browser (sorting,
 * filtering) is in tests/e2e/donnees.e2e.test.ts.
 */
import { isWellFormedXml } from '../xml.ts';
import { readFileSync } from 'node:fs';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import Papa from 'papaparse';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { DATASETS } from '../../src/schemas/index.ts';
import { loadRows } from '../../src/schemas/dataset.ts';
import { parseSpreadsheetCsv } from '../../src/lib/spreadsheet-csv.ts';
import { proseAsText, shortTitle, type CitedSource } from '../../src/lib/citation-markup.ts';
import { DomUtils } from 'htmlparser2';
import { builtPages, byTag, fileOfPath, readPage, textOf } from './built-site.ts';
import { publishedVersions } from '../../scripts/release.ts';
import { createHash } from 'node:crypto';

const localRows = (slug: string) =>
  loadRows(
    readFileSync(`data/${slug}.csv`, 'utf8'),
    DATASETS.find((dataset) => dataset.slug === slug)!,
  );
const decimalColumns = (slug: string): string[] =>
  Object.entries(DATASETS.find((dataset) => dataset.slug === slug)!.columns).flatMap(([name, column]) =>
    column.fieldType === 'number' ? [name] : [],
  );

/** A file of the build, as a static host serves it at `path`. */
function served(path: string): Buffer {
  const file = fileOfPath('dist', path);
  expect(file, path).not.toBeNull();
  return readFileSync(file!);
}
const servedText = (path: string): string => served(path).toString('utf8');

/** What a citation shows of a source, read from sources.csv itself. */
const sourcesById = new Map(localRows('sources').map((row) => [String(row['id']), row]));
function cited(id: string): CitedSource {
  const source = sourcesById.get(id);
  if (!source) throw new Error(`source inconnue : ${id}`);
  return { id, title: shortTitle(String(source['titre'])), publisher: String(source['editeur']) };
}

/** The rows with the citations of their text cells written out: what the readers' downloads hold. */
function readable(slug: string, rows: readonly Record<string, unknown>[]): Record<string, unknown>[] {
  const dataset = DATASETS.find((entry) => entry.slug === slug)!;
  const texts = Object.entries(dataset.columns).flatMap(([name, column]) => (column.kind === 'text' ? [name] : []));
  return rows.map((row) =>
    Object.fromEntries(
      Object.entries(row).map(([name, value]) => [
        name,
        texts.includes(name) && typeof value === 'string' ? proseAsText(value, cited) : value,
      ]),
    ),
  );
}

describe('les téléchargements publiés', () => {
  it.each(DATASETS.map((dataset) => dataset.slug))(
    '%s : CSV identique octet pour octet (renvois balisés), variante tableur et JSON relus aux lignes validées, renvois écrits en clair',
    (slug) => {
      const rows = localRows(slug);
      const dataset = DATASETS.find((entry) => entry.slug === slug)!;
      const readableRows = readable(slug, rows);

      const csv = served(`/donnees/${slug}.csv`);
      expect(csv.equals(readFileSync(`data/${slug}.csv`))).toBe(true);
      expect(loadRows(csv.toString('utf8'), dataset)).toEqual(rows);

      const spreadsheetBytes = served(`/donnees/${slug}-excel.csv`);
      expect([...spreadsheetBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const spreadsheet = spreadsheetBytes.toString('utf8');
      const plain = Papa.parse<string[]>(spreadsheet.slice(1), { delimiter: ';', skipEmptyLines: 'greedy' });
      expect(plain.errors).toEqual([]);
      expect(plain.data[0]).toEqual(Object.keys(dataset.columns));
      expect(plain.data.length - 1).toBe(rows.length);
      expect(
        loadRows(Papa.unparse(parseSpreadsheetCsv(spreadsheet, decimalColumns(slug)), { newline: '\n' }), dataset),
      ).toEqual(readableRows);
      expect(spreadsheet).not.toContain('[@');

      expect(JSON.parse(servedText(`/donnees/${slug}.json`))).toEqual(readableRows);
    },
  );
});

describe('le Data Package publié', () => {
  it('est valide (schéma JSON Tabular Data Package) et chaque ressource a pour champs l’en-tête de son CSV publié', () => {
    const url = new URL('/donnees/datapackage.json', 'http://site.invalid');
    const descriptor = JSON.parse(servedText('/donnees/datapackage.json')) as {
      resources: { name: string; path: string; schema: { fields: { name: string }[] } }[];
    };
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    ajv.addFormat('textarea', true);
    const validate = ajv.compile(
      JSON.parse(readFileSync('tests/fixtures/frictionless/tabular-data-package.json', 'utf8')) as object,
    );
    expect(validate(descriptor), JSON.stringify(validate.errors)).toBe(true);
    expect(descriptor.resources.map((resource) => resource.name)).toEqual(DATASETS.map((dataset) => dataset.slug));
    for (const resource of descriptor.resources) {
      const csv = servedText(new URL(resource.path, url).pathname);
      const header = Papa.parse<string[]>(csv, { delimiter: ',', preview: 1 }).data[0];
      expect(
        resource.schema.fields.map((field) => field.name),
        resource.name,
      ).toEqual(header);
    }
  });
});

describe('la bibliographie', () => {
  const sources = localRows('sources').map((row) => ({ id: String(row['id']), type: String(row['type']) }));
  // The pages of full records: /sources/<type>/, and /sources/<type>/<n>/ when a type is long.
  const typePages = builtPages().filter((path) => /^\/sources\/[a-z-]+\/(?:\d+\/)?$/.test(path));
  const index = readPage('/sources/');
  const recordLinks = new Map(
    byTag(index.document, 'a').flatMap((link) => {
      const match = /^(\/sources\/([a-z-]+)\/(?:\d+\/)?)#(.+)$/.exec(link.attribs['href'] ?? '');
      return match ? [[match[3]!, { page: match[1]!, type: match[2]! }] as const] : [];
    }),
  );

  it('garde sur /sources/ une ancre par source, égale à son identifiant, qui mène à sa fiche sur une page de son type', () => {
    expect(sources.filter((source) => !index.ids.includes(source.id))).toEqual([]);
    expect(sources.filter((source) => recordLinks.get(source.id)?.type !== source.type.replaceAll('_', '-'))).toEqual(
      [],
    );
  });

  it('donne à chaque source sa fiche, sous la même ancre, sur la page où mène son lien', () => {
    expect(
      sources.filter((source) => {
        const link = recordLinks.get(source.id);
        return !link || !readPage(link.page).ids.includes(source.id);
      }),
    ).toEqual([]);
  });

  it('ne donne chaque fiche qu’une fois, sur une seule page', () => {
    const records = typePages.flatMap((path) =>
      byTag(readPage(path).document, 'li')
        .filter((item) => (item.attribs['class'] ?? '').split(' ').includes('source'))
        .map((item) => item.attribs['id']),
    );
    expect(records.length).toBe(sources.length);
    expect(new Set(records).size).toBe(sources.length);
  });

  it('renvoie de chaque fiche aux lignes qui la citent, chacune ancrée dans l’aperçu de son jeu de données', () => {
    const links = typePages
      .flatMap((path) => byTag(readPage(path).document, 'a'))
      .map((link) => /^\/donnees\/([a-z]+)\/#(.+)$/.exec(link.attribs['href'] ?? ''))
      .filter((match) => match !== null)
      .map((match) => ({ page: `/donnees/${match[1]}/`, id: decodeURIComponent(match[2]!) }));
    expect(links.length).toBeGreaterThan(0);
    expect(links.filter((link) => !readPage(link.page).ids.includes(link.id))).toEqual([]);
  });
});

describe('les pages de jeux de données', () => {
  it.each(DATASETS.map((dataset) => dataset.slug))(
    '%s : balisage JSON-LD Dataset complet, dont les fichiers existent',
    (slug) => {
      const path = slug === 'changements' ? '/donnees/changements/' : `/donnees/${slug}/`;
      const blocks = byTag(readPage(path).document, 'script')
        .filter((script) => script.attribs['type'] === 'application/ld+json')
        .map((script) => JSON.parse(DomUtils.textContent(script)) as Record<string, unknown>);
      const markup = blocks.find((block) => block['@type'] === 'Dataset') as {
        name: string;
        description: string;
        license: string;
        isAccessibleForFree: boolean;
        inLanguage: string;
        dateModified: string;
        creator: { name: string };
        distribution: { encodingFormat: string; contentUrl: string }[];
        variableMeasured: { name: string }[];
      };
      expect(markup).toBeDefined();
      expect(markup.description.length).toBeGreaterThanOrEqual(50);
      expect(markup).toMatchObject({
        isAccessibleForFree: true,
        inLanguage: 'fr',
        license: expect.stringContaining('licence-ouverte'),
      });
      expect(markup.dateModified).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(markup.variableMeasured.map((variable) => variable.name)).toEqual(
        Object.keys(DATASETS.find((dataset) => dataset.slug === slug)!.columns),
      );
      expect(markup.distribution.map((file) => file.encodingFormat)).toEqual([
        'text/csv',
        'text/csv',
        'application/json',
      ]);
      // Absolute addresses use SITE_URL; the file is in dist/ at the same path.
      for (const file of markup.distribution)
        expect(fileOfPath('dist', new URL(file.contentUrl).pathname), file.contentUrl).not.toBeNull();
    },
  );

  it.each(DATASETS.filter((dataset) => dataset.slug !== 'changements').map((dataset) => dataset.slug))(
    '%s : sans JavaScript, ses pages de lignes contiennent toutes les lignes, dans l’ordre, chacune ancrée par son identifiant, et le dictionnaire toutes les colonnes',
    (slug) => {
      const page = readPage(`/donnees/${slug}/`);
      // The first page lists every page of rows in its pager (or is the only one).
      const pager = byTag(page.document, 'nav').find((nav) => (nav.attribs['class'] ?? '').includes('page-pager'));
      const pagePaths = pager ? byTag(pager, 'a').map((link) => link.attribs['href'] ?? '') : [`/donnees/${slug}/`];
      expect(pagePaths[0]).toBe(`/donnees/${slug}/`);
      const rowIds = pagePaths.flatMap((path) => {
        const table = byTag(readPage(path).document, 'data-table')[0];
        expect(table, `${path} : aperçu <data-table>`).toBeDefined();
        return byTag(byTag(table!, 'tbody')[0]!, 'tr').map((row) => row.attribs['id']);
      });
      expect(rowIds).toEqual(localRows(slug).map((row) => String(row['id'])));
      const dictionary = byTag(page.document, 'table').find((element) =>
        (element.attribs['class'] ?? '').split(' ').includes('dictionary'),
      );
      expect(byTag(byTag(dictionary!, 'tbody')[0]!, 'th').map(textOf)).toEqual(
        Object.keys(DATASETS.find((dataset) => dataset.slug === slug)!.columns),
      );
    },
  );
});

describe('le journal des modifications', () => {
  it('annonce son flux Atom dans l’en-tête, et le flux est bien formé avec une entrée par modification', () => {
    const page = readPage('/donnees/changements/');
    expect(page.html).toMatch(/<link rel="alternate" type="application\/atom\+xml" href="\/donnees\/changements\.xml"/);
    const xml = servedText('/donnees/changements.xml');
    expect(isWellFormedXml(xml)).toBe(true);
    const feed = new XMLParser({ isArray: (name) => name === 'entry' }).parse(xml) as {
      feed: { entry: { id: string }[] };
    };
    expect(feed.feed.entry.length).toBe(localRows('changements').length);
    for (const row of localRows('changements')) expect(page.ids).toContain(String(row['id']));
  });
});

describe('les versions publiées', () => {
  const versions = publishedVersions('.');
  const latest = versions.at(-1) ?? '';
  it('servent chaque fichier de releases/ octet pour octet, avec un datapackage.json aux empreintes justes', () => {
    expect(versions.length).toBeGreaterThanOrEqual(2);
    for (const version of versions) {
      const descriptor = JSON.parse(servedText(`/donnees/versions/${version}/datapackage.json`)) as {
        version: string;
        resources: { path: string; bytes: number; hash: string }[];
      };
      expect(descriptor.version).toBe(version);
      for (const resource of descriptor.resources) {
        const bytes = served(`/donnees/versions/${version}/${resource.path}`);
        expect(bytes.length, resource.path).toBe(resource.bytes);
        expect(`sha256:${createHash('sha256').update(bytes).digest('hex')}`, resource.path).toBe(resource.hash);
      }
      const zip = `oublies-du-segur-donnees-${version}.zip`;
      expect(served(`/donnees/versions/${version}/${zip}`).equals(readFileSync(`releases/${version}/${zip}`))).toBe(
        true,
      );
    }
  });

  it('sont listées sur /donnees/ (la dernière en tête) et citées par leur numéro', () => {
    const html = readPage('/donnees/').html;
    expect(html).toContain(`Dernière version : ${latest}`);
    for (const version of versions) expect(html).toContain(`href="/donnees/versions/${version}/"`);
    expect(html).toMatch(new RegExp(`Version ${latest.replaceAll('.', '\\.')} du \\d`));
  });

  it('ont un CITATION.cff servi à la racine, à la version courante', () => {
    const cff = servedText('/CITATION.cff');
    expect(cff).toContain(`\nversion: "${latest}"\n`);
    expect(cff).toMatch(/^url: "https?:\/\/.+\/donnees\/"$/m);
    expect(cff).toMatch(/^ {4}email: ".+@.+"$/m);
  });
});
