/** /estimations/<chart>.csv — exactly the rows a chart plots, with the columns of estimations.csv (Papa.unparse). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { CHART_SLUGS, estimationChart, isChartSlug } from '../../views/estimations/charts.ts';

export const getStaticPaths = (() => CHART_SLUGS.map((chart) => ({ params: { chart } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) => {
  if (!isChartSlug(params.chart)) return new Response(null, { status: 404 });
  const chart = estimationChart(params.chart, site ?? 'https://oublies-du-segur.example');
  return new Response(chart.csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
