/**
 * The views of the département map: one question and one period each, with the
 * answers (categories) a département can get, their legend and what each means
 * for the workers there. Which rows answer which question is decided in
 * src/queries/map-views.ts; this module only names things, so that the
 * presenters, the charts and the browser share the same words.
 *
 * A département never gets a colour by priority across questions: each view
 * asks one question about one period, and only a decision of the département
 * itself (or of the Métropole de Lyon, which holds a département's powers) —
 * or, for payments, a survey of what the département paid, named as such —
 * answers it. Mobilisations are counted in a view of their own, never as a
 * position.
 */
import { frenchSpacing } from '../format.ts';

/** The views, in the order of the view switcher. */
export const MAP_VIEW_KEYS = [
  'segur-pour-tous-2025',
  'segur-pour-tous-2024',
  'compensation-2025',
  'agents-2022-2023',
  'associations-2021-2023',
  'mobilisations',
] as const;
export type MapViewKey = (typeof MAP_VIEW_KEYS)[number];

/** The view /departements/ shows; the others have their own page. */
export const DEFAULT_MAP_VIEW: MapViewKey = 'segur-pour-tous-2025';

/** What every département gets when the view has nothing to say about it. */
export const EMPTY_CATEGORY_KEYS = ['autre_question', 'cherche_rien_trouve', 'non_cherche'] as const;
export type EmptyCategoryKey = (typeof EMPTY_CATEGORY_KEYS)[number];

/** The answers a département can get in a view (the empty ones come last). */
export const ANSWER_KEYS = [
  'paiement_integral',
  'paiement_partiel',
  'aucun_paiement',
  'vote',
  'annonce',
  'refus',
  'compensation_notifiee',
  'mesure_constatee',
  'mobilise',
] as const;
export type AnswerKey = (typeof ANSWER_KEYS)[number];

export type CategoryKey = AnswerKey | EmptyCategoryKey;

/** The same texts with French spacing (no-break spaces inside « » and before : ; ? !). */
function spaced<T>(value: T): T {
  if (typeof value === 'string') return frenchSpacing(value) as T;
  if (Array.isArray(value)) return value.map(spaced) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, spaced(item)])) as T;
  }
  return value;
}

export interface CategoryText {
  /** Lower case, for sentences and accessible names (« rien versé, selon un recensement »). */
  label: string;
  /** Capitalised, for the legend. */
  legend: string;
  /** What it means for the workers there, one or two sentences (collectivity pages). */
  meaning: string;
}

/** The texts of the empty categories, shared by every view. */
export const EMPTY_CATEGORY_TEXTS: Readonly<Record<EmptyCategoryKey, CategoryText>> = spaced({
  autre_question: {
    label: 'rien de documenté',
    legend: 'Rien de documenté sur cette question (d’autres faits le sont)',
    meaning: 'Aucune source lue ne répond pour ce département ; d’autres faits sont documentés pour lui.',
  },
  cherche_rien_trouve: {
    label: 'cherché, rien trouvé',
    legend: 'Cherché, rien trouvé',
    meaning:
      'Une recherche systématique n’a trouvé aucun fait pour ce département : cela ne veut pas dire qu’il n’a rien fait.',
  },
  non_cherche: {
    label: 'pas encore cherché',
    legend: 'Pas encore cherché',
    meaning: 'Ce département n’a pas encore été cherché systématiquement.',
  },
});

export interface MapViewText {
  key: MapViewKey;
  /** The question the view answers, as a heading (« Qui a payé sa part du « Ségur pour tous » pour 2025 ? »). */
  question: string;
  /** A short name for the view switcher (« Ségur pour tous, 2025 »). */
  short: string;
  /** The years the view looks at. */
  years: readonly number[];
  /** The answers this view can give, in legend order, with their texts. */
  answers: readonly (readonly [AnswerKey, CategoryText])[];
  /** What the view shows and what it leaves out, one paragraph. */
  scope: string;
}

