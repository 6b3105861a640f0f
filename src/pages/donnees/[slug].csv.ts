/** /donnees/<slug>.csv — each dataset exactly as curated and validated (UTF-8, comma, RFC 4180). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { DATASETS } from '../../schemas/index.ts';
import { rawCsv } from '../../queries/raw.ts';

export const getStaticPaths = (() =>
  DATASETS.map((dataset) => ({ params: { slug: dataset.slug } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(rawCsv(String(params.slug)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
