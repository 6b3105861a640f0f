/**
 * The control queries of tests/fixtures/metiers-requetes.csv against the real
 * index: every query gives its expected verdict, and no answer names a
 * profession other than the one typed (a follow-up question may offer several,
 * the typed one among them).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/lib/csv.ts';
import { createResolver, type Resolution } from '../../../src/lib/metiers/resolve.ts';
import { realIndex } from '../helpers/metiers-data.ts';

interface ControlQuery {
  query: string;
  verdict: 'oui' | 'non' | 'selon_cas' | 'introuvable' | 'vide';
  metiers: string[];
  reason: string;
}

const file = join(import.meta.dirname, '..', '..', 'fixtures', 'metiers-requetes.csv');
const QUERIES: ControlQuery[] = parseCsv(readFileSync(file, 'utf8')).rows.map(({ cells }) => ({
  query: cells['requete'] ?? '',
  verdict: cells['verdict_attendu'] as ControlQuery['verdict'],
  metiers: (cells['metier_attendu'] ?? '').split(';').filter((id) => id !== ''),
  reason: cells['raison'] ?? '',
}));

const resolver = createResolver(realIndex());

/** The verdict a page shows for a resolution (`introuvable` and `vide` carry none). */
function shown(resolution: Resolution): ControlQuery['verdict'] {
  if (resolution.kind === 'empty') return 'vide';
  if (resolution.kind === 'invalid' || resolution.kind === 'not_found') return 'introuvable';
  if (resolution.kind === 'question') return 'selon_cas';
  return resolution.verdict;
}

describe('les requêtes de contrôle (tests/fixtures/metiers-requetes.csv)', () => {
  it('sont assez nombreuses pour couvrir le champ', () => {
    expect(QUERIES.length).toBeGreaterThanOrEqual(300);
  });

  it.each(QUERIES)('« $query » → $verdict', ({ query, verdict, metiers }) => {
    const resolution = resolver.resolve({ query });
    expect(shown(resolution)).toBe(verdict);
    if (
      resolution.kind === 'answer' ||
      (resolution.kind === 'question' && resolution.question.dimension !== 'metier')
    ) {
      const named = resolution.understood.metiers.map((metier) => metier.id);
      if (metiers.length > 0) for (const id of named) expect(metiers, `métier nommé : ${id}`).toContain(id);
    }
    if (resolution.kind === 'question' && resolution.question.dimension === 'metier' && metiers.length > 0) {
      expect(resolution.question.options.some((option) => metiers.includes(option.value))).toBe(true);
    }
  });
});
