/**
 * <timeline-filters>: the filters of /chronologie/, around build-time markup.
 *
 * - Reveals its form (hidden in the HTML, so nothing inert shows without JavaScript).
 * - Reads the state from the URL query, hides the events that do not match,
 *   reverses the order on demand, writes the state back to the URL
 *   (pushState; replaceState while typing) and restores it on back/forward.
 * - Announces « N événements affichés » through its status element.
 * - Loads the search index and Fuse.js only on first interaction with the
 *   form (or at once when the URL already carries a text query).
 * - Exports the events shown as CSV (PapaParse, loaded on click) with the
 *   columns of evenements.csv, citations written out as text (read from the
 *   spreadsheet variant, which writes them so).
 *
 * Configured by data-list (id of the events), data-chart (id of the chart),
 * data-index (URL of the search index) and data-csv (URL of the spreadsheet variant of evenements.csv).
 */
import {
  DEFAULT_FILTERS,
  filterStateToSearch,
  hasActiveFilters,
  matchesFilters,
  parseFilterState,
  sameFilterState,
  type FilterableEvent,
  type TimelineFilterState,
} from '../lib/timeline-filters.ts';
import { plural } from '../lib/format.ts';
import type { SearchRecord } from '../lib/event-search.ts';

type Search = (query: string) => Set<string> | null;

interface ListedEvent {
  data: FilterableEvent;
  /** The <li> hidden or shown. */
  item: HTMLElement;
}

/** Wait after the last keystroke before searching. */
const TYPING_DELAY_MS = 180;

function listOf(value: string | undefined): string[] {
  return value ? value.split(';') : [];
}

class TimelineFilters extends HTMLElement {
  #form: HTMLFormElement | null = null;
  #list: HTMLElement | null = null;
  #years: HTMLElement | null = null;
  #events: ListedEvent[] = [];
  #chartLinks = new Map<string, Element>();
  #state: TimelineFilterState = { ...DEFAULT_FILTERS };
  #order: TimelineFilterState['ordre'] = 'ancien';
  #search: Promise<{ search: Search; records: SearchRecord[] }> | null = null;
  #generation = 0;
  /** Ids of the events of the earliest years' pages that the filters found (a cut list only). */
  #elsewhereIds: string[] = [];
  #typingTimer: ReturnType<typeof setTimeout> | undefined;
  /** True while successive keystrokes replace one history entry instead of stacking many. */
  #typing = false;

