/**
 * <metier-finder>: the shell of « Suis-je concerné ? ». It weighs almost
 * nothing; the search itself (the resolver and the index) loads on the first
 * focus of the input, on the first use of the form, or at once when the URL
 * carries a search (/metiers/?q=…). The guided path is made of links to
 * static pages, with or without JavaScript.
 */
import type { FinderApp } from './metiers/app.ts';

const STATE_PARAMS = ['q', 'metier', 'secteur', 'contexte'];

class MetierFinder extends HTMLElement {
  #app: Promise<FinderApp | null> | null = null;

  connectedCallback(): void {
    const input = this.querySelector<HTMLInputElement>('input[name="q"]');
    const form = this.querySelector<HTMLFormElement>('form');
    input?.addEventListener('focus', () => void this.load(), { once: true });
    form?.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.load().then((app) => app?.submit());
    });
    const params = new URLSearchParams(location.search);
    if (STATE_PARAMS.some((name) => params.has(name))) void this.load();
  }

  load(): Promise<FinderApp | null> {
    this.#app ??= import('./metiers/app.ts')
      .then((module) => module.start(this))
      .catch(() => {
        // The static pages still answer; say so instead of failing silently, and allow a retry.
        const status = this.querySelector('#finder-status');
        if (status)
          status.textContent =
            'La recherche n’a pas pu se charger. Le parcours guidé et l’index de A à Z restent disponibles.';
        this.#app = null;
        return null;
      });
    return this.#app;
  }
}

customElements.define('metier-finder', MetierFinder);
