/** /metiers/calcul.json — the rows the « Montant, rappel et lettre » block computes with, loaded by the browser on first use. */
import type { APIRoute } from 'astro';
import { moneyData } from '../../views/metiers/answer-money.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(moneyData()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
