/**
 * /departements/ in a real Chromium: the map's 101 shapes, links that resolve,
 * keyboard focus on a département with its name and position as the
 * accessible name (as Chromium computes it), the sortable table, the national
 * rows apart, and axe in dark mode. Expectations come from the page and the
 * geometry, never from a curated row; what reads the same without a browser is
 * in tests/site/departements.test.ts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, siteUrl, useBrowser, type WatchedPage } from './browser.ts';
import { builtPages } from '../site/built-site.ts';
import { DEPARTEMENT_CODES } from '../../src/lib/departements.ts';

const site = useBrowser();

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

/** The title of the focused map shape, and whether it names a département, its code and a position. */
async function focusedShapeTitle(page: Page): Promise<string> {
  return page.evaluate(() => document.activeElement?.querySelector('title')?.textContent ?? '');
}

describe('la carte des départements', () => {
  // One page for the tests that only read it (opened before them, closed at the end of the file).
  let shared: WatchedPage;
  beforeAll(async () => {
    shared = await site.open('/departements/', { waitUntil: 'networkidle' });
  });
  const open = async () => shared.page;

  it('a exactement 101 formes, chacune avec un data-code distinct', async () => {
    const page = await open();
    const codes = await page
      .locator('svg.carte-departements [data-code]')
      .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-code')));
    expect(codes).toHaveLength(101);
    expect(new Set(codes)).toEqual(new Set(DEPARTEMENT_CODES));
  });

  it('fait de chaque forme un lien : une fiche qui existe, ou la ligne du département dans le tableau', async () => {
    const page = await open();
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
      }
    }
  });

  it('se parcourt au clavier : le focus atteint un département, annoncé avec son nom, son code et sa position', async () => {
    const { page } = await site.open('/departements/');
    let inMap = false;
    for (let presses = 0; presses < 80 && !inMap; presses += 1) {
      await page.keyboard.press('Tab');
      inMap = await page.evaluate(() => document.activeElement?.closest('svg.carte-departements') !== null);
    }
    expect(inMap).toBe(true);
    const first = await focusedAccessibleNode(page);
    expect(first).toEqual({ role: 'link', name: await focusedShapeTitle(page) });
    expect(first.name).toMatch(/^.+ \(01\) : .+$/);
    await page.keyboard.press('Tab');
    const second = await focusedAccessibleNode(page);
    expect(second).toEqual({ role: 'link', name: await focusedShapeTitle(page) });
    expect(second.name).toMatch(/^.+ \(02\) : .+$/);
    // The focused shape is visibly marked (thicker stroke in the focus colour).
    const strokeWidth = await page.evaluate(
      () => getComputedStyle(document.activeElement!.querySelector('path')!).strokeWidth,
    );
    expect(Number.parseFloat(strokeWidth)).toBeGreaterThan(2);
  });

  it('a une légende dont chaque entrée porte une trame ou du texte, pas seulement une couleur', async () => {
    const page = await open();
    const items = await page.locator('.legende li').allInnerTexts();
    expect(items.length).toBeGreaterThanOrEqual(2);
    expect(items.join('\n')).toContain('Rien de documenté');
    expect(await page.locator('svg.carte-departements pattern').count()).toBeGreaterThan(0);
  });
});

describe('le tableau des collectivités', () => {
  it('se trie par montant, avec aria-sort et un bouton dans l’en-tête, et l’annonce', async () => {
    const { page, problems } = await site.open('/departements/', { waitUntil: 'networkidle' });
    const table = page.locator('#tableau-collectivites');
    const header = table.locator('thead th:has(button.sort-button)', { hasText: 'Montant' });
    const button = header.getByRole('button');
    await button.click();
    expect(await header.getAttribute('aria-sort')).toBe('ascending');
    expect(await table.locator('thead th[aria-sort]').count()).toBe(1);
    const amounts = async (): Promise<number[]> =>
      (
        await table
          .locator('tbody tr td.num')
          .evaluateAll((cells) => cells.map((cell) => cell.getAttribute('data-sort-value') ?? ''))
      )
        .filter((value) => value !== '')
        .map(Number);
    const ascending = await amounts();
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    await button.click();
    expect(await header.getAttribute('aria-sort')).toBe('descending');
    const descending = await amounts();
    expect(descending).toEqual([...descending].sort((a, b) => b - a));
    expect(await page.locator('.collectivites-table [aria-live]').first().textContent()).toContain('décroissant');
    expect(await problems()).toEqual([]);
  });
});

describe('les pages de /departements/', () => {
  // The light theme of a page of each route is checked by pages.e2e.test.ts; the map's colours change in dark mode.
  it.each([
    '/departements/',
    ...builtPages()
      .filter((path) => /^\/departements\/[^/]+\/$/.test(path))
      .slice(0, 1),
  ])('%s passe axe sans violation en thème sombre', async (path) => {
    const { page, problems } = await site.open(path, { colorScheme: 'dark', waitUntil: 'networkidle' });
    expect(await axeViolations(page)).toEqual([]);
    expect(await problems()).toEqual([]);
  });
});
