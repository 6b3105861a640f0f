/**
 * The département map on made-up shapes (tests/fixtures/geo): one linked,
 * named shape per département across the main drawing and the insets,
 * textures so that colour is not the only cue, count circles that are marks
 * and not colours, no inline style, and a snapshot of the whole markup.
 */
import { isWellFormedXml } from '../../xml.ts';
import { describe, expect, it } from 'vitest';

import { geoArea } from 'd3-geo';
import {
  categorySwatchSvg,
  departementsMap,
  markRadius,
  markSwatchSvg,
  type CategoryStyle,
  type DepartementMapEntry,
  type DepartementsMapMarkup,
} from '../../../src/charts/departements-map.ts';
import { MINI_DEPARTEMENTS } from '../../fixtures/geo/mini-departements.ts';

const STYLES = new Map<string, CategoryStyle>([
  ['rien', { fill: '#d4d7dc', texture: null, ink: '#1a1a1a' }],
  ['refus', { fill: '#e69f00', texture: 'diagonales', ink: '#1a1a1a' }],
  ['annonce', { fill: '#f0e442', texture: 'contre-diagonales', ink: '#1a1a1a' }],
  ['vote', { fill: '#0072b2', texture: 'verticales', ink: '#ffffff' }],
  ['inutilise', { fill: '#009e73', texture: 'points', ink: '#ffffff' }],
]);

const CATEGORY_BY_CODE: Record<string, string> = { '01': 'refus', '2A': 'vote', '75': 'annonce', '971': 'refus' };

function entriesFor(
  labels: Record<string, string> = {},
  counts: Record<string, number> = {},
): Map<string, DepartementMapEntry> {
  return new Map(
    MINI_DEPARTEMENTS.map(({ properties: { code, nom } }) => {
      const category = CATEGORY_BY_CODE[code] ?? 'rien';
      const count = counts[code];
      const entry: DepartementMapEntry = {
        code,
        category,
        href: `/departements/${code}/`,
        label: labels[code] ?? `${nom} (${code}) : ${category}`,
        ...(count === undefined ? {} : { count }),
      };
      return [code, entry];
    }),
  );
}

const OPTIONS = {
  title: 'Carte d’essai',
  description: 'Six départements inventés.',
  credit: 'Contours : inventés pour le test',
  styles: STYLES,
};

/** One tag per line, so that a snapshot diff points at the shape that changed. */
function normalise(markup: DepartementsMapMarkup): string {
  return `${[markup.main, ...markup.insets.map((inset) => `<!-- ${inset.label} -->${inset.svg}`)].join('\n').replace(/></g, '>\n<')}\n`;
}

function attributeValues(svg: string, name: string): string[] {
  return [...svg.matchAll(new RegExp(`\\s${name}="([^"]*)"`, 'g'))].map((match) => match[1] ?? '');
}

const all = (markup: DepartementsMapMarkup): string =>
  [markup.main, ...markup.insets.map((inset) => inset.svg)].join('');

