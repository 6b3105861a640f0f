/**
 * Fills build-time markup with a view of plain fields, so that a page built by
 * Astro and a copy of its `<template>` filled in the browser read the same.
 * Inside an element marked `data-f-scope` (the block, or one list item):
 * - `data-f="name"`: the text of the field; hidden when the field is null;
 * - `data-f-if="name"`: hidden unless the field is true, a non-empty text or a non-empty list;
 * - `data-f-attr="attribute:name …"`: attributes from fields (removed when null);
 * - `data-f-list="name"`: one copy of the list's `<template>` per item, itself
 *   a scope filled with the item's fields.
 * Text goes through textContent and attributes through setAttribute: data never becomes markup.
 */

/** A field's value: a text, a flag, nothing, or a list of items. */
export type FieldValue = string | boolean | null | readonly Fields[];

/** Named fields, as a view gives them. */
export interface Fields {
  readonly [name: string]: FieldValue;
}

function isShown(value: FieldValue | undefined): boolean {
  if (Array.isArray(value)) return value.length > 0;
  return value === true || (typeof value === 'string' && value !== '');
}

function fillList(container: Element, items: readonly Fields[]): void {
  const template = container.querySelector(':scope > template');
  if (!(template instanceof HTMLTemplateElement)) return;
  for (const item of [...container.children]) if (item.hasAttribute('data-f-item')) item.remove();
  for (const fields of items) {
    const copy = template.content.firstElementChild?.cloneNode(true);
    if (!(copy instanceof Element)) continue;
    fill(copy, fields);
    container.append(copy);
  }
}

/** Fills one scope (and the lists inside it) with a view's fields. */
export function fill(root: Element, fields: Fields): void {
  const scope = root.closest('[data-f-scope]') === root ? root : null;
  const owned = [root, ...root.querySelectorAll('[data-f], [data-f-if], [data-f-attr], [data-f-list]')].filter(
    (element) => element.closest('[data-f-scope]') === scope,
  );
  for (const element of owned) {
    const text = element.getAttribute('data-f');
    if (text !== null) {
      const value = fields[text];
      element.textContent = typeof value === 'string' ? value : '';
      if (element instanceof HTMLElement) element.hidden = value === null || value === undefined;
    }
    const condition = element.getAttribute('data-f-if');
    if (condition !== null && element instanceof HTMLElement) element.hidden = !isShown(fields[condition]);
    for (const pair of (element.getAttribute('data-f-attr') ?? '').split(/\s+/).filter(Boolean)) {
      const [attribute, name] = pair.split(':');
      if (!attribute || !name) continue;
      const value = fields[name];
      if (typeof value === 'string') element.setAttribute(attribute, value);
      else element.removeAttribute(attribute);
    }
    const list = element.getAttribute('data-f-list');
    if (list !== null) {
      const value = fields[list];
      fillList(element, Array.isArray(value) ? value : []);
    }
  }
}
