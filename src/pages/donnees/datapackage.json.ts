/**
 * /donnees/datapackage.json — the Frictionless Tabular Data Package of every
 * CSV, with Table Schemas generated from the column definitions
 * (src/schemas/table-schema.ts). Resource paths are relative: the CSV files
 * sit next to it.
 */
import type { APIRoute } from 'astro';
import { dataPackageDescriptor } from '../../queries/catalogue.ts';

export const GET: APIRoute = ({ site }) => {
  if (!site)
    throw new Error('astro.config.mjs doit définir `site` (SITE_URL) pour les adresses absolues du Data Package');
  return new Response(`${JSON.stringify(dataPackageDescriptor(site), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
