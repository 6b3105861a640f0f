/** /metiers/index.json — the search index, built at build time; the search loads it on first focus. */
import type { APIRoute } from 'astro';
import { metierSearchIndex } from '../../queries/metiers.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(metierSearchIndex()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
