/**
 * The four charts as the site serves them, on the real data: each plots
 * exactly its rows, its CSV rereads into those rows, its sentences and
 * snippets say what they must.
 */
import { describe, expect, it } from 'vitest';
import {
  CHART_SLUGS,
  chartCitation,
  citationOn,
  estimationChart,
  estimationCharts,
  svgSize,
} from '../../src/views/estimations/charts.ts';
import { checkDataset } from '../../src/schemas/dataset.ts';
import { estimationsDataset } from '../../src/schemas/estimations.ts';
import { marksOf } from './charts/fixtures.ts';

const SITE = 'https://exemple.fr';
const charts = estimationCharts(SITE);

describe.each(charts.map((chart) => [chart.slug, chart] as const))('le graphique %s', (_slug, chart) => {
  it('dessine exactement ses lignes, dans leur ordre', () => {
    expect(marksOf(chart.svg).map((mark) => mark['data-id'])).toEqual(chart.rows.map((row) => row.id));
  });

  it('a un CSV qui se relit, selon le schéma de estimations.csv, en ces mêmes lignes', () => {
    const reread = checkDataset(chart.csv, estimationsDataset);
    expect(reread.problems).toEqual([]);
    expect(reread.rows.map(({ row }) => row)).toEqual(chart.rows);
  });

  it('se résume en une seule phrase', () => {
    expect(chart.summary).toMatch(/\.$/);
    expect(chart.summary).not.toMatch(/\.\s+[A-ZÀ-Ý]/);
  });

  it('donne un code d’intégration vers sa page /embed/, avec un titre', () => {
    expect(chart.embedSnippet).toMatch(
      new RegExp(
        `^<iframe src="${SITE}/embed/${chart.slug}/" title="[^"]+" width="100%" height="\\d+" loading="lazy"></iframe>$`,
      ),
    );
  });

  it('se cite avec son titre, l’observatoire, son adresse, la date des données, la date de consultation et ses sources', () => {
    const citation = citationOn(chartCitation(chart), '1er janvier 2030');
    expect(citation).toContain(`« ${chart.title} »`);
    expect(citation).toContain('Oubliés du Ségur — l’observatoire');
    expect(citation).toContain(`${SITE}/estimations/#${chart.slug}`);
    expect(citation).toContain(`données datées : ${chart.dataPeriod}`);
    expect(citation).toContain('consulté le 1er janvier 2030');
    for (const source of chart.sources) expect(citation).toContain(source.titre);
  });

  it('a une version à télécharger plus haute, avec son titre et ses crédits visibles', () => {
    expect(svgSize(chart.fileSvg).height).toBeGreaterThan(svgSize(chart.svg).height);
    expect(chart.fileSvg).toContain('Oubliés du Ségur — l’observatoire');
  });
});

describe('les cinq graphiques', () => {
  it('ont des adresses stables', () => {
    expect(CHART_SLUGS).toEqual([
      'rapport-article-83',
      'comparaison-exclus',
      'couverts-exclus',
      'devenus-couverts',
      'couts',
    ]);
    expect(estimationChart('couts', SITE).pngPath).toBe('/estimations/couts.png');
  });

  it('n’ont aucun identifiant en double une fois réunis dans la même page', () => {
    const ids = charts.flatMap((chart) => [...chart.svg.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]));
    expect(ids.length).toBeGreaterThan(0);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('montrent la ventilation 92 400 + 26 600 + 1 800, les 215 000 et ≈ 3 000 parmi les exclus restants, et les ≈ 93 000 et ≈ 112 000 parmi les salariés devenus couverts', () => {
    const [report, comparison] = charts;
    expect(report?.rows.map((row) => row.valeur)).toEqual([120800, 92400, 26600, 1800]);
    const values = comparison?.rows.map((row) => row.valeur) ?? [];
    for (const value of [120800, 215000, 3000, 600000]) expect(values).toContain(value);
    for (const value of [93000, 112000, 110000]) expect(values).not.toContain(value);
    const newly = charts.find((chart) => chart.slug === 'devenus-couverts')?.rows.map((row) => row.valeur) ?? [];
    for (const value of [93000, 112000, 110000]) expect(newly).toContain(value);
  });

  it('ne mettent jamais côte à côte des exclus restants et des salariés devenus couverts', () => {
    for (const chart of charts) {
      const objets = new Set(chart.rows.map((row) => row.objet));
      expect(objets.has('exclus_restants') && objets.has('devenus_couverts'), chart.slug).toBe(false);
    }
  });

  it('disent « historique » de chaque chiffre antérieur à l’accord de 2024, dans le graphique et dans le tableau', () => {
    for (const chart of charts) {
      for (const line of chart.table) {
        expect(line.history !== null, `${chart.slug} ${line.row.id}`).toBe(line.row.anterieur_accord_2024);
        const mark = marksOf(chart.svg).find((candidate) => candidate['data-id'] === line.row.id);
        expect(mark?.['aria-label']?.includes('historique'), `${chart.slug} ${line.row.id}`).toBe(
          line.row.anterieur_accord_2024,
        );
      }
      expect(chart.history !== null).toBe(chart.rows.some((row) => row.anterieur_accord_2024));
    }
  });

  it('écrivent dans leurs CSV les renvois aux sources en clair', () => {
    for (const chart of charts) expect(chart.csv).not.toContain('[@');
  });
});
