/**
 * /favicon.ico — the site's icon (public/favicon.svg) as an ICO file, for the
 * browsers and tools that ask for it at this address whatever the page says.
 */
import type { APIRoute } from 'astro';
import faviconSvg from '../../public/favicon.svg?raw';
import { renderPng } from '../views/charts/png.ts';
import { icoOfPng } from '../lib/ico.ts';

export const GET: APIRoute = async () => {
  const png = await renderPng(faviconSvg);
  return new Response(icoOfPng(png.bytes, png.width, png.height), {
    headers: { 'Content-Type': 'image/x-icon' },
  });
};
