/**
 * The home page's key figures: which rows the rules pick (on the real data and
 * on small made-up rows), how each card reads, and what the copy button copies.
 */
import { describe, expect, it } from 'vitest';
import type { EstimationRow } from '../../src/schemas/estimations.ts';
import type { EvenementRow } from '../../src/schemas/evenements.ts';
import type { SourceRow } from '../../src/schemas/sources.ts';
import {
  contestationsOf,
  contestedByRow,
  latestOfficialCoveredTotal,
  latestOfficialExcludedTotal,
} from '../../src/queries/estimations.ts';
import { latestEvenements } from '../../src/queries/evenements.ts';
import { rowsOf } from '../../src/queries/data.ts';
import { estimateFigure, estimateValue, eventFigure, type FigureContext } from '../../src/views/accueil/key-figures.ts';
import { comparePartialDates } from '../../src/lib/dates.ts';
import { citationText } from '../../src/lib/figure-citation.ts';

/** A minimal valid estimate; each case overrides what it is about. */
function estimate(overrides: Partial<EstimationRow> = {}): EstimationRow {
  return {
    id: 'estimation-a',
    estimateur: 'Auteur A',
    date: '2023-12',
    date_etat: '2023-12',
    valeur: 1000,
    valeur_min: null,
    valeur_max: null,
    approximatif: false,
    unite: 'personnes',
    nature: 'exclus',
    objet: 'exclus_restants',
    periodicite: null,
    annee_concernee: null,
    perimetre: 'Tout le champ',
    perimetre_code: 'ensemble',
    methode: null,
    officiel: true,
    derive: false,
    anterieur_accord_2024: true,
    conteste_ids: [],
    localisation: 'Tableau de synthèse',
    source_ids: ['source-a'],
    statut_verification: 'confirme',
    note: null,
    ...overrides,
  };
}

function event(overrides: Partial<EvenementRow> = {}): EvenementRow {
  return {
    id: 'evenement-a',
    date: '2024-06-04',
    precision_date: 'jour',
    titre: 'Un accord',
    resume: 'Résumé.',
    type: 'accord',
    acteurs: ['Axess', 'Syndicats'],
    secteurs: [],
    filieres: [],
    montant_eur: null,
    effectif: null,
    jalon: false,
    source_ids: ['source-a'],
    statut_verification: 'confirme',
    note: null,
    date_mise_a_jour: '2026-11-23',
    ...overrides,
  };
}

const SOURCES: Record<string, SourceRow> = {
  'source-a': {
    id: 'source-a',
    titre: 'Rapport A',
    editeur: 'Ministère',
    date_publication: '2023-12',
    date_deduite: false,
    url: 'https://exemple.fr/a',
    url_origine: 'relevee',
    reference: null,
    type: 'rapport',
    note: null,
  },
  'source-b': {
    id: 'source-b',
    titre: 'Article B',
    editeur: 'Journal',
    date_publication: null,
    date_deduite: false,
    url: null,
    url_origine: null,
    reference: 'JO du 1er mars 2024',
    type: 'article_presse',
    note: null,
  },
};
const context: FigureContext = {
  sourcesByIds: (ids) => ids.flatMap((id) => (SOURCES[id] ? [SOURCES[id]] : [])),
  prose: (text) => [{ kind: 'text', text }],
  agreement: { date: '2024-06-04', name: 'Ségur pour tous', effect: '2024-01' },
  site: 'https://observatoire.exemple',
  siteName: 'Observatoire',
};

describe('les chiffres clés choisis dans les vraies données', () => {
  it('retiennent les 120 800 ETP du rapport officiel comme total des exclus', () => {
    const official = latestOfficialExcludedTotal();
    expect(official?.id).toBe('rapport-art83-total');
    expect(official?.valeur).toBe(120800);
    expect(official?.unite).toBe('etp');
  });

  it('opposent au rapport les 215 000 d’Axess, qui contestent son sous-total du privé', () => {
    const official = latestOfficialExcludedTotal();
    if (!official) throw new Error('pas de total officiel');
    const [contesting] = contestationsOf(official);
    expect(contesting?.id).toBe('axess-2024-exclus');
    expect(contesting?.valeur).toBe(215000);
    expect(contestedByRow(contesting as EstimationRow).map((row) => row.valeur)).toEqual([92400]);
  });

  it('retiennent les quelque 700 000 personnes couvertes, et non leurs sous-totaux', () => {
    const covered = latestOfficialCoveredTotal();
    expect(covered?.id).toBe('qe1917-couverts-total');
    expect(covered?.valeur).toBe(700000);
    expect(covered?.approximatif).toBe(true);
  });

  it('donnent les derniers événements du plus récent au plus ancien', () => {
    const latest = latestEvenements(5);
    expect(latest).toHaveLength(5);
    for (let i = 1; i < latest.length; i++) {
      expect(
        comparePartialDates((latest[i - 1] as EvenementRow).date, (latest[i] as EvenementRow).date),
      ).toBeGreaterThanOrEqual(0);
    }
    const newest = [...rowsOf('evenements')].sort((a, b) => comparePartialDates(b.date, a.date))[0];
    expect(latest[0]?.date).toBe(newest?.date);
  });
});

