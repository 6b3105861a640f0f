/**
 * <collectivite-finder>: turns the A–Z list of collectivity pages into a
 * combobox that searches names and numbers (« Gironde », « 33 », « cote
 * d'or », « 69M ») and opens the page picked. The list stays in the page,
 * folded, one click away; without JavaScript it is all there is.
 */
import { Combobox, type ComboboxOption } from './combobox.ts';
import { foldFrench } from '../lib/fold.ts';

interface Entry extends ComboboxOption {
  href: string;
  /** Folded name words, then the code. */
  terms: string;
  code: string;
}

/** How many propositions at most. */
const LIMIT = 8;

/**
 * The entries matching a query, best first: the exact code, then names that
 * start with the query, then names with a word that starts with it.
 */
export function matchEntries<E extends Pick<Entry, 'terms' | 'code'>>(entries: readonly E[], query: string): E[] {
  const folded = foldFrench(query).trim();
  if (folded === '') return [];
  const scored = entries.flatMap((entry) => {
    const name = entry.terms.slice(0, entry.terms.length - entry.code.length).trim();
    if (entry.code === folded) return [{ entry, score: 0 }];
    if (entry.code.startsWith(folded) && /^[0-9]/.test(folded)) return [{ entry, score: 1 }];
    if (name.startsWith(folded)) return [{ entry, score: 2 }];
    if (` ${name}`.includes(` ${folded}`)) return [{ entry, score: 3 }];
    return [];
  });
  return scored.sort((a, b) => a.score - b.score).map(({ entry }) => entry);
}

class CollectiviteFinder extends HTMLElement {
  connectedCallback(): void {
    const field = this.querySelector<HTMLElement>('[data-champ]');
    const input = field?.querySelector('input');
    const list = this.querySelector<HTMLDetailsElement>('details[data-liste]');
    if (!field || !input || field.dataset.ready) return;
    const entries: Entry[] = [...this.querySelectorAll<HTMLAnchorElement>('a[data-terms]')].map((link) => {
      const terms = link.dataset.terms ?? '';
      return {
        label: (link.textContent ?? '').trim(),
        detail: link.dataset.status ?? '',
        href: link.href,
        terms,
        code: terms.slice(terms.lastIndexOf(' ') + 1),
      };
    });
    new Combobox<Entry>(
      input,
      {
        options: (text) => matchEntries(entries, text).slice(0, LIMIT),
        onPick: (entry) => location.assign(entry.href),
        onInput: () => undefined,
      },
      'Départements et régions',
    );
    field.dataset.ready = 'oui';
    field.hidden = false;
    if (list) list.open = false;
  }
}

if (!customElements.get('collectivite-finder')) customElements.define('collectivite-finder', CollectiviteFinder);
