/**
 * `npm run bench`: runs every module of scripts/bench/ in name order and prints
 * its figures. Benchmarks print; they never fail a build (tests assert behaviour).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** What a bench module exports by default. */
export type Bench = (log: (line: string) => void) => Promise<void>;

const directory = join(import.meta.dirname, 'bench');
const only = process.argv[2];
for (const name of readdirSync(directory)
  .filter((file) => file.endsWith('.ts'))
  .sort()) {
  if (only && !name.includes(only)) continue;
  console.log(`\n## ${name.replace(/\.ts$/, '')}`);
  const module = (await import(pathToFileURL(join(directory, name)).href)) as { default: Bench };
  await module.default((line) => console.log(line));
}
