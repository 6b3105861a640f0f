/**
 * Validates every CSV of data/ against its schema and every cross-reference,
 * prints every problem as `data/<file>.csv:<line>:<column> — trouvé « … », attendu …`
 * and exits non-zero when there is one. Start, build and test run it first.
 *
 * Usage: node scripts/validate-data.ts [dossier]   (default: data)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DATASETS } from '../src/schemas/index.ts';
import { checkFiles, formatReport, type Problem } from '../src/schemas/dataset.ts';

export interface ValidationReport {
  problems: Problem[];
  rowCounts: Map<string, number>;
}

/** Validates the CSV files of one folder (the real data/ or a test fixture). */
export function validateDirectory(
  directory: string,
  label = relative(process.cwd(), directory) || directory,
): ValidationReport {
  const files = new Map(
    readdirSync(directory)
      .filter((name) => name.endsWith('.csv'))
      .map((name) => [name, readFileSync(join(directory, name), 'utf8')]),
  );
  const result = checkFiles(DATASETS, files, label);
  const rowCounts = new Map([...result.rowsBySlug].map(([slug, rows]) => [slug, rows.length]));
  return { problems: result.problems, rowCounts };
}

/** Command-line entry: prints the report and returns the exit code. */
export function main(
  argv: string[],
  log: (line: string) => void = console.log,
  error: (line: string) => void = console.error,
): number {
  const directory = argv[0] ?? 'data';
  const { problems, rowCounts } = validateDirectory(directory);
  if (problems.length > 0) {
    for (const line of formatReport(problems).split('\n')) error(line);
    return 1;
  }
  const summary = [...rowCounts].map(([slug, count]) => `${slug} ${count}`).join(', ');
  log(`Données valides (${summary}).`);
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = main(process.argv.slice(2));
}
