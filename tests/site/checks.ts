/**
 * What every built page must hold, checked in Node over the HTML of dist/ (no
 * browser, so every page is checked whatever the size of the data). Each check
 * returns its problems as French sentences naming the page, the empty list when
 * all is well; tests/unit/site-checks.test.ts shows each one failing on a
 * made-up page.
 */
import { DomUtils } from 'htmlparser2';
import { byTag, closest, elements, readPage, resolveLink, textOf, type BuiltPage, type Element } from './built-site.ts';

/** Where the attributes that point somewhere live: tag → attribute. */
const LINK_ATTRIBUTES: readonly [string, string][] = [
  ['a', 'href'],
  ['link', 'href'],
  ['script', 'src'],
  ['img', 'src'],
  ['iframe', 'src'],
  ['form', 'action'],
];

/** The origin the build wrote into canonical addresses (SITE_URL), read from a page. */
export function siteOriginOf(page: BuiltPage): string {
  const canonical = byTag(page.document, 'link').find((link) => link.attribs['rel'] === 'canonical');
  return new URL(canonical?.attribs['href'] ?? 'http://site.invalid/').origin;
}

/** Ids given to more than one element. */
export function duplicateIds(page: BuiltPage): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const id of page.ids) (seen.has(id) ? repeated : seen).add(id);
  return [...repeated].map((id) => `${page.path} : l’identifiant « ${id} » est donné à plusieurs éléments`);
}

/**
 * Links, scripts, stylesheets, images, frames and forms of the site that lead
 * nowhere: a missing file, or a `#fragment` that no element of the target page
 * carries (a fragment on a file that is not a page is left alone). The
 * preview image and canonical address of the head count too (`og:image`, `og:url`).
 */
export function brokenLinks(page: BuiltPage, distDirectory: string, siteOrigin: string): string[] {
  const references: { where: string; href: string }[] = [];
  for (const [tag, attribute] of LINK_ATTRIBUTES) {
    for (const element of byTag(page.document, tag)) {
      const value = element.attribs[attribute];
      if (value !== undefined) references.push({ where: `<${tag} ${attribute}>`, href: value });
    }
  }
  for (const meta of byTag(page.document, 'meta')) {
    const property = meta.attribs['property'];
    if ((property === 'og:image' || property === 'og:url') && meta.attribs['content'])
      references.push({ where: `<meta ${property}>`, href: meta.attribs['content'] });
  }
  const problems: string[] = [];
  for (const { where, href } of references) {
    if (href.trim() === '') {
      problems.push(`${page.path} : ${where} vide`);
      continue;
    }
    if (/^(?:mailto|tel|data|javascript):/i.test(href)) {
      if (/^javascript:/i.test(href)) problems.push(`${page.path} : ${where} en javascript: (${href})`);
      continue;
    }
    const target = resolveLink(distDirectory, page.path, href, siteOrigin);
    if (target.kind === 'elsewhere') continue;
    if (!target.file) {
      problems.push(`${page.path} : ${where} « ${href} » mène à un fichier absent`);
      continue;
    }
    if (target.fragment === null || target.fragment === '' || target.fragment === 'top') continue;
    if (!target.file.endsWith('.html')) continue;
    const targetPage = target.path === page.path ? page : readPage(target.path, distDirectory);
    if (!targetPage.ids.includes(target.fragment))
      problems.push(`${page.path} : ${where} « ${href} » vise un fragment que ${target.path} n’a pas`);
  }
  return problems;
}

/** A page reads without JavaScript: `<html lang="fr">`, one `<main>` with one `<h1>` and real text, headings in order. */
export function missingContent(page: BuiltPage): string[] {
  const problems: string[] = [];
  const html = byTag(page.document, 'html')[0];
  if (html?.attribs['lang'] !== 'fr') problems.push(`${page.path} : <html> sans lang="fr"`);
  const mains = byTag(page.document, 'main');
  if (mains.length !== 1) return [...problems, `${page.path} : ${mains.length} éléments <main> au lieu d’un`];
  const main = mains[0]!;
  const headings = elements(main).filter((element) => /^h[1-6]$/.test(element.name));
  const h1s = headings.filter((heading) => heading.name === 'h1');
  if (h1s.length !== 1) problems.push(`${page.path} : ${h1s.length} titres <h1> dans <main> au lieu d’un`);
  for (const heading of headings) {
    if (textOf(heading) === '') problems.push(`${page.path} : un titre <${heading.name}> est vide`);
  }
  // A heading may go back up any number of levels, but down only one at a time (h2 → h4 skips h3).
  for (let i = 1; i < headings.length; i++) {
    const previous = Number(headings[i - 1]!.name.slice(1));
    const level = Number(headings[i]!.name.slice(1));
    if (level > previous + 1)
      problems.push(`${page.path} : le titre « ${textOf(headings[i]!)} » (h${level}) suit un h${previous}`);
  }
  const text = textOf(main);
  if (text.length < 80) problems.push(`${page.path} : <main> ne contient que ${text.length} caractères de texte`);
  return problems;
}

/** A chart: a `<figure>` holding an `<svg>` that assistive technologies see. */
function charts(page: BuiltPage): Element[] {
  return byTag(page.document, 'figure').filter((figure) =>
    byTag(figure, 'svg').some((svg) => svg.attribs['aria-hidden'] !== 'true'),
  );
}

/** The element a fragment of the site points to, if it exists. */
function fragmentTarget(distDirectory: string, path: string, fragment: string): Element | undefined {
  const page = readPage(path, distDirectory);
  return elements(page.document).find((element) => element.attribs['id'] === fragment);
}

/**
 * Every chart comes with the table of its data: a `<table>` in the chart's own
 * section, or, where the chart stands alone (an embed), a link to a section of
 * the site that holds that table.
 */
export function chartsWithoutTable(page: BuiltPage, distDirectory: string, siteOrigin: string): string[] {
  const problems: string[] = [];
  for (const figure of charts(page)) {
    const section = closest(figure, ['section', 'article', 'main']);
    if (section && byTag(section, 'table').length > 0) continue;
    const linkedTable = byTag(page.document, 'a').some((link) => {
      const target = resolveLink(distDirectory, page.path, link.attribs['href'] ?? '', siteOrigin);
      if (target.kind !== 'same-site' || !target.fragment || !target.file?.endsWith('.html')) return false;
      const element = fragmentTarget(distDirectory, target.path, target.fragment);
      return element !== undefined && byTag(element, 'table').length > 0;
    });
    if (!linkedTable) {
      const title = byTag(figure, 'title')[0];
      problems.push(`${page.path} : le graphique « ${title ? textOf(title) : '?'} » n’a pas de tableau de données`);
    }
  }
  return problems;
}

/** Code the Content-Security-Policy would block: inline scripts (JSON data blocks are inert), `style=` and `on…=` attributes. */
export function inlineCode(page: BuiltPage): string[] {
  const problems: string[] = [];
  for (const script of byTag(page.document, 'script')) {
    const type = (script.attribs['type'] ?? '').toLowerCase();
    const runs = type === '' || type === 'module' || type.includes('javascript');
    if (runs && script.attribs['src'] === undefined)
      problems.push(`${page.path} : script en ligne « ${DomUtils.textContent(script).slice(0, 60)} »`);
  }
  for (const element of elements(page.document)) {
    for (const name of Object.keys(element.attribs)) {
      if (name === 'style' || /^on[a-z]+$/.test(name))
        problems.push(`${page.path} : attribut ${name}= sur <${element.name}>`);
    }
  }
  return problems;
}