const segurPourTous = (year: number): MapViewText => ({
  key: year === 2025 ? 'segur-pour-tous-2025' : 'segur-pour-tous-2024',
  question: `Qui a payé sa part du « Ségur pour tous » pour ${year} ?`,
  short: `« Ségur pour tous », ${year}`,
  years: [year],
  answers: [
    [
      'paiement_integral',
      {
        label: 'a tout versé, selon un recensement',
        legend: 'A tout versé (selon un recensement)',
        meaning: `Selon le recensement cité, le département a versé pour ${year} toute sa part de la prime aux associations qu’il finance.`,
      },
    ],
    [
      'paiement_partiel',
      {
        label: 'a versé une partie, selon un recensement',
        legend: 'A versé une partie (selon un recensement)',
        meaning: `Selon le recensement cité, le département n’a versé pour ${year} qu’une partie de sa part de la prime aux associations qu’il finance.`,
      },
    ],
    [
      'aucun_paiement',
      {
        label: 'rien versé, selon un recensement',
        legend: 'Rien versé (selon un recensement)',
        meaning: `Selon le recensement cité, le département n’avait rien versé pour ${year} de sa part de la prime aux associations qu’il finance. Ce constat n’est pas une décision du département.`,
      },
    ],
    [
      'vote',
      {
        label: 'a voté ou versé un financement',
        legend: 'A voté ou versé un financement',
        meaning: `Le département a voté ou versé un financement de la prime pour ${year}, selon les sources.`,
      },
    ],
    [
      'annonce',
      {
        label: 'a annoncé, vote non documenté',
        legend: 'A annoncé (vote non documenté)',
        meaning: `Le département a annoncé un financement ou un engagement pour ${year}, mais aucune source lue ne documente son vote ni son versement : une annonce n’est pas un vote.`,
      },
    ],
    [
      'refus',
      {
        label: 'a refusé ou voté une motion de refus',
        legend: 'A refusé, ou voté une motion de refus',
        meaning: `Le département a refusé de payer sa part pour ${year}, ou voté une motion pour ne pas la payer sans compensation de l’État.`,
      },
    ],
  ],
  scope: `Ce que le département a payé, pour ${year}, de sa part de la prime étendue en 2024 aux salariés des associations qu’il finance (accord du 4 juin 2024). Seules comptent ses propres décisions et les recensements de ses paiements ; le coût pour une association et les mobilisations n’y comptent pas.`,
});

