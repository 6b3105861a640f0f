/**
 * The filter box the table and list enhancers put above their content: a
 * labelled search input and a polite live region for the count of shown items.
 */
export interface FilterBox {
  tools: HTMLDivElement;
  input: HTMLInputElement;
  count: HTMLParagraphElement;
}

/** Builds the box; `classPrefix` gives `<prefix>-tools` and `<prefix>-count` (the components style them). */
export function createFilterBox(id: string, classPrefix: string, labelText: string): FilterBox {
  const tools = document.createElement('div');
  tools.className = `${classPrefix}-tools`;
  const label = document.createElement('label');
  label.htmlFor = id;
  label.textContent = labelText;
  const input = document.createElement('input');
  input.type = 'search';
  input.id = id;
  input.autocomplete = 'off';
  input.spellcheck = false;
  const count = document.createElement('p');
  count.className = `${classPrefix}-count`;
  count.setAttribute('aria-live', 'polite');
  tools.append(label, input, count);
  return { tools, input, count };
}
