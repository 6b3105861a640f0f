/**
 * What readers must never see in the text of a page, a feed, a chart or a CSV
 * cell meant for them: an internal identifier, a working word of the
 * curation (« seed », « amorce », « ligne de recherche », « non lue »), a
 * file name, the raw `[@id]` markup of a citation, or a number glued to a
 * word (« près de600 000 », « le20 décembre », « 7,5 Md€celle »). Each check
 * returns French sentences naming where, the empty list when all is well;
 * tests/unit/site-checks.test.ts shows each one failing on made-up text.
 *
 * What is exempt, and why: text set as code (`<code>`, `<pre>`: identifiers
 * and file names documented as such on the data pages), the text of a link
 * that is its own address or file (« metiers.csv » linking to that file), and
 * web addresses written out in a citation. Working words are looked for
 * everywhere, code included.
 */
import { ElementType } from 'htmlparser2';
import type { BuiltPage, Element } from './built-site.ts';

/** The vocabulary a scan knows: identifiers to find anywhere, tokens that only look glued. */
export interface LeakVocabulary {
  /** Identifiers internal to the project (ids of sources, old renamed ids): never in text for readers. */
  internalIds: ReadonlySet<string>;
  /** Names written with letters and digits together on purpose (a site's name), seen as text. */
  gluedNames: ReadonlySet<string>;
  /**
   * Ids of the rows of every dataset. Many are ordinary words (« aide-soignant »), so one counts as a leak
   * only where a working note puts an id, alone between parentheses, and when it has a digit no word has:
   * « (ecoutant-115) ». (Ids of three parts or more with a digit are found by their shape anywhere.)
   */
  rowIds?: ReadonlySet<string>;
}

/** Working words of the curation, with what a failure message calls them. */
const WORKING_WORDS: readonly [RegExp, string][] = [
  [/\bseeds?\b/i, '« seed »'],
  [/amorce/i, '« amorce »'],
  [/ligne de recherche/i, '« ligne de recherche »'],
  [/\bnon lu(?:e|es|s)?\b/i, '« non lue »'],
];

