import { describe, expect, it } from 'vitest';
import {
  authorInText,
  authorShort,
  estimateAnchor,
  estimateExtent,
  estimateShape,
  formatEstimate,
  ofAuthor,
  statusMark,
  type EstimateValue,
} from '../../src/lib/estimates.ts';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

function value(overrides: Partial<EstimateValue>): EstimateValue {
  return { valeur: null, valeur_min: null, valeur_max: null, approximatif: false, unite: 'personnes', ...overrides };
}

describe('formatEstimate', () => {
  it('écrit une valeur exacte avec son unité en personnes', () => {
    expect(formatEstimate(value({ valeur: 110000 }))).toBe(`110${NNBSP}000${NBSP}personnes`);
  });
  it('écrit « ETP » pour des équivalents temps plein, jamais « personnes »', () => {
    expect(formatEstimate(value({ valeur: 120800, unite: 'etp' }))).toBe(`120${NNBSP}800${NBSP}ETP`);
  });
  it('préfixe un ordre de grandeur par « ≈ »', () => {
    expect(formatEstimate(value({ valeur: 215000, approximatif: true, unite: 'etp' }))).toBe(
      `≈${NBSP}215${NNBSP}000${NBSP}ETP`,
    );
  });
  it('écrit une fourchette sans valeur centrale « de … à … »', () => {
    expect(formatEstimate(value({ valeur_min: 8000, valeur_max: 8500, unite: 'etp' }))).toBe(
      `8${NNBSP}000 à 8${NNBSP}500${NBSP}ETP`,
    );
  });
  it('écrit une borne basse « plus de », avec élision devant « 1 »', () => {
    expect(formatEstimate(value({ valeur: 1e9, valeur_min: 1e9, approximatif: true, unite: 'eur' }))).toBe(
      `plus d’1${NBSP}Md€`,
    );
    expect(formatEstimate(value({ valeur: 650, valeur_min: 650, approximatif: true }))).toBe(
      `plus de 650${NBSP}personnes`,
    );
  });
  it('n’élide pas devant « 1 000 »', () => {
    expect(formatEstimate(value({ valeur_min: 1000 }))).toBe(`plus de 1${NNBSP}000${NBSP}personnes`);
  });
  it('écrit les euros en M€ et ajoute « par an » pour un coût annuel quand on le demande', () => {
    const cost = value({ valeur: 484000000, unite: 'eur', periodicite: 'annuel' });
    expect(formatEstimate(cost)).toBe(`484${NBSP}M€`);
    expect(formatEstimate(cost, { withPeriod: true })).toBe(`484${NBSP}M€ par an`);
    expect(
      formatEstimate(value({ valeur: 156400000, unite: 'eur', periodicite: 'ponctuel' }), { withPeriod: true }),
    ).toBe(`156,4${NBSP}M€`);
  });
  it('garde la valeur centrale et sa fourchette quand les deux existent', () => {
    expect(formatEstimate(value({ valeur: 10, valeur_min: 8, valeur_max: 12 }))).toBe(`10${NBSP}personnes (de 8 à 12)`);
  });
});

describe('la forme et la position d’une estimation', () => {
  it('distingue point, fourchette, borne basse et borne haute', () => {
    expect(estimateShape(value({ valeur: 1 }))).toBe('point');
    expect(estimateShape(value({ valeur_min: 1, valeur_max: 2 }))).toBe('range');
    expect(estimateShape(value({ valeur: 1, valeur_min: 1 }))).toBe('atLeast');
    expect(estimateShape(value({ valeur_max: 2 }))).toBe('atMost');
  });
  it('place une fourchette sans valeur en son milieu, et couvre ses bornes', () => {
    const range = value({ valeur_min: 8000, valeur_max: 8500 });
    expect(estimateAnchor(range)).toBe(8250);
    expect(estimateExtent(range)).toEqual([8000, 8500]);
  });
  it('refuse une estimation sans aucun nombre', () => {
    expect(() => estimateAnchor(value({}))).toThrow();
  });
});

describe('l’auteur d’une estimation dans une phrase', () => {
  it('met l’article devant le gouvernement, garde ou retire la parenthèse', () => {
    expect(authorInText({ estimateur: 'Gouvernement (rapport art. 83 LFSS 2023)' })).toBe(
      'le gouvernement (rapport art. 83 LFSS 2023)',
    );
    expect(authorShort({ estimateur: 'Gouvernement (rapport art. 83 LFSS 2023)' })).toBe('le gouvernement');
    expect(authorShort({ estimateur: 'Axess (Fehap et Nexem)' })).toBe('Axess');
  });
  it('contracte et élide « de » devant l’auteur', () => {
    expect(ofAuthor('le gouvernement')).toBe('du gouvernement');
    expect(ofAuthor('Axess')).toBe('d’Axess');
    expect(ofAuthor('Départements de France')).toBe('de Départements de France');
  });
  it('signale un chiffre non confirmé, et rien pour un chiffre confirmé', () => {
    expect(statusMark({ statut_verification: 'incertain' })).toBe(' (incertain)');
    expect(statusMark({ statut_verification: 'source_unique' })).toBe(' (source unique)');
    expect(statusMark({ statut_verification: 'confirme' })).toBe('');
  });
});
