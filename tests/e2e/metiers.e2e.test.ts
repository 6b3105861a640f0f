/**
 * « Suis-je concerné ? » in a real Chromium: a sample of 30 control queries
 * (tests/fixtures/metiers-requetes.csv) gives its expected verdict; bad input
 * gets a message and no verdict, shown back as text; follow-up questions,
 * the URL state, the combobox, the guided path and lazy loading behave; the
 * answer in the browser is the same markup as the profession page built at
 * build time; axe finds nothing with a question or an answer shown.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, siteUrl, useBrowser, type WatchedPage } from './browser.ts';
import { parseCsv } from '../../src/lib/csv.ts';

interface ControlQuery {
  query: string;
  verdict: string;
}

const ALL: ControlQuery[] = parseCsv(
  readFileSync(join(import.meta.dirname, '..', 'fixtures', 'metiers-requetes.csv'), 'utf8'),
).rows.map(({ cells }) => ({ query: cells['requete'] ?? '', verdict: cells['verdict_attendu'] ?? '' }));
/** Thirty queries spread over the file (every tenth), empty ones left to the bad-input tests. */
const SAMPLE = ALL.filter((item) => item.query.trim() !== '')
  .filter((_, i) => i % 10 === 0)
  .slice(0, 30);

const site = useBrowser();
let watched: WatchedPage;
let page: Page;

/** Types a query as a person would, submits it with Enter, and waits for the answer to that query. */
async function search(query: string): Promise<void> {
  await page.fill('#finder-input', query);
  // Close the suggestions first, so that Enter submits the text rather than a suggestion.
  if ((await page.getAttribute('#finder-input', 'aria-expanded')) === 'true')
    await page.press('#finder-input', 'Escape');
  await page.press('#finder-input', 'Enter');
  await page.waitForFunction(
    (expected) => document.querySelector<HTMLElement>('#reponse')?.dataset.requete === expected,
    query,
  );
}

async function verdictShown(target: Page = page): Promise<string | null> {
  const count = await target.locator('#reponse [data-verdict]').count();
  return count === 0 ? null : target.getAttribute('#reponse [data-verdict]', 'data-verdict');
}

// One page for the searches, opened before them (closed at the end of the file): a reader searching again and again.
beforeAll(async () => {
  watched = await site.open('/metiers/', { waitUntil: 'networkidle' });
  page = watched.page;
});

