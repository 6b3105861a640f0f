/**
 * « Montant, rappel et lettre » in a real Chromium, on the block's own pages
 * (/metiers/montant/…/, where each « oui » of the profession pages links):
 * complete without JavaScript (amount, start, rule to compute, limitation
 * rule, letter) with no date baked in; with a fixed clock, the estimate the
 * browser computes is the calculator's at that date, with the time-barred
 * months of public and private law; the letter is copied, downloaded and
 * printed alone, with the estimate in it; the form works with the keyboard and
 * says what is wrong; the block of the search's answer template, filled in the
 * browser, reads exactly like the block built into its page; axe finds nothing.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { axeViolations, siteUrl, useBrowser, type OpenOptions, type WatchedPage } from './browser.ts';
import { moneyPageHref, moneyView, type MoneyData } from '../../src/lib/metiers/money-view.ts';
import { LETTER_FILE_NAME } from '../../src/lib/metiers/letter.ts';
import type { MoneyInput } from '../../src/lib/metiers/money.ts';

/** The reader's « today » in these tests: a Saturday, a few weeks before months of 2022 become time-barred in public law. */
const TODAY = '2026-12-05';
const BLOCK = 'answer-money';
const PUBLIC_INPUT: MoneyInput = { mesureIds: ['segur-fph-2020'], depuis: '2020-09', secteur: 'fph' };
const PRIVATE_INPUT: MoneyInput = {
  mesureIds: ['segur-prive-nonlucratif-2020'],
  depuis: '2020-09',
  secteur: 'prive_non_lucratif',
};
const PAGE = moneyPageHref(PUBLIC_INPUT);

const site = useBrowser();
let data: MoneyData;

/** A page at the fixed date, in Paris (loaded again once the clock is set). */
async function open(path: string, options: OpenOptions = {}): Promise<{ page: Page; watched: WatchedPage }> {
  const watched = await site.open(path, { timezoneId: 'Europe/Paris', waitUntil: 'networkidle', ...options });
  if (options.javaScriptEnabled !== false) {
    await watched.page.clock.setFixedTime(new Date(`${TODAY}T10:00:00+01:00`));
    await watched.page.reload({ waitUntil: 'networkidle' });
  }
  return { page: watched.page, watched };
}

/** Visible text with plain spaces. */
async function text(locator: Locator): Promise<string> {
  return (await locator.innerText()).replace(/[\u00a0\u202f]/g, ' ');
}

const plain = (value: string | null): string => (value ?? '').replace(/[\u00a0\u202f]/g, ' ');

async function estimate(block: Locator, quotite = '100'): Promise<void> {
  await block.locator('[data-quotite]').fill(quotite);
  await block.getByRole('button', { name: 'Estimer le rappel' }).click();
  await block.locator('[data-f="resultSummary"]:not([hidden])').waitFor();
}

beforeAll(async () => {
  const response = await fetch(siteUrl('/metiers/calcul.json'));
  data = (await response.json()) as MoneyData;
});

describe('« Montant, rappel et lettre » sans JavaScript', () => {
  it('donne le montant, le premier mois dû, la règle de calcul, la prescription et la lettre, sans date du jour', async () => {
    const { page } = await open(PAGE, { javaScriptEnabled: false });
    const block = page.locator(BLOCK);
    const shown = await text(block);
    const built = moneyView(PUBLIC_INPUT, data, { key: 'x', reader: null });
    expect(shown).toContain(plain(built.headline));
    expect(shown).toContain('Dû depuis septembre 2020.');
    expect(shown).toContain(plain(built.howTo));
    expect(shown).toContain('Prescription quadriennale');
    expect(shown).toContain('Madame, Monsieur,');
    expect(shown).toContain('loi n° 68-1250 du 31 décembre 1968');
    expect(await block.locator('table').first().locator('tbody tr').count()).toBe(built.history.length);
    // Nothing that needs JavaScript shows, and no estimate (it would need a date).
    expect(await block.locator('form').isVisible()).toBe(false);
    expect(await block.locator('button:visible').count()).toBe(0);
    expect(await block.locator('[data-f="resultSummary"]').isVisible()).toBe(false);
    const html = readFileSync(`dist${PAGE}index.html`, 'utf8');
    expect(html).not.toMatch(/Au \d{1,2}(er)? [a-zéû]+ 20\d\d, pour/);
  });
});

