/**
 * Every fact the texts of /estimations/ state — years, who says what, what the
 * State compensates — comes from rows: each claim is checked on made-up rows,
 * and changes when the row it comes from changes.
 */
import { describe, expect, it } from 'vitest';
import type { EstimationRow } from '../../../src/schemas/estimations.ts';
import type { MesureRow } from '../../../src/schemas/mesures.ts';
import type { SourceRow } from '../../../src/schemas/sources.ts';
import {
  costStatements,
  costSummary,
  extensionYearsBetween,
  reportStatements,
  type CostRows,
} from '../../../src/views/estimations/explainers.ts';
import { compensationFacts, shareInWords } from '../../../src/views/estimations/wording.ts';
import { estimation } from '../charts/fixtures.ts';

const cost = (id: string, overrides: Partial<EstimationRow> = {}): EstimationRow =>
  estimation({ id, nature: 'cout', unite: 'eur', periodicite: 'annuel', ...overrides });

function costRows(overrides: { departmentsYear?: number | null; stateYear?: number | null; stateValue?: number } = {}) {
  return {
    report: cost('rapport', {
      estimateur: 'Gouvernement (rapport fictif)',
      valeur: 484_000_000,
      perimetre_code: 'prive_non_lucratif',
      statut_verification: 'incertain',
      note: 'Périodicité déduite.',
    }),
    axess: cost('federation', {
      estimateur: 'Fédération (deux réseaux)',
      valeur: 1_000_000_000,
      statut_verification: 'incertain',
      note: 'Périodicité déduite.',
    }),
    departments: cost('departements', {
      estimateur: 'Association des départements',
      valeur: 170_000_000,
      annee_concernee: overrides.departmentsYear === undefined ? 2024 : overrides.departmentsYear,
    }),
    state: cost('etat', {
      estimateur: 'Gouvernement (compromis)',
      valeur: overrides.stateValue ?? 85_000_000,
      annee_concernee: overrides.stateYear === undefined ? 2025 : overrides.stateYear,
    }),
    arrears: [
      cost('impayes-a', {
        estimateur: 'Fédération (cartographie)',
        periodicite: 'ponctuel',
        valeur: 156_400_000,
        annee_concernee: 2024,
      }),
      cost('impayes-b', {
        estimateur: 'Fédération (cartographie)',
        periodicite: 'ponctuel',
        valeur: 47_900_000,
        annee_concernee: 2025,
      }),
    ],
  } satisfies CostRows;
}

describe('ce que l’État compense', () => {
  it('dit « à partir de » l’année de la ligne de l’État et laisse sans compensation les années d’avant', () => {
    const facts = compensationFacts(costRows().departments, costRows().state);
    expect(facts).toEqual({
      costFrom: 2024,
      share: 'la moitié',
      compensationFrom: 2025,
      uncompensated: 'l’année 2024 reste sans compensation',
    });
  });

  it('change avec l’année de la ligne de l’État', () => {
    const later = costRows({ stateYear: 2026 });
    expect(compensationFacts(later.departments, later.state).uncompensated).toBe(
      'les années 2024 et 2025 restent sans compensation',
    );
    const retroactive = costRows({ stateYear: 2024 });
    expect(compensationFacts(retroactive.departments, retroactive.state).uncompensated).toBeNull();
  });

  it('ne dit rien des années quand une ligne ne les donne pas', () => {
    const unknown = costRows({ departmentsYear: null });
    expect(compensationFacts(unknown.departments, unknown.state)).toMatchObject({
      costFrom: null,
      uncompensated: null,
    });
  });

  it('nomme la part de l’État d’après les deux montants', () => {
    expect(shareInWords(85, 170)).toBe('la moitié');
    expect(shareInWords(1, 3)).toBe('le tiers');
    expect(shareInWords(60, 170)).toBe('35\u00a0%');
    const third = costRows({ stateValue: 170_000_000 / 3 });
    expect(compensationFacts(third.departments, third.state).share).toBe('le tiers');
  });
});

