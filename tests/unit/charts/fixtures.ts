/**
 * Small hand-made rows for the chart snapshots: not real data (the real rows
 * change with curation, the snapshots should not). Shaped like the real ones:
 * a total with parts and a derived rest, persons and ETP, a range, a lower
 * bound, official and contested figures, statuses other than confirmed.
 */
import { expect } from 'vitest';
import type { EstimationRow } from '../../../src/schemas/estimations.ts';

/** A minimal valid row; each test overrides what it needs. */
export function estimation(overrides: Partial<EstimationRow> & Pick<EstimationRow, 'id'>): EstimationRow {
  return {
    estimateur: 'Auteur fictif',
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
    perimetre: 'Périmètre fictif',
    perimetre_code: 'ensemble',
    methode: null,
    officiel: false,
    derive: false,
    anterieur_accord_2024: false,
    conteste_ids: [],
    localisation: 'Document entier',
    source_ids: ['source-a'],
    statut_verification: 'confirme',
    note: null,
    ...overrides,
  };
}

export const total = estimation({
  id: 'total',
  estimateur: 'Ministère fictif',
  valeur: 1000,
  unite: 'etp',
  officiel: true,
});
export const partA = estimation({
  id: 'part-a',
  estimateur: 'Ministère fictif',
  valeur: 700,
  unite: 'etp',
  officiel: true,
  perimetre_code: 'prive_non_lucratif',
});
export const partB = estimation({
  id: 'part-b',
  estimateur: 'Ministère fictif',
  valeur: 250,
  unite: 'etp',
  officiel: true,
  perimetre_code: 'fonction_publique',
  statut_verification: 'source_unique',
  note: 'Une seule source.',
});
export const rest = estimation({
  id: 'reste',
  estimateur: 'Observatoire (calcul)',
  valeur: 50,
  unite: 'etp',
  derive: true,
  perimetre_code: 'autre',
  methode: '1 000 − 700 − 250 = 50',
  statut_verification: 'incertain',
  note: 'Chiffre déduit.',
});
export const federation = estimation({
  id: 'federation',
  estimateur: 'Fédération fictive',
  date: '2024-02-26',
  valeur: 2150,
  approximatif: true,
  unite: 'etp',
  perimetre_code: 'prive_non_lucratif',
  conteste_ids: ['part-a'],
});
export const union = estimation({
  id: 'syndicat',
  estimateur: 'Syndicat fictif',
  date: '2021-04',
  valeur: 6000,
  perimetre_code: 'prive_non_lucratif',
});
export const range = estimation({
  id: 'fourchette',
  estimateur: 'Caisse fictive',
  date: '2024-06',
  valeur: null,
  valeur_min: 800,
  valeur_max: 850,
  unite: 'etp',
  perimetre_code: 'prive_non_lucratif',
  statut_verification: 'source_unique',
  note: 'Une seule source.',
});
export const coveredTotal = estimation({
  id: 'couverts',
  nature: 'couverts',
  objet: 'couverts',
  estimateur: 'Gouvernement (réponse fictive)',
  date: '2022-12-20',
  valeur: 7000,
  approximatif: true,
  officiel: true,
});
export const coveredA = estimation({
  id: 'couverts-a',
  nature: 'couverts',
  objet: 'couverts',
  valeur: 5000,
  approximatif: true,
  officiel: true,
  perimetre: 'Première mesure',
});
export const coveredB = estimation({
  id: 'couverts-b',
  nature: 'couverts',
  objet: 'couverts',
  valeur: 2000,
  approximatif: true,
  officiel: true,
  perimetre: 'Seconde mesure',
});
export const costOfficial = estimation({
  id: 'cout-officiel',
  nature: 'cout',
  objet: 'cout',
  unite: 'eur',
  periodicite: 'annuel',
  valeur: 484_000_000,
  officiel: true,
  statut_verification: 'incertain',
  note: 'Périodicité déduite.',
});
export const costAtLeast = estimation({
  id: 'cout-plus-de',
  nature: 'cout',
  objet: 'cout',
  unite: 'eur',
  periodicite: 'annuel',
  valeur: 1_000_000_000,
  valeur_min: 1_000_000_000,
  approximatif: true,
  estimateur: 'Fédération fictive',
  date: '2024-02',
  conteste_ids: ['cout-officiel'],
});
export const arrears = estimation({
  id: 'arrieres',
  nature: 'cout',
  objet: 'cout',
  unite: 'eur',
  periodicite: 'ponctuel',
  valeur: 156_400_000,
  estimateur: 'Fédération fictive',
  date: '2025',
});

/** Puts one tag per line, so that snapshot diffs stay readable. */
export function normaliseSvg(svg: string): string {
  return `${svg.replace(/>\s*</g, '>\n<').trim()}\n`;
}

/** The focusable marks of a chart, with their attributes (unescaped enough for assertions). */
export function marksOf(svg: string): Record<string, string>[] {
  return [...svg.matchAll(/<g class="mark"([^>]*)>/g)].map((match) =>
    Object.fromEntries(
      [...(match[1] ?? '').matchAll(/([\w-]+)="([^"]*)"/g)].map((attribute) => [
        attribute[1] ?? '',
        (attribute[2] ?? '')
          .replace(/&#10;/g, '\n')
          .replace(/&quot;/g, '"')
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>')
          .replace(/&amp;/g, '&'),
      ]),
    ),
  );
}

/** What every chart must be, whatever it draws. */
export function expectAccessibleSvg(svg: string): void {
  expect(svg).toMatch(/^<svg[^>]* viewBox="0 0 \d+ \d+"/);
  expect(svg).toMatch(/<title id="[\w-]+-titre">[^<]+<\/title>/);
  expect(svg).toMatch(/<desc id="[\w-]+-desc">[^<]{40,}<\/desc>/);
  expect(/\sstyle=/.test(svg)).toBe(false);
  expect(/<script/i.test(svg)).toBe(false);
  const marks = marksOf(svg);
  expect(marks.length).toBeGreaterThan(0);
  for (const mark of marks) {
    expect(mark['tabindex']).toBe('0');
    expect(mark['role']).toBe('img');
    expect((mark['aria-label'] ?? '').length).toBeGreaterThan(10);
    expect((mark['data-tooltip'] ?? '').length).toBeGreaterThan(10);
  }
}
