/**
 * The open-data corner as served: every download parses back to exactly the
 * validated rows; the Data Package validates and matches the CSV headers;
 * /sources/ has an anchor per source and backlinks that land on rows; the
 * dataset pages carry JSON-LD, unique ids and a table that sorts and filters;
 * the changelog has its Atom feed; axe finds nothing, before and after use.
 */
import { isWellFormedXml } from '../xml.ts';
import { readFileSync } from 'node:fs';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import Papa from 'papaparse';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { DATASETS } from '../../src/schemas/index.ts';
import { loadRows } from '../../src/schemas/dataset.ts';
import { parseSpreadsheetCsv } from '../../src/lib/spreadsheet-csv.ts';
import { axeViolations, launchBrowser, openPage, siteUrl } from './browser.ts';
import { publishedVersions } from '../../scripts/release.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const localRows = (slug: string) =>
  loadRows(
    readFileSync(`data/${slug}.csv`, 'utf8'),
    DATASETS.find((dataset) => dataset.slug === slug)!,
  );
const decimalColumns = (slug: string): string[] =>
  Object.entries(DATASETS.find((dataset) => dataset.slug === slug)!.columns).flatMap(([name, column]) =>
    column.fieldType === 'number' ? [name] : [],
  );

async function fetchOk(path: string): Promise<Response> {
  const response = await fetch(siteUrl(path));
  expect(response.status, path).toBe(200);
  return response;
}

/** Every id attribute of an HTML text. */
function idsOf(html: string): string[] {
  return [...html.matchAll(/\sid="([^"]*)"/g)].map((match) => match[1] ?? '');
}

describe('les téléchargements publiés', () => {
  it.each(DATASETS.map((dataset) => dataset.slug))(
    '%s : CSV identique octet pour octet, variante tableur et JSON relus aux lignes validées',
    async (slug) => {
      const rows = localRows(slug);
      const dataset = DATASETS.find((entry) => entry.slug === slug)!;

      const csv = Buffer.from(await (await fetchOk(`/donnees/${slug}.csv`)).arrayBuffer());
      expect(csv.equals(readFileSync(`data/${slug}.csv`))).toBe(true);
      expect(loadRows(csv.toString('utf8'), dataset)).toEqual(rows);

      const spreadsheetBytes = Buffer.from(await (await fetchOk(`/donnees/${slug}-excel.csv`)).arrayBuffer());
      expect([...spreadsheetBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const spreadsheet = spreadsheetBytes.toString('utf8');
      const plain = Papa.parse<string[]>(spreadsheet.slice(1), { delimiter: ';', skipEmptyLines: 'greedy' });
      expect(plain.errors).toEqual([]);
      expect(plain.data[0]).toEqual(Object.keys(dataset.columns));
      expect(plain.data.length - 1).toBe(rows.length);
      expect(
        loadRows(Papa.unparse(parseSpreadsheetCsv(spreadsheet, decimalColumns(slug)), { newline: '\n' }), dataset),
      ).toEqual(rows);

      expect(await (await fetchOk(`/donnees/${slug}.json`)).json()).toEqual(rows);
    },
  );
});

describe('le Data Package publié', () => {
  it('est valide (schéma JSON Tabular Data Package) et chaque ressource a pour champs l’en-tête de son CSV publié', async () => {
    const url = siteUrl('/donnees/datapackage.json');
    const descriptor = (await (await fetchOk('/donnees/datapackage.json')).json()) as {
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
      const response = await fetch(new URL(resource.path, url));
      expect(response.status, resource.path).toBe(200);
      const header = Papa.parse<string[]>(await response.text(), { delimiter: ',', preview: 1 }).data[0];
      expect(
        resource.schema.fields.map((field) => field.name),
        resource.name,
      ).toEqual(header);
    }
  });
});

describe('la page /sources/', () => {
  it('a une ancre par source, égale à son identifiant', async () => {
    const html = await (await fetchOk('/sources/')).text();
    const ids = new Set(idsOf(html));
    const sourceIds = localRows('sources').map((row) => String(row['id']));
    expect(sourceIds.filter((id) => !ids.has(id))).toEqual([]);
    expect(idsOf(html).length).toBe(ids.size);
  });

  it('chaque rétrolien mène à une ligne qui existe dans l’aperçu de son jeu de données', async () => {
    const html = await (await fetchOk('/sources/')).text();
    const links = [...html.matchAll(/href="(\/donnees\/([a-z]+)\/#([^"]+))"/g)].map((match) => ({
      page: `/donnees/${match[2]}/`,
      id: match[3] ?? '',
    }));
    expect(links.length).toBeGreaterThan(100);
    const idsByPage = new Map<string, Set<string>>();
    for (const page of new Set(links.map((link) => link.page))) {
      idsByPage.set(page, new Set(idsOf(await (await fetchOk(page)).text())));
    }
    expect(links.filter((link) => !idsByPage.get(link.page)?.has(link.id))).toEqual([]);
  });

  it('se filtre au clavier, annonce le compte et reste sans violation axe', async () => {
    const watched = await openPage(browser);
    try {
      const { page } = watched;
      await page.goto(siteUrl('/sources/'), { waitUntil: 'networkidle' });
      const total = await page.locator('[data-filter-item]').count();
      await page.getByLabel(/Filtrer les sources/).fill('question ecrite 1917');
      const visible = page.locator('[data-filter-item]:visible');
      await expect.poll(() => visible.count()).toBeLessThan(total);
      expect(await visible.count()).toBeGreaterThan(0);
      expect(await page.locator('#an-qe-1917-liso-2022').isVisible()).toBe(true);
      await expect.poll(() => page.locator('.list-filter-count').innerText()).toMatch(/sur 304 sources|sur \d/);
      expect(await axeViolations(page)).toEqual([]);
      expect(watched.consoleErrors).toEqual([]);
    } finally {
      await watched.close();
    }
  });
});

