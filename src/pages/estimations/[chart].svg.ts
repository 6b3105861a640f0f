/** /estimations/<chart>.svg — the chart as a standalone SVG file, with its heading and credit line. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { CHART_SLUGS, estimationChart, isChartSlug } from '../../views/estimations/charts.ts';

export const getStaticPaths = (() => CHART_SLUGS.map((chart) => ({ params: { chart } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) => {
  if (!isChartSlug(params.chart)) return new Response(null, { status: 404 });
  const chart = estimationChart(params.chart, site ?? 'https://oublies-du-segur.example');
  return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n${chart.fileSvg}\n`, {
    headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' },
  });
};
