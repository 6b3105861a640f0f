/**
 * Crawls the served site from its home page and from every built page: every
 * internal link and every `#fragment` must resolve. Links to other sites are
 * not followed (no network here, and they are the sources' business).
 */
import { describe, expect, it } from 'vitest';
import { LinkChecker } from 'linkinator';
import { BASE_URL, builtPages, siteUrl } from './browser.ts';

describe('les liens internes', () => {
  it('mènent tous à une page ou à un fragment qui existe', async () => {
    const origin = new URL(BASE_URL).origin;
    const checker = new LinkChecker();
    const result = await checker.check({
      path: [
        siteUrl('/'),
        ...builtPages()
          .filter((path) => path !== '/')
          .map(siteUrl),
      ],
      recurse: true,
      checkFragments: true,
      concurrency: 8,
      linksToSkip: async (link) => !link.startsWith(origin),
    });
    const broken = result.links
      .filter((link) => link.state === 'BROKEN')
      .map(
        (link) =>
          `${link.url} (${link.status ?? '?'}) depuis ${link.parent ?? '?'}${link.failureDetails?.length ? ` : ${JSON.stringify(link.failureDetails).slice(0, 160)}` : ''}`,
      );
    expect(broken).toEqual([]);
    expect(result.links.filter((link) => link.state === 'OK').length).toBeGreaterThan(0);
  });
});
