/**
 * /donnees/<slug>.json — the validated rows, typed: numbers, booleans,
 * lists as arrays, null for an empty cell; keys in the CSV's column order.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { allDatasets, publishedFile } from '../../queries/catalogue.ts';

export const getStaticPaths = (() =>
  allDatasets().map((dataset) => ({ params: { slug: dataset.slug } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(publishedFile(String(params.slug), 'json'), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
