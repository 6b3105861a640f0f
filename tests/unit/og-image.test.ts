/** Link-preview images: which card a page gets, text wrapping and escaping, and a real PNG of the right size. */
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { OG_CARDS, OG_HEIGHT, OG_WIDTH, ogCardNameFor, ogImageSvg, wrapLines } from '../../src/lib/og-image.ts';
import { escapeXml } from '../../src/lib/xml.ts';
import probes from '../fixtures/xss/probes.json' with { type: 'json' };

describe('ogCardNameFor', () => {
  it('donne à chaque page l’image de sa rubrique, et celle de l’accueil sinon', () => {
    expect(ogCardNameFor('/')).toBe('accueil');
    expect(ogCardNameFor('/donnees/changements/')).toBe('donnees');
    expect(ogCardNameFor('/metiers/aide-soignant/')).toBe('metiers');
    expect(ogCardNameFor('/404.html')).toBe('accueil');
  });

  it('a une image pour chaque rubrique de la navigation', () => {
    const names = OG_CARDS.map((card) => card.name);
    for (const section of [
      'accueil',
      'chronologie',
      'estimations',
      'departements',
      'metiers',
      'donnees',
      'sources',
      'a-propos',
    ]) {
      expect(names).toContain(section);
    }
  });
});

describe('wrapLines', () => {
  it('coupe aux espaces ordinaires, jamais à une espace insécable', () => {
    expect(wrapLines('Combien d’exclus\u00a0? Les chiffres', 18, 3)).toEqual([
      'Combien d’exclus\u00a0?',
      'Les chiffres',
    ]);
  });

  it('termine par « … » quand le texte dépasse le nombre de lignes', () => {
    const lines = wrapLines('un deux trois quatre cinq six sept', 9, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]?.endsWith('…')).toBe(true);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(9);
  });
});

describe('ogImageSvg', () => {
  it('échappe le texte : une sonde HTML ou script reste du texte', () => {
    // Escaped text holds no « < », so every « <…> » left is a real tag: only ours may appear.
    const allowedAttributes = new Set([
      'xmlns',
      'width',
      'height',
      'viewBox',
      'x',
      'y',
      'fill',
      'font-family',
      'font-size',
      'font-weight',
    ]);
    for (const probe of probes) {
      const svg = ogImageSvg({ name: 'x', title: probe, subtitle: probe }, 'exemple.fr');
      for (const [, name = '', attributes = ''] of svg.matchAll(/<\/?([a-zA-Z][\w:-]*)([^>]*)>/g)) {
        expect(['svg', 'rect', 'text']).toContain(name);
        for (const [, attribute] of attributes.matchAll(/\s([^\s=]+)="[^"]*"/g))
          expect(allowedAttributes).toContain(attribute);
        expect(
          attributes
            .replace(/\s([^\s=]+)="[^"]*"/g, '')
            .replace(/\/$/, '')
            .trim(),
        ).toBe('');
      }
    }
    expect(escapeXml(`<a href="x">&'`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;');
  });

  it('devient un PNG de 1200 × 630 pixels, même avec des sondes dans le texte', async () => {
    for (const title of ['Estimations', probes[0] ?? '<script>']) {
      const png = await sharp(
        Buffer.from(ogImageSvg({ name: 'x', title, subtitle: 'Sous-titre & suite' }, 'exemple.fr')),
      )
        .png()
        .toBuffer();
      const metadata = await sharp(png).metadata();
      expect([metadata.format, metadata.width, metadata.height]).toEqual(['png', OG_WIDTH, OG_HEIGHT]);
    }
  });
});
