/** /estimations/<chart>.png — the standalone SVG rendered at build time by sharp, at twice its size. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { CHART_SLUGS, estimationChart, isChartSlug } from '../../views/estimations/charts.ts';
import { renderPng } from '../../views/charts/png.ts';

export const getStaticPaths = (() => CHART_SLUGS.map((chart) => ({ params: { chart } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  if (!isChartSlug(params.chart)) return new Response(null, { status: 404 });
  const chart = estimationChart(params.chart, site ?? 'https://oublies-du-segur.example');
  const png = await renderPng(chart.fileSvg);
  return new Response(png.bytes, { headers: { 'Content-Type': 'image/png' } });
};
