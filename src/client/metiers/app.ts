/**
 * « Suis-je concerné ? » in the browser, loaded on first focus of the search
 * input (or at once when the URL carries a search): fetches the index built at
 * build time, wires the combobox, renders each answer by filling the
 * answer's build-time template with the same view the static pages use, and
 * keeps the state in the URL (/metiers/?q=…&metier=…&secteur=…&contexte=…)
 * with replaceState, so that a shared address shows the same answer.
 */
import { createResolver, type SearchRequest } from '../../lib/metiers/resolve.ts';
import type { Suggestion } from '../../lib/metiers/suggest.ts';
import { contextText } from '../../lib/metiers/parse.ts';
import type { SearchIndex } from '../../lib/metiers/types.ts';
import { answerView } from '../../lib/metiers/answer-view.ts';
import { fillTemplate } from './bind.ts';
import { Combobox, type ComboboxOption } from '../combobox.ts';
import { loadMoneyData } from './answer-money.ts';

/** What the page shell calls once the app is loaded. */
export interface FinderApp {
  /** The form was submitted (Enter without an active option, or the button). */
  submit(): void;
}

interface State {
  q: string;
  metier: string | null;
  secteur: string | null;
  contexte: string | null;
}

interface SuggestionOption extends ComboboxOption {
  suggestion: Suggestion;
}

const EMPTY: State = { q: '', metier: null, secteur: null, contexte: null };
/** Delay before the answer follows the typing (the suggestions follow at once). */
const ANSWER_DELAY_MS = 250;

function readState(search: string): State {
  const params = new URLSearchParams(search);
  return {
    q: params.get('q') ?? '',
    metier: params.get('metier'),
    secteur: params.get('secteur'),
    contexte: params.get('contexte'),
  };
}

function urlOf(state: State): string {
  const params = new URLSearchParams();
  if (state.q.trim() !== '') params.set('q', state.q.trim());
  if (state.metier) params.set('metier', state.metier);
  if (state.secteur) params.set('secteur', state.secteur);
  if (state.contexte) params.set('contexte', state.contexte);
  const query = params.toString();
  return `${location.pathname}${query ? `?${query}` : ''}`;
}

function capitalised(text: string): string {
  return text.charAt(0).toLocaleUpperCase('fr') + text.slice(1);
}

/**
 * Hands each « oui » block of a filled answer its own key and input (bound on its slot): once in the page,
 * the <answer-money> element fills itself with the calculator's rows (src/client/metiers/answer-money.ts).
 */
function armMoneyBlocks(fragment: DocumentFragment): void {
  for (const slot of fragment.querySelectorAll<HTMLElement>('.answer-money-slot')) {
    const block = slot.querySelector<HTMLElement>('answer-money');
    const { moneyKey, moneyInput } = slot.dataset;
    if (!block || !moneyKey || !moneyInput) continue;
    block.dataset.key = moneyKey;
    block.dataset.input = moneyInput;
    block.setAttribute('data-fill', '');
  }
}

function required<T extends Element>(root: ParentNode, selector: string): T {
  const element = root.querySelector<T>(selector);
  if (!element) throw new Error(`Élément manquant : ${selector}`);
  return element;
}

/** Loads the index and starts the search inside the <metier-finder> element. */
export async function start(root: HTMLElement): Promise<FinderApp> {
  const response = await fetch(root.dataset.index ?? '/metiers/index.json');
  if (!response.ok) throw new Error(`Index de recherche indisponible (${response.status})`);
  const index = (await response.json()) as SearchIndex;
  // The amounts of the « oui » blocks: fetched now, so that a block fills as soon as it is shown.
  loadMoneyData().catch(() => undefined);
  const resolver = createResolver(index);

  const input = required<HTMLInputElement>(root, 'input[name="q"]');
  const region = required<HTMLElement>(root, '#reponse');
  const status = required<HTMLElement>(root, '#finder-status');
  const template = required<HTMLTemplateElement>(root, '#reponse-modele');
  let state: State = { ...EMPTY };
  let timer: ReturnType<typeof setTimeout> | undefined;

  /** Shows the answer for a state; an empty query hides the region unless the form was sent. */
  const show = (next: State, options: { focus?: boolean; submitted?: boolean } = {}): void => {
    clearTimeout(timer);
    state = next;
    const request: SearchRequest = {
      query: state.q,
      metier: state.metier,
      secteur: state.secteur,
      contexte: state.contexte,
    };
    const view = answerView(resolver.resolve(request), { index }, state.q.trim());
    history.replaceState(history.state, '', urlOf(state));
    region.dataset.etat = view.state;
    region.dataset.requete = state.q;
    if (view.state === 'vide' && !options.submitted) {
      region.hidden = true;
      region.replaceChildren();
      status.textContent = '';
      return;
    }
    const answer = fillTemplate(template, view);
    armMoneyBlocks(answer);
    region.replaceChildren(answer);
    region.hidden = false;
    status.textContent = view.status;
    if (options.focus) region.querySelector<HTMLElement>('#reponse-titre')?.focus();
  };

  const combobox = new Combobox<SuggestionOption>(
    input,
    {
      options: (text) =>
        resolver.suggest(text).map((suggestion) => ({
          label: capitalised(suggestion.term),
          detail:
            suggestion.metiers
              .map((metier) => metier.label)
              .filter((label) => label !== suggestion.term)
              .join(' ; ') || undefined,
          suggestion,
        })),
      onPick: (option) => {
        // Keep the words typed besides the title: « aide soi ehpad public » → « aide-soignante ehpad public ».
        const context = contextText(resolver.parse(input.value));
        input.value = `${option.suggestion.term}${context ? ` ${context}` : ''}`;
        show({
          ...EMPTY,
          q: input.value,
          metier: option.suggestion.metiers.length === 1 ? option.suggestion.metiers[0]!.id : null,
        });
      },
      onInput: (text) => {
        // A new text starts a new search: earlier answers to questions no longer apply.
        state = { ...EMPTY, q: text };
        clearTimeout(timer);
        if (text.trim() === '') show(state);
        else timer = setTimeout(() => show(state), ANSWER_DELAY_MS);
      },
    },
    'Métiers suggérés',
  );

  region.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button');
    if (!button) return;
    const { dimension, value, query } = button.dataset;
    if (dimension === 'metier' && value) show({ ...state, metier: value }, { focus: true });
    else if (dimension === 'secteur' && value) show({ ...state, secteur: value }, { focus: true });
    else if (dimension === 'contexte' && value) show({ ...state, contexte: value }, { focus: true });
    else if (query) {
      input.value = query;
      show({ ...EMPTY, q: query }, { focus: true });
    }
  });

  const initial = readState(location.search);
  if (initial.q !== '' || initial.metier) {
    input.value = initial.q;
    show(initial);
  } else if (input.value.trim() !== '') {
    // Typed while the search was loading: catch up.
    if (document.activeElement === input) combobox.refresh(false);
    show({ ...EMPTY, q: input.value });
  }

  return {
    submit() {
      combobox.close();
      show({ ...state, q: input.value }, { submitted: true });
    },
  };
}
