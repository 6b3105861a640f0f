/**
 * Table-driven schema tests: a minimal valid row per dataset, overridden one
 * field at a time; each case says which column must be reported.
 */
import { readFileSync } from 'node:fs';
import { toCsv } from '../../../src/lib/csv.ts';
import { checkAll, type Dataset, type DatasetInput, type Problem } from '../../../src/schemas/dataset.ts';
import { sourcesDataset } from '../../../src/schemas/sources.ts';
import { mesuresDataset } from '../../../src/schemas/mesures.ts';
import { contextesDataset } from '../../../src/schemas/contextes.ts';
import { metiersDataset } from '../../../src/schemas/metiers.ts';

/** A CSV row as cells (strings; '' for empty). */
export type Cells = Record<string, string>;

/** The datasets a row may refer to, from the valid fixtures (ids source-a, source-b, mesure-a, decision-a, hopital-public, aide-soignant…). */
function referencedInputs(except: string): DatasetInput[] {
  // sources.csv refers to nothing: check it alone.
  if (except === 'sources') return [];
  const inputs: DatasetInput[] = [];
  if (except !== 'sources')
    inputs.push({
      dataset: sourcesDataset as unknown as Dataset,
      text: readFileSync('tests/fixtures/valid/sources.csv', 'utf8'),
    });
  if (except !== 'mesures')
    inputs.push({
      dataset: mesuresDataset as unknown as Dataset,
      text: readFileSync('tests/fixtures/valid/mesures.csv', 'utf8'),
    });
  // « Suis-je concerné ? » refers to its contexts and professions (ids hopital-public, aide-soignant…).
  // (The professions refer to the contexts: when the contexts are under test, they are left out.)
  for (const dataset of [contextesDataset, metiersDataset] as unknown as Dataset[]) {
    if (except !== dataset.slug && except !== 'mesures' && !(except === 'contextes' && dataset.slug === 'metiers'))
      inputs.push({ dataset, text: readFileSync(`tests/fixtures/valid/${dataset.slug}.csv`, 'utf8') });
  }
  return inputs;
}

/** Problems found when `rows` form the whole file of `dataset` (with the valid fixtures as references). */
export function problemsFor(dataset: Dataset, rows: Cells[]): Problem[] {
  const text = toCsv(Object.keys(dataset.columns), rows);
  return checkAll([{ dataset, text }, ...referencedInputs(dataset.slug)]).problems;
}

/** Columns reported for a single row. */
export function reportedColumns(dataset: Dataset, row: Cells): string[] {
  return [...new Set(problemsFor(dataset, [row]).map((problem) => problem.column ?? '*'))];
}

/** One negative case: a title, the overriding cells, the column that must be reported. */
export type Case = [title: string, overrides: Cells, column: string];
