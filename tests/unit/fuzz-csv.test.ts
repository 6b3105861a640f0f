/**
 * Property: whatever text arrives as a CSV file, the parser and the validator
 * end in typed rows or in validation problems — never in an exception.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DATASETS } from '../../src/schemas/index.ts';
import { checkDataset, formatProblem } from '../../src/schemas/dataset.ts';
import { readFileSync } from 'node:fs';

const cellAlphabet = fc.constantFrom(
  'a',
  'é',
  ',',
  '"',
  '\n',
  '\r',
  ';',
  ' ',
  '0',
  '9',
  '-',
  '.',
  '2021',
  '2021-02-30',
  'oui',
  'confirme',
  'source-a',
  '\uFEFF',
  '«',
  '»',
);
const cell = fc.array(cellAlphabet, { maxLength: 8 }).map((parts) => parts.join(''));

describe('robustesse du parseur et du validateur', () => {
  it('1 000 textes CSV aléatoires finissent en lignes ou en problèmes, sans exception', () => {
    const bySlug = new Map(DATASETS.map((dataset) => [dataset.slug, dataset]));
    const datasets = fc.constantFrom(...DATASETS.map((dataset) => dataset.slug)).map((slug) => bySlug.get(slug)!);
    const validText = (slug: string): string => readFileSync(`tests/fixtures/valid/${slug}.csv`, 'utf8');
    // Three families: pure noise, a right header with noisy rows, and a valid file with random damage.
    const text = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc
        .tuple(datasets, fc.array(fc.array(cell, { maxLength: 20 }), { maxLength: 6 }))
        .map(
          ([dataset, rows]) =>
            `${Object.keys(dataset.columns).join(',')}\n${rows.map((row) => row.join(',')).join('\n')}`,
        ),
      fc.tuple(datasets, fc.nat(), fc.string({ maxLength: 12 })).map(([dataset, position, insert]) => {
        const original = validText(dataset.slug);
        const at = position % (original.length + 1);
        return original.slice(0, at) + insert + original.slice(at + 1);
      }),
    );
    fc.assert(
      fc.property(datasets, text, (dataset, csv) => {
        const result = checkDataset(csv, dataset);
        expect(Array.isArray(result.rows)).toBe(true);
        for (const problem of result.problems) {
          expect(formatProblem(problem)).toMatch(/^data\/[a-z-]+\.csv(:\d+(:\S+)?)? — trouvé « .* », attendu /s);
        }
        // Every accepted row has every column of the schema.
        for (const { row } of result.rows) {
          expect(Object.keys(row).sort()).toEqual(Object.keys(dataset.columns).sort());
        }
      }),
      { numRuns: 1000 },
    );
  });
});
