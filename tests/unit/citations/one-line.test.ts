/**
 * One-line citations: under 200 characters, naming what is cited, the
 * observatory, the version of the data and its date, and the address — for a
 * key figure, a chart and a data row, on made-up inputs, then on every real
 * figure, chart and row (data contract).
 */
import { rowPreviewHref } from '../../../src/queries/preview-pages.ts';
import { describe, expect, it } from 'vitest';
import { ONE_LINE_LIMIT, oneLineCitation, shortFrenchDate } from '../../../src/views/citations/one-line.ts';
import {
  chartOneLine,
  datasetOneLine,
  keyFigureOneLine,
  keyFigureTitle,
  rowOneLine,
} from '../../../src/views/citations/subjects.ts';
import { rowCitations } from '../../../src/views/citations/rows.ts';
import type { KeyFigure } from '../../../src/views/accueil/key-figures.ts';
import { estimateFigure, eventFigure } from '../../../src/views/accueil/key-figures.ts';
import { estimationCharts } from '../../../src/views/estimations/charts.ts';
import { agreement2024, latestOfficialExcludedTotal } from '../../../src/queries/estimations.ts';
import { prose } from '../../../src/views/citations/prose.ts';
import { latestEvenements } from '../../../src/queries/evenements.ts';
import { rowsByIds } from '../../../src/queries/data.ts';
import { allDatasets, datasetRows } from '../../../src/queries/catalogue.ts';

const NBSP = '\u00a0';
const CONTEXT = { dataDate: '2026-12-05', site: 'https://exemple.fr' };

/** The parts every one-line citation must hold. */
function expectComplete(line: string, url: string): void {
  expect(line.length, line).toBeLessThan(ONE_LINE_LIMIT);
  expect(line).toMatch(new RegExp(`^«${NBSP}.+${NBSP}», `));
  expect(line).toContain(', Oubliés du Ségur, ');
  expect(line).toContain('v2026.12.5');
  expect(line).toContain('du 5 déc. 2026');
  expect(line.endsWith(`, ${url}`)).toBe(true);
}

describe('oneLineCitation', () => {
  it('écrit le titre, l’auteur, la version, sa date et l’adresse', () => {
    expect(
      oneLineCitation({
        title: 'Un titre',
        author: 'Oubliés du Ségur',
        date: '2026-12-05',
        url: 'https://exemple.fr/#x',
      }),
    ).toBe(`«${NBSP}Un titre${NBSP}», Oubliés du Ségur, v2026.12.5 du 5 déc. 2026, https://exemple.fr/#x`);
  });

  it('coupe un titre trop long à un mot, avec « … », et reste sous 200 caractères', () => {
    const title = `${'mot '.repeat(60)}fin`;
    const line = oneLineCitation({ title, author: 'Oubliés du Ségur', date: '2026-12-05', url: 'https://exemple.fr/' });
    expect(line.length).toBeLessThan(ONE_LINE_LIMIT);
    expect(line.length).toBeGreaterThan(ONE_LINE_LIMIT - 8);
    expect(line).toMatch(new RegExp(`^«${NBSP}(mot )+mot…${NBSP}», `));
  });

  it('refuse une adresse si longue que le titre ne tiendrait plus', () => {
    expect(() =>
      oneLineCitation({
        title: 'Titre',
        author: 'A',
        date: '2026-12-05',
        url: `https://exemple.fr/${'x'.repeat(150)}`,
      }),
    ).toThrow(/adresse trop longue/);
  });

  it('abrège le mois à la française et écrit « 1er »', () => {
    expect(shortFrenchDate('2026-12-05')).toBe('5 déc. 2026');
    expect(shortFrenchDate('2026-02-01')).toBe('1er févr. 2026');
    expect(shortFrenchDate('2026-06-30')).toBe('30 juin 2026');
  });
});

describe('les citations en une ligne de chaque chose citée', () => {
  const figure = {
    anchor: 'chiffre-rapport',
    heading: 'Exclus selon le rapport officiel',
    value: '120\u202f800',
    valueDate: null,
    unit: 'équivalents temps plein (ETP)',
  } as KeyFigure;

  it('citent un chiffre clé avec sa valeur et son unité, vers sa carte', () => {
    expect(keyFigureTitle(figure)).toBe('Exclus selon le rapport officiel : 120\u202f800 ETP');
    const line = keyFigureOneLine(figure, CONTEXT);
    expectComplete(line, 'https://exemple.fr/#chiffre-rapport');
    expect(line).toContain('Exclus selon le rapport officiel : 120\u202f800 ETP');
  });

  it('citent un événement clé avec son titre et sa date', () => {
    const event = {
      ...figure,
      heading: 'Dernier événement',
      value: '20 février 2026',
      valueDate: '2026-02-20',
      label: 'Loi',
    };
    expect(keyFigureTitle(event as KeyFigure)).toBe('Dernier événement : Loi (20 février 2026)');
  });

  it('citent un graphique vers sa section', () => {
    const line = chartOneLine({ title: 'Couverts et exclus', pagePath: '/estimations/#couverts-exclus' }, CONTEXT);
    expectComplete(line, 'https://exemple.fr/estimations/#couverts-exclus');
  });

  it('citent une ligne vers son ancre sur la page de son jeu de données', () => {
    const line = rowOneLine('/donnees/evenements/#2022-02-18-conference', '18 février 2022 — Conférence', CONTEXT);
    expectComplete(line, 'https://exemple.fr/donnees/evenements/#2022-02-18-conference');
  });

  it('citent un jeu de données vers sa copie figée', () => {
    const line = datasetOneLine('Chronologie', '/donnees/versions/2026.12.5/evenements.csv', CONTEXT);
    expectComplete(line, 'https://exemple.fr/donnees/versions/2026.12.5/evenements.csv');
  });
});

describe('sur les données réelles (contrat de données), avec une adresse de site longue', () => {
  const context = { dataDate: '2026-12-05', site: 'https://observatoire.oublies-du-segur.example' };

  it('chaque chiffre clé, chaque graphique et chaque ligne a sa citation complète de moins de 200 caractères', () => {
    const figureContext = {
      sourcesByIds: (ids: readonly string[]) => rowsByIds('sources', ids),
      prose,
      agreement: agreement2024(),
      site: context.site,
      siteName: 'Oubliés du Ségur — l’observatoire',
    };
    const official = latestOfficialExcludedTotal();
    const [event] = latestEvenements(1);
    const figures = [
      ...(official ? [estimateFigure(official, 'Exclus selon le rapport officiel', figureContext)] : []),
      ...(event ? [eventFigure(event, 'Dernier événement', figureContext)] : []),
    ];
    expect(figures).toHaveLength(2);
    for (const figure of figures)
      expectComplete(keyFigureOneLine(figure, context), `${context.site}/#${figure.anchor}`);
    for (const chart of estimationCharts(context.site)) {
      expectComplete(chartOneLine(chart, context), `${context.site}${chart.pagePath}`);
    }
    let rows = 0;
    for (const dataset of allDatasets().filter((candidate) => candidate.slug !== 'changements')) {
      const citations = rowCitations(dataset, datasetRows(dataset.slug), context);
      expect(citations.size, dataset.slug).toBe(datasetRows(dataset.slug).length);
      for (const [id, line] of citations) {
        expectComplete(line, `${context.site}${rowPreviewHref(dataset.slug, id)}`);
        rows += 1;
      }
    }
    expect(rows).toBeGreaterThan(900);
  });
});
