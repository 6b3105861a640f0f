/**
 * Builds the site « on » another day (a faked clock, see scripts/fake-clock.ts)
 * and checks that every file is byte for byte the same: the same data must
 * give the same site on any day. Prints the files that differ and exits 1 if
 * any does.
 *
 * Usage:
 *   node scripts/reproducible-build.ts                 two builds, on two faked days
 *   node scripts/reproducible-build.ts --against dist  one build on a faked day, compared with a build made
 *                                                      today (what `npm test` does after its own build)
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** Two days far apart, in different months and years. */
export const DAYS = ['2030-01-01T09:00:00Z', '2031-06-15T18:30:00Z'] as const;

/** Every file under a folder, as paths relative to it, sorted. */
export function filesUnder(root: string): string[] {
  const files: string[] = [];
  const walk = (directory: string): void => {
    for (const name of readdirSync(directory)) {
      const path = join(directory, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.push(relative(root, path));
    }
  };
  walk(root);
  return files.sort();
}

/** What differs between two folders: files present on one side only, files whose bytes differ. */
export function compareFolders(a: string, b: string): string[] {
  const left = filesUnder(a);
  const right = filesUnder(b);
  // Sets, not arrays: a site grown a hundredfold has thousands of files on each side.
  const inLeft = new Set(left);
  const inRight = new Set(right);
  const differences = [
    ...left.filter((file) => !inRight.has(file)).map((file) => `${file} : absent de la seconde construction`),
    ...right.filter((file) => !inLeft.has(file)).map((file) => `${file} : absent de la première construction`),
  ];
  for (const file of left.filter((name) => inRight.has(name))) {
    if (!readFileSync(join(a, file)).equals(readFileSync(join(b, file))))
      differences.push(`${file} : contenu différent`);
  }
  return differences;
}

function build(day: string, outDir: string): void {
  const preload = pathToFileURL(join(import.meta.dirname, 'fake-clock.ts')).href;
  // This Node (24, the project's) runs Astro: the `astro` shim would pick whichever `node` comes first on PATH.
  const astro = join(import.meta.dirname, '..', 'node_modules', 'astro', 'bin', 'astro.mjs');
  const result = spawnSync(process.execPath, [astro, 'build', '--outDir', outDir], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      FAKE_NOW: day,
      // NODE_OPTIONS reaches Astro's worker threads and child processes too.
      NODE_OPTIONS: `${process.env['NODE_OPTIONS'] ?? ''} --import=${preload}`.trim(),
      ASTRO_TELEMETRY_DISABLED: '1',
    },
  });
  if (result.status !== 0) {
    throw new Error(`La construction du ${day} a échoué (${result.error?.message ?? `code ${result.status}`}).`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const root = mkdtempSync(join(tmpdir(), 'reproductible-'));
  const against = process.argv[2] === '--against' ? process.argv[3] : undefined;
  try {
    const builds = (against ? DAYS.slice(1) : DAYS).map((day, index) => {
      const outDir = join(root, `jour-${index + 1}`);
      build(day, outDir);
      return outDir;
    });
    const [first, second] = (against ? [against, ...builds] : builds) as [string, string];
    const differences = compareFolders(first, second);
    if (differences.length > 0) {
      console.error(`Construction non reproductible : ${differences.length} fichier(s) changent avec la date.`);
      for (const line of differences.slice(0, 20)) console.error(`  ${line}`);
      process.exitCode = 1;
    } else {
      const days = against ? `aujourd’hui et le ${DAYS[1]}` : `le ${DAYS.join(' et le ')}`;
      console.log(`Construction reproductible : ${filesUnder(first).length} fichiers identiques, construits ${days}.`);
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
