/**
 * /donnees/<slug>-excel.csv — the same cells for French spreadsheets: UTF-8
 * with BOM, `;` separator, CRLF, decimal comma (src/lib/spreadsheet-csv.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { allDatasets, publishedFile } from '../../queries/catalogue.ts';

export const getStaticPaths = (() =>
  allDatasets().map((dataset) => ({ params: { slug: dataset.slug } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(publishedFile(String(params.slug), 'spreadsheet'), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
