/**
 * The département maps and pages in a real Chromium. Each view of the map,
 * once: 101 shapes, each drawn with the answer its table gives, the legend's
 * counts read on screen equal to the table's, every answer drawn with a
 * texture (not a colour alone); axe runs on the map views pages.e2e.test.ts samples. Then the keyboard on the map, the
 * finder (a combobox with JavaScript, the A–Z list without), the sortable
 * table of all facts, the phone layout (320 px: nothing scrolls sideways, no
 * table squeezes a word; insets legible at 360 px) and the contrasts of dark mode. Expectations
 * come from the pages themselves, never from a curated row; what reads the same
 * without a browser is in tests/site/departements.test.ts.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, contrastViolations, renderEverything, useBrowser } from './browser.ts';
import { builtPages } from '../site/built-site.ts';

const site = useBrowser();
const mapPages = builtPages().filter((path) => path === '/departements/' || path.startsWith('/departements/carte/'));
const EMPTY = ['autre_question', 'cherche_rien_trouve', 'non_cherche', 'mobilise'];

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

describe.each(mapPages)('la carte %s dans Chromium', (path) => {
  // axe runs on the map route's heaviest and lightest views in pages.e2e.test.ts: the views share one template.
  it('marque les bons départements, compte dans sa légende ce que compte son tableau, ne dit rien par la seule couleur', async () => {
    const { page, problems } = await site.open(path);
    const shapes = await page.locator('figure.carte path[data-code]').evaluateAll((nodes) =>
      nodes.map((node) => ({
        code: node.getAttribute('data-code') ?? '',
        category: node.getAttribute('data-categorie') ?? '',
        // The fill the browser paints: a pattern for every answer.
        fill: getComputedStyle(node).fill,
        name: node.closest('a')?.querySelector('title')?.textContent ?? '',
      })),
    );
    expect(shapes).toHaveLength(101);
    expect(new Set(shapes.map((shape) => shape.code)).size).toBe(101);
    const rows = await page.locator('table[data-vue] tbody tr').evaluateAll((nodes) =>
      nodes.map((node) => ({
        code: node.getAttribute('data-code') ?? '',
        category: node.getAttribute('data-categorie') ?? '',
        answer: node.querySelector('[data-label="Réponse"]')?.textContent?.trim() ?? '',
      })),
    );
    const byCode = new Map(rows.map((row) => [row.code, row]));
    for (const shape of shapes) {
      expect(byCode.get(shape.code)?.category, shape.code).toBe(shape.category);
      // The accessible name says the answer the table gives.
      expect(shape.name, shape.code).toContain(byCode.get(shape.code)!.answer.split(' — ')[0]!);
      if (!EMPTY.includes(shape.category)) expect(shape.fill, shape.code).toMatch(/^url\(/);
    }
    const legend = await page.locator('figure.carte .legende li[data-categorie]').evaluateAll((nodes) =>
      nodes.map((node) => ({
        category: node.getAttribute('data-categorie') ?? '',
        text: (node as HTMLElement).innerText,
      })),
    );
    for (const item of legend) {
      const counted = rows.filter((row) => row.category === item.category).length;
      expect(item.text, item.category).toMatch(new RegExp(`\\(${counted}\\sdépartements?\\)`));
    }
    expect(await problems()).toEqual([]);
  });
});

describe('la carte au clavier', () => {
  it('le focus atteint un département, annoncé avec son nom, son code et sa réponse, et visiblement marqué', async () => {
    const { page } = await site.open('/departements/');
    await page.locator('.passer-carte').focus();
    await page.keyboard.press('Tab');
    const first = await focusedAccessibleNode(page);
    expect(first.role).toBe('link');
    expect(first.name).toMatch(/^.+ \(01\)\s:\s.+$/);
    await page.keyboard.press('Tab');
    expect((await focusedAccessibleNode(page)).name).toMatch(/^.+ \(02\)\s:\s.+$/);
    const strokeWidth = await page.evaluate(
      () => getComputedStyle(document.activeElement!.querySelector('path')!).strokeWidth,
    );
    expect(Number.parseFloat(strokeWidth)).toBeGreaterThan(2);
  });
});

describe('« Trouver un département »', () => {
  it('avec JavaScript, est une liste déroulante qui cherche par numéro et par nom, et ouvre la fiche choisie', async () => {
    const { page, problems } = await site.open('/departements/', { waitUntil: 'networkidle' });
    const input = page.getByRole('combobox', { name: /Nom ou numéro du département/ });
    await expect.poll(() => input.isVisible()).toBe(true);
    expect(await page.locator('collectivite-finder details').getAttribute('open')).toBeNull();
    // A number: the département of that number comes first.
    const target = await page
      .locator('collectivite-finder details a[data-terms]')
      .nth(10)
      .evaluate((link) => ({
        label: link.textContent?.trim() ?? '',
        href: (link as HTMLAnchorElement).pathname,
        code: (link.getAttribute('data-terms') ?? '').split(' ').at(-1) ?? '',
      }));
    await input.fill(target.code);
    await expect.poll(() => input.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('ArrowDown');
    const active = await input.getAttribute('aria-activedescendant');
    expect(await page.locator(`[id="${active}"] .combobox-label`).innerText()).toBe(target.label);
    // The rest of the page is checked by pages.e2e.test.ts: here, the finder with its list open.
    expect(await axeViolations(page, { within: ['collectivite-finder'] })).toEqual([]);
    await Promise.all([page.waitForURL(`**${target.href}`), page.keyboard.press('Enter')]);
    expect(new URL(page.url()).pathname).toBe(target.href);
    expect(await problems()).toEqual([]);
  });

  it('trouve un nom sans accents ni tirets', async () => {
    const { page } = await site.open('/departements/', { waitUntil: 'networkidle' });
    const accented = await page
      .locator('collectivite-finder details a[data-terms]')
      .evaluateAll(
        (links) => links.map((link) => link.textContent?.trim() ?? '').find((label) => /[éèô-]/.test(label)) ?? '',
      );
    const typed = accented
      .replace(/ \(.*$/, '')
      .normalize('NFD')
      .replace(/\p{Mn}/gu, '')
      .replace(/-/g, ' ')
      .toLowerCase();
    const input = page.getByRole('combobox', { name: /Nom ou numéro du département/ });
    await input.fill(typed);
    await expect
      .poll(() => page.locator('.combobox-listbox [role="option"] .combobox-label').allInnerTexts())
      .toContain(accented);
  });

  it('sans JavaScript, est la liste de A à Z, ouverte, sans champ inutilisable', async () => {
    const { page } = await site.open('/departements/', { javaScriptEnabled: false });
    expect(await page.locator('collectivite-finder details').getAttribute('open')).not.toBeNull();
    expect(await page.locator('collectivite-finder input').isVisible()).toBe(false);
    expect(await page.locator('collectivite-finder details a[data-terms]').count()).toBeGreaterThanOrEqual(101);
    // The map and its table are there without JavaScript too.
    expect(await page.locator('figure.carte path[data-code]').count()).toBe(101);
    expect(await page.locator('table[data-vue] tbody tr').count()).toBe(101);
  });
});

describe('le tableau de tous les faits', () => {
  it('se trie par montant, avec aria-sort et un bouton dans l’en-tête, et l’annonce', async () => {
    const { page, problems } = await site.open('/departements/faits/', { waitUntil: 'networkidle' });
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
    expect(ascending.length).toBeGreaterThan(1);
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    await button.click();
    expect(await header.getAttribute('aria-sort')).toBe('descending');
    const descending = await amounts();
    expect(descending).toEqual([...descending].sort((a, b) => b - a));
    expect(await page.locator('.faits-table [aria-live]').first().textContent()).toContain('décroissant');
    expect(await problems()).toEqual([]);
  });
});

describe('sur un téléphone', () => {
  it.each(['/departements/', '/departements/faits/'])(
    '%s à 320 px : rien ne défile de côté, et aucune cellule de tableau ne coupe un mot',
    async (path) => {
      const { page } = await site.open(path, { viewport: { width: 320, height: 800 }, javaScriptEnabled: false });
      await renderEverything(page);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      // The cells on screen (a reflowed table keeps its header row for assistive technologies only).
      const squeezed = await page.locator('main table tbody th, main table tbody td').evaluateAll((cells) =>
        cells
          .filter((cell) => {
            const style = getComputedStyle(cell);
            return (
              cell.scrollWidth > cell.clientWidth + 1 ||
              style.overflowWrap === 'anywhere' ||
              style.wordBreak === 'break-all' ||
              style.overflowWrap === 'break-word'
            );
          })
          .map((cell) => (cell.textContent ?? '').trim().slice(0, 40)),
      );
      expect(squeezed).toEqual([]);
      // A reflowed table: one card per line, each cell named by its column.
      expect(
        await page
          .locator('main .table-reflow table tbody tr')
          .first()
          .evaluate((row) => getComputedStyle(row).display),
      ).toBe('block');
    },
  );

  it('à 360 px, les encarts d’outre-mer sont lisibles : dessins d’au moins 80 px, noms d’au moins 12 px', async () => {
    const { page } = await site.open('/departements/', { viewport: { width: 360, height: 800 } });
    const insets = await page.locator('figure.carte .carte-encart-cadre').evaluateAll((items) =>
      items.map((item) => ({
        width: item.querySelector('svg')!.getBoundingClientRect().width,
        font: Number.parseFloat(getComputedStyle(item.querySelector('.carte-encart-nom')!).fontSize),
      })),
    );
    expect(insets.length).toBeGreaterThanOrEqual(5);
    for (const inset of insets) {
      expect(inset.width).toBeGreaterThanOrEqual(80);
      expect(inset.font).toBeGreaterThanOrEqual(12);
    }
  });
});

describe('en thème sombre', () => {
  it.each(['/departements/', builtPages().find((path) => /^\/departements\/\d+\/$/.test(path)) ?? '/departements/01/'])(
    '%s garde ses contrastes (axe, règles de couleur)',
    async (path) => {
      const { page, problems } = await site.open(path, { colorScheme: 'dark' });
      expect(await contrastViolations(page)).toEqual([]);
      expect(await problems()).toEqual([]);
    },
  );
});