describe('les règles de choix, sur des lignes inventées', () => {
  it('prennent le total officiel le plus récent, jamais un chiffre dérivé ni un sous-périmètre', () => {
    const rows = [
      estimate({ id: 'ancien', date: '2021' }),
      estimate({ id: 'recent', date: '2024-02' }),
      estimate({ id: 'derive', date: '2025', derive: true, methode: 'a − b' }),
      estimate({ id: 'prive', date: '2025', perimetre_code: 'prive_non_lucratif' }),
      estimate({ id: 'non-officiel', date: '2025', officiel: false }),
    ];
    expect(latestOfficialExcludedTotal(rows)?.id).toBe('recent');
  });

  it('ne prennent jamais pour total des exclus un décompte de salariés devenus couverts', () => {
    const rows = [
      estimate({ id: 'exclus', date: '2023-12' }),
      estimate({ id: 'devenus-couverts', date: '2024-09', objet: 'devenus_couverts', anterieur_accord_2024: false }),
    ];
    expect(latestOfficialExcludedTotal(rows)?.id).toBe('exclus');
  });

  it('préfèrent, à date égale, le plus grand chiffre (le total plutôt que ses parties)', () => {
    const rows = [
      estimate({ id: 'partie', nature: 'couverts', objet: 'couverts', valeur: 200 }),
      estimate({ id: 'total', nature: 'couverts', objet: 'couverts', valeur: 700 }),
    ];
    expect(latestOfficialCoveredTotal(rows)?.id).toBe('total');
  });

  it('trouvent les contestations du total comme de ses sous-totaux publiés le même jour', () => {
    const total = estimate({ id: 'total', valeur: 100 });
    const rows = [
      total,
      estimate({ id: 'sous-total', valeur: 60, perimetre_code: 'prive_non_lucratif' }),
      estimate({ id: 'petite', estimateur: 'B', officiel: false, valeur: 80, conteste_ids: ['total'] }),
      estimate({ id: 'grande', estimateur: 'C', officiel: false, valeur: 150, conteste_ids: ['sous-total'] }),
      estimate({ id: 'autre-sujet', estimateur: 'D', officiel: false, valeur: 999, conteste_ids: ['ailleurs'] }),
    ];
    expect(contestationsOf(total, rows).map((row) => row.id)).toEqual(['grande', 'petite']);
  });
});

