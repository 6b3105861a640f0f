/**
 * What the pages of /departements/ say, on made-up rows: which rows answer
 * which view of the map (and which never do), the latest answer winning
 * within a view, the empty answers, the Métropole de Lyon answering for the
 * Rhône, one page per collectivity, and the summary sentence. On the real
 * data, only what any correct data must give: 101 départements once each per
 * view, and no colour that comes from a commune, an association or a
 * mobilisation.
 */
import { describe, expect, it } from 'vitest';
import type { CollectiviteRow } from '../../../src/schemas/collectivites.ts';
import type { RechercheRow } from '../../../src/schemas/recherches.ts';
import { allCollectivites, buildPages, pageCodeOf } from '../../../src/queries/collectivites.ts';
import {
  answerOf,
  buildMapView,
  decideAnswer,
  isOwnDecision,
  mapView,
  yearsOf,
} from '../../../src/queries/map-views.ts';
import { MAP_VIEW_KEYS } from '../../../src/lib/codes/map-views.ts';
import { PAYMENT_NATURES } from '../../../src/lib/codes/collectivites.ts';
import { DEPARTEMENT_CODES } from '../../../src/lib/departements.ts';
import { amountText } from '../../../src/views/departements/facts.ts';
import { viewSummary } from '../../../src/views/departements/map.ts';

/** A minimal valid row: a decision of the Hautes-Alpes for its agents, voted in 2022; each test overrides what it needs. */
function row(overrides: Partial<CollectiviteRow>): CollectiviteRow {
  return {
    id: 'essai',
    collectivite: 'Département d’essai',
    niveau: 'departement',
    code_insee: '05',
    code_commune: null,
    siren_epci: null,
    code_region: null,
    date: '2022-06',
    type_fait: 'decision',
    volet: 'agents_collectivite',
    annee_concernee: ['2022'],
    etape: 'vote',
    nature: 'mesure_employeur',
    montant_eur: null,
    unite_montant: null,
    periodicite: null,
    perimetre: 'Agents',
    suite: null,
    source_ids: ['source-a'],
    localisation: 'document entier',
    statut_verification: 'confirme',
    note: null,
    ...overrides,
  };
}

const survey = (overrides: Partial<CollectiviteRow> = {}) =>
  row({
    collectivite: 'Recensement d’essai',
    niveau: 'association',
    type_fait: 'autre_acteur',
    volet: 'segur_pour_tous',
    etape: 'constat',
    nature: 'aucun_paiement',
    date: '2025',
    annee_concernee: ['2025'],
    ...overrides,
  });

describe('les années d’un fait', () => {
  it('sont celles de annee_concernee, ou à défaut celle de la date', () => {
    expect(yearsOf(row({ annee_concernee: ['2024', '2025'], date: '2025-12' }))).toEqual([2024, 2025]);
    expect(yearsOf(row({ annee_concernee: [], date: '2023-02-16' }))).toEqual([2023]);
  });
});

