/**
 * <site-search>: the search of /recherche/, around build-time markup (a form,
 * a status line, a results container).
 *
 * - Hides the notice meant for readers without JavaScript.
 * - Loads the search (src/lib/site-search.ts) and its index (data-index) on
 *   first use — focus on the field, typing, or a query already in the address
 *   (?q=, from the header's search box) — never with the page.
 * - Searches as one types; the results are grouped by kind, each linking to its
 *   place; a long group shows its first results and a button for the others.
 * - Writes the query back to the address (replaceState), so a search can be shared.
 * - Announces the counts in its status line (role="status").
 * - Marks the results container with the query it answers (data-answered),
 *   so that a test can wait for a state, not for a delay.
 */
import type { SearchGroup } from '../lib/site-search.ts';
import { SEARCH_KIND_LABELS } from '../lib/codes/recherche.ts';
import { NBSP, formatList, plural } from '../lib/format.ts';

type Search = (query: string) => SearchGroup[] | null;

/** Results shown per kind before « Afficher les … autres ». */
const FIRST_RESULTS = 8;

const quoted = (text: string) => `«${NBSP}${text}${NBSP}»`;

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

class SiteSearch extends HTMLElement {
  #search: Promise<Search> | null = null;
  #input: HTMLInputElement | null = null;
  #status: HTMLElement | null = null;
  #results: HTMLElement | null = null;
  /** Counts the searches, so that a slow first load does not overwrite a later query's results. */
  #generation = 0;

  connectedCallback(): void {
    const form = this.querySelector('form');
    this.#input = form?.querySelector('input[name="q"]') ?? null;
    this.#status = this.querySelector('[data-status]');
    this.#results = this.querySelector('[data-results]');
    if (!form || !this.#input || !this.#status || !this.#results) return;
    for (const notice of this.querySelectorAll<HTMLElement>('[data-without-script]')) notice.hidden = true;
    const input = this.#input;
    input.addEventListener('focus', () => void this.#load().catch(() => undefined), { once: true });
    input.addEventListener('input', () => void this.#run());
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.#run();
    });
    const query = new URLSearchParams(location.search).get('q') ?? '';
    if (query.trim() !== '') {
      input.value = query;
      void this.#run();
    }
  }

  /** The search, built once from the index; a failed load can be retried by the next keystroke. */
  #load(): Promise<Search> {
    this.#search ??= Promise.all([
      import('../lib/site-search.ts'),
      fetch(this.dataset.index ?? '').then((response) => {
        if (!response.ok) throw new Error(`index de recherche : ${response.status}`);
        return response.json();
      }),
    ]).then(([module, index]) => module.createSiteSearch(index));
    this.#search.catch(() => {
      this.#search = null;
    });
    return this.#search;
  }

  async #run(): Promise<void> {
    const input = this.#input!;
    const status = this.#status!;
    const query = input.value.trim();
    const generation = ++this.#generation;
    const url = new URL(location.href);
    if (query === '') url.searchParams.delete('q');
    else url.searchParams.set('q', query);
    history.replaceState(history.state, '', url);
    if (query === '') {
      status.textContent = '';
      this.#results!.replaceChildren();
      this.#results!.dataset.answered = '';
      return;
    }
    let search: Search;
    try {
      if (!this.#search) status.textContent = 'Chargement de l’index de recherche…';
      search = await this.#load();
    } catch {
      if (generation === this.#generation)
        status.textContent =
          'L’index de recherche n’a pas pu être chargé. Réessayez, ou parcourez les index de chaque rubrique ci-dessous.';
      return;
    }
    if (generation !== this.#generation) return;
    this.#show(query, search(query));
    this.#results!.dataset.answered = query;
  }

  #show(query: string, groups: SearchGroup[] | null): void {
    const status = this.#status!;
    const results = this.#results!;
    if (groups === null) {
      status.textContent = `Aucun mot à chercher dans ${quoted(query)} : ajoutez un mot d’au moins deux lettres.`;
      results.replaceChildren();
      return;
    }
    const total = groups.reduce((sum, group) => sum + group.results.length, 0);
    if (total === 0) {
      status.textContent = `Aucun résultat pour ${quoted(query)}. Essayez un autre mot, ou parcourez les index de chaque rubrique ci-dessous.`;
      results.replaceChildren();
      return;
    }
    const counts = groups.map((group) =>
      plural(group.results.length, SEARCH_KIND_LABELS[group.kind].singular, SEARCH_KIND_LABELS[group.kind].plural),
    );
    status.textContent = `${plural(total, 'résultat')} pour ${quoted(query)}${NBSP}: ${formatList(counts)}.`;
    results.replaceChildren(...groups.map((group) => this.#group(group)));
  }

  #group(group: SearchGroup): HTMLElement {
    const names = SEARCH_KIND_LABELS[group.kind];
    const headingId = `resultats-${group.kind}`;
    const list = element('ol', { class: 'search-results' });
    const section = element(
      'section',
      { 'aria-labelledby': headingId, 'data-kind': group.kind },
      element('h2', { id: headingId }, `${names.heading} (${group.results.length})`),
      list,
    );
    const item = (result: SearchGroup['results'][number]) =>
      element(
        'li',
        {},
        element('a', { href: result.href }, result.title),
        element('span', { class: 'search-detail' }, result.detail),
      );
    list.append(...group.results.slice(0, FIRST_RESULTS).map(item));
    const rest = group.results.slice(FIRST_RESULTS);
    if (rest.length > 0) {
      const more = element(
        'button',
        { type: 'button' },
        `Afficher ${rest.length === 1 ? `l’autre ${names.singular}` : `les ${plural(rest.length, names.singular, names.plural)} de plus`}`,
      );
      more.addEventListener('click', () => {
        const added = rest.map(item);
        list.append(...added);
        more.remove();
        added[0]?.querySelector('a')?.focus();
      });
      section.append(more);
    }
    return section;
  }
}

customElements.define('site-search', SiteSearch);
