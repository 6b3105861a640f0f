/**
 * The open-data corner in Chromium, where JavaScript adds something: the
 * quick filter of /sources/ and its announced count, the dataset tables that
 * sort and filter, a link to a row the filter hides. Everything that reads
 * the same without a browser (downloads, Data Package, anchors, JSON-LD) is
 * checked on the built files by tests/site/donnees.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { axeViolations, useBrowser } from './browser.ts';

const site = useBrowser();
/** A count as the filters announce it, in French: « 1 source », « 1 234 sources ». */
const counted = (count: number, singular: string, plural: string): string =>
  `${new Intl.NumberFormat('fr-FR').format(count)}\u00a0${count <= 1 ? singular : plural}`;

describe('la bibliographie /sources/', () => {
  it('se filtre, annonce exactement combien de sources restent, et reste sans violation axe', async () => {
    const opened = await site.open('/sources/', { waitUntil: 'networkidle' });
    const { page } = opened;
    const items = page.locator('[data-filter-item]');
    const total = await items.count();
    // A word of the first source's title that not every source shares.
    const first = items.first();
    const firstId = await first.getAttribute('id');
    const title = await first.locator('a').innerText();
    const word = title.split(/\s+/).find((candidate) => candidate.length >= 6) ?? title;
    await page.getByLabel(/Filtrer les sources/).fill(word);
    const visible = page.locator('[data-filter-item]:visible');
    await expect.poll(() => visible.count()).toBeLessThan(total);
    const shown = await visible.count();
    expect(shown).toBeGreaterThan(0);
    expect(await page.locator(`[id="${firstId}"]`).isVisible()).toBe(true);
    await expect
      .poll(() => page.locator('.list-filter-count').innerText())
      .toBe(`${counted(shown, 'source', 'sources')} sur ${counted(total, 'source', 'sources')}`);
    expect(await axeViolations(page)).toEqual([]);
    expect(await opened.problems()).toEqual([]);
  });
});

describe('les tableaux des jeux de données', () => {
  it('se trient par colonne et se filtrent, annoncent le compte, et restent sans violation axe', async () => {
    const opened = await site.open('/donnees/chiffres/', { waitUntil: 'networkidle' });
    const { page } = opened;
    const rows = page.locator('data-table tbody tr');
    const total = await rows.count();
    const header = page.locator('data-table thead th').filter({ hasText: /^valeur/ });
    const column = (await page.locator('data-table thead th').allInnerTexts()).findIndex((text) =>
      text.startsWith('valeur'),
    );
    const values = async (): Promise<number[]> =>
      (
        await page
          .locator(`data-table tbody tr:visible td:nth-child(${column + 1})`)
          .evaluateAll((cells) =>
            cells.map((cell) => (cell as HTMLElement).dataset['sortValue'] ?? cell.textContent?.trim() ?? ''),
          )
      ).map(Number);
    await header.getByRole('button').click();
    await expect.poll(() => header.getAttribute('aria-sort')).toBe('ascending');
    const ascending = await values();
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    await header.getByRole('button').click();
    await expect.poll(() => header.getAttribute('aria-sort')).toBe('descending');
    const descending = await values();
    expect(descending).toEqual([...descending].sort((a, b) => b - a));

    await page.getByLabel(/Filtrer les lignes/).fill('enquete');
    await expect.poll(() => page.locator('data-table tbody tr:visible').count()).toBeLessThan(total);
    const shownTexts = await page
      .locator('data-table tbody tr:visible')
      .evaluateAll((visibleRows) => visibleRows.map((row) => row.textContent ?? ''));
    expect(shownTexts.length).toBeGreaterThan(0);
    const folded = (text: string) =>
      text
        .normalize('NFD')
        .replace(/\p{Mn}/gu, '')
        .toLowerCase();
    expect(shownTexts.every((text) => folded(text).includes('enquete'))).toBe(true);
    await expect
      .poll(() => page.locator('.data-table-count').innerText())
      .toBe(`${counted(shownTexts.length, 'ligne', 'lignes')} sur ${counted(total, 'ligne', 'lignes')}`);
    expect(await axeViolations(page)).toEqual([]);
    expect(await opened.problems()).toEqual([]);
  });

  it('vident le filtre et montrent la ligne quand on suit un lien vers une ligne masquée', async () => {
    const { page } = await site.open('/donnees/mesures/', { waitUntil: 'networkidle' });
    const target = (await page.locator('data-table tbody tr').first().getAttribute('id')) ?? '';
    expect(target).not.toBe('');
    await page.getByLabel(/Filtrer les lignes/).fill('aucune-ligne-ne-contient-ceci');
    await expect.poll(() => page.locator(`[id="${target}"]`).isVisible()).toBe(false);
    await page.evaluate((id) => {
      window.location.hash = id;
    }, target);
    await expect.poll(() => page.locator(`[id="${target}"]`).isVisible()).toBe(true);
  });
});
