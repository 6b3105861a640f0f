/**
 * The social card builder: a pure function of its words, 1200 × 675, every
 * word it is given on the card (cut with « … » only past its lines), the
 * status in a pill beside the date or under it, nothing unescaped; and a real
 * PNG of that size.
 */
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import {
  CARD_HEIGHT,
  CARD_WIDTH,
  cardLines,
  socialCardAlt,
  socialCardSvg,
  socialImage,
  type SocialCard,
} from '../../src/lib/social-card.ts';
import { socialCardPng } from '../../src/views/cards/social-card-png.ts';
import { textWidth } from '../../src/lib/text-width.ts';
import probes from '../fixtures/xss/probes.json' with { type: 'json' };

const PUBLISHER = { name: 'Observatoire fictif', host: 'exemple.fr' };
const card: SocialCard = {
  title: 'Exclus selon le rapport',
  figure: '120\u202f800\u00a0ETP',
  unit: 'équivalents temps plein (ETP) exclus',
  date: 'décembre 2023',
  source: 'Selon un ministère — source : Éditeur, « Titre »',
  status: 'Officiel',
};

/** The texts of a card, in document order, entities decoded. */
function textsOf(svg: string): { content: string; x: number; y: number; size: number }[] {
  return [...svg.matchAll(/<text x="([\d.-]+)" y="([\d.-]+)"[^>]* font-size="([\d.]+)"[^>]*>([^<]*)<\/text>/g)].map(
    (match) => ({
      x: Number(match[1]),
      y: Number(match[2]),
      size: Number(match[3]),
      content: (match[4] ?? '')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'")
        .replace(/&amp;/g, '&'),
    }),
  );
}

describe('socialCardSvg', () => {
  const svg = socialCardSvg(card, PUBLISHER);
  const texts = textsOf(svg);

  it('fait 1200 × 675', () => {
    expect(svg).toMatch(new RegExp(`^<svg [^>]*width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 1200 675"`));
  });

  it('écrit, dans l’ordre de lecture, l’éditeur, le titre, le chiffre, l’unité, la date, le statut, la source et l’adresse', () => {
    // Texts within a few pixels of each other's baseline share a line, read left to right.
    const byY = [...texts]
      .sort((a, b) => (Math.abs(a.y - b.y) < 8 ? a.x - b.x : a.y - b.y))
      .map((text) => text.content);
    expect(byY).toEqual([
      'Observatoire fictif',
      card.title,
      card.figure,
      card.unit,
      card.date,
      card.status,
      card.source,
      'exemple.fr',
    ]);
  });

  it('donne au chiffre la plus grande taille du texte, et ne sort jamais du cadre', () => {
    const figure = texts.find((text) => text.content === card.figure);
    expect(figure?.size).toBe(Math.max(...texts.map((text) => text.size)));
    for (const text of texts) {
      expect(text.y, text.content).toBeLessThan(CARD_HEIGHT);
      expect(text.x + textWidth(text.content, text.size), text.content).toBeLessThanOrEqual(CARD_WIDTH);
    }
  });

  it('réduit un chiffre long plutôt que de le couper', () => {
    const long = textsOf(socialCardSvg({ ...card, figure: '8\u202f000 à 8\u202f500\u00a0ETP par an' }, PUBLISHER));
    const short = textsOf(socialCardSvg({ ...card, figure: '42' }, PUBLISHER));
    const sizeOf = (list: typeof texts, content: string) => list.find((text) => text.content === content)?.size ?? 0;
    expect(sizeOf(long, '8\u202f000 à 8\u202f500\u00a0ETP par an')).toBeLessThan(sizeOf(short, '42'));
  });

  it('coupe un titre ou une source trop longs avec « … », sur deux lignes au plus', () => {
    const words = 'une source dont le titre ne finit jamais '.repeat(12);
    const cut = textsOf(socialCardSvg({ ...card, source: words, title: words }, PUBLISHER));
    const sourceLines = cut.filter((text) => text.size === 24 && text.content !== 'exemple.fr');
    expect(sourceLines).toHaveLength(2);
    expect(sourceLines[1]?.content.endsWith('…')).toBe(true);
    expect(cut.filter((text) => text.size === 40)).toHaveLength(2);
  });

  it('met le statut sous la date quand les deux ne tiennent pas sur une ligne, et omet ce qui manque', () => {
    const status = 'Dont 4 incertaines ou de source unique, une précision assez longue';
    const under = textsOf(socialCardSvg({ ...card, status }, PUBLISHER));
    const date = under.find((text) => text.content === card.date);
    const pill = under.find((text) => text.content === status);
    expect(pill && date && pill.y > date.y).toBe(true);
    const bare = textsOf(socialCardSvg({ ...card, unit: null, date: null, status: null }, PUBLISHER));
    expect(bare.map((text) => text.content)).not.toContain(card.date);
    expect(bare).toHaveLength(5);
  });

  it('échappe tout texte hostile : seuls ses propres éléments et attributs restent', () => {
    const allowed = [
      'x',
      'y',
      'width',
      'height',
      'rx',
      'fill',
      'viewBox',
      'xmlns',
      'font-family',
      'font-size',
      'font-weight',
    ];
    for (const probe of probes) {
      const hostile = socialCardSvg(
        { title: probe, figure: probe, unit: probe, date: probe, source: probe, status: probe },
        { name: probe, host: probe },
      );
      for (const [, name = '', attributes = ''] of hostile.matchAll(/<\/?([a-zA-Z][\w:-]*)([^>]*)>/g)) {
        expect(['svg', 'rect', 'text']).toContain(name);
        for (const [, attribute] of attributes.matchAll(/\s([^\s=]+)="[^"]*"/g)) expect(allowed).toContain(attribute);
        expect(
          attributes
            .replace(/\s([^\s=]+)="[^"]*"/g, '')
            .replace(/\/$/, '')
            .trim(),
        ).toBe('');
      }
    }
  });
});

describe('cardLines', () => {
  it('ne coupe qu’aux espaces ordinaires, jamais dans « 120 800 »', () => {
    expect(cardLines('un total de 120\u202f800 personnes', 200, 30, 3).join('|')).toContain('120\u202f800');
  });
});

describe('socialCardAlt et socialImage', () => {
  it('disent en mots tout ce que montre la carte', () => {
    const alt = socialCardAlt(card);
    for (const part of [card.title, card.figure, card.unit, card.date, card.status, card.source])
      expect(alt).toContain(part);
    expect(socialImage('/og/x.png', card)).toEqual({ path: '/og/x.png', width: 1200, height: 675, alt });
  });
});

describe('socialCardPng', () => {
  it('rend une image PNG de 1200 × 675', async () => {
    const png = await socialCardPng(card, new URL('https://exemple.fr'));
    const metadata = await sharp(Buffer.from(png)).metadata();
    expect([metadata.format, metadata.width, metadata.height]).toEqual(['png', 1200, 675]);
  });

  it('donne les mêmes octets pour les mêmes mots', async () => {
    const site = new URL('https://exemple.fr');
    expect(Buffer.from(await socialCardPng(card, site)).equals(Buffer.from(await socialCardPng(card, site)))).toBe(
      true,
    );
  });
});