describe('qui répond à quelle question', () => {
  it('une décision du département pour ses agents répond à la vue de ses agents, selon son étape', () => {
    expect(answerOf('agents-2022-2023', row({ etape: 'vote' }))).toBe('vote');
    expect(answerOf('agents-2022-2023', row({ etape: 'versement' }))).toBe('vote');
    expect(answerOf('agents-2022-2023', row({ etape: 'annonce' }))).toBe('annonce');
    expect(answerOf('agents-2022-2023', row({ etape: 'refus', nature: 'mesure_employeur' }))).toBe('refus');
    expect(answerOf('agents-2022-2023', row({ etape: 'refus', nature: 'refus' }))).toBe('refus');
    expect(answerOf('agents-2022-2023', row({ etape: 'constat', nature: 'autre' }))).toBeNull();
  });

  it('une annonce n’est jamais un vote', () => {
    const announced = row({
      volet: 'segur_pour_tous',
      etape: 'annonce',
      nature: 'financement_volontaire',
      annee_concernee: ['2025'],
    });
    expect(answerOf('segur-pour-tous-2025', announced)).toBe('annonce');
  });

  it('hors de la période de la vue, un fait ne répond pas', () => {
    expect(answerOf('agents-2022-2023', row({ annee_concernee: ['2021'], date: '2021-09' }))).toBeNull();
    expect(answerOf('segur-pour-tous-2024', survey())).toBeNull();
    expect(answerOf('segur-pour-tous-2025', survey())).toBe('aucun_paiement');
  });

  it('une commune, une intercommunalité, une métropole (autre que Lyon) ne répondent jamais pour le département', () => {
    for (const niveau of ['commune', 'intercommunalite', 'metropole'] as const) {
      for (const view of MAP_VIEW_KEYS.filter((key) => key !== 'mobilisations')) {
        expect(answerOf(view, row({ niveau, collectivite: 'Ville d’essai' })), `${niveau} ${view}`).toBeNull();
      }
    }
  });

  it('la Métropole de Lyon répond pour le Rhône, en étant nommée', () => {
    const lyon = row({ niveau: 'metropole', collectivite: 'Métropole de Lyon', code_insee: '69M' });
    expect(isOwnDecision(lyon)).toBe(true);
    const answer = decideAnswer('agents-2022-2023', '69', 'Rhône', [lyon], true);
    expect(answer.category).toBe('vote');
    expect(answer.actor).toBe('Métropole de Lyon');
    expect(answer.href).toBe('/departements/69M/');
    expect(answer.label).toBe('Rhône (69)\u00a0: a voté ou versé une mesure — Métropole de Lyon');
  });

  it('le coût pour une association, un impayé d’association ou une mobilisation ne répondent jamais à une question de paiement', () => {
    const cost = survey({ nature: 'cout_autre_acteur' });
    const unpaid = survey({ nature: 'impaye' });
    const strike = row({
      type_fait: 'mobilisation',
      etape: 'action',
      nature: 'greve',
      volet: 'segur_pour_tous',
      annee_concernee: ['2025'],
    });
    for (const view of ['segur-pour-tous-2025', 'compensation-2025', 'agents-2022-2023'] as const) {
      expect(answerOf(view, cost)).toBeNull();
      expect(answerOf(view, unpaid)).toBeNull();
      expect(answerOf(view, strike)).toBeNull();
    }
    expect(answerOf('mobilisations', strike)).toBe('mobilise');
  });

  it('un recensement des paiements répond, et la carte nomme son auteur', () => {
    const answer = decideAnswer('segur-pour-tous-2025', '01', 'Ain', [survey()], false);
    expect(answer.category).toBe('aucun_paiement');
    expect(answer.label).toBe('Ain (01)\u00a0: rien versé, selon un recensement — Recensement d’essai');
  });

  it('la compensation de l’État répond seulement par une notification au département, pas par un financement à des structures', () => {
    const notified = survey({
      niveau: 'etat',
      volet: 'compensation_etat',
      etape: 'notification',
      nature: 'compensation_etat',
    });
    const subsidy = survey({
      niveau: 'etat',
      volet: 'compensation_etat',
      etape: 'notification',
      nature: 'financement_etat',
    });
    expect(answerOf('compensation-2025', notified)).toBe('compensation_notifiee');
    expect(answerOf('compensation-2025', subsidy)).toBeNull();
  });
});

describe('la réponse d’un département dans une vue', () => {
  it('est celle du fait le plus récent qui répond ; le tableau les garde tous', () => {
    const answer = decideAnswer(
      'agents-2022-2023',
      '05',
      'Hautes-Alpes',
      [row({ id: 'b', date: '2022-12', etape: 'versement' }), row({ id: 'a', date: '2022-06', etape: 'annonce' })],
      false,
    );
    expect(answer.category).toBe('vote');
    expect(answer.facts.map((fact) => fact.id)).toEqual(['a', 'b']);
    expect(answer.deciding?.id).toBe('b');
  });

  it('distingue, sans réponse : d’autres faits documentés, cherché sans résultat, pas encore cherché', () => {
    const other = row({ type_fait: 'mobilisation', etape: 'action', nature: 'greve' });
    expect(decideAnswer('segur-pour-tous-2025', '05', 'Hautes-Alpes', [other], false).category).toBe('autre_question');
    expect(decideAnswer('segur-pour-tous-2025', '05', 'Hautes-Alpes', [], true).category).toBe('cherche_rien_trouve');
    expect(decideAnswer('segur-pour-tous-2025', '05', 'Hautes-Alpes', [], false).category).toBe('non_cherche');
  });

  it('compte les mobilisations d’un département dans la vue des mobilisations', () => {
    const strike = (id: string) => row({ id, type_fait: 'mobilisation', etape: 'action', nature: 'greve' });
    const answer = decideAnswer('mobilisations', '05', 'Hautes-Alpes', [strike('a'), strike('b')], false);
    expect(answer.facts).toHaveLength(2);
    expect(answer.label).toBe('Hautes-Alpes (05)\u00a0: 2\u00a0mobilisations documentées');
  });
});