describe('les pages de jeux de données', () => {
  const pages = [
    ...DATASETS.filter((dataset) => dataset.slug !== 'changements').map((dataset) => `/donnees/${dataset.slug}/`),
    '/donnees/changements/',
    '/donnees/',
    '/sources/',
  ];

  it.each(pages)('%s : aucun identifiant en double', async (path) => {
    const ids = idsOf(await (await fetchOk(path)).text());
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });

  it.each(DATASETS.map((dataset) => dataset.slug))(
    '%s : balisage JSON-LD Dataset complet, dont les fichiers existent',
    async (slug) => {
      const path = slug === 'changements' ? '/donnees/changements/' : `/donnees/${slug}/`;
      const html = await (await fetchOk(path)).text();
      const blocks = [...html.matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g)].map(
        (match) => JSON.parse(match[1] ?? 'null') as Record<string, unknown>,
      );
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
      for (const file of markup.distribution) {
        // Absolute addresses use SITE_URL; the served copy answers at the same path.
        expect((await fetch(siteUrl(new URL(file.contentUrl).pathname))).status, file.contentUrl).toBe(200);
      }
    },
  );

  it('sans JavaScript, l’aperçu contient toutes les lignes, chacune ancrée par son identifiant', async () => {
    const watched = await openPage(browser, { javaScriptEnabled: false });
    try {
      await watched.page.goto(siteUrl('/donnees/evenements/'));
      const ids = await watched.page.locator('data-table tbody tr').evaluateAll((rows) => rows.map((row) => row.id));
      expect(ids).toEqual(localRows('evenements').map((row) => String(row['id'])));
      const columns = Object.keys(DATASETS.find((dataset) => dataset.slug === 'evenements')!.columns);
      expect(await watched.page.locator('table.dictionary tbody th').allInnerTexts()).toEqual(columns);
    } finally {
      await watched.close();
    }
  });

  it('avec JavaScript, l’aperçu se trie par colonne et se filtre, et reste sans violation axe', async () => {
    const watched = await openPage(browser);
    try {
      const { page } = watched;
      await page.goto(siteUrl('/donnees/chiffres/'), { waitUntil: 'networkidle' });
      const header = page.locator('data-table thead th').filter({ hasText: /^valeur/ });
      await header.getByRole('button').click();
      await expect.poll(() => header.getAttribute('aria-sort')).toBe('ascending');
      const values = async (): Promise<number[]> =>
        (
          await page
            .locator('data-table tbody tr:visible td:nth-child(4)')
            .evaluateAll((cells) => cells.map((cell) => (cell as HTMLElement).dataset['sortValue'] ?? ''))
        ).map(Number);
      const ascending = await values();
      expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
      await header.getByRole('button').click();
      await expect.poll(() => header.getAttribute('aria-sort')).toBe('descending');
      const descending = await values();
      expect(descending).toEqual([...descending].sort((a, b) => b - a));

      const total = localRows('chiffres').length;
      await page.getByLabel(/Filtrer les lignes/).fill('enquete');
      await expect.poll(() => page.locator('data-table tbody tr:visible').count()).toBeLessThan(total);
      const shownTexts = await page
        .locator('data-table tbody tr:visible')
        .evaluateAll((rows) => rows.map((row) => row.textContent ?? ''));
      expect(shownTexts.length).toBeGreaterThan(0);
      expect(
        shownTexts.every((text) =>
          text
            .normalize('NFD')
            .replace(/\p{Mn}/gu, '')
            .toLowerCase()
            .includes('enquete'),
        ),
      ).toBe(true);
      await expect.poll(() => page.locator('.data-table-count').innerText()).toMatch(new RegExp(`sur ${total}`));
      expect(await axeViolations(page)).toEqual([]);
      expect(watched.consoleErrors).toEqual([]);
    } finally {
      await watched.close();
    }
  });

  it('un lien vers une ligne masquée par le filtre vide le filtre et montre la ligne', async () => {
    const watched = await openPage(browser);
    try {
      const { page } = watched;
      await page.goto(siteUrl('/donnees/mesures/'), { waitUntil: 'networkidle' });
      const target = String(localRows('mesures')[0]?.['id']);
      await page.getByLabel(/Filtrer les lignes/).fill('aucune-ligne-ne-contient-ceci');
      await expect.poll(() => page.locator(`[id="${target}"]`).isVisible()).toBe(false);
      await page.evaluate((id) => {
        window.location.hash = id;
      }, target);
      await expect.poll(() => page.locator(`[id="${target}"]`).isVisible()).toBe(true);
    } finally {
      await watched.close();
    }
  });
});

