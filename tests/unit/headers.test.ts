/**
 * public/_headers: the policy the site is served with. The CSP must be the one
 * the site satisfies (checked in Chromium by tests/e2e/csp.e2e.test.ts), and
 * /embed/ pages alone may be framed by other sites.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headersFor, parseCsp, parseHeadersFile, patternMatches } from '../../src/lib/headers.ts';

const rules = parseHeadersFile(readFileSync('public/_headers', 'utf8'));

describe('parseHeadersFile et headersFor', () => {
  it('appliquent toutes les règles qui correspondent, joignent les doublons et détachent « ! Nom »', () => {
    const parsed = parseHeadersFile(
      '# commentaire\n/*\n  X-A: 1\n  X-B: tout\n\n/special/*\n  X-A: 2\n  ! X-B\n  X-B: special\n',
    );
    expect(Object.fromEntries(headersFor('/page/', parsed))).toEqual({ 'x-a': '1', 'x-b': 'tout' });
    expect(Object.fromEntries(headersFor('/special/x/', parsed))).toEqual({ 'x-a': '1, 2', 'x-b': 'special' });
  });

  it('refusent une ligne d’en-tête sans « : »', () => {
    expect(() => parseHeadersFile('/*\n  Pas un en-tête\n')).toThrow(/Nom: valeur/);
  });

  it('font correspondre « * » à n’importe quelle suite de caractères, barres obliques comprises', () => {
    expect(patternMatches('/*', '/')).toBe(true);
    expect(patternMatches('/embed/*', '/embed/carte/')).toBe(true);
    expect(patternMatches('/embed/*', '/estimations/')).toBe(false);
    expect(patternMatches('/a.b', '/aXb')).toBe(false);
  });
});

describe('public/_headers', () => {
  const page = headersFor('/chronologie/', rules);
  const embed = headersFor('/embed/exclus/', rules);

  it('donne à chaque page la Content-Security-Policy stricte, sans « unsafe-inline »', () => {
    const csp = parseCsp(page.get('content-security-policy') ?? '');
    expect(Object.fromEntries(csp)).toEqual({
      'default-src': ["'self'"],
      'script-src': ["'self'"],
      'style-src': ["'self'"],
      'img-src': ["'self'", 'data:'],
      'font-src': ["'self'"],
      'connect-src': ["'self'"],
      'object-src': ["'none'"],
      'base-uri': ["'self'"],
      'form-action': ["'self'"],
      'frame-ancestors': ["'self'"],
    });
  });

  it('laisse les autres sites encadrer les pages /embed/, et elles seules, sans rien relâcher d’autre', () => {
    const policies = (embed.get('content-security-policy') ?? '').split(',');
    expect(policies).toHaveLength(1);
    const csp = parseCsp(policies[0] ?? '');
    expect(csp.get('frame-ancestors')).toEqual(['*']);
    const pageCsp = parseCsp(page.get('content-security-policy') ?? '');
    for (const [directive, sources] of pageCsp) {
      if (directive !== 'frame-ancestors') expect(csp.get(directive), directive).toEqual(sources);
    }
  });

  it('met en cache pour un an les fichiers de /_astro/, dont le nom change avec le contenu', () => {
    expect(headersFor('/_astro/BaseLayout.abc123.css', rules).get('cache-control')).toBe(
      'public, max-age=31536000, immutable',
    );
    expect(page.has('cache-control')).toBe(false);
  });

  it('envoie Referrer-Policy, X-Content-Type-Options et Permissions-Policy partout', () => {
    for (const headers of [page, embed, headersFor('/', rules), headersFor('/donnees/sources.csv', rules)]) {
      expect(headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
      expect(headers.get('x-content-type-options')).toBe('nosniff');
      expect(headers.get('permissions-policy')).toMatch(/camera=\(\)/);
    }
  });
});
