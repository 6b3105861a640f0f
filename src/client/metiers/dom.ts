/** A small element builder: text goes in as text nodes (never as HTML), attributes as attributes (never inline styles). */

export type Child = Node | string | null | undefined | false;
/** Children may be nested in arrays (as `map` makes them); they are flattened. */
export type Children = Child | Children[];
type Attributes = Record<string, string | number | boolean | null | undefined>;

/** Creates an element with attributes (false/null/undefined skipped, true → empty value) and children. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: Children[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === null || value === undefined) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  element.append(...flatten(children));
  return element;
}

/** Nested children to a flat list of nodes and strings. */
function flatten(children: readonly Children[]): (Node | string)[] {
  const flat: (Node | string)[] = [];
  const visit = (child: Children): void => {
    if (Array.isArray(child)) child.forEach(visit);
    else if (child !== null && child !== undefined && child !== false) flat.push(child);
  };
  children.forEach(visit);
  return flat;
}

/** Replaces an element's children, flattening nested arrays and skipping empty ones. */
export function fill(element: Element, ...children: Children[]): void {
  element.replaceChildren(...flatten(children));
}
