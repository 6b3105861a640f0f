/**
 * Synthetic data for the build benchmark: every dataset repeated `factor`
 * times, written into another folder (a temporary copy of the project, never
 * data/). Copies keep ids unique (`<id>-x<k>`) and every reference valid: they
 * point to the original rows, which stay. Professions get their own slug and
 * label per copy, so that pages per profession grow with the data as they would.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv, toCsv } from '../src/lib/csv.ts';
import { DATASETS } from '../src/schemas/index.ts';

/** Columns renamed in each copy, by dataset: the id everywhere, and what a page is keyed on. */
const RENAMED: Record<string, Record<string, (value: string, copy: number) => string>> = {
  metiers: {
    libelle: (value, copy) => `${value} (copie ${copy})`,
  },
};

/** One CSV text repeated `factor` times (the original rows first, unchanged). */
export function scaleCsv(text: string, slug: string, factor: number): string {
  const { header, rows } = parseCsv(text);
  const out: Record<string, string | null>[] = rows.map((row) => row.cells);
  for (let copy = 1; copy < factor; copy++) {
    for (const { cells } of rows) {
      const next: Record<string, string | null> = { ...cells };
      if (next['id']) next['id'] = `${next['id']}-x${copy}`;
      for (const [column, rename] of Object.entries(RENAMED[slug] ?? {})) {
        const value = next[column];
        if (value) next[column] = rename(value, copy);
      }
      out.push(next);
    }
  }
  return toCsv(header, out);
}

/** Writes every dataset of `fromDirectory`, scaled, into `toDirectory`; returns the row count per file. */
export function writeScaledData(fromDirectory: string, toDirectory: string, factor: number): Map<string, number> {
  mkdirSync(toDirectory, { recursive: true });
  const counts = new Map<string, number>();
  for (const dataset of DATASETS) {
    const scaled = scaleCsv(readFileSync(join(fromDirectory, `${dataset.slug}.csv`), 'utf8'), dataset.slug, factor);
    writeFileSync(join(toDirectory, `${dataset.slug}.csv`), scaled);
    counts.set(dataset.slug, parseCsv(scaled).rows.length);
  }
  return counts;
}
