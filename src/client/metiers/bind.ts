/**
 * Fills markup rendered at build time (a <template> of the answer's
 * components) with a view object, so that the browser shows exactly the
 * markup the static pages show. The components mark what varies:
 *
 * - `data-text="path"`: the element's text is that value;
 * - `data-rich="path"`: its content is a list of text pieces, plain or links (citations);
 * - `data-if="path"`: the element stays only if the value is present;
 * - `data-each="path"`: its first child element is repeated for each item of that list;
 * - `data-attr="name:path,name:path"`: attributes taken from values (removed when absent).
 *
 * A path is a property name, dotted for nested objects; an empty path is the
 * value in scope itself (a list of strings). Text always goes in as text
 * nodes, never as HTML.
 */
import { present, type TextPiece } from '../../lib/metiers/answer-view.ts';

type Scope = unknown;

function valueAt(scope: Scope, path: string): unknown {
  if (path === '') return scope;
  let value: unknown = scope;
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

function isBlank(node: Node): boolean {
  return node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() === '';
}

/** Replaces the content between an element's leading and trailing whitespace, as the build left it. */
function replaceInner(element: Element, nodes: Node[]): void {
  const children = [...element.childNodes];
  const lead = children.length > 0 && isBlank(children[0]!) ? children[0]! : null;
  const trail = children.length > 1 && isBlank(children[children.length - 1]!) ? children[children.length - 1]! : null;
  element.replaceChildren(...(lead ? [lead] : []), ...nodes, ...(trail ? [trail] : []));
}

function richNodes(pieces: readonly TextPiece[]): Node[] {
  return pieces.map((piece) => {
    if (piece.href === null) return document.createTextNode(piece.text);
    const link = document.createElement('a');
    link.className = 'cite';
    link.href = piece.href;
    if (piece.label) link.setAttribute('aria-label', piece.label);
    link.textContent = piece.text;
    return link;
  });
}

/** Fills one element (and what it holds) with a scope. */
export function bind(element: Element, scope: Scope): void {
  const data = (element as HTMLElement).dataset;
  if (data.if !== undefined && !present(valueAt(scope, data.if))) {
    element.remove();
    return;
  }
  if (data.attr) {
    for (const pair of data.attr.split(',')) {
      const [name, path] = pair.split(':') as [string, string];
      const value = valueAt(scope, path);
      if (value === null || value === undefined || value === false) element.removeAttribute(name);
      else element.setAttribute(name, String(value));
    }
  }
  // A block with its own filling (data-f-scope: the money block) is left to it.
  if (element.hasAttribute('data-f-scope')) return;
  if (data.each !== undefined) {
    const prototype = element.firstElementChild;
    const items = valueAt(scope, data.each);
    if (!prototype) return;
    for (const item of Array.isArray(items) ? items : []) {
      const clone = prototype.cloneNode(true) as Element;
      element.insertBefore(clone, prototype);
      bind(clone, item);
    }
    prototype.remove();
    return;
  }
  if (data.text !== undefined) {
    const value = valueAt(scope, data.text);
    replaceInner(element, [document.createTextNode(value === null || value === undefined ? '' : String(value))]);
    return;
  }
  if (data.rich !== undefined) {
    const value = valueAt(scope, data.rich);
    replaceInner(element, richNodes(Array.isArray(value) ? (value as TextPiece[]) : []));
    return;
  }
  for (const child of [...element.children]) bind(child, scope);
}

/** A fresh copy of a template's content, filled with a view. */
export function fillTemplate(template: HTMLTemplateElement, view: Scope): DocumentFragment {
  const fragment = template.content.cloneNode(true) as DocumentFragment;
  for (const child of [...fragment.children]) bind(child, view);
  return fragment;
}
