/**
 * The whole test gate (scripts/test-all.sh) on the project with its data
 * multiplied, to check that the gate stays fast as the site grows: copies the
 * project into a temporary folder (scripts/synthetic-data.ts: unique ids, valid
 * references; data/ untouched), runs the gate there, prints its time, the
 * number of pages and the gate's own closing line, then removes the copy.
 *
 * Usage: npm run test:scaled [-- <factor>]   (default 3; --keep keeps the copy)
 */
import { spawn } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { scaledProjectCopy } from './synthetic-data.ts';

const args = process.argv.slice(2);
const keep = args.includes('--keep');
const factor = Number(args.find((arg) => !arg.startsWith('--')) ?? 3);
if (!Number.isInteger(factor) || factor < 1) {
  console.error('usage : npm run test:scaled -- <facteur entier ≥ 1> [--keep]');
  process.exit(2);
}

function countPages(directory: string): number {
  return readdirSync(directory, { recursive: true, withFileTypes: true }).filter(
    (entry) => entry.isFile() && entry.name.endsWith('.html'),
  ).length;
}

const { directory, rows } = scaledProjectCopy(factor);
console.log(`Copie du projet avec les données ×${factor} (${rows.toLocaleString('fr-FR')} lignes) : ${directory}`);
const start = performance.now();
const code = await new Promise<number>((resolve) => {
  const gate = spawn('bash', ['scripts/test-all.sh'], { cwd: directory, stdio: 'inherit', env: process.env });
  gate.on('exit', (exitCode) => resolve(exitCode ?? 1));
});
const seconds = (performance.now() - start) / 1000;
let pages = 0;
try {
  pages = countPages(join(directory, 'dist'));
} catch {
  // no build
}
const minutes = Math.floor(seconds / 60);
console.log(
  `\nPorte de tests avec les données ×${factor} : ${minutes} min ${Math.round(seconds - minutes * 60)} s, ${pages} pages construites, code de sortie ${code}.`,
);
if (keep) console.log(`Copie gardée : ${directory}`);
else rmSync(directory, { recursive: true, force: true });
process.exit(code);