describe('le résumé du graphique des coûts', () => {
  it('tire des lignes ses auteurs, ses années et ce que l’État compense', () => {
    expect(costSummary(costRows())).toBe(
      'Étendre les 183 € aux exclus du privé non lucratif coûterait 484\u00a0M€ par an (incertain) selon le gouvernement (rapport fictif) et 1\u00a0Md€ par an (incertain) selon Fédération ; ' +
        'Association des départements chiffre à 170\u00a0M€ par an la part des départements dans l’extension de 2024, dont l’État prend la moitié, soit 85\u00a0M€ par an à partir de 2025 : l’année 2024 reste sans compensation ; ' +
        'Fédération relève 156,4\u00a0M€ dus pour 2024 et 47,9\u00a0M€ dus pour 2025, non versés.',
    );
  });

  it('suit les lignes quand elles changent', () => {
    const rows = costRows({ stateYear: 2026 });
    const summary = costSummary({ ...rows, arrears: rows.arrears.slice(1) });
    expect(summary).toContain('à partir de 2026 : les années 2024 et 2025 restent sans compensation');
    expect(summary).toContain('Fédération relève 47,9\u00a0M€ dus pour 2025, non versés.');
    expect(summary).not.toContain('2024 reste');
  });
});

describe('le texte sur les coûts', () => {
  it('dit pour quelle année chaque impayé est dû, et ne parle de déduction que si les deux coûts sont incertains', () => {
    const rows = costRows();
    const statements = costStatements(rows);
    expect(statements.arrears.map((entry) => entry.dueFor)).toEqual(['au titre de 2024', 'au titre de 2025']);
    expect(statements.periodsDeduced).toBe(true);
    expect(statements.reportAuthor).toBe('le gouvernement (rapport fictif)');
    const confirmed = costStatements({
      ...rows,
      axess: { ...rows.axess, statut_verification: 'confirme', note: null },
    });
    expect(confirmed.periodsDeduced).toBe(false);
  });
});

describe('le texte sur le chiffre officiel', () => {
  const total = estimation({
    id: 'total',
    estimateur: 'Gouvernement',
    unite: 'etp',
    valeur: 100,
    source_ids: ['a', 'b'],
  });
  const published = estimation({
    id: 'public',
    estimateur: 'Gouvernement',
    unite: 'etp',
    valeur: 40,
    statut_verification: 'source_unique',
    note: 'Une seule source.',
    source_ids: ['b'],
  });
  const sources: Record<string, Pick<SourceRow, 'titre' | 'editeur'>> = {
    a: { titre: 'Article A', editeur: 'Journal A' },
    b: { titre: 'Proposition B', editeur: 'Groupe B' },
  };
  const sourcesOf = (ids: readonly string[]) => ids.map((id) => sources[id]!) as SourceRow[];
  const contesting = [estimation({ id: 'contre', estimateur: 'Fédération (deux réseaux)', conteste_ids: ['public'] })];

  it('nomme ceux qui contestent le total, l’unité retenue et d’après qui, et la source unique d’un sous-total', () => {
    const statements = reportStatements({ total, parts: [published] }, contesting, sourcesOf);
    expect(statements).toMatchObject({
      unit: 'équivalents temps plein (ETP)',
      fullTimeEquivalents: true,
      establishedFrom: 'Journal A et Groupe B',
      contesters: 'Fédération (deux réseaux)',
      singleSources: [{ part: published, source: '« Proposition B » (Groupe B)' }],
    });
  });

  it('suit les lignes : autre unité, autres sources, personne pour contester', () => {
    const statements = reportStatements(
      {
        total: { ...total, unite: 'personnes', source_ids: ['b'] },
        parts: [{ ...published, statut_verification: 'confirme' }],
      },
      [],
      sourcesOf,
    );
    expect(statements).toMatchObject({
      unit: 'personnes',
      fullTimeEquivalents: false,
      establishedFrom: 'Groupe B',
      contesters: null,
      singleSources: [],
    });
  });
});

describe('les extensions qu’un décompte ancien ne connaissait pas', () => {
  const measure = (date_effet: string | null, overrides: Partial<MesureRow> = {}) =>
    ({ hors_segur: false, type: 'accord', date_effet, ...overrides }) as Pick<
      MesureRow,
      'hors_segur' | 'type' | 'date_effet'
    >;

  it('sont les années d’effet des mesures Ségur entre le décompte et le rapport', () => {
    const measures = [
      measure('2020-09'),
      measure('2021-06'),
      measure('2021-11'),
      measure('2022-04'),
      measure('2021-10', { hors_segur: true }),
      measure('2022-05', { type: 'decision_justice' }),
      measure('2024-01'),
    ];
    expect(extensionYearsBetween(measures, '2021-04', '2023-12')).toEqual([2021, 2022]);
    expect(extensionYearsBetween(measures, '2022-06', '2023-12')).toEqual([]);
  });
});
