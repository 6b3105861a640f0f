/**
 * <list-filter>: a quick text filter over a build-time list (complete
 * without JavaScript). Items are `[data-filter-item]`, searched in the text
 * of their `[data-filter-field]` elements (or in all their text when they
 * have none); a `[data-filter-group]` with no visible item is hidden too.
 * The count is announced politely.
 *
 *   <list-filter data-label="Filtrer les sources" data-singular="source" data-plural="sources">
 *     <section data-filter-group> <h2>…</h2>
 *       <ul><li data-filter-item><h3 data-filter-field>…</h3> …</li></ul> </section>
 *   </list-filter>
 */

import { createFilterBox } from './filter-box.ts';
import { matchesQuery, searchableText } from '../lib/table-tools.ts';
import { plural } from '../lib/format.ts';

let instances = 0;

class ListFilter extends HTMLElement {
  #items: HTMLElement[] = [];
  #searchable: string[] = [];
  #groups: HTMLElement[] = [];
  #input: HTMLInputElement | null = null;
  #count: HTMLElement | null = null;

  connectedCallback(): void {
    if (this.#input) return;
    this.#items = Array.from(this.querySelectorAll<HTMLElement>('[data-filter-item]'));
    this.#searchable = this.#items.map((item) => {
      const fields = Array.from(item.querySelectorAll('[data-filter-field]'));
      const text =
        fields.length > 0 ? fields.map((field) => field.textContent ?? '').join(' ') : (item.textContent ?? '');
      return searchableText(text);
    });
    this.#groups = Array.from(this.querySelectorAll<HTMLElement>('[data-filter-group]'));

    instances += 1;
    const { tools, input, count } = createFilterBox(
      `filtre-liste-${instances}`,
      'list-filter',
      this.dataset.label ?? 'Filtrer',
    );
    this.prepend(tools);
    this.#input = input;
    this.#count = count;
    input.addEventListener('input', () => this.#filter());
    window.addEventListener('hashchange', () => this.#revealTarget());
    this.#updateCount(this.#items.length);
  }

  #filter(): void {
    const query = this.#input?.value ?? '';
    let visible = 0;
    this.#items.forEach((item, index) => {
      const shown = matchesQuery(this.#searchable[index] ?? '', query);
      item.hidden = !shown;
      if (shown) visible += 1;
    });
    for (const group of this.#groups) {
      group.hidden = !Array.from(group.querySelectorAll<HTMLElement>('[data-filter-item]')).some(
        (item) => !item.hidden,
      );
    }
    this.#updateCount(visible);
  }

  #updateCount(visible: number): void {
    if (!this.#count) return;
    const singular = this.dataset.singular ?? 'élément';
    const pluralForm = this.dataset.plural ?? `${singular}s`;
    const total = this.#items.length;
    this.#count.textContent =
      visible === total
        ? `${plural(total, singular, pluralForm)} au total`
        : `${plural(visible, singular, pluralForm)} sur ${plural(total, singular, pluralForm)}`;
  }

  /** A link to an item (#id) that the filter hides: clear the filter so it shows. */
  #revealTarget(): void {
    const id = decodeURIComponent(window.location.hash.slice(1));
    const target = id ? document.getElementById(id) : null;
    if (!target || !this.#input || !this.contains(target) || target.offsetParent !== null) return;
    this.#input.value = '';
    this.#filter();
    target.scrollIntoView();
  }
}

if (!customElements.get('list-filter')) customElements.define('list-filter', ListFilter);
