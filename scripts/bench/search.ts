/**
 * Latency and weight of « Suis-je concerné ? »: the browser's own code
 * (src/lib/metiers/resolve.ts) timed in Node, per keystroke (the suggestions
 * and the answer for the text typed so far), on the real index built from
 * data/ exactly as the build does, and on a synthetic index of 10 000 job
 * titles; then the JavaScript the métiers page loads, gzipped (after a build).
 * Goals: p95 per keystroke under 5 ms on the real index, under 16 ms (one
 * frame) at 10 000 titles; the page's JavaScript under 40 KB gzipped.
 *
 * Usage: node scripts/bench.ts search   (run `npm run build` first for the weight)
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadRows } from '../../src/schemas/dataset.ts';
import { metiersDataset } from '../../src/schemas/metiers.ts';
import { mesuresDataset } from '../../src/schemas/mesures.ts';
import { sourcesDataset } from '../../src/schemas/sources.ts';
import { contextesDataset } from '../../src/schemas/contextes.ts';
import { reglesDataset } from '../../src/schemas/regles.ts';
import { contratsDataset } from '../../src/schemas/contrats.ts';
import { gradesDataset } from '../../src/schemas/grades.ts';
import { employeursDataset } from '../../src/schemas/employeurs.ts';
import { DEPARTEMENTS } from '../../src/lib/departements.ts';
import { parseCsv } from '../../src/lib/csv.ts';
import { buildSearchIndex } from '../../src/queries/metiers-index.ts';
import { createResolver } from '../../src/lib/metiers/resolve.ts';
import { normalizeProfession } from '../../src/lib/metiers/normalize.ts';
import type { IndexMetier, IndexTerm, SearchIndex } from '../../src/lib/metiers/types.ts';
import { pageWeight } from '../page-weight.ts';
import type { Bench } from '../bench.ts';

const root = join(import.meta.dirname, '..', '..');
const SYNTHETIC_SIZE = 10_000;
const REPEATS = 5;
/** JavaScript budget of the métiers page, gzipped, bytes. */
const JS_BUDGET = 40 * 1024;

/** Every keystroke of the control queries: each prefix of each query, from its third character. */
function keystrokes(): string[] {
  const file = readFileSync(join(root, 'tests', 'fixtures', 'metiers-requetes.csv'), 'utf8');
  const queries = parseCsv(file)
    .rows.map(({ cells }) => cells['requete'] ?? '')
    .filter((query) => query.trim() !== '' && query.length < 120);
  const strokes: string[] = [];
  for (const query of queries) for (let end = 3; end <= query.length; end++) strokes.push(query.slice(0, end));
  return strokes;
}

function realIndex(): SearchIndex {
  const read = (slug: string) => readFileSync(join(root, 'data', `${slug}.csv`), 'utf8');
  return buildSearchIndex({
    metiers: loadRows(read('metiers'), metiersDataset),
    grades: loadRows(read('grades'), gradesDataset),
    contextes: loadRows(read('contextes'), contextesDataset),
    regles: loadRows(read('regles'), reglesDataset),
    contrats: loadRows(read('contrats'), contratsDataset),
    employeurs: loadRows(read('employeurs'), employeursDataset),
    mesures: loadRows(read('mesures'), mesuresDataset),
    sources: loadRows(read('sources'), sourcesDataset),
    departements: DEPARTEMENTS.map(([code, name]) => ({ code, name, href: `/departements/${code}/` })),
  });
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
 * the matching has to work), each usually employed in a few real contexts.
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
  const acronyms = new Set(real.acronyms);
  const terms: IndexTerm[] = [...real.terms];
  const metiers: IndexMetier[] = [...real.metiers];
  const employers = real.contexts.filter((context) => context.nature === 'employeur').map((context) => context.id);
  let n = 0;
  while (terms.length < size) {
    const id = `synthetique-${n++}`;
    const title = [pick(words), next() < 0.5 ? pick(words) : invented(), next() < 0.4 ? invented() : '']
      .filter(Boolean)
      .join(' ');
    const model = pick(real.metiers);
    metiers.push({ ...model, id, label: title, contexts: Array.from({ length: 2 }, () => pick(employers)) });
    for (const text of [title, `${title} ${invented()}`]) {
      if (terms.length >= size) break;
      const canon = normalizeProfession(text, acronyms);
      if (canon !== '' && !terms.some((term) => term.canon === canon))
        terms.push({ text, canon, metiers: [id], grades: [] });
    }
  }
  return { ...real, metiers, terms };
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function ms(value: number): string {
  return `${value.toLocaleString('fr-FR', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} ms`;
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toLocaleString('fr-FR', { maximumFractionDigits: 1 })} Ko`;
}

const bench: Bench = async (log) => {
  const strokes = keystrokes();
  const real = realIndex();
  const cases: [string, SearchIndex, number][] = [
    [`index réel (${real.terms.length} intitulés, ${real.rules.length} règles)`, real, 5],
    [
      `index synthétique (${SYNTHETIC_SIZE.toLocaleString('fr-FR')} intitulés)`,
      syntheticIndex(real, SYNTHETIC_SIZE),
      16,
    ],
  ];
  log(
    `${strokes.length} frappes (chaque début des requêtes de contrôle) × ${REPEATS} passages ; par frappe : suggestions + réponse`,
  );
  for (const [name, index, goal] of cases) {
    const started = performance.now();
    const resolver = createResolver(index);
    const setup = performance.now() - started;
    for (const text of strokes.slice(0, 200)) resolver.resolve({ query: text });
    const samples: number[] = [];
    let slowest = { text: '', ms: 0 };
    for (let repeat = 0; repeat < REPEATS; repeat++) {
      for (const text of strokes) {
        const start = performance.now();
        resolver.suggest(text);
        resolver.resolve({ query: text });
        const elapsed = performance.now() - start;
        samples.push(elapsed);
        if (elapsed > slowest.ms) slowest = { text, ms: elapsed };
      }
    }
    samples.sort((a, b) => a - b);
    const p95 = percentile(samples, 95);
    log(`\n${name} — préparation : ${ms(setup)}`);
    log(
      `  par frappe : médiane ${ms(percentile(samples, 50))}, p95 ${ms(p95)} (${p95 < goal ? 'objectif tenu' : 'OBJECTIF MANQUÉ'} : p95 < ${goal} ms) ; la plus lente : « ${slowest.text} », ${ms(slowest.ms)}`,
    );
  }

  const dist = join(root, 'dist');
  if (!existsSync(join(dist, 'metiers', 'index.html'))) {
    log('\nPoids du JavaScript : lancez « npm run build » d’abord.');
    return;
  }
  const weight = pageWeight(dist, '/metiers/');
  const total = weight.js.gzip + weight.lazyJs.gzip;
  const index = readFileSync(join(dist, 'metiers', 'index.json'));
  log(
    `\nJavaScript de /metiers/ (gzip) : ${kb(weight.js.gzip)} au chargement + ${kb(weight.lazyJs.gzip)} au premier focus = ${kb(total)} (${total < JS_BUDGET ? 'objectif tenu' : 'OBJECTIF MANQUÉ'} : < 40 Ko) ; index /metiers/index.json : ${kb(index.length)}`,
  );
};

export default bench;
