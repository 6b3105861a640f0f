/**
 * Embeds that fit their host: the default frame height computed at build time
 * (from the drawings' sizes and the text around them), and the host's script,
 * run here against stand-in frames: it believes only this site, only for the
 * frame that sent the message.
 */
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import {
  EMBED_STYLE,
  FRAME_WIDTHS,
  chartHeight,
  embedFrameHeight,
  embedPageHeight,
  lineCount,
  type EmbedContent,
} from '../../../src/views/estimations/embed-frame.ts';
import { embedHostScript } from '../../../src/views/estimations/charts.ts';
import { EMBED_HEIGHT_MESSAGE } from '../../../src/lib/embed-message.ts';
import { WIDE_FROM } from '../../../src/charts/svg.ts';

const content: EmbedContent = {
  title: 'Un graphique fictif',
  wide: { width: 800, height: 400 },
  narrow: { width: 320, height: 640 },
  summary: 'Une phrase qui dit ce que montre le graphique, assez longue pour passer à la ligne sur un téléphone.',
  paragraphs: ['Le graphique sur le site, avec ses données.', 'Sources : A ; B ; C.', 'En une ligne : une citation.'],
};

describe('lineCount', () => {
  it('compte une ligne par largeur remplie, et coupe une adresse trop longue pour une ligne', () => {
    expect(lineCount('court', 300, 16)).toBe(1);
    expect(lineCount('', 300, 16)).toBe(0);
    expect(lineCount('mot '.repeat(60), 300, 16)).toBeGreaterThan(lineCount('mot '.repeat(30), 300, 16));
    expect(lineCount(`https://exemple.fr/${'a'.repeat(80)}`, 200, 16)).toBeGreaterThan(2);
  });
});

describe('chartHeight', () => {
  it('prend la disposition étroite sous WIDE_FROM, sans l’agrandir au-delà de sa taille, et la large au-dessus', () => {
    const inline = (width: number) => width + 2 * EMBED_STYLE.paddingInline;
    expect(chartHeight(content, inline(WIDE_FROM - 1))).toBe(640);
    expect(chartHeight(content, inline(160))).toBe(320);
    expect(chartHeight(content, inline(WIDE_FROM))).toBe(400);
    expect(chartHeight(content, 1200)).toBe(400);
  });
});

describe('embedFrameHeight', () => {
  it('est au moins la hauteur de la page à chaque largeur de cadre, arrondie à la dizaine', () => {
    const height = embedFrameHeight(content);
    for (const width of FRAME_WIDTHS) expect(height).toBeGreaterThanOrEqual(embedPageHeight(content, width));
    expect(height % 10).toBe(0);
    expect(FRAME_WIDTHS).toEqual(expect.arrayContaining([360, 700, 1200]));
  });

  it('grandit avec le dessin et avec le texte', () => {
    const taller = { ...content, narrow: { width: 320, height: 1280 } };
    const wordier = { ...content, paragraphs: [...content.paragraphs, 'Une source de plus. '.repeat(20)] };
    expect(embedFrameHeight(taller)).toBeGreaterThan(embedFrameHeight(content));
    expect(embedFrameHeight(wordier)).toBeGreaterThan(embedFrameHeight(content));
  });
});

describe('le script de l’hôte', () => {
  const SITE = 'https://observatoire.exemple';
  const script = embedHostScript(SITE);

  /** Runs the snippet with two stand-in frames; returns them and a way to send it a message. */
  function host() {
    const listeners: ((event: unknown) => void)[] = [];
    const frames = [
      { contentWindow: { name: 'cadre A' }, height: '900' },
      { contentWindow: { name: 'cadre B' }, height: '900' },
    ];
    const window = {
      addEventListener: (type: string, listener: (event: unknown) => void) => {
        if (type === 'message') listeners.push(listener);
      },
    };
    const document = { querySelectorAll: (selector: string) => (selector === 'iframe' ? frames : []) };
    const code = /<script>([\s\S]*)<\/script>/.exec(script)?.[1] ?? '';
    runInNewContext(code, { window, document });
    const send = (event: { origin: string; source: unknown; data: unknown }) => {
      for (const listener of listeners) listener(event);
    };
    return { frames, send };
  }

  it('marche encore si un éditeur le met sur une seule ligne', () => {
    const { frames, send } = (() => {
      const listeners: ((event: unknown) => void)[] = [];
      const frames = [{ contentWindow: {}, height: '900' }];
      const window = { addEventListener: (_: string, listener: (event: unknown) => void) => listeners.push(listener) };
      const code = /<script>([\s\S]*)<\/script>/.exec(script.replace(/\s+/g, ' '))?.[1] ?? '';
      runInNewContext(code, { window, document: { querySelectorAll: () => frames } });
      return { frames, send: (event: unknown) => listeners.forEach((listener) => listener(event)) };
    })();
    send({
      origin: SITE,
      source: frames[0]?.contentWindow,
      data: { type: EMBED_HEIGHT_MESSAGE, height: 700, path: '/' },
    });
    expect(frames[0]?.height).toBe('700');
  });

  it('tient en quelques lignes, sans code d’un autre site', () => {
    expect(script.split('\n').length).toBeLessThanOrEqual(12);
    expect(script).not.toMatch(/src=|import|fetch|https?:\/\/(?!observatoire\.exemple)/);
  });

  it('donne à un cadre la hauteur que sa page annonce', () => {
    const { frames, send } = host();
    send({
      origin: SITE,
      source: frames[1]?.contentWindow,
      data: { type: EMBED_HEIGHT_MESSAGE, height: 1234.2, path: '/embed/x/' },
    });
    expect(frames.map((frame) => frame.height)).toEqual(['900', '1235']);
  });

  it('ignore un message d’un autre site, d’un autre type, sans hauteur, ou qui ne vient d’aucun de ses cadres', () => {
    const { frames, send } = host();
    const data = { type: EMBED_HEIGHT_MESSAGE, height: 50, path: '/embed/x/' };
    send({ origin: 'https://autre.exemple', source: frames[0]?.contentWindow, data });
    send({ origin: SITE, source: frames[0]?.contentWindow, data: { ...data, type: 'autre' } });
    send({ origin: SITE, source: frames[0]?.contentWindow, data: { ...data, height: '50' } });
    send({ origin: SITE, source: frames[0]?.contentWindow, data: null });
    send({ origin: SITE, source: { name: 'une autre fenêtre' }, data });
    expect(frames.map((frame) => frame.height)).toEqual(['900', '900']);
  });
});
