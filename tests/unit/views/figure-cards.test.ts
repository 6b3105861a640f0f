/** The words of the figures' social cards, from made-up rows: figure, unit, date, tags, source line. */
import { describe, expect, it } from 'vitest';
import type { SourceRow } from '../../../src/schemas/sources.ts';
import type { EvenementRow } from '../../../src/schemas/evenements.ts';
import { estimateCard, eventCard, sourceLine } from '../../../src/views/cards/figure-cards.ts';
import { estimation } from '../charts/fixtures.ts';

function source(id: string, editeur: string, titre: string): SourceRow {
  return {
    id,
    titre,
    editeur,
    date_publication: '2023-12',
    date_deduite: false,
    url: `https://exemple.fr/${id}`,
    url_origine: null,
    reference: null,
    type: 'rapport',
    note: null,
  };
}

const MINISTRY = source('a', 'Ministère fictif', 'Rapport fictif');
const PRESS = source('b', 'Journal fictif', 'Article fictif');

describe('sourceLine', () => {
  it('nomme qui avance le chiffre, puis sa première source, puis combien d’autres', () => {
    expect(sourceLine([MINISTRY], 'Selon X')).toBe('Selon X — source : Ministère fictif, « Rapport fictif »');
    expect(sourceLine([MINISTRY, PRESS, PRESS])).toBe(
      'Source : Ministère fictif, « Rapport fictif », et 2\u00a0autres',
    );
  });
});

describe('estimateCard', () => {
  it('écrit le chiffre avec son unité courte, l’unité longue d’un ETP, la date et qui l’avance', () => {
    const card = estimateCard(
      estimation({ id: 'x', valeur: 120_800, unite: 'etp', estimateur: 'Ministère fictif', officiel: true }),
      'Exclus selon le rapport',
      [MINISTRY],
    );
    expect(card).toEqual({
      title: 'Exclus selon le rapport',
      figure: '120\u202f800\u00a0ETP',
      unit: 'équivalents temps plein (ETP) exclus des 183 € du Ségur',
      date: 'décembre 2023',
      source: 'Selon Ministère fictif — source : Ministère fictif, « Rapport fictif »',
      status: 'Officiel',
    });
  });

  it('garde « ≈ », « par an » et chaque réserve : source unique, incertain, calcul de l’observatoire', () => {
    const cost = estimateCard(
      estimation({
        id: 'y',
        valeur: 484_000_000,
        approximatif: true,
        unite: 'eur',
        nature: 'cout',
        periodicite: 'annuel',
        statut_verification: 'incertain',
        derive: true,
      }),
      'Le coût',
      [],
    );
    expect(cost.figure).toBe('≈\u00a0484\u00a0M€ par an');
    expect(cost.unit).toBe('Coût d’une extension des 183 €');
    expect(cost.status).toBe('Calcul de l’observatoire · incertain');
  });
});

describe('eventCard', () => {
  const event: EvenementRow = {
    id: 'e',
    date: '2026-02-20',
    precision_date: 'jour',
    titre: 'Une loi promulguée',
    resume: 'Résumé.',
    type: 'loi',
    acteurs: ['Parlement'],
    secteurs: [],
    filieres: [],
    montant_eur: null,
    effectif: null,
    jalon: false,
    source_ids: ['b'],
    statut_verification: 'source_unique',
    note: 'Une seule source.',
    date_mise_a_jour: '2026-11-23',
  };

  it('donne la date comme chiffre, le titre dessous, la réserve et les acteurs', () => {
    expect(eventCard(event, 'Dernier événement', [PRESS])).toEqual({
      title: 'Dernier événement',
      figure: '20 février 2026',
      unit: 'Une loi promulguée',
      date: null,
      source: 'Parlement — source : Journal fictif, « Article fictif »',
      status: 'Source unique',
    });
  });
});
