/**
 * Validates every CSV of data/ against its schema and every cross-reference,
 * prints every problem as `data/<file>.csv:<line>:<column> — trouvé « … », attendu …`
 * and exits non-zero when there is one. Start, build and test run it first.
 *
 * Usage: node scripts/validate-data.ts [dossier]   (default: data)
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DATASETS } from '../src/schemas/index.ts';
import { checkAll, formatProblem, type DatasetInput, type Problem } from '../src/schemas/dataset.ts';

export interface ValidationReport {
  problems: Problem[];
  rowCounts: Map<string, number>;
}

/** Validates the CSV files of one folder (the real data/ or a test fixture). */
export function validateDirectory(
  directory: string,
  label = relative(process.cwd(), directory) || directory,
): ValidationReport {
  const problems: Problem[] = [];
  const inputs: DatasetInput[] = [];
  const known = new Set(DATASETS.map((dataset) => `${dataset.slug}.csv`));
  for (const dataset of DATASETS) {
    const path = join(directory, `${dataset.slug}.csv`);
    const file = `${label}/${dataset.slug}.csv`;
    if (!existsSync(path)) {
      problems.push({
        file,
        line: 1,
        column: '*',
        value: '(fichier absent)',
        expected: `le fichier ${dataset.slug}.csv`,
      });
      inputs.push({ dataset, text: `${Object.keys(dataset.columns).join(',')}\n`, file });
      continue;
    }
    inputs.push({ dataset, text: readFileSync(path, 'utf8'), file });
  }
  for (const name of readdirSync(directory)) {
    if (name.endsWith('.csv') && !known.has(name)) {
      problems.push({
        file: `${label}/${name}`,
        line: 1,
        column: '*',
        value: name,
        expected: 'un fichier décrit par un schéma de src/schemas/ (ou aucun fichier CSV de plus)',
      });
    }
  }
  const result = checkAll(inputs);
  problems.push(...result.problems);
  const rowCounts = new Map([...result.rowsBySlug].map(([slug, rows]) => [slug, rows.length]));
  return { problems, rowCounts };
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
    for (const problem of problems) error(formatProblem(problem));
    error(
      `\n${problems.length} problème${problems.length > 1 ? 's' : ''} dans les données : rien n’est construit tant qu’ils ne sont pas corrigés.`,
    );
    return 1;
  }
  const summary = [...rowCounts].map(([slug, count]) => `${slug} ${count}`).join(', ');
  log(`Données valides (${summary}).`);
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = main(process.argv.slice(2));
}
