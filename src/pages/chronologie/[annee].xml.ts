/** /chronologie/<année>.xml — the entries of the chronology's Atom feed dated that year (src/views/chronologie/feed.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { chronologyYears } from '../../queries/years.ts';
import { chronologieFeed } from '../../views/chronologie/feed.ts';

export const getStaticPaths = (() =>
  chronologyYears().map((year) => ({ params: { annee: String(year) }, props: { year } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  if (!site)
    throw new Error('Le flux Atom a besoin de l’adresse du site : définissez `site` (SITE_URL) dans astro.config.mjs.');
  const { year } = props as { year: number };
  return new Response(chronologieFeed(site, { year }), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
};
