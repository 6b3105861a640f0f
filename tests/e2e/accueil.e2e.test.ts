/**
 * The home page in Chromium: the key-figure cards and their sources, the copy
 * button (with the clipboard, and with the keyboard), its absence without
 * JavaScript, the latest events, and the profession search leading to
 * /metiers/?q=… with and without JavaScript.
 */
import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser.ts';

const site = useBrowser();

describe('la page d’accueil', () => {
  it('montre les quatre chiffres clés, chacun avec sa valeur et ses sources', async () => {
    const { page } = await site.open('/');
    const cards = page.locator('#chiffres-cles ~ .figure-grid article');
    await expect(cards.count()).resolves.toBe(4);
    for (let i = 0; i < 4; i++) {
      const card = cards.nth(i);
      expect((await card.locator('.figure-value').innerText()).trim(), `valeur de la carte ${i + 1}`).toMatch(/\d/);
      const sourceLinks = card.locator('.source-links a[href^="/sources/#"]');
      expect(await sourceLinks.count(), `sources de la carte ${i + 1}`).toBeGreaterThan(0);
    }
  });

  it('copie le chiffre avec sa citation et l’annonce', async () => {
    const { page, problems } = await site.open('/', { permissions: ['clipboard-read', 'clipboard-write'] });
    const card = page.locator('.figure-grid article').first();
    const button = card.getByRole('button', { name: /^Copier .* avec sa citation$/ });
    await button.click();
    await card.locator('[role="status"]', { hasText: /copiée/ }).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const shown = (await card.locator('[data-citation]').textContent())?.trim();
    expect(copied).toBe(shown);
    // The citation starts with the figure shown on the card and ends with the card's own address.
    const value = (await card.locator('.figure-value').innerText()).trim().split(/\s/)[0] ?? '';
    expect(copied?.startsWith(value) || copied?.includes(value)).toBe(true);
    expect(copied).toMatch(/Source\u00a0: .+, https?:\/\//);
    expect(copied).toMatch(new RegExp(`#${await card.getAttribute('id')}$`));
    expect(await problems()).toEqual([]);
  });

  it('laisse copier au clavier, avec un focus visible', async () => {
    const { page } = await site.open('/', { permissions: ['clipboard-read', 'clipboard-write'] });
    const card = page.locator('.figure-grid article').nth(1);
    await card.locator('summary', { hasText: 'Citer' }).focus();
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      return {
        text: element?.textContent ?? '',
        visible: element?.matches(':focus-visible') ?? false,
        outline: element ? getComputedStyle(element).outlineStyle : 'none',
      };
    });
    expect(focused.text).toMatch(/^Copier/);
    expect(focused.visible).toBe(true);
    expect(focused.outline).not.toBe('none');
    await page.keyboard.press('Enter');
    await card.locator('[role="status"]', { hasText: /copiée/ }).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe((await card.locator('[data-citation]').textContent())?.trim());
  });

  it('cache le bouton « Copier » sans JavaScript mais garde la citation lisible', async () => {
    const { page } = await site.open('/', { javaScriptEnabled: false });
    const buttons = page.getByRole('button', { name: /^Copier .* avec sa citation$/ });
    await expect(buttons.count()).resolves.toBe(0);
    const card = page.locator('.figure-grid article').first();
    await card.getByText('Citer', { exact: true }).click();
    await expect(card.locator('[data-citation]').isVisible()).resolves.toBe(true);
  });

  it('liste les derniers événements avec un lien vers leur ancre dans la chronologie', async () => {
    const { page } = await site.open('/');
    const links = page.locator('.latest-events li > a');
    await expect(links.count()).resolves.toBe(5);
    const href = await links.first().getAttribute('href');
    expect(href).toMatch(/^\/chronologie\/#[a-z0-9-]+$/);
    await links.first().click();
    await page.waitForURL(/\/chronologie\/#/);
    const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
    await expect(page.locator(`[id="${id}"]`).count()).resolves.toBe(1);
  });

  for (const javaScriptEnabled of [true, false]) {
    it(`mène la recherche de métier à /metiers/?q=… ${javaScriptEnabled ? 'avec' : 'sans'} JavaScript`, async () => {
      const { page } = await site.open('/', { javaScriptEnabled });
      const input = page.getByRole('searchbox', { name: 'Votre métier' });
      await input.fill('éducatrice spécialisée');
      await input.press('Enter');
      await page.waitForURL(/\/metiers\/\?/);
      const url = new URL(page.url());
      expect(url.pathname).toBe('/metiers/');
      expect(url.searchParams.get('q')).toBe('éducatrice spécialisée');
      await expect(page.locator('main#contenu h1').count()).resolves.toBe(1);
    });
  }
});
