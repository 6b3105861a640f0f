/**
 * /departements/ and the collectivity pages in a real Chromium: the map's 101
 * shapes, links that resolve, keyboard focus on a département with its name
 * and position as the accessible name (as Chromium computes it), the sortable
 * table, the national section, Gironde put forward, the « rien de documenté »
 * statement on every page, and 0 axe violations.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, launchBrowser, openPage, siteUrl, type WatchedPage } from './browser.ts';
import { builtPages } from '../site/built-site.ts';
import { DEPARTEMENT_CODES } from '../../src/lib/departements.ts';

let browser: Browser;
let watched: WatchedPage;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  watched = await openPage(browser);
  page = watched.page;
  await page.goto(siteUrl('/departements/'), { waitUntil: 'networkidle' });
});
afterAll(async () => {
  await watched?.close();
  await browser?.close();
});

/** Chromium's own accessibility node for the focused element: role and computed name. */
async function focusedAccessibleNode(target: Page): Promise<{ role: string; name: string }> {
  const session = await target.context().newCDPSession(target);
  try {
    const { result } = await session.send('Runtime.evaluate', { expression: 'document.activeElement' });
    const { nodes } = await session.send('Accessibility.getPartialAXTree', {
      objectId: result.objectId,
      fetchRelatives: false,
    });
    const node = nodes.find((candidate) => !candidate.ignored) ?? nodes[0];
    return { role: String(node?.role?.value ?? ''), name: String(node?.name?.value ?? '') };
  } finally {
    await session.detach();
  }
}

describe('la carte des départements', () => {
  it('a exactement 101 formes, chacune avec un data-code distinct', async () => {
    const codes = await page
      .locator('svg.carte-departements [data-code]')
      .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-code')));
    expect(codes).toHaveLength(101);
    expect(new Set(codes)).toEqual(new Set(DEPARTEMENT_CODES));
  });

  it('fait de chaque forme un lien dont la cible existe, une fiche pour chaque département documenté', async () => {
    const links = await page.locator('svg.carte-departements a:has([data-code])').evaluateAll((nodes) =>
      nodes.map((node) => ({
        href: node.getAttribute('href') ?? '',
        position: node.querySelector('[data-position]')?.getAttribute('data-position') ?? '',
      })),
    );
    expect(links).toHaveLength(101);
    const pages = new Set(builtPages());
    for (const { href, position } of links) {
      const url = new URL(href, siteUrl('/'));
      if (position === 'rien') {
        expect(url.pathname, href).toBe('/departements/');
        expect(await page.locator(`[id="${url.hash.slice(1)}"]`).count(), href).toBe(1);
      } else {
        expect(url.pathname, href).toMatch(/^\/departements\/[^/]+\/$/);
        expect(pages.has(url.pathname), href).toBe(true);
        const response = await page.request.get(url.href);
        expect(response.status(), href).toBe(200);
      }
    }
  });

  it('se parcourt au clavier : le focus atteint un département, annoncé avec son nom et sa position', async () => {
    const keyboard = await openPage(browser);
    try {
      await keyboard.page.goto(siteUrl('/departements/'));
      let inMap = false;
      for (let presses = 0; presses < 80 && !inMap; presses += 1) {
        await keyboard.page.keyboard.press('Tab');
        inMap = await keyboard.page.evaluate(() => document.activeElement?.closest('svg.carte-departements') !== null);
      }
      expect(inMap).toBe(true);
      const first = await focusedAccessibleNode(keyboard.page);
      expect(first).toEqual({ role: 'link', name: 'Ain (01) : impayé selon Axess' });
      await keyboard.page.keyboard.press('Tab');
      expect(await focusedAccessibleNode(keyboard.page)).toEqual({
        role: 'link',
        name: 'Aisne (02) : rien de documenté',
      });
      expect(await keyboard.page.locator(':focus').ariaSnapshot()).toContain('link "Aisne (02) : rien de documenté"');
      // The focused shape is visibly marked (thicker stroke in the focus colour).
      const strokeWidth = await keyboard.page.evaluate(
        () => getComputedStyle(document.activeElement!.querySelector('path')!).strokeWidth,
      );
      expect(Number.parseFloat(strokeWidth)).toBeGreaterThan(2);
    } finally {
      await keyboard.close();
    }
  });

  it('annonce le Rhône avec la Métropole de Lyon comme actrice', async () => {
    const rhone = page.locator('svg.carte-departements a:has([data-code="69"])');
    expect(await rhone.getAttribute('href')).toBe('/departements/69M/');
    expect(await rhone.locator('title').textContent()).toBe('Rhône (69) : mesure employeur (Métropole de Lyon)');
  });

  it('a une légende dont chaque entrée porte une trame ou du texte, pas seulement une couleur', async () => {
    const items = await page.locator('.legende li').allInnerTexts();
    expect(items.length).toBeGreaterThanOrEqual(2);
    expect(items.join('\n')).toContain('Rien de documenté');
    expect(await page.locator('svg.carte-departements pattern').count()).toBeGreaterThan(0);
    expect(await page.locator('main [style]').count()).toBe(0);
  });
});

