/**
 * Bench: how the build cost grows with the data. Copies the project into a
 * temporary folder (never touching data/ or dist/), then validates and builds
 * it with the real data, and with 10× and 100× synthetic rows
 * (scripts/synthetic-data.ts: unique ids, valid references). Prints rows,
 * validation and build times, pages and size of the output.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, realpathSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Bench } from '../bench.ts';
import { writeScaledData } from '../synthetic-data.ts';

const oneDecimal = new Intl.NumberFormat('fr-FR', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const integer = new Intl.NumberFormat('fr-FR');

const FACTORS = (process.env.BENCH_BUILD_FACTORS ?? '1,10,100')
  .split(',')
  .map(Number)
  .filter((factor) => factor >= 1);
const SKIPPED = new Set(['node_modules', 'dist', '.git', '.astro', '.cache', 'reports']);

/** A copy of the project without its outputs and caches, node_modules linked, not copied. */
function copyProject(): string {
  const copy = mkdtempSync(join(tmpdir(), 'oublies-bench-'));
  for (const entry of readdirSync('.')) {
    if (SKIPPED.has(entry)) continue;
    cpSync(entry, join(copy, entry), { recursive: true });
  }
  symlinkSync(realpathSync('node_modules'), join(copy, 'node_modules'));
  return copy;
}

function timed(command: string, args: string[], cwd: string): { seconds: number; ok: boolean; output: string } {
  const start = performance.now();
  const result = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  return {
    seconds: (performance.now() - start) / 1000,
    ok: result.status === 0,
    output: `${result.stdout}${result.stderr}`,
  };
}

function folderStats(directory: string): { pages: number; bytes: number } {
  let pages = 0;
  let bytes = 0;
  for (const entry of readdirSync(directory, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
    if (entry.name.endsWith('.html')) pages++;
  }
  return { pages, bytes };
}

const bench: Bench = async (log) => {
  log('Construction dans une copie temporaire du projet (données réelles, puis multipliées).');
  log('');
  log('| données | lignes | validation | construction | pages | taille de dist/ |');
  log('|---|---|---|---|---|---|');
  for (const factor of FACTORS) {
    const copy = copyProject();
    try {
      const counts = writeScaledData('data', join(copy, 'data'), factor);
      const rows = [...counts.values()].reduce((sum, count) => sum + count, 0);
      const validation = timed('node', ['scripts/validate-data.ts'], copy);
      const build = validation.ok
        ? timed('astro', ['build', '--silent'], copy)
        : { seconds: 0, ok: false, output: validation.output };
      const label = factor === 1 ? 'réelles' : `×${factor}`;
      if (!build.ok) {
        log(
          `| ${label} | ${integer.format(rows)} | ${oneDecimal.format(validation.seconds)}\u00a0s | échec : ${build.output.trim().split('\n').slice(-2).join(' ')} | | |`,
        );
        continue;
      }
      const { pages, bytes } = folderStats(join(copy, 'dist'));
      log(
        `| ${label} | ${integer.format(rows)} | ${oneDecimal.format(validation.seconds)}\u00a0s | ${oneDecimal.format(build.seconds)}\u00a0s | ${pages} | ${oneDecimal.format(bytes / 1024 / 1024)}\u00a0Mo |`,
      );
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  }
  log('');
  log(`(copies faites dans ${tmpdir()}, supprimées ensuite ; BENCH_BUILD_FACTORS=1,10 pour choisir les facteurs)`);
};

export default bench;