/** The texts of each view. */
export const MAP_VIEWS: Readonly<Record<MapViewKey, MapViewText>> = spaced({
  'segur-pour-tous-2025': segurPourTous(2025),
  'segur-pour-tous-2024': segurPourTous(2024),
  'compensation-2025': {
    key: 'compensation-2025',
    question: 'Quelle compensation de l’État a été notifiée au département pour 2025 ?',
    short: 'Compensation de l’État, 2025',
    years: [2025],
    answers: [
      [
        'compensation_notifiee',
        {
          label: 'compensation notifiée ou calculée',
          legend: 'Compensation notifiée ou calculée',
          meaning:
            'Une source documente la compensation que l’État (CNSA) a notifiée ou calculée pour ce département au titre du « Ségur pour tous » ; le détail en donne le montant.',
        },
      ],
    ],
    scope:
      'La part que l’État prend en charge, à partir de 2025, de ce que la prime coûte au département, département par département. Les financements que l’État verse lui-même aux structures qu’il finance, et ce qu’une association dit ne pas avoir reçu, n’y comptent pas.',
  },
  'agents-2022-2023': {
    key: 'agents-2022-2023',
    question: 'Qu’a décidé le département pour ses propres agents en 2022 et 2023 ?',
    short: 'Ses agents, 2022-2023',
    years: [2022, 2023],
    answers: [
      [
        'vote',
        {
          label: 'a voté ou versé une mesure',
          legend: 'A voté ou versé une mesure pour ses agents',
          meaning:
            'Le département a voté ou versé une mesure pour une partie au moins de ses agents : le détail dit lesquels.',
        },
      ],
      [
        'annonce',
        {
          label: 'a annoncé une mesure, vote non documenté',
          legend: 'A annoncé une mesure (vote non documenté)',
          meaning:
            'Le département a annoncé une mesure pour ses agents, mais aucune source lue ne documente son vote ni son versement.',
        },
      ],
      [
        'refus',
        {
          label: 'a refusé ou restreint la mesure',
          legend: 'A refusé la mesure, ou l’a restreinte',
          meaning:
            'Le département a refusé la mesure à ses agents, ou l’a limitée à ceux que le décret vise strictement : le détail dit qui en est exclu.',
        },
      ],
    ],
    scope:
      'Ce que le département (ou la Métropole de Lyon, qui exerce ses compétences) a décidé pour ses agents sociaux et médico-sociaux, quand la prime des décrets d’avril 2022, puis le complément de traitement indiciaire, pouvaient leur être versés. Les communes, les intercommunalités et les mobilisations n’y comptent pas.',
  },
  'associations-2021-2023': {
    key: 'associations-2021-2023',
    question: 'Qu’a financé le département pour les associations avant 2024 ?',
    short: 'Associations, 2021-2023',
    years: [2021, 2022, 2023],
    answers: [
      [
        'vote',
        {
          label: 'a voté ou versé un financement',
          legend: 'A voté ou versé un financement',
          meaning:
            'Le département a voté ou versé un financement des revalorisations pour des salariés d’établissements ou de services qu’il finance.',
        },
      ],
      [
        'annonce',
        {
          label: 'a annoncé un financement, vote non documenté',
          legend: 'A annoncé un financement (vote non documenté)',
          meaning:
            'Le département a annoncé un financement, mais aucune source lue ne documente son vote ni son versement.',
        },
      ],
      [
        'mesure_constatee',
        {
          label: 'en fait état dans un bilan',
          legend: 'En fait état dans un bilan ou un discours',
          meaning:
            'Le département fait état, dans un bilan ou un discours, de dépenses liées aux revalorisations : le montant et les bénéficiaires ne sont pas détaillés.',
        },
      ],
      [
        'refus',
        {
          label: 'a refusé',
          legend: 'A refusé',
          meaning: 'Le département a refusé de financer ces revalorisations.',
        },
      ],
    ],
    scope:
      'Ce que le département a financé, avant l’accord de 2024, pour les salariés des établissements et services qu’il finance (extensions de 2021 et 2022, conférence des métiers de février 2022). Les décisions sur ses propres agents sont dans une autre vue.',
  },
  mobilisations: {
    key: 'mobilisations',
    question: 'Où les exclus se sont-ils mobilisés ?',
    short: 'Mobilisations',
    years: [2020, 2021, 2022, 2023, 2024, 2025],
    answers: [
      [
        'mobilise',
        {
          label: 'mobilisation documentée',
          legend: 'Au moins une mobilisation documentée',
          meaning:
            'Des salariés ou des agents se sont mobilisés dans ce département (grève, rassemblement, pétition) : une mobilisation n’est pas une décision du département.',
        },
      ],
    ],
    scope:
      'Les grèves, rassemblements et pétitions documentés, quel qu’en soit le destinataire (le département, l’État, une métropole, une commune), de 2020 à 2025. Le nombre compte des faits, pas des participants ; il ne dit rien de la position du département.',
  },
});

/** The texts of one category in one view. */
export function categoryText(view: MapViewKey, key: CategoryKey): CategoryText {
  if ((EMPTY_CATEGORY_KEYS as readonly string[]).includes(key)) return EMPTY_CATEGORY_TEXTS[key as EmptyCategoryKey];
  const found = MAP_VIEWS[view].answers.find(([answer]) => answer === key);
  if (!found) throw new Error(`Vue ${view} : pas de catégorie ${key}`);
  return found[1];
}

/** The categories of a view, in legend order: its answers, then the empty ones. */
export function viewCategoryKeys(view: MapViewKey): CategoryKey[] {
  return [...MAP_VIEWS[view].answers.map(([key]) => key), ...EMPTY_CATEGORY_KEYS];
}
