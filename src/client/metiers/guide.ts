/**
 * The guided path, enhanced: the static links of step 1 (one page per sector,
 * which work without JavaScript) open steps 2 and 3 in place, as buttons
 * computed from the search index; the last step asks the resolver.
 */
import { SECTOR_LABELS, asSector } from '../../lib/codes/common.ts';
import { PLACES, PLACE_HINTS, PLACE_LABELS, VERDICT_LABELS, asPlace, type Verdict } from '../../lib/codes/metiers.ts';
import { UNKNOWN } from '../../lib/metiers/search.ts';
import type { IndexRow, SearchIndex } from '../../lib/metiers/types.ts';
import { h } from './dom.ts';

/** A finished path: the profession and what was said of the workplace. */
export interface GuideChoice {
  metier: string;
  secteur: string;
  etablissement: string;
}

export interface GuideHandlers {
  onChoose: (choice: GuideChoice) => void;
  /** « Je ne sais pas » at the last step: go to the search box. */
  onUnknownProfession: () => void;
}

function previewOf(rows: readonly IndexRow[]): string {
  const order: Verdict[] = ['oui', 'selon_cas', 'non'];
  const verdicts = order.filter((verdict) => rows.some((row) => row.verdict === verdict));
  return `réponse : ${verdicts.map((verdict) => VERDICT_LABELS[verdict].toLowerCase()).join(' ou ')}`;
}

export class Guide {
  readonly root: HTMLElement;
  readonly #index: SearchIndex;
  readonly #handlers: GuideHandlers;
  readonly #steps: HTMLElement;
  #sector = UNKNOWN;

  constructor(root: HTMLElement, index: SearchIndex, handlers: GuideHandlers) {
    this.root = root;
    this.#index = index;
    this.#handlers = handlers;
    this.#steps = h('div', { class: 'guide-steps' });
    root.append(this.#steps);
    this.#steps.addEventListener('click', (event) => {
      const button = (event.target as Element).closest<HTMLButtonElement>('button');
      if (!button) return;
      if (button.dataset.guidePlace !== undefined) this.#choosePlace(button.dataset.guidePlace);
      else if (button.dataset.guideMetier !== undefined)
        this.#chooseProfession(button.dataset.guideMetier, button.dataset.guidePlaceChosen ?? UNKNOWN);
      else if (button.dataset.guideUnknownMetier !== undefined) this.#handlers.onUnknownProfession();
      else if (button.dataset.guideRestart !== undefined) this.#restart();
    });
  }

  #rows(sector: string, place: string): IndexRow[] {
    const sectorCode = asSector(sector);
    const placeCode = asPlace(place);
    return this.#index.rows.filter(
      (row) =>
        (sectorCode === null || row.sectors.includes(sectorCode)) &&
        (placeCode === null || row.places.includes(placeCode)),
    );
  }

  #step(number: 2 | 3, title: string, ...content: (Node | null)[]): HTMLElement {
    const id = `guide-etape-${number}`;
    return h(
      'div',
      { class: 'guide-step', 'data-step': number, role: 'group', 'aria-labelledby': id },
      h('h3', { id, tabindex: '-1' }, title),
      ...content,
    );
  }

  #show(...steps: HTMLElement[]): void {
    this.#steps.replaceChildren(...steps);
    steps.at(-1)?.querySelector<HTMLElement>('h3')?.focus();
  }

  #sectorLine(): HTMLElement {
    const code = asSector(this.#sector);
    return h(
      'p',
      {},
      `Secteur : ${code ? SECTOR_LABELS[code] : 'vous ne savez pas'}. `,
      h('button', { type: 'button', class: 'link-button', 'data-guide-restart': '' }, 'Changer de secteur'),
    );
  }

  /** Step 1 answered: shows the workplace types of that sector. */
  chooseSector(sector: string): void {
    this.#sector = asSector(sector) ?? UNKNOWN;
    for (const link of this.root.querySelectorAll<HTMLAnchorElement>('a[data-secteur]')) {
      if (link.dataset.secteur === this.#sector) link.setAttribute('aria-current', 'step');
      else link.removeAttribute('aria-current');
    }
    this.#show(this.#placeStep());
  }

  #placeStep(): HTMLElement {
    const rows = this.#rows(this.#sector, UNKNOWN);
    const places = PLACES.filter((place) => rows.some((row) => row.places.includes(place)));
    return this.#step(
      2,
      'Étape 2 sur 3 : votre type d’établissement',
      this.#sectorLine(),
      h(
        'ul',
        { class: 'guide-options' },
        places.map((place) =>
          h(
            'li',
            {},
            h(
              'button',
              { type: 'button', 'data-guide-place': place },
              h('span', { class: 'option-label' }, PLACE_LABELS[place]),
              h('span', { class: 'option-hint' }, PLACE_HINTS[place]),
            ),
          ),
        ),
        h(
          'li',
          {},
          h(
            'button',
            { type: 'button', 'data-guide-place': UNKNOWN },
            h('span', { class: 'option-label' }, 'Je ne sais pas'),
          ),
        ),
      ),
    );
  }

  #choosePlace(place: string): void {
    const rows = this.#rows(this.#sector, place);
    const placeCode = asPlace(place);
    const professions = this.#index.metiers
      .map((metier) => ({ metier, rows: rows.filter((row) => row.metier === metier.slug) }))
      .filter((profession) => profession.rows.length > 0)
      .sort((a, b) => a.metier.label.localeCompare(b.metier.label, 'fr'));
    const step2 = this.#placeStep();
    for (const button of step2.querySelectorAll<HTMLButtonElement>('button[data-guide-place]')) {
      button.setAttribute('aria-pressed', String(button.dataset.guidePlace === place));
    }
    const step3 = this.#step(
      3,
      'Étape 3 sur 3 : votre métier',
      h('p', {}, `Type d’établissement : ${placeCode ? PLACE_LABELS[placeCode] : 'vous ne savez pas'}.`),
      h(
        'ul',
        { class: 'guide-options' },
        professions.map(({ metier, rows: professionRows }) =>
          h(
            'li',
            {},
            h(
              'button',
              { type: 'button', 'data-guide-metier': metier.slug, 'data-guide-place-chosen': place },
              h('span', { class: 'option-label' }, metier.label),
              h('span', { class: 'option-hint' }, previewOf(professionRows)),
            ),
          ),
        ),
        h(
          'li',
          {},
          h(
            'button',
            { type: 'button', 'data-guide-unknown-metier': '' },
            h('span', { class: 'option-label' }, 'Je ne sais pas, ou mon métier n’y est pas'),
            h('span', { class: 'option-hint' }, 'chercher par son nom'),
          ),
        ),
      ),
    );
    this.#show(step2, step3);
  }

  #chooseProfession(metier: string, place: string): void {
    this.#handlers.onChoose({ metier, secteur: this.#sector, etablissement: place });
  }

  #restart(): void {
    this.#steps.replaceChildren();
    for (const link of this.root.querySelectorAll<HTMLAnchorElement>('a[data-secteur]'))
      link.removeAttribute('aria-current');
    this.root.querySelector<HTMLElement>('#etape-secteur')?.focus();
  }
}