describe('les versions publiées', () => {
  const versions = publishedVersions('.');
  const latest = versions.at(-1) ?? '';
  it('servent chaque fichier de releases/ octet pour octet, avec un datapackage.json aux empreintes justes', async () => {
    for (const version of versions) {
      const descriptor = (await (await fetchOk(`/donnees/versions/${version}/datapackage.json`)).json()) as {
        version: string;
        resources: { path: string; bytes: number; hash: string }[];
      };
      expect(descriptor.version).toBe(version);
      for (const resource of descriptor.resources) {
        const bytes = new Uint8Array(
          await (await fetchOk(`/donnees/versions/${version}/${resource.path}`)).arrayBuffer(),
        );
        expect(bytes.length, resource.path).toBe(resource.bytes);
        const digest = Buffer.from(await crypto.subtle.digest('SHA-256', bytes)).toString('hex');
        expect(`sha256:${digest}`, resource.path).toBe(resource.hash);
      }
      const zip = new Uint8Array(
        await (await fetchOk(`/donnees/versions/${version}/oublies-du-segur-donnees-${version}.zip`)).arrayBuffer(),
      );
      expect(Buffer.from(zip).equals(readFileSync(`releases/${version}/oublies-du-segur-donnees-${version}.zip`))).toBe(
        true,
      );
    }
  });

  it('sont listées sur /donnees/ (la dernière en tête) et citées par leur numéro', async () => {
    const html = await (await fetchOk('/donnees/')).text();
    expect(versions.length).toBeGreaterThanOrEqual(2);
    expect(html).toContain(`Dernière version : ${latest}`);
    for (const version of versions) expect(html).toContain(`href="/donnees/versions/${version}/"`);
    expect(html).toMatch(new RegExp(`Version ${latest.replaceAll('.', '\\.')} du \\d`));
  });

  it('ont un CITATION.cff servi à la racine, à la version courante', async () => {
    const cff = await (await fetchOk('/CITATION.cff')).text();
    expect(cff).toContain(`\nversion: "${latest}"\n`);
    expect(cff).toMatch(/^url: "https?:\/\/.+\/donnees\/"$/m);
    expect(cff).toMatch(/^ {4}email: ".+@.+"$/m);
  });
});

describe('le journal des modifications', () => {
  it('annonce son flux Atom dans l’en-tête, et le flux est bien formé avec une entrée par modification', async () => {
    const html = await (await fetchOk('/donnees/changements/')).text();
    expect(html).toMatch(/<link rel="alternate" type="application\/atom\+xml" href="\/donnees\/changements\.xml"/);
    const xml = await (await fetchOk('/donnees/changements.xml')).text();
    expect(isWellFormedXml(xml)).toBe(true);
    const feed = new XMLParser({ isArray: (name) => name === 'entry' }).parse(xml) as {
      feed: { entry: { id: string }[] };
    };
    expect(feed.feed.entry.length).toBe(localRows('changements').length);
    const ids = new Set(idsOf(html));
    for (const row of localRows('changements')) expect(ids.has(String(row['id']))).toBe(true);
  });
});

// Every built page, dataset pages and /sources/ included, already goes through axe in pages.e2e.test.ts;
// the tests above run it again after filtering and sorting. Here, the catalogue and the changelog explicitly.
describe('accessibilité des pages de données', () => {
  it.each(['/donnees/', '/donnees/changements/'])('%s : 0 violation axe', async (path) => {
    const watched = await openPage(browser);
    try {
      await watched.page.goto(siteUrl(path), { waitUntil: 'networkidle' });
      expect(await axeViolations(watched.page)).toEqual([]);
      expect(watched.consoleErrors).toEqual([]);
      expect(watched.offOriginRequests).toEqual([]);
    } finally {
      await watched.close();
    }
  });
});
