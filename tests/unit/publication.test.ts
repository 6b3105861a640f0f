/**
 * Who publishes and where (site.config.ts, src/lib/publication.ts): test
 * values outside production, a production build that stops with a French
 * message when the site address or the contact is missing, and an error
 * report that names its page.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import {
  TEST_PUBLICATION,
  publicationErrorMessage,
  reportErrorMailto,
  repositoryIssuesUrl,
  resolvePublication,
} from '../../src/lib/publication.ts';

const NAME = 'L’observatoire';
const REAL = {
  SITE_URL: 'https://exemple.fr/',
  CONTACT_EMAIL: 'contact@exemple.fr',
  REPOSITORY_URL: 'https://forge.exemple.fr/oublies',
  PUBLISHER_NAME: 'Association Exemple',
};

describe('resolvePublication', () => {
  it('prend les valeurs de test hors production, sans problème', () => {
    const { settings, problems } = resolvePublication({}, NAME);
    expect(problems).toEqual([]);
    expect(settings).toEqual({
      production: false,
      siteUrl: TEST_PUBLICATION.siteUrl,
      publisher: NAME,
      contactEmail: TEST_PUBLICATION.contactEmail,
      repositoryUrl: TEST_PUBLICATION.repositoryUrl,
    });
  });

  it('prend les variables d’environnement quand elles sont données', () => {
    const { settings, problems } = resolvePublication({ ...REAL, SITE_ENV: 'production' }, NAME);
    expect(problems).toEqual([]);
    expect(settings).toEqual({
      production: true,
      siteUrl: 'https://exemple.fr',
      publisher: 'Association Exemple',
      contactEmail: 'contact@exemple.fr',
      repositoryUrl: 'https://forge.exemple.fr/oublies',
    });
  });

  it('en production, refuse l’absence d’adresse du site et de contact, en le disant en français', () => {
    const publication = resolvePublication({ SITE_ENV: 'production' }, NAME);
    expect(publication.problems).toHaveLength(2);
    expect(publication.problems[0]).toMatch(/^SITE_URL n’est pas défini : donnez l’adresse publique du site/);
    expect(publication.problems[1]).toMatch(/^CONTACT_EMAIL n’est pas défini : donnez l’adresse où les lecteurs/);
    expect(publicationErrorMessage(publication)).toMatch(/^Construction de production impossible :\n {2}- SITE_URL/);
    // No invented repository in production.
    expect(publication.settings.repositoryUrl).toBeNull();
  });

  it('en production, refuse les valeurs de test', () => {
    const { problems } = resolvePublication(
      { SITE_ENV: 'production', SITE_URL: TEST_PUBLICATION.siteUrl, CONTACT_EMAIL: TEST_PUBLICATION.contactEmail },
      NAME,
    );
    expect(problems).toEqual([
      expect.stringMatching(/^SITE_URL vaut « https:\/\/oublies-du-segur\.example », une adresse de test/),
      expect.stringMatching(/^CONTACT_EMAIL vaut « contact@oublies-du-segur\.example », une adresse de test/),
    ]);
  });

  it('refuse une adresse ou un courriel mal formés, et un mode inconnu, dans tous les modes', () => {
    const { problems } = resolvePublication(
      { SITE_ENV: 'prod', SITE_URL: 'exemple.fr', CONTACT_EMAIL: 'contact', REPOSITORY_URL: 'ftp://x.fr' },
      NAME,
    );
    expect(problems.map((problem) => problem.split(' ')[0])).toEqual([
      'SITE_ENV',
      'SITE_URL',
      'CONTACT_EMAIL',
      'REPOSITORY_URL',
    ]);
  });
});

describe('la construction de production', () => {
  it('s’arrête avec un message clair quand l’adresse du site et le contact manquent', () => {
    const env: NodeJS.ProcessEnv = { ...process.env, SITE_ENV: 'production' };
    delete env['SITE_URL'];
    delete env['CONTACT_EMAIL'];
    // Loading the Astro configuration is the first thing `astro build` does.
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', "await import('./astro.config.mjs')"], {
      env,
      encoding: 'utf8',
    });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('Construction de production impossible :');
    expect(run.stderr).toContain('SITE_URL n’est pas défini');
    expect(run.stderr).toContain('CONTACT_EMAIL n’est pas défini');
    // A Node process that loads Astro's configuration: over Vitest's 5 s on a busy two-core machine.
  }, 60_000);
});

describe('signaler une erreur', () => {
  it('prépare un courriel dont l’objet nomme la page et dont le corps donne son adresse', () => {
    const href = reportErrorMailto('contact@exemple.fr', {
      title: 'Chronologie — Oubliés du Ségur',
      url: 'https://exemple.fr/chronologie/',
    });
    const url = new URL(href);
    expect(url.protocol).toBe('mailto:');
    expect(url.pathname).toBe('contact@exemple.fr');
    expect(href).not.toContain('+');
    expect(url.searchParams.get('subject')).toBe('Signalement d’erreur : Chronologie — Oubliés du Ségur');
    expect(url.searchParams.get('body')).toMatch(/^Page : https:\/\/exemple\.fr\/chronologie\/\n/);
  });

  it('mène aux tickets du dépôt', () => {
    expect(repositoryIssuesUrl('https://forge.exemple.fr/oublies/')).toBe('https://forge.exemple.fr/oublies/issues');
  });
});
