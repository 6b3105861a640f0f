/**
 * The département map on made-up shapes (tests/fixtures/geo): one linked,
 * named shape per département, textures so that colour is not the only cue,
 * no inline style, and a snapshot of the whole SVG.
 */
import { isWellFormedXml } from '../../xml.ts';
import { describe, expect, it } from 'vitest';

import { geoArea } from 'd3-geo';
import {
  departementsMapSvg,
  positionSwatchSvg,
  type DepartementMapEntry,
} from '../../../src/charts/departements-map.ts';
import type { PositionKey } from '../../../src/lib/codes/positions.ts';
import { MINI_DEPARTEMENTS } from '../../fixtures/geo/mini-departements.ts';

const POSITIONS_BY_CODE: Record<string, PositionKey> = {
  '01': 'impaye',
  '02': 'rien',
  '2A': 'financement_volontaire',
  '75': 'mobilisation',
  '92': 'rien',
  '971': 'refus_ou_motion',
};

function entriesFor(labels: Record<string, string> = {}): Map<string, DepartementMapEntry> {
  return new Map(
    MINI_DEPARTEMENTS.map(({ properties: { code, nom } }) => {
      const position = POSITIONS_BY_CODE[code] ?? 'rien';
      const href = position === 'rien' ? `/departements/#departement-${code}` : `/departements/${code}/`;
      return [code, { code, position, href, label: labels[code] ?? `${nom} (${code}) : ${position}` }];
    }),
  );
}

const OPTIONS = {
  title: 'Carte d’essai',
  description: 'Six départements inventés.',
  credit: 'Contours : inventés pour le test',
};

/** One tag per line, so that a snapshot diff points at the shape that changed. */
function normalise(svg: string): string {
  return `${svg.replace(/></g, '>\n<')}\n`;
}

function attributeValues(svg: string, name: string): string[] {
  return [...svg.matchAll(new RegExp(`\\s${name}="([^"]*)"`, 'g'))].map((match) => match[1] ?? '');
}

describe('la carte des départements (fixture)', () => {
  const svg = departementsMapSvg(MINI_DEPARTEMENTS, entriesFor(), OPTIONS);

  it('part de formes bien orientées pour d3-geo', () => {
    for (const feature of MINI_DEPARTEMENTS) expect(geoArea(feature)).toBeLessThan(0.01);
  });

  it('produit un SVG bien formé', () => {
    expect(isWellFormedXml(svg)).toBe(true);
  });

  it('dessine exactement une forme par département, chacune avec un data-code distinct', () => {
    const codes = attributeValues(svg, 'data-code');
    expect(codes).toHaveLength(MINI_DEPARTEMENTS.length);
    expect(new Set(codes)).toEqual(new Set(MINI_DEPARTEMENTS.map((feature) => feature.properties.code)));
  });

  it('fait de chaque forme un lien nommé par son <title>', () => {
    for (const feature of MINI_DEPARTEMENTS) {
      const { code, nom } = feature.properties;
      const entry = entriesFor().get(code)!;
      const link = new RegExp(
        `<a href="${entry.href.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}"><title>${nom} \\(${code}\\) : ${entry.position}</title><path data-code="${code}"`,
      );
      expect(svg).toMatch(link);
    }
  });

  it('montre outre-mer et zoom dans des encarts encadrés et légendés', () => {
    expect(svg).toContain('data-encart="971"');
    expect(svg).toContain('Guadeloupe (971)');
    expect(svg.match(/class="carte-cadre"/g)).toHaveLength(2);
  });

  it('répète Paris dans un zoom caché aux aides techniques, hors de l’ordre de tabulation et sans data-code', () => {
    const zoom = svg.slice(
      svg.indexOf('<g class="carte-zoom"'),
      svg.indexOf('</g>', svg.indexOf('<g class="carte-zoom"')),
    );
    expect(zoom).toContain('aria-hidden="true"');
    expect(zoom).not.toContain('data-code=');
    expect(attributeValues(zoom, 'data-zoom-code')).toEqual(['75', '92']);
    expect(zoom.match(/<a href="[^"]*" tabindex="-1">/g)).toHaveLength(2);
  });

  it('donne une trame à chaque position colorée, pas seulement une couleur', () => {
    for (const key of ['impaye', 'financement_volontaire', 'mobilisation', 'refus_ou_motion']) {
      expect(svg).toContain(`<pattern id="carte-motif-${key}"`);
      expect(svg).toContain(`fill="url(#carte-motif-${key})"`);
    }
    expect(svg).not.toContain('carte-motif-rien');
    expect(svg).not.toContain('carte-motif-mesure_employeur');
  });

  it('n’a aucun attribut style (politique de sécurité du contenu)', () => {
    expect(svg).not.toMatch(/\sstyle=/);
  });

  it('porte un titre, une description et le crédit des contours', () => {
    expect(svg).toContain('<title id="carte-titre">Carte d’essai</title>');
    expect(svg).toContain('<desc id="carte-description">Six départements inventés.</desc>');
    expect(svg).toContain('aria-labelledby="carte-titre"');
    expect(svg).toContain('Contours : inventés pour le test');
  });

  it('échappe les noms et les liens', () => {
    const escaped = departementsMapSvg(MINI_DEPARTEMENTS, entriesFor({ '01': 'A & B <c> "d"' }), OPTIONS);
    expect(escaped).toContain('<title>A &amp; B &lt;c&gt; &quot;d&quot;</title>');
    expect(isWellFormedXml(escaped)).toBe(true);
  });

  it('refuse un département sans entrée plutôt que de le laisser muet', () => {
    const entries = entriesFor();
    entries.delete('02');
    expect(() => departementsMapSvg(MINI_DEPARTEMENTS, entries, OPTIONS)).toThrow(/02/);
  });

  it('correspond à l’instantané', async () => {
    await expect(normalise(svg)).toMatchFileSnapshot('__snapshots__/departements-map.svg');
  });
});

describe('les pastilles de légende', () => {
  it('ont leur propre motif et sont décoratives', () => {
    const swatch = positionSwatchSvg('impaye', 'essai');
    expect(swatch).toContain('aria-hidden="true"');
    expect(swatch).toContain('<pattern id="essai-impaye"');
    expect(isWellFormedXml(swatch)).toBe(true);
  });
  it('laissent « rien de documenté » sans trame', () => {
    expect(positionSwatchSvg('rien')).not.toContain('<pattern');
  });
});