  connectedCallback(): void {
    const form = this.querySelector('form');
    const list = document.getElementById(this.dataset.list ?? '');
    const years = list?.querySelector<HTMLElement>('[data-years]') ?? null;
    if (!form || !list || !years) return;
    this.#form = form;
    this.#list = list;
    this.#years = years;
    this.#events = [...list.querySelectorAll<HTMLElement>('article[data-type]')].map((article) => ({
      item: article.closest('li') ?? article,
      data: {
        id: article.id,
        type: article.dataset.type ?? '',
        acteurs: listOf(article.dataset.acteurs),
        secteurs: listOf(article.dataset.secteurs),
        filieres: listOf(article.dataset.filieres),
        annee: Number(article.dataset.annee),
      },
    }));
    const chart = document.getElementById(this.dataset.chart ?? '');
    for (const link of chart?.querySelectorAll('a[href^="#"]') ?? []) {
      this.#chartLinks.set(decodeURIComponent((link.getAttribute('href') ?? '').slice(1)), link);
    }

    form.hidden = false;
    form.addEventListener('submit', (event) => {
      // Enter in the search box: apply now rather than reload the page.
      event.preventDefault();
      clearTimeout(this.#typingTimer);
      this.#typing = false;
      this.#commit('push');
    });
    form.addEventListener('change', (event) => {
      if ((event.target as HTMLElement).getAttribute('name') === 'q') return;
      this.#typing = false;
      this.#commit('push');
    });
    form.addEventListener('input', (event) => {
      if ((event.target as HTMLElement).getAttribute('name') !== 'q') return;
      clearTimeout(this.#typingTimer);
      this.#typingTimer = setTimeout(() => {
        this.#commit(this.#typing ? 'replace' : 'push');
        this.#typing = true;
      }, TYPING_DELAY_MS);
    });
    form.addEventListener('focusout', (event) => {
      if ((event.target as HTMLElement).getAttribute('name') === 'q') this.#typing = false;
    });
    // First interaction: fetch the index and Fuse while the reader is still choosing.
    form.addEventListener('focusin', () => void this.#loadSearch().catch(() => undefined), { once: true });
    form.querySelector('[data-export]')?.addEventListener('click', () => void this.#export());
    window.addEventListener('popstate', () => this.#restoreFromUrl());
    window.addEventListener('hashchange', () => this.#revealTarget());

    this.#restoreFromUrl();
  }

  /** Shows the view the URL describes (on load and on back/forward); never writes history. */
  #restoreFromUrl(): void {
    // A pending keystroke belongs to the view being left: drop it.
    clearTimeout(this.#typingTimer);
    this.#typing = false;
    this.#writeControls(parseFilterState(window.location.search));
    // Read back: values the controls do not offer (an unknown type…) fall away.
    this.#state = this.#readControls();
    void this.#apply().then(() => this.#revealTarget());
  }

  /** Takes the state from the controls; if it changed, records it in the URL and shows it. */
  #commit(mode: 'push' | 'replace'): void {
    const next = this.#readControls();
    if (sameFilterState(next, this.#state)) return;
    this.#state = next;
    const url = `${window.location.pathname}${filterStateToSearch(next)}`;
    if (mode === 'push') window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
    void this.#apply();
  }

  #control(name: string): HTMLInputElement | HTMLSelectElement | null {
    return (
      this.#form?.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]:not([type="radio"])`) ?? null
    );
  }

  #readControls(): TimelineFilterState {
    const form = this.#form;
    if (!form) return { ...DEFAULT_FILTERS };
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(form)) {
      if (typeof value === 'string' && value.trim() !== '') params.set(name, value);
    }
    return parseFilterState(params);
  }

  #writeControls(state: TimelineFilterState): void {
    const set = (name: string, value: string | number | null): void => {
      const control = this.#control(name);
      if (control) control.value = value === null ? '' : String(value);
    };
    set('q', state.q);
    set('type', state.type);
    set('acteur', state.acteur);
    set('secteur', state.secteur);
    set('filiere', state.filiere);
    set('debut', state.debut);
    set('fin', state.fin);
    for (const radio of this.#form?.querySelectorAll<HTMLInputElement>('input[name="ordre"]') ?? []) {
      radio.checked = radio.value === state.ordre;
    }
  }

  /** The search function and the index's records (every event), loading them and Fuse.js the first time. */
  #loadSearch(): Promise<{ search: Search; records: SearchRecord[] }> {
    if (!this.#search) {
      const indexUrl = this.dataset.index ?? '';
      this.#search = Promise.all([
        import('../lib/event-search.ts'),
        fetch(indexUrl).then((response) => {
          if (!response.ok) throw new Error(`${indexUrl} : ${response.status}`);
          return response.json() as Promise<SearchRecord[]>;
        }),
      ]).then(([module, records]) => ({ search: module.createEventSearch(records), records }));
      // A failed load may be retried at the next search.
      this.#search.catch(() => {
        this.#search = null;
      });
    }
    return this.#search;
  }

  /** Hides what does not match, puts the years in order, updates counts and the announcement. */
  async #apply(): Promise<void> {
    const generation = ++this.#generation;
    const state = this.#state;
    const list = this.#list;
    if (!list) return;
    let textMatches: Set<string> | null = null;
    let searchFailed = false;
    // A cut list leaves its earliest years to their pages: the filters find their events in the index.
    const cut = list.hasAttribute('data-cut') && hasActiveFilters(state);
    let records: SearchRecord[] = [];
    if (state.q !== '' || cut) {
      list.setAttribute('aria-busy', 'true');
      try {
        const loaded = await this.#loadSearch();
        records = loaded.records;
        if (state.q !== '') textMatches = loaded.search(state.q);
      } catch {
        searchFailed = true;
      }
      // A newer state was applied meanwhile: it wins.
      if (generation !== this.#generation) return;
    }

    let shown = 0;
    for (const { data, item } of this.#events) {
      const visible = matchesFilters(data, state, textMatches);
      item.hidden = !visible;
      this.#chartLinks.get(data.id)?.classList.toggle('is-filtered-out', !visible);
      if (visible) shown++;
    }
    this.#putInOrder(state.ordre);
    for (const section of this.#years?.querySelectorAll<HTMLElement>('[data-year]') ?? []) {
      const count = section.querySelectorAll('li:not([hidden])').length;
      section.hidden = count === 0;
      const label = section.querySelector('[data-year-count]');
      if (label) label.textContent = `(${plural(count, 'événement')})`;
    }
    const listed = new Set(this.#events.map(({ data }) => data.id));
    const elsewhere = cut
      ? records.filter((record) => !listed.has(record.id) && matchesFilters(record, state, textMatches))
      : [];
    this.#showElsewhere(elsewhere);
    const empty = list.querySelector<HTMLElement>('[data-empty]');
    if (empty) empty.hidden = shown + elsewhere.length > 0;
    const status = this.querySelector('[data-count]');
    if (status) {
      const counted =
        plural(shown, 'événement affiché', 'événements affichés') +
        (elsewhere.length > 0 ? `, et ${plural(elsewhere.length, 'autre')} sur les pages des premières années` : '');
      status.textContent = searchFailed ? `Recherche indisponible (index non chargé) ; ${counted}` : counted;
    }
    list.setAttribute('aria-busy', 'false');
  }

  /** Lists, after the events of the page, those of the earliest years' pages that match (date, title, link). */
  #showElsewhere(records: readonly SearchRecord[]): void {
    const section = this.#list?.querySelector<HTMLElement>('[data-elsewhere]');
    const target = section?.querySelector('[data-elsewhere-list]');
    if (!section || !target || !this.#years) return;
    // The earliest years come first, oldest first; last, newest first, when the order is reversed.
    const ordered = this.#order === 'recent' ? [...records].reverse() : [...records];
    if (this.#order === 'recent') this.#years.after(section);
    else this.#years.before(section);
    target.replaceChildren(
      ...ordered.map((record) => {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = record.href;
        link.textContent = record.titre;
        item.append(`${record.date} : `, link);
        item.dataset.id = record.id;
        return item;
      }),
    );
    section.hidden = records.length === 0;
    this.#elsewhereIds = ordered.map((record) => record.id);
  }

  /** Years and events within them, oldest or newest first (the HTML is oldest first). */
  #putInOrder(order: TimelineFilterState['ordre']): void {
    const years = this.#years;
    if (!years || order === this.#order) return;
    this.#order = order;
    const sections = [...years.querySelectorAll<HTMLElement>(':scope > [data-year]')];
    for (const section of sections) {
      const items = section.querySelector('ol');
      if (items) items.append(...[...items.children].reverse());
    }
    years.append(...sections.reverse());
  }

  /** Following a link to an event the filters hide (a chart mark, a shared address): show everything, then go there. */
  #revealTarget(): void {
    const id = decodeURIComponent(window.location.hash.slice(1));
    if (id === '') return;
    const target = this.#events.find(({ data }) => data.id === id);
    if (!target || !target.item.hidden || !hasActiveFilters(this.#state)) return;
    const cleared: TimelineFilterState = { ...DEFAULT_FILTERS, ordre: this.#state.ordre };
    this.#writeControls(cleared);
    this.#state = cleared;
    window.history.replaceState(
      null,
      '',
      `${window.location.pathname}${filterStateToSearch(cleared)}#${encodeURIComponent(id)}`,
    );
    void this.#apply().then(() => document.getElementById(id)?.scrollIntoView());
  }

  /** Downloads the events shown, in the order shown, as CSV with the columns of evenements.csv. */
  async #export(): Promise<void> {
    const status = this.querySelector('[data-export-status]');
    const ids = this.#visibleIdsInOrder();
    try {
      const csvUrl = this.dataset.csv ?? '';
      const [{ default: Papa }, text] = await Promise.all([
        import('papaparse'),
        fetch(csvUrl).then((response) => {
          if (!response.ok) throw new Error(`${csvUrl} : ${response.status}`);
          return response.text();
        }),
      ]);
      // The spreadsheet variant: the cells of evenements.csv with their citations written out, `;`-separated,
      // with a byte-order mark. Cells are kept as strings: lists stay joined with « ; ».
      const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
        header: true,
        skipEmptyLines: 'greedy',
        dynamicTyping: false,
        delimiter: ';',
      });
      const fields = parsed.meta.fields ?? [];
      const byId = new Map(parsed.data.map((row) => [row['id'], row]));
      const data = ids.flatMap((id) => {
        const row = byId.get(id);
        return row ? [fields.map((field) => row[field] ?? '')] : [];
      });
      const csv = `${Papa.unparse({ fields, data }, { newline: '\n' })}\n`;
      const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = hasActiveFilters(this.#state) ? 'evenements-selection.csv' : 'evenements.csv';
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      if (status) status.textContent = `Fichier CSV de ${plural(data.length, 'événement')} téléchargé.`;
    } catch {
      if (status)
        status.textContent = 'Le fichier n’a pas pu être préparé ; le lien vers toute la chronologie reste disponible.';
    }
  }

  #visibleIdsInOrder(): string[] {
    const shown = [...(this.#list?.querySelectorAll<HTMLElement>('li:not([hidden]) > article[data-type]') ?? [])].map(
      (article) => article.id,
    );
    // The events found on the earliest years' pages, where they are listed: first, or last when newest come first.
    return this.#order === 'recent' ? [...shown, ...this.#elsewhereIds] : [...this.#elsewhereIds, ...shown];
  }
}

if (!customElements.get('timeline-filters')) customElements.define('timeline-filters', TimelineFilters);
