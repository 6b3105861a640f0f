/** /og/graphiques/<chart>.png — the social card of each chart (1200 × 675), drawn at build time. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { CHART_SLUGS, estimationChart, isChartSlug } from '../../../views/estimations/charts.ts';
import { socialCardResponse } from '../../../views/cards/social-card-png.ts';

export const getStaticPaths = (() => CHART_SLUGS.map((chart) => ({ params: { chart } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) => {
  if (!isChartSlug(params.chart)) return new Response(null, { status: 404 });
  return socialCardResponse(estimationChart(params.chart, site ?? 'https://oublies-du-segur.example').card, site);
};
