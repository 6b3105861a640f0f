/**
 * What a built page costs to load: its HTML, the stylesheets and scripts it
 * references, and the modules those scripts import statically, raw and
 * gzipped. Modules imported dynamically (loaded on first use) are counted
 * apart. Used by scripts/bench/pages.ts; pure where it can be, for tests.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Stylesheet and script URLs a page's HTML references (same-site paths only). */
export function referencedAssets(html: string): { css: string[]; js: string[] } {
  const css = [...html.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*>/g)].flatMap(
    ([tag]) => /\shref="([^"]+)"/.exec(tag)?.[1] ?? [],
  );
  const js = [
    ...[...html.matchAll(/<script\b[^>]*\ssrc="([^"]+)"[^>]*>/g)].map((match) => match[1] ?? ''),
    ...[...html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*>/g)].flatMap(
      ([tag]) => /\shref="([^"]+)"/.exec(tag)?.[1] ?? [],
    ),
  ];
  const local = (url: string) => url.startsWith('/') && !url.startsWith('//');
  return { css: [...new Set(css.filter(local))], js: [...new Set(js.filter(local))] };
}

/** Relative specifiers a bundled ES module imports statically and dynamically. */
export function moduleImports(code: string): { static: string[]; dynamic: string[] } {
  const statics = [
    ...[...code.matchAll(/\bimport\s*(?:[\w*{}\s,$]+\s*from\s*)?["'](\.{1,2}\/[^"']+)["']/g)].map(
      (match) => match[1] ?? '',
    ),
    ...[...code.matchAll(/\bexport\s*(?:\*|\{[^}]*\})\s*from\s*["'](\.{1,2}\/[^"']+)["']/g)].map(
      (match) => match[1] ?? '',
    ),
  ];
  const dynamics = [...code.matchAll(/\bimport\(\s*["'`](\.{1,2}\/[^"'`]+)["'`]\s*\)/g)].map((match) => match[1] ?? '');
  return { static: [...new Set(statics)], dynamic: [...new Set(dynamics)] };
}

/** Every page at most this many bytes gzipped (HTML + CSS + JS loaded with it): the budget that tests/site/weight.test.ts holds. */
export const PAGE_BUDGET_GZIP = 60 * 1024;

export interface Weight {
  files: number;
  raw: number;
  gzip: number;
}

export interface PageWeight {
  path: string;
  html: Weight;
  css: Weight;
  js: Weight;
  /** Modules only imported dynamically: loaded on first use, not with the page. */
  lazyJs: Weight;
  /** HTML + CSS + JS loaded with the page, gzipped. */
  totalGzip: number;
}

/** Gzipped sizes of the shared stylesheets and scripts, by file: every page loads the same few. */
const gzipSizes = new Map<string, number>();

function gzipSize(content: Buffer, file?: string): number {
  const known = file === undefined ? undefined : gzipSizes.get(file);
  if (known !== undefined) return known;
  const size = gzipSync(content, { level: 9 }).length;
  if (file !== undefined) gzipSizes.set(file, size);
  return size;
}

function weigh(contents: readonly { content: Buffer; file?: string }[]): Weight {
  return {
    files: contents.length,
    raw: contents.reduce((sum, { content }) => sum + content.length, 0),
    gzip: contents.reduce((sum, { content, file }) => sum + gzipSize(content, file), 0),
  };
}

/** Weighs one built page of `distDirectory` (`/`, `/chronologie/` …). */
export function pageWeight(distDirectory: string, path: string): PageWeight {
  const htmlFile = path.endsWith('/') ? join(distDirectory, path, 'index.html') : join(distDirectory, path);
  const html = readFileSync(htmlFile);
  const { css, js } = referencedAssets(html.toString('utf8'));
  const read = (url: string) => readFileSync(join(distDirectory, url));
  const asset = (url: string) => ({ content: read(url), file: join(distDirectory, url) });
  const eager = new Set<string>();
  const lazy = new Set<string>();
  const visit = (url: string, into: Set<string>) => {
    if (eager.has(url) || into.has(url) || !existsSync(join(distDirectory, url))) return;
    into.add(url);
    const imports = moduleImports(read(url).toString('utf8'));
    for (const specifier of imports.static) visit(posix.join(dirname(url), specifier), into);
    for (const specifier of imports.dynamic) visit(posix.join(dirname(url), specifier), lazy);
  };
  for (const url of js) visit(url, eager);
  for (const url of eager) lazy.delete(url);
  const result = {
    path,
    html: weigh([{ content: html }]),
    css: weigh(css.filter((url) => existsSync(join(distDirectory, url))).map(asset)),
    js: weigh([...eager].map(asset)),
    lazyJs: weigh([...lazy].map(asset)),
  };
  return { ...result, totalGzip: result.html.gzip + result.css.gzip + result.js.gzip };
}
