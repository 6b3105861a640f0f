/**
 * Bench: how the build cost and the pages grow with the data. Builds a
 * temporary copy of the project (never touching data/ or dist/) with the real
 * data, then 10× and 100× synthetic rows (scripts/synthetic-data.ts: unique
 * ids, valid references). Prints rows, validation and build times, pages and
 * size of the output, then the weight of the key pages and of the heaviest
 * page at each size, against the 60 KB budget (scripts/page-weight.ts).
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import type { Bench } from '../bench.ts';
import { PAGE_BUDGET_GZIP, pageWeight } from '../page-weight.ts';
import { scaledProjectCopy } from '../synthetic-data.ts';
import { KEY_PAGES } from './pages.ts';

const oneDecimal = new Intl.NumberFormat('fr-FR', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const integer = new Intl.NumberFormat('fr-FR');
const kb = (bytes: number): string => `${oneDecimal.format(bytes / 1024)}\u00a0Ko`;

const FACTORS = (process.env.BENCH_BUILD_FACTORS ?? '1,10,100')
  .split(',')
  .map(Number)
  .filter((factor) => factor >= 1);

function timed(command: string, args: string[], cwd: string): { seconds: number; ok: boolean; output: string } {
  const start = performance.now();
  const result = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  return {
    seconds: (performance.now() - start) / 1000,
    ok: result.status === 0,
    output: `${result.stdout}${result.stderr}`,
  };
}

/** Site paths of the HTML pages of a build, and the total size of its files. */
function folderStats(directory: string): { pages: string[]; bytes: number } {
  const pages: string[] = [];
  let bytes = 0;
  for (const entry of readdirSync(directory, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = join(entry.parentPath, entry.name);
    bytes += statSync(file).size;
    if (entry.name.endsWith('.html')) {
      const path = `/${relative(directory, file).split(sep).join('/')}`;
      pages.push(path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path);
    }
  }
  return { pages, bytes };
}

interface Measured {
  label: string;
  weights: Map<string, number>;
  heaviest: { path: string; gzip: number };
  overBudget: number;
}

const bench: Bench = async (log) => {
  log('Construction dans une copie temporaire du projet (données réelles, puis multipliées).');
  log('');
  log(
    '| données | lignes | validation | construction | pages | taille de dist/ | page la plus lourde | pages > budget |',
  );
  log('|---|---|---|---|---|---|---|---|');
  const measured: Measured[] = [];
  for (const factor of FACTORS) {
    const { directory, rows } = scaledProjectCopy(factor);
    const label = factor === 1 ? 'réelles' : `×${factor}`;
    try {
      const validation = timed('node', ['scripts/validate-data.ts'], directory);
      const build = validation.ok
        ? timed('astro', ['build', '--silent'], directory)
        : { seconds: 0, ok: false, output: validation.output };
      if (!build.ok) {
        log(
          `| ${label} | ${integer.format(rows)} | ${oneDecimal.format(validation.seconds)}\u00a0s | échec : ${build.output.trim().split('\n').slice(-2).join(' ')} | | | | |`,
        );
        continue;
      }
      const dist = join(directory, 'dist');
      const { pages, bytes } = folderStats(dist);
      const weights = new Map(pages.map((path) => [path, pageWeight(dist, path).totalGzip]));
      const [heaviestPath, heaviestGzip] = [...weights].sort((a, b) => b[1] - a[1])[0] ?? ['—', 0];
      const overBudget = [...weights.values()].filter((gzip) => gzip > PAGE_BUDGET_GZIP).length;
      measured.push({ label, weights, heaviest: { path: heaviestPath, gzip: heaviestGzip }, overBudget });
      log(
        `| ${label} | ${integer.format(rows)} | ${oneDecimal.format(validation.seconds)}\u00a0s | ${oneDecimal.format(build.seconds)}\u00a0s | ${integer.format(pages.length)} | ${oneDecimal.format(bytes / 1024 / 1024)}\u00a0Mo | ${heaviestPath} (${kb(heaviestGzip)}) | ${overBudget} |`,
      );
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  }
  if (measured.length > 0) {
    log('');
    log(`Poids des pages clés, gzip compris (HTML + CSS + JS chargés avec la page ; budget ${kb(PAGE_BUDGET_GZIP)}) :`);
    log('');
    log(`| page | ${measured.map((entry) => entry.label).join(' | ')} |`);
    log(`|---|${measured.map(() => '---').join('|')}|`);
    for (const path of KEY_PAGES) {
      const cells = measured.map((entry) => {
        const gzip = entry.weights.get(path);
        return gzip === undefined ? '—' : `${kb(gzip)}${gzip > PAGE_BUDGET_GZIP ? ' (dépassé)' : ''}`;
      });
      log(`| ${path} | ${cells.join(' | ')} |`);
    }
  }
  log('');
  log(`(copies faites dans ${tmpdir()}, supprimées ensuite ; BENCH_BUILD_FACTORS=1,10 pour choisir les facteurs)`);
};

export default bench;
