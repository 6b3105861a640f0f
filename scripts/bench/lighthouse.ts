/**
 * Bench: Lighthouse scores (mobile, the default: simulated slow 4G and a
 * mid-range phone) for each key page — performance, accessibility, best
 * practices, SEO — with Debian's Chromium (CHROME_PATH, default
 * /usr/bin/chromium). dist/ is served by scripts/static-server.ts with the
 * headers of public/_headers, as a static host would serve it. Each page is
 * measured BENCH_LIGHTHOUSE_RUNS times (default 3) and the median run is
 * shown: on a shared machine one run can fall 15 points for a busy second.
 * Budget: performance 95 at least, 100 in the three other categories.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import type { Bench } from '../bench.ts';
import { startStaticServer } from '../static-server.ts';
import { KEY_PAGES } from './pages.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const RUNS = Math.max(1, Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3));
/** The performance score the key pages must reach (median run). */
export const PERFORMANCE_BUDGET = 95;
const CHROME_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
].join(' ');

interface LighthouseReport {
  /** benchmarkIndex: Lighthouse's measure of the machine's speed; low under load, and performance drops with it. */
  environment?: { benchmarkIndex?: number };
  categories: Record<string, { score: number | null } | undefined>;
  audits: Record<string, { score: number | null; title: string; scoreDisplayMode?: string } | undefined>;
  runtimeError?: { message: string };
}

/** Runs the lighthouse CLI on one URL and returns its JSON report. */
function runLighthouse(url: string): Promise<LighthouseReport> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      'lighthouse',
      [
        url,
        '--output=json',
        '--output-path=stdout',
        '--quiet',
        `--only-categories=${CATEGORIES.join(',')}`,
        `--chrome-flags=${CHROME_FLAGS}`,
      ],
      {
        env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      err += chunk.toString();
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      try {
        resolve(JSON.parse(out) as LighthouseReport);
      } catch {
        reject(new Error(`lighthouse a échoué (code ${code}) : ${err.trim().split('\n').slice(-3).join(' ')}`));
      }
    });
  });
}

const bench: Bench = async (log) => {
  if (!existsSync('dist/index.html')) {
    log('dist/ absent : lancez `npm run build` avant `npm run bench`.');
    return;
  }
  const server = await startStaticServer({ root: 'dist', headersFile: 'public/_headers' });
  try {
    const load = loadavg()[0] ?? 0;
    log(
      `Lighthouse, profil mobile, médiane de ${RUNS} passage${RUNS > 1 ? 's' : ''} par page ; budget : performance ${PERFORMANCE_BUDGET} au moins, 100 ailleurs. Charge de la machine au départ : ${new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 }).format(load)} pour ${cpus().length} cœurs.`,
    );
    log(
      'Le score de performance dépend de la vitesse mesurée de la machine (colonne « indice ») : sous forte charge, il baisse sans que la page change.',
    );
    log('');
    log('| page | performance (passages) | accessibilité | bonnes pratiques | SEO | indice | audits en défaut |');
    log('|---|---|---|---|---|---|---|');
    for (const path of KEY_PAGES) {
      try {
        const reports: LighthouseReport[] = [];
        for (let run = 0; run < RUNS; run++) {
          const candidate = await runLighthouse(`${server.url}${path}`);
          if (candidate.runtimeError) throw new Error(candidate.runtimeError.message);
          reports.push(candidate);
        }
        const performanceOf = (candidate: LighthouseReport) => candidate.categories['performance']?.score ?? 0;
        const byPerformance = [...reports].sort((a, b) => performanceOf(a) - performanceOf(b));
        const report = byPerformance[Math.floor((byPerformance.length - 1) / 2)]!;
        const runs = reports.map((candidate) => Math.round(performanceOf(candidate) * 100)).join(', ');
        const scores = CATEGORIES.map((category) => {
          const score = report.categories[category]?.score;
          return score === null || score === undefined ? '—' : String(Math.round(score * 100));
        });
        const failing = Object.entries(report.audits)
          .filter(
            ([, audit]) =>
              audit &&
              audit.score !== null &&
              audit.score < 1 &&
              audit.scoreDisplayMode !== 'informative' &&
              audit.scoreDisplayMode !== 'manual' &&
              audit.scoreDisplayMode !== 'notApplicable',
          )
          .map(([id]) => id);
        const index = report.environment?.benchmarkIndex;
        const [performance = '—', ...others] = scores;
        const verdict = Number(performance) >= PERFORMANCE_BUDGET ? '' : ' (sous le budget)';
        log(
          `| ${path} | ${performance}${verdict} (${runs}) | ${others.join(' | ')} | ${index === undefined ? '—' : Math.round(index)} | ${failing.length ? failing.slice(0, 6).join(', ') : '—'} |`,
        );
      } catch (error) {
        log(`| ${path} | échec : ${error instanceof Error ? error.message : String(error)} | | | | | |`);
      }
    }
  } finally {
    await server.close();
  }
};

export default bench;
