/**
 * The built site as files, for the checks that need no browser: every HTML
 * page of dist/ parsed once (htmlparser2), where a link leads, which route of
 * src/pages built each page, and which few pages stand for all the others in
 * the browser suite. Pure functions of a dist folder, so they run in Node over
 * every page and are tested on made-up folders.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { ElementType, parseDocument } from 'htmlparser2';

/** A parsed document, and one of its elements (htmlparser2's own types, whatever domhandler is hoisted). */
export type Document = ReturnType<typeof parseDocument>;
export type Element = Extract<Document['children'][number], { attribs: Record<string, string> }>;
type ParentNode = Document | Element;

function isElement(node: Document['children'][number]): node is Element {
  return ElementType.isTag(node);
}

/** Every HTML page of a build, as site paths (`/`, `/chronologie/`, `/404.html`), sorted. */
export function builtPages(distDirectory = 'dist'): string[] {
  if (!existsSync(distDirectory)) throw new Error(`${distDirectory}/ absent : lancez d’abord la construction du site`);
  const pages: string[] = [];
  const walk = (directory: string): void => {
    for (const name of readdirSync(directory)) {
      const path = join(directory, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.html')) pages.push(sitePathOf(relative(distDirectory, path).split(sep).join('/')));
    }
  };
  walk(distDirectory);
  return pages.sort();
}

/** `a/index.html` → `/a/`, `404.html` → `/404.html`. */
function sitePathOf(file: string): string {
  const route = `/${file}`;
  return route.endsWith('/index.html') ? route.slice(0, -'index.html'.length) : route;
}

/** The file of dist/ a site path is served from, as a static host does (`/a/` → `a/index.html`), or null. */
export function fileOfPath(distDirectory: string, path: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return null;
  }
  const candidate = join(distDirectory, decoded);
  if (!candidate.startsWith(distDirectory)) return null;
  if (existsSync(candidate) && statSync(candidate).isDirectory()) {
    const index = join(candidate, 'index.html');
    return existsSync(index) ? index : null;
  }
  return existsSync(candidate) ? candidate : null;
}

/** One built page, parsed. */
export interface BuiltPage {
  path: string;
  html: string;
  document: Document;
  /** Every id of the document, in order, repeats included (template contents left out: they are not in the page). */
  ids: string[];
}

const cache = new Map<string, BuiltPage>();