describe('la recherche « Suis-je concerné ? »', () => {
  it('a un échantillon de 30 requêtes de contrôle', () => {
    expect(SAMPLE).toHaveLength(30);
  });

  it.each(SAMPLE)('répond à « $query » : $verdict', async ({ query, verdict }) => {
    await search(query);
    await expect(page.locator('#reponse [data-verdict]').count()).resolves.toBeLessThanOrEqual(1);
    if (verdict === 'introuvable') {
      expect(await verdictShown()).toBeNull();
      expect(['introuvable', 'invalide']).toContain(await page.getAttribute('#reponse', 'data-etat'));
    } else {
      expect(await verdictShown()).toBe(verdict);
      expect(['reponse', 'question']).toContain(await page.getAttribute('#reponse', 'data-etat'));
    }
    if (verdict === 'oui') {
      // Every « oui » has its amount, arrears and letter, filled in the browser.
      const oui = await page.locator('#reponse [data-branche="oui"]').count();
      expect(oui).toBeGreaterThan(0);
      await expect(page.locator('#reponse [data-branche="oui"] answer-money').count()).resolves.toBe(oui);
      await page.waitForFunction(() =>
        [...document.querySelectorAll('#reponse [data-branche="oui"] answer-money')].every(
          (block) => block.getAttribute('data-ready') === 'oui' && block.textContent?.includes('Madame, Monsieur,'),
        ),
      );
    }
  });

  it('n’a fait aucune erreur de console ni requête hors du site pendant ces recherches', async () => {
    expect(await watched.problems()).toEqual([]);
  });

  it.each([
    ['', 'vide'],
    ['a', 'invalide'],
    ['!!! ;;; ---', 'invalide'],
    ['😀🏥', 'invalide'],
    ['<script>alert(1)</script>', 'introuvable'],
    ['<img src=x onerror=alert(1)>', 'introuvable'],
    ['nurse in a public hospital', 'introuvable'],
    ['x'.repeat(500), 'invalide'],
  ])('dit clairement ne pas comprendre « %s », sans verdict ni erreur', async (query, state) => {
    await page.evaluate((text) => {
      const input = document.querySelector<HTMLInputElement>('#finder-input')!;
      input.value = text;
    }, query);
    await page.press('#finder-input', 'Enter');
    await page.waitForFunction(
      (expected) => document.querySelector<HTMLElement>('#reponse')?.dataset.etat === expected,
      state,
    );
    expect(await verdictShown()).toBeNull();
    await expect(page.locator('#reponse .answer-message').count()).resolves.toBeGreaterThan(0);
    if (state !== 'vide') await expect(page.locator('#reponse .answer-query').textContent()).resolves.toBe(query);
    // Shown back as text, never as markup.
    await expect(page.locator('#reponse script, #reponse img').count()).resolves.toBe(0);
    expect(watched.consoleErrors).toEqual([]);
  });

  it('pose la question du secteur puis de l’employeur, en disant ce que chaque choix donne', async () => {
    await search('secrétaire IME public');
    expect(await page.getAttribute('#reponse', 'data-etat')).toBe('question');
    expect(await verdictShown()).toBe('selon_cas');
    expect(await page.getAttribute('#reponse [data-question]', 'data-question')).toBe('secteur');
    await expect(page.locator('#reponse button[data-value="fph"] .option-outcome').textContent()).resolves.toMatch(
      /oui ou non/,
    );
    expect(await axeViolations(page)).toEqual([]);
    await page.click('#reponse button[data-value="fph"]');
    await page.waitForSelector('#reponse [data-question="contexte"]');
    await page.click('#reponse button[data-value="public-esms-autonome-am"]');
    await page.waitForFunction(
      () => document.querySelector('#reponse [data-verdict]')?.getAttribute('data-verdict') === 'non',
    );
    await expect(page.locator('#reponse [data-mesure="qpc-2023-1084"]').count()).resolves.toBe(1);
    const params = new URL(page.url()).searchParams;
    expect(params.get('secteur')).toBe('fph');
    expect(params.get('contexte')).toBe('public-esms-autonome-am');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('répond « selon le cas » en montrant chaque cas quand on ne sait pas', async () => {
    await search('secrétaire IME public');
    await page.click('#reponse button[data-value="inconnu"]');
    await page.waitForSelector('#reponse[data-etat="reponse"]');
    expect(await verdictShown()).toBe('selon_cas');
    await expect(page.locator('#reponse .answer-case').count()).resolves.toBeGreaterThan(1);
  });

  it('fait choisir entre les deux sens du sigle « AS »', async () => {
    await search('AS');
    expect(await page.getAttribute('#reponse [data-question]', 'data-question')).toBe('metier');
    const choices = await page
      .locator('#reponse button[data-dimension="metier"]')
      .evaluateAll((nodes) => nodes.map((node) => (node as HTMLElement).dataset.value));
    expect(choices.sort()).toEqual(['aide-soignant', 'assistant-social']);
  });

  it('donne sous chaque « oui » le montant, le rappel et la lettre, à la quotité tapée', async () => {
    await search('aide-soignante à 80 % au CHU');
    expect(await verdictShown()).toBe('oui');
    const blocks = page.locator('#reponse [data-branche="oui"] answer-money');
    await expect(blocks.count()).resolves.toBe(await page.locator('#reponse [data-branche="oui"]').count());
    await page.locator('#reponse answer-money[data-ready="oui"]').first().waitFor();
    const block = blocks.first();
    expect(JSON.parse((await block.getAttribute('data-input')) ?? '{}').quotite).toBe(0.8);
    const text = (await block.innerText()).replace(/[\u00a0\u202f]/g, ' ');
    expect(text).toMatch(/\d+,\d\d € brut par mois/);
    expect(text).toContain('À 80 % d’un temps plein');
    expect(text).toContain('Madame, Monsieur,');
    await expect(block.getByRole('button', { name: 'Estimer le rappel' }).isVisible()).resolves.toBe(true);
    // Each block has its own ids.
    const ids = await page.locator('#reponse [id]').evaluateAll((nodes) => nodes.map((node) => node.id));
    expect(ids.length).toBe(new Set(ids).size);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('garde la recherche dans l’adresse et redonne la même réponse au rechargement', async () => {
    await search('cuisiniere IME public autonome');
    expect(new URL(page.url()).searchParams.get('q')).toBe('cuisiniere IME public autonome');
    await page.reload({ waitUntil: 'networkidle' });
    await page.waitForSelector('#reponse[data-etat="reponse"]');
    expect(await page.inputValue('#finder-input')).toBe('cuisiniere IME public autonome');
    expect(await verdictShown()).toBe('non');
  });
});

describe('une seule façon de montrer la réponse', () => {
  // Inside a « oui », the built page gives the amount in a few words and links to the whole block, which the
  // browser's answer shows in place: the slot itself (its key and input) must be the same.
  it('donne dans le navigateur le même balisage que la page du métier construite à l’avance', async () => {
    const normalized = (target: Page) =>
      target
        .locator('#reponse .answer-cases')
        .first()
        .evaluate((node) => {
          const clean = (element: Element): string =>
            `<${element.tagName.toLowerCase()}${[...element.attributes]
              .filter((attribute) => !attribute.name.startsWith('data-astro'))
              .map((attribute) => ` ${attribute.name}="${attribute.value}"`)
              .sort()
              .join('')}>${[...(element.classList.contains('answer-money-slot') ? [] : element.childNodes)]
              .map((child) =>
                child.nodeType === Node.TEXT_NODE
                  ? (child.textContent ?? '').replace(/\s+/g, ' ')
                  : child instanceof Element
                    ? clean(child)
                    : '',
              )
              .join('')
              .trim()}</${element.tagName.toLowerCase()}>`;
          // One tag per line, so that a difference shows as a few lines.
          return clean(node).replace(/></g, '>\n<');
        });
    const built = await site.open('/metiers/psychologue/', { javaScriptEnabled: false });
    await page.goto(siteUrl('/metiers/?metier=psychologue&secteur=inconnu'), { waitUntil: 'networkidle' });
    await page.waitForSelector('#reponse[data-etat="reponse"]');
    expect(await normalized(page)).toBe(await normalized(built.page));
  });
});

describe('la liste de suggestions (combobox ARIA)', () => {
  it('s’utilise entièrement au clavier', async () => {
    const fresh = await site.open('/metiers/', { waitUntil: 'networkidle' });
    const p = fresh.page;
    let reached = false;
    for (let i = 0; i < 40 && !reached; i++) {
      await p.keyboard.press('Tab');
      reached = await p.evaluate(() => document.activeElement?.id === 'finder-input');
    }
    expect(reached).toBe(true);
    await p.waitForSelector('#finder-input[role="combobox"]');
    await p.keyboard.type('aide soi');
    await p.waitForSelector('#finder-input-liste:not([hidden])');
    expect(await p.getAttribute('#finder-input', 'aria-expanded')).toBe('true');
    // The rest of /metiers/ is checked by pages.e2e.test.ts: here, the search with its list open.
    expect(await axeViolations(p, { within: ['#recherche'] })).toEqual([]);
    await p.keyboard.press('ArrowDown');
    expect(await p.getAttribute('#finder-input', 'aria-activedescendant')).toBe('finder-input-liste-0');
    const label = await p.locator('#finder-input-liste-0 .combobox-label').innerText();
    await p.keyboard.press('Enter');
    expect(await p.inputValue('#finder-input')).toBe(label);
    await p.waitForSelector('#reponse [data-question]');
    // Answer the question with the keyboard too.
    let onOption = false;
    for (let i = 0; i < 10 && !onOption; i++) {
      await p.keyboard.press('Tab');
      onOption = await p.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.value === 'fph');
    }
    expect(onOption).toBe(true);
    await p.keyboard.press('Enter');
    await p.waitForSelector('#reponse[data-etat="reponse"]');
    expect(await p.getAttribute('#reponse [data-verdict]', 'data-verdict')).toBe('oui');
    expect(await p.evaluate(() => document.activeElement?.id)).toBe('reponse-titre');
    expect(await axeViolations(p, { within: ['#recherche', '#reponse'] })).toEqual([]);
    expect(await fresh.problems()).toEqual([]);
  });

  it('garde l’employeur tapé quand on choisit une suggestion', async () => {
    await page.goto(siteUrl('/metiers/'), { waitUntil: 'networkidle' });
    await page.fill('#finder-input', 'aide soig ehpad public');
    await page.waitForSelector('#finder-input-liste:not([hidden])');
    await page.click('#finder-input-liste-0');
    await page.waitForFunction(() => document.querySelector<HTMLElement>('#reponse')?.dataset.etat === 'reponse');
    expect(await page.inputValue('#finder-input')).toMatch(/ehpad public$/);
    expect(await verdictShown()).toBe('oui');
  });
});

describe('le parcours guidé', () => {
  it('mène à la réponse sans JavaScript, par des liens vers les pages statiques', async () => {
    const { page: p } = await site.open('/metiers/', { javaScriptEnabled: false });
    await p.click('#parcours a[data-secteur="fph"]');
    expect(new URL(p.url()).pathname).toBe('/metiers/secteur/fph/');
    await p.click(
      '#contexte-public-esms-autonome-am ~ ul a[href="/metiers/secretaire-administratif/#public-esms-autonome-am"]',
    );
    expect(new URL(p.url()).pathname).toBe('/metiers/secretaire-administratif/');
    await expect(p.locator('#reponse [data-verdict]').count()).resolves.toBe(1);
    await expect(p.locator('#public-esms-autonome-am').innerText()).resolves.toContain('2023-1084 QPC');
  });

  it('donne des pages de métier accessibles', async () => {
    await page.goto(siteUrl('/metiers/moniteur-atelier/'), { waitUntil: 'networkidle' });
    await expect(page.locator('#reponse [data-verdict]').count()).resolves.toBe(1);
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('le chargement du code de recherche', () => {
  it('n’a lieu qu’au premier focus du champ', async () => {
    const { page: p } = await site.open('/metiers/', { waitUntil: 'networkidle' });
    const requested: string[] = [];
    p.on('request', (request) => requested.push(new URL(request.url()).pathname));
    expect(requested).not.toContain('/metiers/index.json');
    await p.focus('#finder-input');
    await p.waitForSelector('#finder-input[role="combobox"]');
    expect(requested).toContain('/metiers/index.json');
  });
});
