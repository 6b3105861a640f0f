/**
 * /recherche/index.json — the index of the site search (src/views/recherche/search-index.ts),
 * fetched by the search on first use, never with a page.
 */
import type { APIRoute } from 'astro';
import { siteSearchIndex } from '../../views/recherche/search-index.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(siteSearchIndex()), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
