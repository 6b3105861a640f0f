/**
 * Latency of « Suis-je concerné ? »: the browser's own search code
 * (src/lib/metiers/search.ts, Fuse.js) timed in Node on the real index, built
 * from data/ exactly as the build does, and on a synthetic index of 10 000
 * job titles. Per query: the suggestions (each keystroke) and the answer.
 * Goal: p95 under 5 ms on the real index, under 16 ms (one frame) at 10 000.
 *
 * Usage: node scripts/bench.ts search
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadRows } from '../../src/schemas/dataset.ts';
import { metiersDataset } from '../../src/schemas/metiers.ts';
import { mesuresDataset } from '../../src/schemas/mesures.ts';
import { sourcesDataset } from '../../src/schemas/sources.ts';
import { buildSearchIndex } from '../../src/queries/metiers-index.ts';
import { createSearcher } from '../../src/lib/metiers/search.ts';
import type { IndexRow, IndexTerm, SearchIndex } from '../../src/lib/metiers/types.ts';
import { CASES } from '../../tests/fixtures/metiers-queries.ts';
import type { Bench } from '../bench.ts';

const SYNTHETIC_SIZE = 10_000;
const REPEATS = 20;

/** What people type: the fixture's full queries, and the same queries cut short as while typing. */
function queries(): string[] {
  const full = CASES.map((item) => item.query);
  const partial = full.map((query) => query.slice(0, Math.max(3, Math.ceil(query.length / 2))));
  return [...full, ...partial, 'secretaire', 'AS', 'TISF', 'ehpad public', 'agent', 'educatrice', 'zzzz qwerty'];
}

function realIndex(): SearchIndex {
  const read = (slug: string) => readFileSync(join(import.meta.dirname, '..', '..', 'data', `${slug}.csv`), 'utf8');
  return buildSearchIndex(
    loadRows(read('metiers'), metiersDataset),
    loadRows(read('mesures'), mesuresDataset),
    loadRows(read('sources'), sourcesDataset),
  );
}

/** A deterministic pseudo-random generator (mulberry32), so that every run times the same index. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The real index grown to `size` job titles: made-up professions whose titles
 * mix the real titles' words with invented ones (so that they look alike and
 * Fuse has to work), each with one to three rows copied from real contexts.
 */
function syntheticIndex(real: SearchIndex, size: number): SearchIndex {
  const next = random(20240321);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const words = [
    ...new Set(
      real.terms.flatMap((term) => term.text.toLowerCase().split(/[\s'’-]+/)).filter((word) => word.length > 2),
    ),
  ];
  const syllables = ['ra', 'to', 'mi', 'ne', 'lu', 'ca', 'po', 'ri', 'sé', 'da', 'vo', 'ti', 'gue', 'ble', 'tran'];
  const invented = () => Array.from({ length: 2 + Math.floor(next() * 3) }, () => pick(syllables)).join('');
  const terms: IndexTerm[] = [...real.terms];
  const rows: IndexRow[] = [...real.rows];
  const metiers = [...real.metiers];
  let n = 0;
  while (terms.length < size) {
    const slug = `synthetique-${n++}`;
    const title = [pick(words), next() < 0.5 ? pick(words) : invented(), next() < 0.4 ? invented() : '']
      .filter(Boolean)
      .join(' ');
    metiers.push({ slug, label: title });
    const termIndex = terms.length;
    terms.push({ text: title, metiers: [slug] });
    const extra = 1 + Math.floor(next() * 2);
    for (let i = 0; i < extra && terms.length < size; i++)
      terms.push({ text: `${title} ${invented()}`, metiers: [slug] });
    for (let i = 0; i < 1 + Math.floor(next() * 3); i++)
      rows.push({ ...pick(real.rows), id: `${slug}-${i}`, metier: slug, terms: [termIndex] });
  }
  return { ...real, metiers, terms, rows };
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function format(ms: number): string {
  return `${ms.toLocaleString('fr-FR', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} ms`;
}

interface Timing {
  median: number;
  p95: number;
  slowest: { query: string; ms: number };
}

/** Times `run` on each query, REPEATS times after a warm-up; returns the median and p95 of per-query latencies. */
function time(list: readonly string[], run: (query: string) => unknown): Timing {
  for (const query of list) run(query);
  const samples: number[] = [];
  let slowest = { query: '', ms: 0 };
  for (let repeat = 0; repeat < REPEATS; repeat++) {
    for (const query of list) {
      const start = performance.now();
      run(query);
      const ms = performance.now() - start;
      samples.push(ms);
      if (ms > slowest.ms) slowest = { query, ms };
    }
  }
  samples.sort((a, b) => a - b);
  return { median: percentile(samples, 50), p95: percentile(samples, 95), slowest };
}

const bench: Bench = async (log) => {
  const list = queries();
  const real = realIndex();
  const cases: [string, SearchIndex, number][] = [
    [`index réel (${real.terms.length} intitulés, ${real.rows.length} lignes)`, real, 5],
    [
      `index synthétique (${SYNTHETIC_SIZE.toLocaleString('fr-FR')} intitulés)`,
      syntheticIndex(real, SYNTHETIC_SIZE),
      16,
    ],
  ];
  log(
    `${list.length} requêtes × ${REPEATS} passages, code de src/lib/metiers/search.ts (le même que dans le navigateur)`,
  );
  for (const [name, index, goal] of cases) {
    const built = performance.now();
    const searcher = createSearcher(index);
    const setup = performance.now() - built;
    log(`\n${name} — préparation de l’index : ${format(setup)}`);
    const timings: [string, Timing][] = [
      ['suggestions (à chaque frappe)', time(list, (query) => searcher.suggest(query))],
      ['réponse', time(list, (query) => searcher.resolve({ query }))],
      [
        'suggestions + réponse',
        time(list, (query) => {
          searcher.suggest(query);
          return searcher.resolve({ query });
        }),
      ],
    ];
    for (const [label, timing] of timings) {
      const verdict = timing.p95 < goal ? 'objectif tenu' : 'OBJECTIF MANQUÉ';
      log(
        `  ${label.padEnd(30)} médiane ${format(timing.median).padStart(9)}   p95 ${format(timing.p95).padStart(9)}   (${verdict} : p95 < ${goal} ms ; la plus lente : « ${timing.slowest.query} », ${format(timing.slowest.ms)})`,
      );
    }
  }
};

export default bench;