describe('le tableau des collectivités', () => {
  it('se trie par montant, avec aria-sort et un bouton dans l’en-tête', async () => {
    const table = page.locator('#tableau-collectivites');
    const header = table.locator('thead th:has(button.sort-button)', { hasText: 'Montant' });
    const button = header.getByRole('button');
    await button.click();
    expect(await header.getAttribute('aria-sort')).toBe('ascending');
    expect(await table.locator('thead th[aria-sort]').count()).toBe(1);
    const amounts = async (): Promise<string[]> =>
      table
        .locator('tbody tr td.num')
        .evaluateAll((cells) => cells.map((cell) => cell.getAttribute('data-sort-value') ?? ''));
    const ascending = (await amounts()).filter((value) => value !== '').map(Number);
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    await button.click();
    expect(await header.getAttribute('aria-sort')).toBe('descending');
    const descending = (await amounts()).filter((value) => value !== '').map(Number);
    expect(descending[0]).toBe(Math.max(...descending));
    expect(await page.locator('.collectivites-table [aria-live]').first().textContent()).toContain('décroissant');
  });

  it('montre les montants, les dates en français et les sources', async () => {
    const gironde = page.locator('#ligne-gironde-2024-03-segur-des-oublies');
    const text = await gironde.innerText();
    expect(text).toContain('7,5\u00a0M€ par an');
    expect(text).toContain('27 mars 2024');
    expect(await gironde.locator('a[href^="/sources/#"]').count()).toBeGreaterThan(0);
  });

  it('met à part les lignes nationales', async () => {
    const national = await page.locator('#national').innerText();
    expect(national).toContain('Départements de France');
    expect(national).toContain('11 septembre 2024');
    expect(national).toContain('29 avril 2025');
    expect(await page.locator('#tableau-collectivites').innerText()).not.toContain('Départements de France');
  });

  it('met en avant le « Ségur des oubliés » de la Gironde et sa suite', async () => {
    const highlight = await page.locator('section.une').innerText();
    expect(highlight).toContain('7,5\u00a0M€ par an');
    expect(highlight).toContain('27 mars 2024');
    expect(highlight).toContain('Ce que l’on sait de la suite');
  });
});

describe('les pages de /departements/', () => {
  const departementPages = builtPages().filter((path) => path.startsWith('/departements/'));

  it('comptent la page d’ensemble, une fiche par département documenté, la Métropole de Lyon et les régions', () => {
    expect(departementPages).toContain('/departements/');
    expect(departementPages).toContain('/departements/33/');
    expect(departementPages).toContain('/departements/69M/');
    expect(departementPages).toContain('/departements/region-44/');
  });

  it('disent toutes que « rien de documenté » ne veut pas dire « rien de fait », et comment envoyer une source', async () => {
    const check = await openPage(browser, { javaScriptEnabled: false });
    try {
      for (const path of departementPages) {
        await check.page.goto(siteUrl(path));
        const notice = check.page.locator('main .rien-documente');
        // French typography: no-break spaces inside the guillemets.
        expect(await notice.innerText(), path).toContain(
          '«\u00a0Rien de documenté\u00a0» ne veut pas dire «\u00a0rien de fait\u00a0»',
        );
        expect(await notice.locator('a[href="/a-propos/#signaler"]').count(), path).toBe(1);
      }
    } finally {
      await check.close();
    }
  });

  // Every page also passes axe in light mode in pages.e2e.test.ts; the map's colours are checked here in dark mode too.
  it.each([
    ['/departements/', 'light'],
    ['/departements/', 'dark'],
    ['/departements/69M/', 'dark'],
  ] as const)('%s passe axe sans violation (thème %s)', async (path, colorScheme) => {
    const check = await openPage(browser, { colorScheme });
    try {
      await check.page.goto(siteUrl(path), { waitUntil: 'networkidle' });
      expect(await axeViolations(check.page)).toEqual([]);
      expect(check.consoleErrors).toEqual([]);
    } finally {
      await check.close();
    }
  });
});
