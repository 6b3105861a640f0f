/**
 * <data-table>: progressive enhancement of a build-time <table> (complete
 * without JavaScript). Adds a filter field with a live row count, and turns
 * each column header into a sort button (aria-sort on the sorted column).
 *
 * Markup it expects:
 *   <data-table data-singular="ligne" data-plural="lignes">
 *     <table> <thead><tr><th data-numeric?>…</th>…</tr></thead>
 *             <tbody><tr id="…"><td data-sort-value="…">…</td>…</tr>…</tbody> </table>
 *   </data-table>
 * Cells without data-sort-value sort on their text.
 */

import { createFilterBox } from './filter-box.ts';
import { matchesQuery, searchableText, sortedIndexes, type SortDirection } from '../lib/table-tools.ts';
import { plural } from '../lib/format.ts';

let instances = 0;

class DataTable extends HTMLElement {
  #rows: HTMLTableRowElement[] = [];
  #searchable: string[] = [];
  #input: HTMLInputElement | null = null;
  #count: HTMLElement | null = null;

  connectedCallback(): void {
    const table = this.querySelector('table');
    const body = table?.tBodies[0];
    if (!table || !body || this.#input) return;
    this.#rows = Array.from(body.rows);
    // Cells marked data-filter-ignore (the one-line citation, the same words on every row) are not searched.
    this.#searchable = this.#rows.map((row) =>
      searchableText(
        Array.from(row.cells)
          .filter((cell) => !cell.hasAttribute('data-filter-ignore'))
          .map((cell) => cell.textContent ?? '')
          .join(' '),
      ),
    );
    this.#buildFilter();
    this.#buildSortButtons(table, body);
    window.addEventListener('hashchange', () => this.#revealTarget());
    this.#revealTarget();
  }

  #buildFilter(): void {
    instances += 1;
    const { tools, input, count } = createFilterBox(
      `filtre-tableau-${instances}`,
      'data-table',
      this.dataset.label ?? 'Filtrer les lignes',
    );
    this.prepend(tools);
    this.#input = input;
    this.#count = count;
    input.addEventListener('input', () => this.#filter());
    this.#updateCount(this.#rows.length);
  }

  #filter(): void {
    const query = this.#input?.value ?? '';
    let visible = 0;
    this.#rows.forEach((row, index) => {
      const shown = matchesQuery(this.#searchable[index] ?? '', query);
      row.hidden = !shown;
      if (shown) visible += 1;
    });
    this.#updateCount(visible);
  }

  #updateCount(visible: number): void {
    if (!this.#count) return;
    const singular = this.dataset.singular ?? 'ligne';
    const pluralForm = this.dataset.plural ?? `${singular}s`;
    const total = this.#rows.length;
    this.#count.textContent =
      visible === total
        ? `${plural(total, singular, pluralForm)} au total`
        : `${plural(visible, singular, pluralForm)} sur ${plural(total, singular, pluralForm)}`;
  }

  #buildSortButtons(table: HTMLTableElement, body: HTMLTableSectionElement): void {
    const headers = Array.from(table.tHead?.rows[0]?.cells ?? []);
    headers.forEach((header, column) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort-button';
      button.append(...Array.from(header.childNodes));
      const arrow = document.createElement('span');
      arrow.className = 'sort-arrow';
      arrow.setAttribute('aria-hidden', 'true');
      button.append(arrow);
      header.append(button);
      button.addEventListener('click', () => {
        const direction: SortDirection = header.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending';
        for (const other of headers) other.removeAttribute('aria-sort');
        header.setAttribute('aria-sort', direction);
        const values = this.#rows.map((row) => {
          const cell = row.cells[column];
          return cell?.dataset.sortValue ?? cell?.textContent?.trim() ?? '';
        });
        const order = sortedIndexes(values, header.hasAttribute('data-numeric'), direction);
        const rows = order
          .map((index) => this.#rows[index])
          .filter((row): row is HTMLTableRowElement => row !== undefined);
        const searchable = order.map((index) => this.#searchable[index] ?? '');
        body.append(...rows);
        this.#rows = rows;
        this.#searchable = searchable;
      });
    });
  }

  /** A link to a row (#id) that the filter hides: clear the filter so the row shows. */
  #revealTarget(): void {
    const id = decodeURIComponent(window.location.hash.slice(1));
    if (!id || !this.#input) return;
    const target = document.getElementById(id);
    if (target instanceof HTMLTableRowElement && target.hidden && this.#rows.includes(target)) {
      this.#input.value = '';
      this.#filter();
      target.scrollIntoView();
    }
  }
}

if (!customElements.get('data-table')) customElements.define('data-table', DataTable);