/** A file name, with the folders before it if any (« metiers.csv », « data/metiers.csv »). */
const FILE_NAME = /(?<![\w/.-])(?:[\w-]+\/)*[\w-]+\.(?:csv|txt)\b/gi;
/** A token alone between parentheses. */
const PARENTHESIZED = /\(([a-z0-9]+(?:-[a-z0-9]+)+)\)/g;
const ADDRESS = /\bhttps?:\/\/\S+/g;
/** A lowercase token of words and digits joined by hyphens. */
const KEBAB = /(?<![\w@/#.-])[a-z0-9]+(?:-[a-z0-9]+)+(?![\w/-]|\.[a-z])/g;
/** A number glued to the word after it, or a word to the number after it, or a currency sign to a word. */
const GLUED = [
  /(?<![\w.,/-])\d+(?:[\u202f\u00a0 ]\d{3})*(?:,\d+)?[a-zà-ÿœæ]{2,}/gi,
  // Lower case only: « AS163 », « LEGIARTI000046195292 » are references, « de600 » is a typo.
  /(?<![\w/.-])[a-zà-ÿœæ]{2,}\d+/g,
  /€[a-zà-ÿœæ]/gi,
];
/** French ordinals and their endings, which do follow a number: « 1er », « 2e », « 16e », « 2nde ». */
const ORDINAL = /^\d+(?:er|re|ère|ères|e|es|ème|èmes|nd|nde|nds|ndes)$/i;

/** Whether a kebab token looks like an identifier: three parts or more, letters and a digit. */
function identifierShaped(token: string): boolean {
  return token.split('-').length >= 3 && /\d/.test(token) && /[a-z]/.test(token);
}

/**
 * The problems of one piece of text: `where` names it in the messages;
 * `codeLike` text (code, a link showing its own target) is only searched for
 * working words.
 */
export function textLeaks(where: string, text: string, vocabulary: LeakVocabulary, codeLike = false): string[] {
  const problems: string[] = [];
  const excerpt = (index: number): string =>
    text
      .slice(Math.max(0, index - 30), index + 40)
      .replace(/\s+/g, ' ')
      .trim();
  for (const [pattern, name] of WORKING_WORDS) {
    const found = pattern.exec(text);
    if (found) problems.push(`${where} : ${name} dans « ${excerpt(found.index)} »`);
  }
  if (codeLike) return problems;
  const markup = /\[@/.exec(text);
  if (markup) problems.push(`${where} : renvoi [@…] non rendu dans « ${excerpt(markup.index)} »`);
  const prose = text.replace(ADDRESS, (address) => ' '.repeat(address.length));
  for (const found of prose.matchAll(FILE_NAME)) {
    problems.push(`${where} : nom de fichier « ${found[0]} » dans « ${excerpt(found.index)} »`);
  }
  for (const found of prose.matchAll(PARENTHESIZED)) {
    const token = found[1] ?? '';
    if (
      vocabulary.rowIds?.has(token) &&
      /\d/.test(token) &&
      !vocabulary.internalIds.has(token) &&
      !identifierShaped(token)
    )
      problems.push(`${where} : identifiant de ligne « ${token} » dans « ${excerpt(found.index)} »`);
  }
  for (const found of prose.matchAll(KEBAB)) {
    const token = found[0];
    if (vocabulary.internalIds.has(token) || identifierShaped(token))
      problems.push(`${where} : identifiant « ${token} » dans « ${excerpt(found.index)} »`);
  }
  for (const pattern of GLUED) {
    for (const found of prose.matchAll(pattern)) {
      const token = found[0];
      if (ORDINAL.test(token) || vocabulary.gluedNames.has(token.toLowerCase())) continue;
      problems.push(`${where} : « ${token} » colle un nombre et un mot dans « ${excerpt(found.index)} »`);
    }
  }
  return problems;
}

/** Elements whose text is not read, or is read as code. */
const SKIPPED = new Set(['script', 'style']);
const CODE = new Set(['code', 'pre', 'kbd', 'samp']);
/** Attributes whose value a reader meets: accessible names, tooltips, alternatives. */
const READ_ATTRIBUTES = ['aria-label', 'title', 'alt', 'placeholder', 'data-tooltip'];
/** Inline elements whose text runs on with the text around them: « près de<strong>600 000</strong> » is glued. */
const INLINE = new Set([
  'strong',
  'em',
  'b',
  'i',
  'span',
  'time',
  'abbr',
  'cite',
  'small',
  'mark',
  'sup',
  'sub',
  'a',
  'q',
]);

/** The text of an element, scripts and styles left out. */
function collect(node: Element): string {
  let text = '';
  for (const child of node.children) {
    if (child.type === ElementType.Text) text += child.data;
    else if ('attribs' in child && !SKIPPED.has(child.name)) text += collect(child);
  }
  return text;
}

/** Whether a link's text is only the address or the file it points to (« metiers.csv », « https://… »). */
function showsItsTarget(link: Element): boolean {
  const href = link.attribs['href'] ?? '';
  const shown = collect(link).trim();
  if (shown === '') return false;
  let decoded = href;
  try {
    decoded = decodeURI(href);
  } catch {
    // A malformed escape: compare the address as written.
  }
  return href === shown || decoded === shown || href.endsWith(`/${shown}`) || decoded.endsWith(shown);
}

/** A run of text as a reader meets it, and whether it is set as code (or a link showing its own target). */
interface Run {
  text: string;
  codeLike: boolean;
}

/** The runs of text of a tree and the read attributes of its elements, in document order. */
function runsOf(root: Element): { runs: Run[]; attributes: { element: string; name: string; value: string }[] } {
  const runs: Run[] = [];
  const attributes: { element: string; name: string; value: string }[] = [];
  let current: Run = { text: '', codeLike: false };
  const close = (codeLike: boolean): void => {
    if (current.text.trim() !== '') runs.push(current);
    current = { text: '', codeLike };
  };
  const visit = (node: Element, codeLike: boolean): void => {
    for (const name of READ_ATTRIBUTES) {
      const value = node.attribs[name];
      if (value) attributes.push({ element: node.name, name, value });
    }
    for (const child of node.children) {
      if (child.type === ElementType.Text) {
        current.text += child.data;
        continue;
      }
      if (!('attribs' in child) || SKIPPED.has(child.name)) continue;
      const asCode = codeLike || CODE.has(child.name) || (child.name === 'a' && showsItsTarget(child));
      if (asCode !== codeLike || !INLINE.has(child.name)) {
        // Code, a link to itself, or a block: a run of its own.
        close(asCode);
        visit(child, asCode);
        close(codeLike);
      } else {
        visit(child, codeLike);
      }
    }
  };
  visit(root, false);
  close(false);
  return { runs, attributes };
}

/**
 * Every piece of text of a page a reader meets — text outside code, link text
 * that is not its own address, the attributes read aloud or shown as tooltips
 * (charts' too) — each searched for leaks.
 */
export function pageLeaks(page: BuiltPage, vocabulary: LeakVocabulary): string[] {
  const problems: string[] = [];
  for (const child of page.document.children) {
    if (!('attribs' in child)) continue;
    const { runs, attributes } = runsOf(child);
    for (const run of runs) problems.push(...textLeaks(page.path, run.text, vocabulary, run.codeLike));
    for (const { element, name, value } of attributes)
      problems.push(...textLeaks(`${page.path} <${element} ${name}>`, value, vocabulary));
  }
  return problems;
}

/** An SVG file or an Atom feed: the text of every element and the attributes read, as for a page. */
export function documentLeaks(where: string, document: BuiltPage['document'], vocabulary: LeakVocabulary): string[] {
  return pageLeaks({ path: where, html: '', document, ids: [] }, vocabulary);
}