describe('la carte des départements (fixture)', () => {
  const markup = departementsMap(MINI_DEPARTEMENTS, entriesFor(), OPTIONS);
  const svg = all(markup);

  it('part de formes bien orientées pour d3-geo', () => {
    for (const feature of MINI_DEPARTEMENTS) expect(geoArea(feature)).toBeLessThan(0.01);
  });

  it('produit des SVG bien formés', () => {
    expect(isWellFormedXml(markup.main)).toBe(true);
    for (const inset of markup.insets) expect(isWellFormedXml(inset.svg), inset.label).toBe(true);
  });

  it('dessine exactement une forme par département, chacune avec un data-code distinct', () => {
    const codes = attributeValues(svg, 'data-code');
    expect(codes).toHaveLength(MINI_DEPARTEMENTS.length);
    expect(new Set(codes)).toEqual(new Set(MINI_DEPARTEMENTS.map((feature) => feature.properties.code)));
  });

  it('fait de chaque forme un lien nommé par son <title>, avec sa catégorie', () => {
    for (const feature of MINI_DEPARTEMENTS) {
      const { code, nom } = feature.properties;
      const entry = entriesFor().get(code)!;
      const link = new RegExp(
        `<a href="/departements/${code}/"><title>${nom} \\(${code}\\) : ${entry.category}</title><path data-code="${code}" data-categorie="${entry.category}"`,
      );
      expect(svg).toMatch(link);
    }
  });

  it('dessine l’outre-mer à part, dans son propre SVG nommé, et le zoom sur Paris en dernier', () => {
    expect(markup.insets.map((inset) => inset.label)).toEqual(['Guadeloupe (971)', 'Paris et petite couronne']);
    const [guadeloupe, zoom] = markup.insets;
    expect(guadeloupe?.svg).toContain('aria-label="Guadeloupe (971)"');
    expect(guadeloupe?.svg).toContain('data-code="971"');
    expect(markup.main).not.toContain('data-code="971"');
    expect(zoom?.decorative).toBe(true);
  });

  it('répète Paris dans un zoom caché aux aides techniques, hors de l’ordre de tabulation et sans data-code', () => {
    const zoom = markup.insets.at(-1)!.svg;
    expect(zoom).toContain('aria-hidden="true"');
    expect(zoom).not.toContain('data-code=');
    expect(attributeValues(zoom, 'data-zoom-code')).toEqual(['75', '92']);
    expect(zoom.match(/<a href="[^"]*" tabindex="-1">/g)).toHaveLength(2);
  });

  it('donne une trame à chaque catégorie texturée utilisée, définie une fois dans la carte principale', () => {
    for (const key of ['refus', 'vote', 'annonce']) {
      expect(markup.main).toContain(`<pattern id="carte-motif-${key}"`);
      expect(svg).toContain(`fill="url(#carte-motif-${key})"`);
    }
    expect(svg).not.toContain('carte-motif-rien');
    expect(svg).not.toContain('carte-motif-inutilise');
    for (const inset of markup.insets) expect(inset.svg).not.toContain('<pattern');
  });

  it('n’a aucun attribut style (politique de sécurité du contenu)', () => {
    expect(svg).not.toMatch(/\sstyle=/);
  });

  it('porte un titre, une description et le crédit des contours', () => {
    expect(markup.main).toContain('<title id="carte-titre">Carte d’essai</title>');
    expect(markup.main).toContain('<desc id="carte-description">Six départements inventés.</desc>');
    expect(markup.main).toContain('aria-labelledby="carte-titre"');
    expect(markup.main).toContain('Contours : inventés pour le test');
  });

  it('échappe les noms et les liens', () => {
    const escaped = departementsMap(MINI_DEPARTEMENTS, entriesFor({ '01': 'A & B <c> "d"' }), OPTIONS);
    expect(escaped.main).toContain('<title>A &amp; B &lt;c&gt; &quot;d&quot;</title>');
    expect(isWellFormedXml(escaped.main)).toBe(true);
  });

  it('refuse un département sans entrée plutôt que de le laisser muet', () => {
    const entries = entriesFor();
    entries.delete('02');
    expect(() => departementsMap(MINI_DEPARTEMENTS, entries, OPTIONS)).toThrow(/02/);
  });

  it('refuse une catégorie sans style plutôt que de la dessiner sans couleur ni trame', () => {
    const entries = entriesFor();
    entries.set('02', { ...entries.get('02')!, category: 'inconnue' });
    expect(() => departementsMap(MINI_DEPARTEMENTS, entries, OPTIONS)).toThrow(/inconnue/);
  });

  it('correspond à l’instantané', async () => {
    await expect(normalise(markup)).toMatchFileSnapshot('__snapshots__/departements-map.svg');
  });
});

describe('les cercles d’une carte de décomptes', () => {
  const markup = departementsMap(MINI_DEPARTEMENTS, entriesFor({}, { '01': 4, '02': 1, '971': 2 }), OPTIONS);

  it('marquent d’un cercle chaque département compté, caché aux aides techniques (le nom du lien dit le nombre)', () => {
    const circles = [...all(markup).matchAll(/<g class="carte-marques" aria-hidden="true">(.*?)<\/g>/g)].map(
      (match) => (match[1] ?? '').match(/<circle /g)?.length ?? 0,
    );
    expect(circles.reduce((sum, count) => sum + count, 0)).toBe(3);
  });

  it('font croître l’aire du cercle avec le nombre', () => {
    expect(markRadius(4) ** 2).toBeCloseTo(4 * markRadius(1) ** 2, 0);
    expect(markSwatchSvg(4)).toContain(`r="${markRadius(4)}"`);
  });

  it('ne dessinent rien pour un département sans décompte', () => {
    const none = departementsMap(MINI_DEPARTEMENTS, entriesFor(), OPTIONS);
    expect(all(none)).not.toContain('<circle class="carte-marque"');
  });
});

describe('les pastilles de légende', () => {
  it('ont leur propre motif et sont décoratives', () => {
    const swatch = categorySwatchSvg('refus', STYLES.get('refus')!, 'essai');
    expect(swatch).toContain('aria-hidden="true"');
    expect(swatch).toContain('<pattern id="essai-refus"');
    expect(isWellFormedXml(swatch)).toBe(true);
  });
  it('laissent une catégorie sans trame sans motif', () => {
    expect(categorySwatchSvg('rien', STYLES.get('rien')!)).not.toContain('<pattern');
  });
});