/** Reads and parses a built page once per test run. */
export function readPage(path: string, distDirectory = 'dist'): BuiltPage {
  const key = `${distDirectory}\u0000${path}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const file = fileOfPath(distDirectory, path);
  if (!file?.endsWith('.html')) throw new Error(`${path} : pas de page HTML dans ${distDirectory}/`);
  const html = readFileSync(file, 'utf8');
  const document = parseDocument(html, { decodeEntities: true });
  const ids = elements(document)
    .filter((element) => element.attribs['id'] !== undefined)
    .map((element) => element.attribs['id'] ?? '');
  const page = { path, html, document, ids };
  cache.set(key, page);
  return page;
}

/** Every element under `root`, in document order, without the inert contents of `<template>`. */
export function elements(root: ParentNode): Element[] {
  const found: Element[] = [];
  const visit = (node: ParentNode): void => {
    for (const child of node.children) {
      if (!isElement(child)) continue;
      found.push(child);
      if (child.name !== 'template') visit(child);
    }
  };
  visit(root);
  return found;
}

/** The elements named `tag` under `root`. */
export function byTag(root: ParentNode, tag: string): Element[] {
  return elements(root).filter((element) => element.name === tag);
}

/** Elements whose content a reader does not see as text. */
const NOT_TEXT = new Set(['script', 'style', 'template']);

/** The text a reader sees in an element without JavaScript, whitespace collapsed (hidden elements and scripts left out). */
export function textOf(element: Element): string {
  const parts: string[] = [];
  const visit = (node: Element): void => {
    for (const child of node.children) {
      if (child.type === ElementType.Text) parts.push(child.data);
      else if (isElement(child) && !NOT_TEXT.has(child.name) && child.attribs['hidden'] === undefined) visit(child);
    }
  };
  visit(element);
  // Only HTML's own whitespace collapses: no-break spaces are part of the French text.
  return parts
    .join('')
    .replace(/[ \t\n\f\r]+/g, ' ')
    .trim();
}

/** The closest ancestor of `element` (itself excluded) named one of `tags`, or null. */
export function closest(element: Element, tags: readonly string[]): Element | null {
  let parent = element.parent;
  while (parent && isElement(parent)) {
    if (tags.includes(parent.name)) return parent;
    parent = parent.parent;
  }
  return null;
}

/** Where a link of a page leads. */
export type LinkTarget =
  { kind: 'elsewhere' } | { kind: 'same-site'; path: string; fragment: string | null; file: string | null };

/**
 * Resolves `href`, found on the page `fromPath`, against the site. Addresses on
 * `siteOrigin` (canonical URLs, preview images) count as the site's own;
 * other schemes and origins are elsewhere.
 */
export function resolveLink(distDirectory: string, fromPath: string, href: string, siteOrigin: string): LinkTarget {
  const base = new URL(fromPath, siteOrigin);
  let url: URL;
  try {
    url = new URL(href, base);
  } catch {
    return { kind: 'same-site', path: href, fragment: null, file: null };
  }
  if (url.origin !== new URL(siteOrigin).origin) return { kind: 'elsewhere' };
  const fragment = url.hash ? decodeURIComponent(url.hash.slice(1)) : null;
  return { kind: 'same-site', path: url.pathname, fragment, file: fileOfPath(distDirectory, url.pathname) };
}

/** A route of src/pages that builds HTML pages, and the pattern of the paths it builds. */
export interface Route {
  /** The route file, relative to src/pages (`metiers/[metier]/index.astro`). */
  file: string;
  pattern: RegExp;
  /** Number of [parameters]: the fewer, the more specific (Astro prefers static routes). */
  parameters: number;
}

/** Every `.astro` route under `pagesDirectory`, most specific first. */
export function htmlRoutes(pagesDirectory = 'src/pages'): Route[] {
  const routes: Route[] = [];
  const walk = (directory: string): void => {
    for (const name of readdirSync(directory)) {
      const path = join(directory, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.astro')) routes.push(routeOf(relative(pagesDirectory, path).split(sep).join('/')));
    }
  };
  walk(pagesDirectory);
  return routes.sort((a, b) => a.parameters - b.parameters || a.file.localeCompare(b.file));
}

/** `metiers/[metier]/index.astro` → /^\/metiers\/[^/]+\/$/; `404.astro` → /^\/404\.html$/. */
export function routeOf(file: string): Route {
  const withoutExtension = file.replace(/\.astro$/, '');
  if (withoutExtension === '404' || withoutExtension === '500') {
    return { file, pattern: new RegExp(`^/${withoutExtension}\\.html$`), parameters: 0 };
  }
  const segments = withoutExtension.split('/').filter((segment) => segment !== 'index');
  let parameters = 0;
  const source = segments
    .map((segment) =>
      segment.replace(/\[[^\]]+\]|[^[]+/g, (part) => {
        if (part.startsWith('[')) {
          parameters += 1;
          return part.startsWith('[...') ? '.+' : '[^/]+';
        }
        return part.replace(/[.*+?^${}()|\\]/g, '\\$&');
      }),
    )
    .join('/');
  return { file, pattern: new RegExp(`^/${source}${source ? '/' : ''}$`), parameters };
}

/** The route that built `path`: the most specific one whose pattern matches. */
export function routeOfPage(routes: readonly Route[], path: string): Route | undefined {
  return routes.find((route) => route.pattern.test(path));
}

/**
 * The pages that stand for all the others in the browser: for each route, its
 * heaviest page and, for a route with parameters, its lightest too (a page with
 * little data shows empty states); then the `heaviest` heaviest pages of the
 * site. The number of pages depends on the routes, not on the rows of data.
 */
export function representativePages(
  pages: readonly string[],
  routes: readonly Route[],
  weightOf: (path: string) => number,
  heaviest = 3,
): string[] {
  const chosen = new Set<string>();
  const byRoute = new Map<Route | undefined, string[]>();
  for (const path of pages) {
    const route = routeOfPage(routes, path);
    byRoute.set(route, [...(byRoute.get(route) ?? []), path]);
  }
  const weights = new Map(pages.map((path) => [path, weightOf(path)]));
  const byWeight = (list: readonly string[]) =>
    [...list].sort((a, b) => (weights.get(b) ?? 0) - (weights.get(a) ?? 0) || a.localeCompare(b));
  for (const [route, list] of byRoute) {
    const ordered = byWeight(list);
    chosen.add(ordered[0]!);
    if (!route || route.parameters > 0) chosen.add(ordered.at(-1)!);
  }
  for (const path of byWeight(pages).slice(0, heaviest)) chosen.add(path);
  return [...chosen].sort();
}