describe('une carte de chiffre clé', () => {
  it('écrit le chiffre à la française, avec « ≈ » pour un ordre de grandeur et « à » pour une fourchette', () => {
    expect(estimateValue(estimate({ valeur: 120800 }))).toBe('120\u202f800');
    expect(estimateValue(estimate({ valeur: 215000, approximatif: true }))).toBe('≈\u00a0215\u202f000');
    expect(estimateValue(estimate({ valeur: null, valeur_min: 8000, valeur_max: 8500 }))).toBe(
      '8\u202f000 à 8\u202f500',
    );
  });

  it('marque comme historique un chiffre d’avant l’accord de 2024, en le datant, et le dit dans la citation à copier', () => {
    const old = estimateFigure(estimate({ date_etat: '2023-12', anterieur_accord_2024: true }), 'Exclus', context);
    expect(old.history).toBe('Situation de décembre 2023, avant l’accord « Ségur pour tous » du 4 juin 2024.');
    expect(old.citation).toContain('(chiffre historique : situation de décembre 2023, avant l’accord');
    const recent = estimateFigure(estimate({ anterieur_accord_2024: false }), 'Exclus', context);
    expect(recent.history).toBeNull();
    expect(recent.citation).not.toContain('historique');
  });

  it('donne l’emplacement du chiffre dans sa première source, sur la carte et dans la citation à copier', () => {
    const figure = estimateFigure(estimate({ localisation: 'Tableau 3' }), 'Exclus', context);
    expect(figure.locator).toBe('Tableau 3');
    expect(figure.citation).toContain('Rapport A (Ministère), https://exemple.fr/a (Tableau 3).');
  });

  it('dit honnêtement qu’un décompte en ETP n’est pas un décompte de personnes', () => {
    const figure = estimateFigure(estimate({ unite: 'etp' }), 'Exclus', context);
    expect(figure.unit).toBe('équivalents temps plein (ETP)');
    expect(figure.unitNote).toMatch(/pas en personnes/);
    const people = estimateFigure(estimate({ unite: 'personnes' }), 'Exclus', context);
    expect(people.unit).toBe('personnes');
    expect(people.unitNote).toBeNull();
  });

  it('nomme le chiffre qu’une estimation conteste, avec son périmètre', () => {
    const contested = estimate({
      id: 'rapport-prive',
      valeur: 92400,
      unite: 'etp',
      estimateur: 'Gouvernement',
      perimetre: 'Privé non lucratif',
    });
    const figure = estimateFigure(
      estimate({ valeur: 215000, approximatif: true, conteste_ids: ['rapport-prive'] }),
      'Contestation',
      context,
      [contested],
    );
    expect(figure.contests).toBe('92\u202f400 ETP selon Gouvernement (Privé non lucratif)');
  });

  it('copie le chiffre avec son unité, son auteur, sa date, sa source et le lien vers la carte', () => {
    const figure = estimateFigure(
      estimate({
        id: 'rapport',
        valeur: 120800,
        unite: 'etp',
        source_ids: ['source-a', 'source-b'],
        anterieur_accord_2024: false,
        localisation: null,
      }),
      'Exclus',
      context,
    );
    expect(figure.anchor).toBe('chiffre-rapport');
    expect(figure.citation).toBe(
      '120\u202f800 ETP exclus des 183 € du Ségur (Tout le champ) — Auteur A, décembre 2023. ' +
        'Source\u00a0: Rapport A (Ministère), https://exemple.fr/a. ' +
        'Autre source\u00a0: Article B (Journal). ' +
        'D’après Observatoire, https://observatoire.exemple/#chiffre-rapport',
    );
  });

  it('écrit « environ » dans la citation d’un ordre de grandeur', () => {
    const figure = estimateFigure(
      estimate({ valeur: 700000, approximatif: true, nature: 'couverts', objet: 'couverts' }),
      'Couverts',
      context,
    );
    expect(figure.value).toBe('≈\u00a0700\u202f000');
    expect(figure.citation.startsWith('environ 700\u202f000 personnes ayant obtenu les 183 € du Ségur')).toBe(true);
  });

  it('renvoie le dernier événement à son ancre dans la chronologie', () => {
    const figure = eventFigure(
      event({ id: '2026-01-29-greve', date: '2026-01-29', titre: 'Grève' }),
      'Dernier événement',
      context,
    );
    expect(figure.value).toBe('29 janvier 2026');
    expect(figure.valueDate).toBe('2026-01-29');
    expect(figure.more.href).toBe('/chronologie/#2026-01-29-greve');
    expect(figure.citation).toBe(
      '29 janvier 2026\u00a0: Grève. Source\u00a0: Rapport A (Ministère), https://exemple.fr/a. D’après Observatoire, https://observatoire.exemple/chronologie/#2026-01-29-greve',
    );
  });
});

describe('citationText', () => {
  it('cite la référence officielle quand la source n’a pas d’adresse', () => {
    const text = citationText({
      statement: 'Un fait.',
      sources: [SOURCES['source-b'] as SourceRow],
      pageUrl: 'https://o.exemple/#x',
      siteName: 'O',
    });
    expect(text).toBe(
      'Un fait. Source\u00a0: Article B (Journal), JO du 1er mars 2024. D’après O, https://o.exemple/#x',
    );
  });

  it('accorde « Autres sources » au pluriel et les sépare par « ; »', () => {
    const text = citationText({
      statement: 'Un fait',
      sources: [SOURCES['source-a'] as SourceRow, SOURCES['source-b'] as SourceRow, SOURCES['source-a'] as SourceRow],
      pageUrl: 'https://o.exemple/',
      siteName: 'O',
    });
    expect(text).toContain('Autres sources\u00a0: Article B (Journal)\u00a0; Rapport A (Ministère).');
  });
});
