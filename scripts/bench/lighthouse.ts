/**
 * Bench: Lighthouse scores (mobile, the default: simulated slow 4G and a
 * mid-range phone) for each key page — performance, accessibility, best
 * practices, SEO — with Debian's Chromium (CHROME_PATH, default
 * /usr/bin/chromium). dist/ is served by scripts/static-server.ts with the
 * headers of public/_headers, as a static host would serve it. Budget: 100
 * in all four categories.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import type { Bench } from '../bench.ts';
import { startStaticServer } from '../static-server.ts';
import { KEY_PAGES } from './pages.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
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
      `Lighthouse, profil mobile ; budget : 100 partout. Charge de la machine au départ : ${new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 }).format(load)} pour ${cpus().length} cœurs.`,
    );
    log(
      'Le score de performance dépend de la vitesse mesurée de la machine (colonne « indice ») : sous forte charge, il baisse sans que la page change.',
    );
    log('');
    log('| page | performance | accessibilité | bonnes pratiques | SEO | indice | audits en défaut |');
    log('|---|---|---|---|---|---|---|');
    for (const path of KEY_PAGES) {
      try {
        const report = await runLighthouse(`${server.url}${path}`);
        if (report.runtimeError) throw new Error(report.runtimeError.message);
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
        log(
          `| ${path} | ${scores.join(' | ')} | ${index === undefined ? '—' : Math.round(index)} | ${failing.length ? failing.slice(0, 6).join(', ') : '—'} |`,
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