describe('« Montant, rappel et lettre » avec JavaScript, au 5 décembre 2026', () => {
  let page: Page;
  let watched: WatchedPage;
  beforeAll(async () => {
    ({ page, watched } = await open(PAGE, { permissions: ['clipboard-read', 'clipboard-write'] }));
  });

  it('estime le rappel dans le public comme le calculateur, avec l’échéance du 31 décembre 2026', async () => {
    const block = page.locator(BLOCK);
    await estimate(block);
    const expected = moneyView(PUBLIC_INPUT, data, {
      key: 'x',
      reader: { today: TODAY, paidFrom: null, quotite: 1 },
    });
    expect(await text(block.locator('[data-f="resultSummary"]'))).toBe(plain(expected.resultSummary));
    expect(await text(block.locator('[data-f="resultSummary"]'))).toContain('de septembre 2020 à novembre 2026');
    const next = await text(block.locator('[data-f="resultNext"]'));
    expect(next).toBe(plain(expected.resultNext));
    expect(next).toContain('le 31 décembre 2026, les mois de 2022');
    expect(await text(block.locator('[data-f="resultBarred"]'))).toContain('mois déjà prescrits');
    expect(await block.locator('tbody[data-f-list="years"] tr').count()).toBe(7);
  });

  it('prescrit mois par mois dans le privé, sauf saisine du conseil de prud’hommes', async () => {
    const { page: privatePage } = await open(moneyPageHref(PRIVATE_INPUT));
    const block = privatePage.locator(BLOCK);
    await estimate(block);
    const expected = moneyView(PRIVATE_INPUT, data, {
      key: 'x',
      reader: { today: TODAY, paidFrom: null, quotite: 1 },
    });
    const next = await text(block.locator('[data-f="resultNext"]'));
    expect(next).toBe(plain(expected.resultNext));
    expect(next).toContain('le 31 décembre 2026, le mois de décembre 2023');
    expect(next).toContain("la saisine du conseil de prud'hommes");
  });

  it('met l’estimation dans la lettre, et copie exactement la lettre affichée', async () => {
    const block = page.locator(BLOCK);
    const letter = await block.locator('[data-letter]').innerText();
    expect(plain(letter)).toContain('de septembre 2020 à novembre 2026, soit environ');
    await block.getByRole('button', { name: 'Copier la lettre' }).click();
    await block.locator('[data-letter-status]', { hasText: 'copiée' }).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const expected = moneyView(PUBLIC_INPUT, data, {
      key: 'x',
      reader: { today: TODAY, paidFrom: null, quotite: 1 },
    });
    expect(copied).toBe(`${expected.letter.map((paragraph) => paragraph.text).join('\n\n')}\n`);
  });

  it('télécharge la lettre en texte', async () => {
    const block = page.locator(BLOCK);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      block.getByRole('button', { name: 'Télécharger la lettre (.txt)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(LETTER_FILE_NAME);
    const saved = readFileSync(await download.path(), 'utf8');
    expect(saved).toBe(await page.evaluate(() => navigator.clipboard.readText()));
    expect(saved.startsWith('[Prénom et nom]')).toBe(true);
  });

  it('imprime la lettre seule', async () => {
    const block = page.locator(BLOCK);
    // window.print() shows no dialog in a headless browser: count the calls, then look at the page as printed.
    await page.evaluate(() => {
      window.print = () => {
        document.body.dataset['printed'] = String(Number(document.body.dataset['printed'] ?? '0') + 1);
      };
    });
    await block.getByRole('button', { name: 'Imprimer la lettre' }).click();
    expect(await page.evaluate(() => document.body.dataset['printed'])).toBe('1');
    expect(await page.evaluate(() => document.documentElement.classList.contains('print-letter'))).toBe(true);
    await page.emulateMedia({ media: 'print' });
    try {
      const visibility = (selector: string) =>
        page.evaluate((target) => {
          const element = document.querySelector(target);
          return element ? getComputedStyle(element).visibility : 'absent';
        }, selector);
      expect(await visibility(`${BLOCK} [data-letter] p`)).toBe('visible');
      expect(await visibility('h1')).toBe('hidden');
      expect(await visibility(`${BLOCK} [data-f="headline"]`)).toBe('hidden');
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    expect(await page.evaluate(() => document.documentElement.classList.contains('print-letter'))).toBe(false);
    expect(await block.getAttribute('data-printing')).toBeNull();
  });

  it('se remplit au clavier, à temps partiel et depuis un mois payé', async () => {
    const block = page.locator(BLOCK);
    await block.locator('[data-paid-month]').focus();
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowDown'); // janvier
    await page.keyboard.press('Tab');
    await page.keyboard.type('2022');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('80');
    await page.keyboard.press('Enter');
    await block.locator('[data-f="resultSummary"]', { hasText: 'décembre 2021' }).waitFor();
    expect(await block.locator('[data-paid="depuis"]').isChecked()).toBe(true);
    const expected = moneyView(PUBLIC_INPUT, data, {
      key: 'x',
      reader: { today: TODAY, paidFrom: '2022-01', quotite: 0.8 },
    });
    expect(await text(block.locator('[data-f="resultSummary"]'))).toBe(plain(expected.resultSummary));
    expect(plain(await block.locator('[data-letter]').innerText())).toContain(
      'Je ne le perçois que depuis janvier 2022',
    );
  });

  it('dit ce qui manque dans le formulaire et y ramène', async () => {
    const block = page.locator(BLOCK);
    await block.locator('[data-paid-month]').selectOption('');
    await block.locator('[data-paid="depuis"]').check();
    await block.getByRole('button', { name: 'Estimer le rappel' }).click();
    const error = block.locator('[data-money-error]');
    expect(await error.innerText()).toContain('Choisissez le mois');
    expect(await error.getAttribute('role')).toBe('alert');
    expect(await block.locator('[data-paid-month]').getAttribute('aria-invalid')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-paid-month'))).toBe(true);
    await block.locator('[data-paid="jamais"]').check();
    await block.locator('[data-quotite]').fill('140');
    await block.getByRole('button', { name: 'Estimer le rappel' }).click();
    expect(await error.innerText()).toContain('de 1 à 100');
    await estimate(block);
    expect(await error.innerText()).toBe('');
  });

  it('remplit le bloc du modèle de la réponse de la recherche exactement comme le bloc construit dans sa page', async () => {
    const { page: built } = await open(moneyPageHref(PRIVATE_INPUT));
    const block = built.locator(BLOCK);
    const input = await block.getAttribute('data-input');
    const { page: search } = await open('/metiers/');
    await search.focus('#finder-input');
    await search.waitForSelector('#finder-input[role="combobox"]');
    await search.evaluate((json) => {
      const template = document.querySelector<HTMLTemplateElement>('#reponse-modele');
      const copy = template?.content.querySelector('answer-money')?.cloneNode(true) as HTMLElement;
      copy.dataset['input'] = json ?? '';
      copy.dataset['key'] = 'copie-du-modele';
      copy.setAttribute('data-fill', '');
      document.querySelector('main')?.append(copy);
    }, input);
    const copy = search.locator('[data-key="copie-du-modele"]');
    await search.locator('[data-key="copie-du-modele"][data-ready="oui"]').waitFor();
    expect(await copy.innerText()).toBe(await block.innerText());
    expect(await copy.getAttribute('aria-labelledby')).toBe('copie-du-modele-titre');
    expect(await copy.locator('#copie-du-modele-titre').count()).toBe(1);
  });

  it('ne fait ni erreur de console, ni requête hors du site, ni violation WCAG', async () => {
    await estimate(page.locator(BLOCK));
    expect(await axeViolations(page)).toEqual([]);
    expect(await watched.problems()).toEqual([]);
  });
});
