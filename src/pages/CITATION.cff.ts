/**
 * /CITATION.cff — how to cite the latest version of the data, in the Citation
 * File Format read by reference managers: the repository's CITATION.cff with
 * this deployment's addresses and contact (site.config.ts).
 */
import type { APIRoute } from 'astro';
import repositoryFile from '../../CITATION.cff?raw';
import { publishedCitationCff } from '../lib/release/citation-cff.ts';
import { SITE_CONFIG } from '../../site.config.ts';

export const GET: APIRoute = () =>
  new Response(publishedCitationCff(repositoryFile, SITE_CONFIG), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
