/** /chronologie.xml — the chronology as an Atom feed (built by src/views/chronologie/feed.ts). */
import type { APIRoute } from 'astro';
import { chronologieFeed } from '../views/chronologie/feed.ts';

export const GET: APIRoute = ({ site }) => {
  if (!site)
    throw new Error('Le flux Atom a besoin de l’adresse du site : définissez `site` (SITE_URL) dans astro.config.mjs.');
  return new Response(chronologieFeed(site), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
