/** /donnees/<slug>.csv — each dataset exactly as curated and validated (UTF-8, comma, RFC 4180). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { allDatasets, publishedFile } from '../../queries/catalogue.ts';

export const getStaticPaths = (() =>
  allDatasets().map((dataset) => ({ params: { slug: dataset.slug } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(publishedFile(String(params.slug), 'csv'), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
