/**
 * « Suis-je concerné ? » in a real Chromium: realistic queries (typos, no
 * accents, feminine and inclusive forms, acronyms, with and without context)
 * each give the expected verdict and measures; the combobox works with the
 * keyboard alone; follow-up questions, URL state, guided path and lazy loading
 * behave; axe finds nothing with the list open, a question or an answer shown.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, openPage, siteUrl, useBrowser, type WatchedPage } from './browser.ts';
import { CASES } from '../fixtures/metiers-queries.ts';

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

async function shownMesures(): Promise<string[]> {
  return page
    .locator('#reponse .answer-measure')
    .evaluateAll((nodes) => nodes.map((node) => (node as HTMLElement).dataset.mesure ?? ''));
}

// One page for the searches, opened before them (closed at the end of the file): a reader searching again and again.
beforeAll(async () => {
  watched = await site.open('/metiers/', { waitUntil: 'networkidle' });
  page = watched.page;
});

describe('la recherche « Suis-je concerné ? »', () => {
  it.each(CASES)('répond à « $query » : $verdict', async ({ query, verdict, mesures }) => {
    await search(query);
    expect(await page.getAttribute('#reponse', 'data-etat')).toBe('reponse');
    await expect(page.locator('#reponse [data-verdict]').count()).resolves.toBe(1);
    expect(await page.getAttribute('#reponse [data-verdict]', 'data-verdict')).toBe(verdict);
    expect((await shownMesures()).sort()).toEqual([...mesures].sort());
    // The answer always says why, and that it is information, not legal advice.
    await expect(page.locator('#reponse').innerText()).resolves.toContain('Pourquoi');
    await expect(page.locator('#reponse').innerText()).resolves.toContain('pas un conseil juridique');
  });

  it('n’a fait aucune erreur de console ni requête hors du site pendant ces recherches', async () => {
    expect(await watched.problems()).toEqual([]);
  });

  it('demande le rattachement quand il manque, et répond une fois qu’on l’a donné', async () => {
    await search('secrétaire IME public');
    expect(await page.getAttribute('#reponse', 'data-etat')).toBe('question');
    expect(await page.getAttribute('#reponse [data-question]', 'data-question')).toBe('rattachement');
    await expect(page.locator('#reponse [data-verdict]').count()).resolves.toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.click('#reponse button[data-value="autonome"]');
    await page.waitForSelector('#reponse[data-etat="reponse"]');
    expect(await page.getAttribute('#reponse [data-verdict]', 'data-verdict')).toBe('non');
    expect(await shownMesures()).toEqual(['qpc-2023-1084']);
    await expect(page.locator('#reponse').innerText()).resolves.toContain('2023-1084 QPC du 21 mars 2024');
    expect(new URL(page.url()).searchParams.get('rattachement')).toBe('autonome');
  });

  it('répond « selon le cas » en montrant chaque cas quand on ne sait pas', async () => {
    await search('secrétaire IME public');
    await page.click('#reponse button[data-value="inconnu"]');
    // « Public » can still be narrowed (hospitalière or territoriale): the page asks, and « je ne sais pas » again ends it.
    await page.waitForSelector('#reponse [data-question="secteur"]');
    await page.click('#reponse button[data-value="inconnu"]');
    await page.waitForSelector('#reponse[data-etat="reponse"]');
    expect(await page.getAttribute('#reponse [data-verdict]', 'data-verdict')).toBe('selon_cas');
    expect((await shownMesures()).sort()).toEqual(['laforcade-esms-rattaches-2021', 'qpc-2023-1084']);
  });

  it('demande le secteur quand le métier seul ne suffit pas', async () => {
    await search('secretaire');
    expect(await page.getAttribute('#reponse [data-question]', 'data-question')).toBe('secteur');
    await page.click('#reponse button[data-value="prive_non_lucratif"]');
    await page.waitForSelector('#reponse[data-etat="reponse"]');
    expect(await page.getAttribute('#reponse [data-verdict]', 'data-verdict')).toBe('oui');
  });

  it('fait choisir entre les deux sens du sigle « AS »', async () => {
    await search('AS');
    expect(await page.getAttribute('#reponse', 'data-etat')).toBe('choix');
    const choices = await page
      .locator('#reponse button[data-metier]')
      .evaluateAll((nodes) => nodes.map((node) => (node as HTMLElement).dataset.metier));
    expect(choices).toEqual(['aide-soignant', 'assistant-social']);
    await expect(page.locator('#reponse').innerText()).resolves.toContain('ASS');
    await page.click('#reponse button[data-metier="aide-soignant"]');
    await page.waitForSelector('#reponse[data-etat="question"]');
    expect(await page.getAttribute('#reponse [data-question]', 'data-question')).toBe('secteur');
  });

  it('dit quand un métier n’est pas dans les données, et quelle mesure le cite', async () => {
    await search('TISF');
    expect(await page.getAttribute('#reponse', 'data-etat')).toBe('introuvable');
    await expect(page.locator('#reponse [data-mesure="conf-metiers-prive-2022"]').count()).resolves.toBe(1);
  });

  it('garde la recherche dans l’adresse et redonne la même réponse au rechargement', async () => {
    await search('cuisiniere IME public autonome');
    const url = new URL(page.url());
    expect(url.pathname).toBe('/metiers/');
    expect(url.searchParams.get('q')).toBe('cuisiniere IME public autonome');
    await page.reload({ waitUntil: 'networkidle' });
    await page.waitForSelector('#reponse[data-etat="reponse"]');
    expect(await page.inputValue('#finder-input')).toBe('cuisiniere IME public autonome');
    expect(await page.getAttribute('#reponse [data-verdict]', 'data-verdict')).toBe('non');
    expect(await shownMesures()).toEqual(['qpc-2023-1084']);
  });

  it('montre la réponse d’une adresse partagée /metiers/?q=…', async () => {
    const other = await openPage(site.browser());
    try {
      await other.page.goto(siteUrl(`/metiers/?q=${encodeURIComponent('AES foyer de vie public')}`), {
        waitUntil: 'networkidle',
      });
      await other.page.waitForSelector('#reponse[data-etat="reponse"]');
      expect(await other.page.getAttribute('#reponse [data-verdict]', 'data-verdict')).toBe('oui');
      expect(await axeViolations(other.page)).toEqual([]);
      expect(other.consoleErrors).toEqual([]);
    } finally {
      await other.close();
    }
  });
});

describe('la liste de suggestions (combobox ARIA)', () => {
  it('s’utilise entièrement au clavier', async () => {
    const fresh = await openPage(site.browser());
    const p = fresh.page;
    try {
      await p.goto(siteUrl('/metiers/'), { waitUntil: 'networkidle' });
      // Reach the input with Tab only.
      let reached = false;
      for (let i = 0; i < 40 && !reached; i++) {
        await p.keyboard.press('Tab');
        reached = await p.evaluate(() => document.activeElement?.id === 'finder-input');
      }
      expect(reached).toBe(true);
      await p.waitForSelector('#finder-input[role="combobox"]');
      expect(await p.getAttribute('#finder-input', 'aria-expanded')).toBe('false');
      await p.keyboard.type('aide soi');
      await p.waitForSelector('#finder-input-liste:not([hidden])');
      expect(await p.getAttribute('#finder-input', 'aria-expanded')).toBe('true');
      expect(await p.getAttribute('#finder-input', 'aria-controls')).toBe('finder-input-liste');
      expect(await p.getAttribute('#finder-input', 'aria-activedescendant')).toBeNull();
      expect(await axeViolations(p)).toEqual([]);

      await p.keyboard.press('ArrowDown');
      const first = await p.getAttribute('#finder-input', 'aria-activedescendant');
      expect(first).toBe('finder-input-liste-0');
      expect(await p.getAttribute(`#${first}`, 'aria-selected')).toBe('true');
      await p.keyboard.press('ArrowDown');
      expect(await p.getAttribute('#finder-input', 'aria-activedescendant')).toBe('finder-input-liste-1');
      expect(await p.getAttribute('#finder-input-liste-0', 'aria-selected')).toBe('false');
      await p.keyboard.press('ArrowUp');
      expect(await p.getAttribute('#finder-input', 'aria-activedescendant')).toBe('finder-input-liste-0');
      // The focus never left the input.
      expect(await p.evaluate(() => document.activeElement?.id)).toBe('finder-input');

      await p.keyboard.press('Escape');
      expect(await p.getAttribute('#finder-input', 'aria-expanded')).toBe('false');
      expect(await p.inputValue('#finder-input')).toBe('aide soi');

      await p.keyboard.press('ArrowDown');
      expect(await p.getAttribute('#finder-input', 'aria-activedescendant')).toBe('finder-input-liste-0');
      const label = await p.locator('#finder-input-liste-0 .combobox-label').innerText();
      await p.keyboard.press('Enter');
      expect(await p.getAttribute('#finder-input', 'aria-expanded')).toBe('false');
      expect(await p.inputValue('#finder-input')).toBe(label);
      await p.waitForSelector('#reponse[data-etat="question"]');

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
      expect(await axeViolations(p)).toEqual([]);

      // Escape in a closed list clears the search.
      await p.focus('#finder-input');
      await p.keyboard.press('Escape');
      expect(await p.inputValue('#finder-input')).toBe('');
      await p.waitForSelector('#reponse[hidden]', { state: 'attached' });
      expect(new URL(p.url()).search).toBe('');
      expect(fresh.consoleErrors).toEqual([]);
    } finally {
      await fresh.close();
    }
  });

  it('propose des suggestions cliquables qui gardent le lieu de travail tapé', async () => {
    await page.fill('#finder-input', 'aide soig ehpad public');
    await page.waitForSelector('#finder-input-liste:not([hidden])');
    await page.click('#finder-input-liste-0');
    await page.waitForFunction(() => document.querySelector<HTMLElement>('#reponse')?.dataset.etat === 'reponse');
    expect(await page.inputValue('#finder-input')).toMatch(/ehpad public$/);
    expect(await page.getAttribute('#reponse [data-verdict]', 'data-verdict')).toBe('oui');
  });
});

describe('le parcours guidé', () => {
  it('mène, avec JavaScript, du secteur au métier puis à la réponse', async () => {
    const fresh = await openPage(site.browser());
    const p = fresh.page;
    try {
      await p.goto(siteUrl('/metiers/'), { waitUntil: 'networkidle' });
      await p.click('#parcours a[data-secteur="prive_non_lucratif"]');
      await p.waitForSelector('#guide-etape-2');
      expect(new URL(p.url()).pathname).toBe('/metiers/');
      await p.click('#parcours button[data-guide-place="esms_handicap"]');
      await p.waitForSelector('#guide-etape-3');
      await p.click('#parcours button[data-guide-metier="educateur-specialise"]');
      await p.waitForSelector('#reponse[data-etat="reponse"]');
      expect(await p.getAttribute('#reponse [data-verdict]', 'data-verdict')).toBe('oui');
      const params = new URL(p.url()).searchParams;
      expect(params.get('metier')).toBe('educateur-specialise');
      expect(params.get('secteur')).toBe('prive_non_lucratif');
      expect(params.get('etablissement')).toBe('esms_handicap');
      expect(fresh.consoleErrors).toEqual([]);
    } finally {
      await fresh.close();
    }
  });

  it('mène aussi à la réponse sans JavaScript, par des liens vers les pages statiques', async () => {
    const fresh = await openPage(site.browser(), { javaScriptEnabled: false });
    const p = fresh.page;
    try {
      await p.goto(siteUrl('/metiers/'));
      await p.click('#parcours a[data-secteur="fph"]');
      expect(new URL(p.url()).pathname).toBe('/metiers/secteur/fph/');
      await p.click('#lieu-esms_handicap ~ ul a[href="/metiers/secretaire-administratif/"]');
      expect(new URL(p.url()).pathname).toBe('/metiers/secretaire-administratif/');
      const verdicts = await p
        .locator('table.context-table [data-verdict]')
        .evaluateAll((nodes) => nodes.map((node) => (node as HTMLElement).dataset.verdict));
      expect(verdicts.length).toBe(10);
      await expect(p.locator('#secretaire-administratif-public-esms-autonome-handicap').innerText()).resolves.toContain(
        '2023-1084 QPC',
      );
    } finally {
      await fresh.close();
    }
  });
});

describe('le chargement du code de recherche', () => {
  it('n’a lieu qu’au premier focus du champ', async () => {
    const fresh = await openPage(site.browser());
    const p = fresh.page;
    const requested: string[] = [];
    p.on('request', (request) => requested.push(new URL(request.url()).pathname));
    try {
      await p.goto(siteUrl('/metiers/'), { waitUntil: 'networkidle' });
      expect(requested).not.toContain('/metiers/index.json');
      expect(await p.getAttribute('#finder-input', 'role')).toBeNull();
      await p.focus('#finder-input');
      await p.waitForSelector('#finder-input[role="combobox"]');
      expect(requested).toContain('/metiers/index.json');
    } finally {
      await fresh.close();
    }
  });
});
