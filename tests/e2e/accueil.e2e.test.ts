/**
 * The home page in Chromium: the key-figure cards and their sources, the copy
 * button (with the clipboard, and with the keyboard), its absence without
 * JavaScript, the latest events, and the profession search leading to
 * /metiers/?q=… with and without JavaScript.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage, siteUrl } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('la page d’accueil', () => {
  it('montre les quatre chiffres clés, chacun avec son unité, son auteur et ses sources', async () => {
    const { page, close } = await openPage(browser);
    try {
      await page.goto(siteUrl('/'));
      const cards = page.locator('#chiffres-cles ~ .figure-grid article');
      await expect(cards.count()).resolves.toBe(4);
      const texts = await cards.allInnerTexts();
      expect(texts[0]).toContain('120\u202f800');
      expect(texts[0]).toContain('équivalents temps plein (ETP)');
      expect(texts[0]).toMatch(/pas en personnes/);
      expect(texts[1]).toContain('215\u202f000');
      expect(texts[1]).toContain('92\u202f400');
      expect(texts[2]).toContain('700\u202f000');
      expect(texts[2]).toContain('personnes');
      expect(texts[2]).toContain('Source unique');
      expect(await cards.nth(3).locator('.figure-value time').getAttribute('datetime')).toMatch(/^\d{4}(-\d{2}){0,2}$/);
      for (let i = 0; i < 4; i++) {
        const sourceLinks = cards.nth(i).locator('.source-links a[href^="/sources/#"]');
        expect(await sourceLinks.count(), `sources de la carte ${i + 1}`).toBeGreaterThan(0);
      }
      expect(await cards.nth(3).locator('a[href^="/chronologie/#"]').count()).toBe(1);
    } finally {
      await close();
    }
  });

  it('copie le chiffre avec sa citation et l’annonce', async () => {
    const { page, close, consoleErrors } = await openPage(browser, {
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    try {
      await page.goto(siteUrl('/'));
      const card = page.locator('.figure-grid article').first();
      const button = card.getByRole('button', { name: /^Copier .* avec sa citation$/ });
      await button.click();
      await card.locator('[role="status"]', { hasText: /copiée/ }).waitFor();
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      const shown = (await card.locator('[data-citation]').textContent())?.trim();
      expect(copied).toBe(shown);
      expect(copied).toMatch(/^120\u202f800 ETP exclus/);
      expect(copied).toContain('décembre 2023');
      expect(copied).toMatch(/Source\u00a0: .+, https?:\/\//);
      expect(copied).toMatch(/#chiffre-rapport-art83-total$/);
      expect(consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('laisse copier au clavier, avec un focus visible', async () => {
    const { page, close } = await openPage(browser, { permissions: ['clipboard-read', 'clipboard-write'] });
    try {
      await page.goto(siteUrl('/'));
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
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toMatch(/^environ 215\u202f000 ETP exclus/);
    } finally {
      await close();
    }
  });

  it('cache le bouton « Copier » sans JavaScript mais garde la citation lisible', async () => {
    const { page, close } = await openPage(browser, { javaScriptEnabled: false });
    try {
      await page.goto(siteUrl('/'));
      const buttons = page.getByRole('button', { name: /^Copier/ });
      await expect(buttons.count()).resolves.toBe(0);
      const card = page.locator('.figure-grid article').first();
      await card.getByText('Citer', { exact: true }).click();
      await expect(card.locator('[data-citation]').isVisible()).resolves.toBe(true);
    } finally {
      await close();
    }
  });

  it('liste les derniers événements avec un lien vers leur ancre dans la chronologie', async () => {
    const { page, close } = await openPage(browser);
    try {
      await page.goto(siteUrl('/'));
      const links = page.locator('.latest-events li > a');
      await expect(links.count()).resolves.toBe(5);
      const href = await links.first().getAttribute('href');
      expect(href).toMatch(/^\/chronologie\/#[a-z0-9-]+$/);
      await links.first().click();
      await page.waitForURL(/\/chronologie\/#/);
      const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
      await expect(page.locator(`[id="${id}"]`).count()).resolves.toBe(1);
    } finally {
      await close();
    }
  });

  for (const javaScriptEnabled of [true, false]) {
    it(`mène la recherche de métier à /metiers/?q=… ${javaScriptEnabled ? 'avec' : 'sans'} JavaScript`, async () => {
      const { page, close } = await openPage(browser, { javaScriptEnabled });
      try {
        await page.goto(siteUrl('/'));
        const input = page.getByRole('searchbox', { name: 'Votre métier' });
        await input.fill('éducatrice spécialisée');
        await input.press('Enter');
        await page.waitForURL(/\/metiers\/\?/);
        const url = new URL(page.url());
        expect(url.pathname).toBe('/metiers/');
        expect(url.searchParams.get('q')).toBe('éducatrice spécialisée');
        await expect(page.locator('main#contenu h1').count()).resolves.toBe(1);
      } finally {
        await close();
      }
    });
  }
});
