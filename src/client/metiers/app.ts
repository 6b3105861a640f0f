/**
 * « Suis-je concerné ? » in the browser, loaded on first focus of the search
 * input (or at once when the URL carries a search): fetches the index built at
 * build time, wires the combobox, the answer region, the follow-up questions
 * and the guided path, and keeps the state in the URL
 * (/metiers/?q=…&metier=…&secteur=…&etablissement=…&rattachement=…) with
 * replaceState, so that a shared address shows the same answer.
 */
import { createSearcher, type SearchRequest, type Suggestion } from '../../lib/metiers/search.ts';
import type { SearchIndex } from '../../lib/metiers/types.ts';
import { Combobox, type ComboboxOption } from './combobox.ts';
import { Guide } from './guide.ts';
import { renderResolution } from './render.ts';

/** What the page shell calls once the app is loaded. */
export interface FinderApp {
  /** The form was submitted (Enter without an active option, or the button). */
  submit(): void;
  /** A sector link of the guided path was followed. */
  chooseSector(sector: string): void;
}

interface State {
  q: string;
  metiers: string[];
  secteur: string | null;
  etablissement: string | null;
  rattachement: string | null;
}

interface SuggestionOption extends ComboboxOption {
  suggestion: Suggestion;
}

const EMPTY: State = { q: '', metiers: [], secteur: null, etablissement: null, rattachement: null };
/** Delay before the answer follows the typing (the suggestions follow at once). */
const ANSWER_DELAY_MS = 250;

function readState(search: string): State {
  const params = new URLSearchParams(search);
  return {
    q: params.get('q') ?? '',
    metiers: (params.get('metier') ?? '').split(',').filter((slug) => slug !== ''),
    secteur: params.get('secteur'),
    etablissement: params.get('etablissement'),
    rattachement: params.get('rattachement'),
  };
}

function urlOf(state: State): string {
  const params = new URLSearchParams();
  if (state.q.trim() !== '') params.set('q', state.q.trim());
  if (state.metiers.length > 0) params.set('metier', state.metiers.join(','));
  if (state.secteur) params.set('secteur', state.secteur);
  if (state.etablissement) params.set('etablissement', state.etablissement);
  if (state.rattachement) params.set('rattachement', state.rattachement);
  const query = params.toString();
  return `${location.pathname}${query ? `?${query}` : ''}`;
}

function capitalised(text: string): string {
  return text.charAt(0).toLocaleUpperCase('fr') + text.slice(1);
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
  const searcher = createSearcher(index);

  const input = required<HTMLInputElement>(root, 'input[name="q"]');
  const answer = required<HTMLElement>(root, '#reponse');
  const status = required<HTMLElement>(root, '#finder-status');
  const disclaimer = root.querySelector<HTMLTemplateElement>('#finder-disclaimer');
  let state: State = { ...EMPTY };
  let timer: ReturnType<typeof setTimeout> | undefined;

  const show = (next: State, focusAnswer: boolean): void => {
    clearTimeout(timer);
    state = next;
    const request: SearchRequest = {
      query: state.q,
      metiers: state.metiers,
      secteur: state.secteur,
      etablissement: state.etablissement,
      rattachement: state.rattachement,
    };
    const sentence = renderResolution(answer, searcher.resolve(request), { index, disclaimer, query: state.q });
    status.textContent = sentence;
    history.replaceState(history.state, '', urlOf(state));
    if (focusAnswer && !answer.hidden) answer.querySelector<HTMLElement>('#reponse-titre')?.focus();
  };

  const combobox = new Combobox<SuggestionOption>(
    input,
    {
      options: (text) =>
        searcher.suggest(text).map((suggestion) => ({
          label: capitalised(suggestion.term),
          detail:
            suggestion.metiers
              .map((metier) => metier.label)
              .filter((label) => label !== suggestion.term)
              .join(' ; ') || undefined,
          suggestion,
        })),
      onPick: (option) => {
        // Keep the workplace words typed after the chosen title: « aide soi ehpad » → « aide-soignante ehpad ».
        const { contextText } = searcher.parse(input.value);
        input.value = `${option.suggestion.term}${contextText ? ` ${contextText}` : ''}`;
        show({ ...EMPTY, q: input.value, metiers: option.suggestion.metiers.map((metier) => metier.slug) }, false);
      },
      onInput: (text) => {
        // A new text starts a new search: earlier answers to questions no longer apply.
        state = { ...EMPTY, q: text };
        clearTimeout(timer);
        if (text.trim() === '') show(state, false);
        else timer = setTimeout(() => show(state, false), ANSWER_DELAY_MS);
      },
    },
    'Métiers suggérés',
  );

  answer.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button');
    if (!button) return;
    const { dimension, value, metier, query } = button.dataset;
    if (dimension && value) {
      const key =
        dimension === 'secteur' ? 'secteur' : dimension === 'etablissement' ? 'etablissement' : 'rattachement';
      show({ ...state, [key]: value }, true);
    } else if (metier) {
      show({ ...state, metiers: [metier] }, true);
    } else if (query) {
      input.value = query;
      show({ ...EMPTY, q: query }, true);
    }
  });

  const guideRoot = root.querySelector<HTMLElement>('#parcours');
  const guide = guideRoot
    ? new Guide(guideRoot, index, {
        onChoose: ({ metier, secteur, etablissement }) => {
          input.value = '';
          show({ ...EMPTY, metiers: [metier], secteur, etablissement }, true);
        },
        onUnknownProfession: () => {
          input.focus();
          status.textContent = 'Tapez le nom de votre métier, même approximatif, ou un sigle.';
        },
      })
    : null;

  const initial = readState(location.search);
  if (initial.q !== '' || initial.metiers.length > 0 || initial.secteur || initial.etablissement) {
    input.value = initial.q;
    show(initial, false);
  } else if (input.value.trim() !== '') {
    // Typed while the search was loading: catch up.
    if (document.activeElement === input) combobox.refresh(false);
    show({ ...EMPTY, q: input.value }, false);
  }

  return {
    submit() {
      combobox.close();
      show({ ...state, q: input.value }, false);
    },
    chooseSector(sector) {
      guide?.chooseSector(sector);
    },
  };
}
