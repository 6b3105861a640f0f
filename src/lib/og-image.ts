/**
 * Link-preview images (Open Graph, Twitter card): one card per section of the
 * site, composed here as a 1200×630 SVG string and turned into a PNG at build
 * time by sharp (src/pages/og/[name].png.ts). System fonts only (DejaVu Sans
 * on Debian), no image or font fetched from anywhere.
 */

import { escapeXml } from './xml.ts';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;
/** Height of the 16:9 cards of one subject (a year of the chronology): 1200 × 675. */
export const OG_WIDE_HEIGHT = 675;

/** The text of one preview card. */
export interface OgCard {
  /** File name without `.png`: /og/<name>.png. */
  name: string;
  /** Section title, large. */
  title: string;
  /** One or two sentences under it. */
  subtitle: string;
}

/** The cards, one per section (French typography: no-break space before « : » and « ? »). */
export const OG_CARDS: readonly OgCard[] = [
  {
    name: 'accueil',
    title: 'Les exclus des 183 € du Ségur',
    subtitle:
      'Salariés et agents du social et du médico-social\u00a0: les faits, les chiffres officiels et contestés, leurs sources, en données ouvertes.',
  },
  {
    name: 'chronologie',
    title: 'Chronologie',
    subtitle: 'Accords, lois, décrets, décisions et mobilisations, chaque événement daté et avec ses sources.',
  },
  {
    name: 'estimations',
    title: 'Estimations',
    subtitle:
      'Combien d’exclus\u00a0? Les chiffres officiels et ceux qui les contestent, avec leur unité et leur périmètre.',
  },
  {
    name: 'departements',
    title: 'Départements',
    subtitle: 'Ce que chaque département a payé, refusé ou promis aux salariés de ses établissements.',
  },
  {
    name: 'metiers',
    title: 'Suis-je concerné\u00a0?',
    subtitle:
      'Votre métier et votre lieu de travail ouvrent-ils droit aux 183 €\u00a0? Par quelle mesure, depuis quand, sinon pourquoi.',
  },
  {
    name: 'donnees',
    title: 'Données ouvertes',
    subtitle: 'Chaque jeu de données en CSV, sous Licence Ouverte 2.0, avec ses sources ligne par ligne.',
  },
  {
    name: 'sources',
    title: 'Sources',
    subtitle: 'Les textes officiels, décisions, rapports, communiqués et articles cités par l’observatoire.',
  },
  {
    name: 'a-propos',
    title: 'À propos',
    subtitle: 'Méthode, règles de curation, incertitude, licences et accessibilité de l’observatoire.',
  },
];

/** The card for a page: its first path segment when a card has that name, else the home card. */
export function ogCardNameFor(pathname: string): string {
  const section = pathname.split('/').filter(Boolean)[0] ?? 'accueil';
  return OG_CARDS.some((card) => card.name === section) ? section : 'accueil';
}

/**
 * Greedy word wrap to at most `maxChars` characters a line and `maxLines`
 * lines, the last one ending with « … » when text is left over. An SVG has no
 * text layout of its own, so we estimate with a character budget.
 */
export function wrapLines(text: string, maxChars: number, maxLines: number): string[] {
  // Split on ordinary spaces only: a no-break space (before « : », inside « 120 800 ») must hold.
  const words = text
    .trim()
    .split(/[ \t\r\n]+/)
    .filter(Boolean);
  const lines: string[] = [];
  let current = '';
  let index = 0;
  while (index < words.length) {
    const candidate = current ? `${current} ${words[index]}` : (words[index] ?? '');
    if (candidate.length <= maxChars || !current) {
      current = candidate;
      index++;
      continue;
    }
    lines.push(current);
    current = '';
    if (lines.length === maxLines) break;
  }
  if (current && lines.length < maxLines) lines.push(current);
  const fitted = lines.map((line) => (line.length > maxChars ? `${line.slice(0, maxChars - 1)}…` : line));
  if (index < words.length && fitted.length > 0) {
    const last = fitted[fitted.length - 1] ?? '';
    fitted[fitted.length - 1] = `${last.length >= maxChars ? last.slice(0, maxChars - 1).trimEnd() : last}…`;
  }
  return fitted;
}

const FONT = 'DejaVu Sans, Liberation Sans, Arial, sans-serif';

/**
 * The card as SVG: site name on top, section title, subtitle, and the site's
 * address at the bottom. Dark blue ground, white text (contrast above 9:1).
 * `height` is OG_HEIGHT for the section cards, OG_WIDE_HEIGHT for a year's.
 */
export function ogImageSvg(
  card: OgCard,
  siteHost: string,
  siteName = 'Oubliés du Ségur — l’observatoire',
  height = OG_HEIGHT,
): string {
  const titleLines = wrapLines(card.title, 26, 2);
  const subtitleLines = wrapLines(card.subtitle, 52, 4);
  const titleSize = 76;
  const subtitleSize = 36;
  const titleTop = 230;
  const subtitleTop = titleTop + titleLines.length * (titleSize * 1.1) + 30;
  const text = (content: string, x: number, y: number, size: number, weight: number, fill: string): string =>
    `<text x="${x}" y="${y}" font-family="${FONT}" font-size="${size}" font-weight="${weight}" fill="${fill}">${escapeXml(content)}</text>`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${OG_WIDTH}" height="${height}" viewBox="0 0 ${OG_WIDTH} ${height}">`,
    `<rect width="${OG_WIDTH}" height="${height}" fill="#14345c"/>`,
    `<rect x="0" y="0" width="24" height="${height}" fill="#f2c46b"/>`,
    text(siteName, 80, 110, 34, 700, '#f2c46b'),
    ...titleLines.map((line, i) => text(line, 80, titleTop + i * titleSize * 1.1, titleSize, 700, '#ffffff')),
    ...subtitleLines.map((line, i) =>
      text(line, 80, subtitleTop + i * subtitleSize * 1.3, subtitleSize, 400, '#e6edf7'),
    ),
    text(siteHost, 80, height - 50, 28, 400, '#c7d5ea'),
    '</svg>',
  ].join('\n');
}
