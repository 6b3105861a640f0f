/**
 * /chronologie/index-recherche.json — the text-search index of the Chronologie
 * page: id, title, summary and actors of each event, nothing else. Fetched by
 * the page's filters on first interaction, never at page load.
 */
import type { APIRoute } from 'astro';
import { evenementsSearchIndex } from '../../queries/evenements.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(evenementsSearchIndex()), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
