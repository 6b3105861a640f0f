/**
 * <sortable-table>: sorts the build-time <table> it wraps, by column, in the
 * browser. Without JavaScript the table stays complete in its built order.
 *
 * Markup: each sortable header cell carries `data-sort="text" | "number"`;
 * a body cell may carry `data-sort-value` (otherwise its text is used); empty
 * values always go last. The header of the built order may carry aria-sort.
 * On connection the element puts a <button> inside each sortable header, keeps
 * `aria-sort` on the sorted header only, and announces the new order in a
 * polite live region.
 */
type SortKind = 'text' | 'number';

const collator = new Intl.Collator('fr', { numeric: true, sensitivity: 'base' });

function cellValue(row: HTMLTableRowElement, index: number): string {
  const cell = row.cells[index];
  if (!cell) return '';
  return (cell.dataset.sortValue ?? cell.textContent ?? '').trim();
}

function compareValues(a: string, b: string, kind: SortKind): number {
  if (kind === 'number') return Number(a) - Number(b);
  return collator.compare(a, b);
}

export class SortableTable extends HTMLElement {
  private status: HTMLElement | null = null;

  connectedCallback(): void {
    const table = this.querySelector('table');
    const headerRow = table?.tHead?.rows[0];
    if (!table || !headerRow || this.status) return;
    const status = document.createElement('p');
    status.className = 'visually-hidden';
    status.setAttribute('aria-live', 'polite');
    this.append(status);
    this.status = status;
    [...headerRow.cells].forEach((header, index) => {
      if (!header.dataset.sort) return;
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort-button';
      button.append(...header.childNodes);
      const arrow = document.createElement('span');
      arrow.className = 'sort-arrow';
      arrow.setAttribute('aria-hidden', 'true');
      button.append(arrow);
      header.append(button);
      button.addEventListener('click', () => this.sortBy(index));
    });
  }

  /** Sorts by the column at `index`: ascending first, then flips at each click. */
  sortBy(index: number): void {
    const table = this.querySelector('table');
    const headerRow = table?.tHead?.rows[0];
    const body = table?.tBodies[0];
    const header = headerRow?.cells[index];
    if (!table || !headerRow || !body || !header) return;
    const kind: SortKind = header.dataset.sort === 'number' ? 'number' : 'text';
    const ascending = header.getAttribute('aria-sort') !== 'ascending';
    const rows = [...body.rows].map((row, position) => ({ row, position, value: cellValue(row, index) }));
    rows.sort((a, b) => {
      if (a.value === '' || b.value === '')
        return (a.value === '' ? 1 : 0) - (b.value === '' ? 1 : 0) || a.position - b.position;
      const order = compareValues(a.value, b.value, kind);
      return (ascending ? order : -order) || a.position - b.position;
    });
    body.append(...rows.map(({ row }) => row));
    for (const cell of headerRow.cells) cell.removeAttribute('aria-sort');
    header.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
    const label = (header.querySelector('.sort-button')?.textContent ?? header.textContent ?? '').trim();
    if (this.status)
      this.status.textContent = `Tableau trié par ${label.toLocaleLowerCase('fr')}, ordre ${ascending ? 'croissant' : 'décroissant'}.`;
  }
}

if (!customElements.get('sortable-table')) customElements.define('sortable-table', SortableTable);
