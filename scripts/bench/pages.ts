/**
 * Bench: what each key page costs to load — HTML, CSS and JS (the files the
 * page references and the modules they import), raw and gzipped — against the
 * budget of 60 KB gzipped per page. Scripts loaded on first use are shown apart.
 * Reads dist/ as built (run `npm run build` first).
 */
import { existsSync } from 'node:fs';
import type { Bench } from '../bench.ts';
import { PAGE_BUDGET_GZIP, pageWeight, type Weight } from '../page-weight.ts';

/** The pages the budgets are about. */
export const KEY_PAGES = [
  '/',
  '/chronologie/',
  '/estimations/',
  '/departements/',
  '/metiers/',
  '/donnees/',
  '/sources/',
] as const;

const oneDecimal = new Intl.NumberFormat('fr-FR', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const kb = (bytes: number): string => `${oneDecimal.format(bytes / 1024)}\u00a0Ko`;
const cell = (weight: Weight): string => `${kb(weight.raw)} (${kb(weight.gzip)})`;

const bench: Bench = async (log) => {
  if (!existsSync('dist/index.html')) {
    log('dist/ absent : lancez `npm run build` avant `npm run bench`.');
    return;
  }
  log(`Poids brut (gzip -9) ; budget : ${kb(PAGE_BUDGET_GZIP)} gzip par page, HTML + CSS + JS chargés avec elle.`);
  log('');
  log('| page | HTML | CSS | JS | total gzip | budget | JS à la demande |');
  log('|---|---|---|---|---|---|---|');
  for (const path of KEY_PAGES) {
    if (!existsSync(path === '/' ? 'dist/index.html' : `dist${path}index.html`)) {
      log(`| ${path} | (page absente) | | | | | |`);
      continue;
    }
    const weight = pageWeight('dist', path);
    const verdict = weight.totalGzip <= PAGE_BUDGET_GZIP ? 'ok' : 'DÉPASSÉ';
    const files = `${weight.css.files} css, ${weight.js.files} js`;
    log(
      `| ${path} | ${cell(weight.html)} | ${cell(weight.css)} | ${cell(weight.js)} | ${kb(weight.totalGzip)} (${files}) | ${verdict} | ${weight.lazyJs.files ? cell(weight.lazyJs) : '—'} |`,
    );
  }
};

export default bench;