describe('une vue appliquée aux 101 départements', () => {
  const view = buildMapView(
    'agents-2022-2023',
    [row({}), row({ id: 'lyon', niveau: 'metropole', code_insee: '69M' })],
    new Set(['01']),
  );

  it('place chaque département une fois, et chaque compte s’additionne à 101', () => {
    expect(view.answers.map((entry) => entry.code)).toEqual([...DEPARTEMENT_CODES]);
    expect([...view.counts.values()].reduce((sum, count) => sum + count, 0)).toBe(101);
    expect(view.counts.get('vote')).toBe(2);
    expect(view.counts.get('cherche_rien_trouve')).toBe(1);
  });

  it('résume ses comptes en une phrase', () => {
    expect(viewSummary('agents-2022-2023', view.counts, 101)).toBe(
      'Sur 101 départements, 2 ont une réponse documentée\u00a0: 2 «\u00a0a voté ou versé une mesure\u00a0»\u202f; 1 a été cherché sans résultat\u202f; 98 n’ont pas encore été cherchés.',
    );
  });
});

describe('les fiches des collectivités', () => {
  const searched: RechercheRow = {
    id: 'departement-06',
    collectivite: 'Département d’essai',
    niveau: 'departement',
    code_insee: '06',
    code_region: null,
    date: '2026-12',
    recherche: 'Deux requêtes.',
  };

  it('existent pour les 101 départements, la Métropole de Lyon et les 18 régions', () => {
    const pages = buildPages([], [searched]);
    expect(pages).toHaveLength(101 + 1 + 18);
    expect(pages.filter((page) => page.kind === 'region')).toHaveLength(18);
    expect(pages.find((page) => page.code === '06')?.searched?.recherche).toBe('Deux requêtes.');
  });

  it('se rangent sous le département, 69M pour la Métropole de Lyon, region-<code> pour une région ou un acteur régional', () => {
    expect(pageCodeOf(row({ code_insee: '33' }))).toBe('33');
    expect(pageCodeOf(row({ niveau: 'metropole', code_insee: '69M' }))).toBe('69M');
    expect(pageCodeOf(row({ niveau: 'region', code_insee: null, code_region: '44' }))).toBe('region-44');
    expect(pageCodeOf(row({ niveau: 'association', code_insee: null, code_region: '27' }))).toBe('region-27');
    expect(pageCodeOf(row({ niveau: 'national', code_insee: null }))).toBeNull();
  });

  it('refusent une collectivité à la fois documentée et « cherchée sans résultat »', () => {
    expect(() => buildPages([row({ code_insee: '06' })], [searched])).toThrow(/06.*recherches\.csv/);
  });
});

describe('amountText', () => {
  it('écrit le montant avec sa périodicité, ou rien sans montant', () => {
    expect(amountText(row({ montant_eur: 90, periodicite: 'mensuel_par_personne' }))).toBe(
      '90\u00a0€ par mois et par personne',
    );
    expect(amountText(row({ montant_eur: 1000000, periodicite: 'ponctuel' }))).toBe('1\u00a0M€ (montant ponctuel)');
    expect(amountText(row({}))).toBeNull();
  });
});

describe('les vues sur les vraies données', () => {
  it('placent les 101 départements, une fois chacun, dans chaque vue', () => {
    for (const key of MAP_VIEW_KEYS) {
      const view = mapView(key);
      expect(new Set(view.answers.map((entry) => entry.code)), key).toEqual(new Set(DEPARTEMENT_CODES));
      expect(
        [...view.counts.values()].reduce((sum, count) => sum + count, 0),
        key,
      ).toBe(101);
    }
  });

  it('ne tirent jamais une couleur d’une commune, d’une association ou d’une mobilisation', () => {
    for (const key of MAP_VIEW_KEYS.filter((view) => view !== 'mobilisations')) {
      for (const entry of mapView(key).answers) {
        const deciding = entry.deciding;
        if (deciding === null) continue;
        const allowed =
          isOwnDecision(deciding) ||
          (deciding.type_fait === 'autre_acteur' && PAYMENT_NATURES.includes(deciding.nature)) ||
          (deciding.type_fait === 'autre_acteur' &&
            deciding.niveau === 'etat' &&
            deciding.nature === 'compensation_etat');
        expect(allowed, `${key} ${entry.code} ${deciding.id}`).toBe(true);
        expect(deciding.type_fait, `${key} ${entry.code}`).not.toBe('mobilisation');
        expect(['commune', 'intercommunalite'], `${key} ${entry.code}`).not.toContain(deciding.niveau);
      }
    }
  });

  it('rattachent chaque ligne locale à une fiche', () => {
    const local = allCollectivites().filter((entry) => entry.niveau !== 'national');
    expect(local.every((entry) => pageCodeOf(entry) !== null)).toBe(true);
  });
});
