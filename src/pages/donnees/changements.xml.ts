/**
 * /donnees/changements.xml — Atom feed of the data changelog (data/changements.csv),
 * newest first; linked from the head of /donnees/changements/.
 */
import type { APIRoute } from 'astro';
import { changesFeed } from '../../views/donnees/changes-feed.ts';

export const GET: APIRoute = ({ site }) => {
  if (!site) throw new Error('astro.config.mjs doit définir `site` (SITE_URL) pour les adresses absolues du flux');
  return new Response(changesFeed(site), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
