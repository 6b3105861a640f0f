import { describe, expect, it } from 'vitest';
import {
  blankMoneyView,
  moneyView,
  parseMoneyInput,
  serializeMoneyInput,
  stripCitations,
} from '../../src/lib/metiers/money-view.ts';
import type { MoneyInput } from '../../src/lib/metiers/money.ts';
import { MONEY_DATA } from '../fixtures/money.ts';

const PUBLIC: MoneyInput = { mesureIds: ['mesure-points'], depuis: '2020-09', secteur: 'fph' };
/** Texts with plain spaces, easier to read in expectations. */
const plain = (text: string | null): string | null => (text === null ? null : text.replace(/[\u00a0\u202f]/g, ' '));

describe('le bloc « Montant, rappel et lettre » construit sans date', () => {
  const view = moneyView(PUBLIC, MONEY_DATA, { key: 'cle', reader: null });

  it('donne le dernier montant connu, daté, son calcul et son net', () => {
    expect(plain(view.headline)).toBe('100 € brut par mois');
    expect(plain(view.headlineRest)).toBe('depuis le 1er juillet 2021, pour un temps plein, soit environ 80 € net.');
    expect(plain(view.calc)).toBe(
      'Calcul : 20 points d’indice majoré × 5 €, valeur mensuelle brute d’un point depuis le 1er juillet 2021.',
    );
    expect(view.partTime).toContain('au prorata');
    expect(view.prorated).toBeNull();
    expect(view.due).toBe('Dû depuis septembre 2020.');
  });

  it('donne le montant période par période et la règle pour estimer un rappel sans JavaScript', () => {
    expect(view.history.map((row) => [row.period, plain(row.gross), plain(row.net), plain(row.calc)])).toEqual([
      ['De septembre 2020 à novembre 2020', '40 €', 'environ 30 €', '10 points × 4 €'],
      ['De décembre 2020 à juin 2021', '80 €', 'environ 60 €', '20 points × 4 €'],
      ['Depuis juillet 2021', '100 €', 'environ 80 €', '20 points × 5 €'],
    ]);
    expect(view.howTo).toContain('Si vous n’avez rien touché depuis septembre 2020');
    expect(view.canEstimate).toBe(true);
    expect(view.result).toBe(false);
    expect(view.years).toEqual([]);
  });

  it('cite ses sources, signale les lignes incertaines et leur note', () => {
    expect(view.amountSources.map((link) => [link.href, link.n])).toEqual([['/sources/#source-a', '[1]']]);
    expect(plain(view.amountSources[0]?.label ?? null)).toBe('Source 1 : Rapport A, Ministère');
    expect(view.amountNotes).toEqual([
      { label: 'vingt-points', text: 'Note de test.', flag: 'Incertain', statut: 'incertain' },
    ]);
  });

  it('donne la règle de prescription, les étapes et les délais de recours du secteur', () => {
    expect(view.hasRule).toBe(true);
    expect(plain(view.ruleDuration)).toBe('Délai : 4 ans.');
    expect(plain(view.ruleStart)).toBe('Point de départ : point de départ.');
    expect(view.steps.map((step) => step.etape)).toEqual(['Étape public-1', 'Étape public-2']);
    expect(view.reminders.map((step) => step.etape)).toEqual(['Étape rappel']);
    expect(view.recourse.map((row) => row.regle)).toEqual(['recours-public']);
  });

  it('écrit une lettre qui réclame depuis le premier mois dû, sans somme', () => {
    const letter = view.letter.map((paragraph) => plain(paragraph.text)).join('\n\n');
    expect(letter).toContain('sommes qui ne m’ont pas été versées depuis septembre 2020');
    expect(letter).toContain('au sens de la loi de test');
    expect(letter).not.toContain('selon mon estimation');
  });

  it('donne à chaque élément un identifiant tiré de la clé', () => {
    expect([view.titleId, view.quotiteId, view.letterId, view.paidName]).toEqual([
      'cle-titre',
      'cle-quotite',
      'cle-lettre',
      'cle-paye',
    ]);
  });
});

describe('le bloc avec les réponses du lecteur', () => {
  const reader = { today: '2026-12-05', paidFrom: null, quotite: null };

  it('ajoute l’estimation, les mois prescrits et la prochaine échéance', () => {
    const view = moneyView(PUBLIC, MONEY_DATA, { key: 'cle', reader });
    expect(view.result).toBe(true);
    expect(plain(view.resultSummary)).toBe(
      'Au 5 décembre 2026, pour 75 mois non payés (de septembre 2020 à novembre 2026), à temps plein : environ 7 180 € brut, soit environ 5 710 € net.',
    );
    expect(plain(view.resultBarred)).toBe(
      'Dont 16 mois déjà prescrits (environ 1 280 € brut) : le délai pour les réclamer est passé, à moins qu’il ait été interrompu à temps, par exemple par une réclamation écrite.',
    );
    expect(plain(view.resultNext)).toBe(
      'Prochaine échéance : le 31 décembre 2026, les mois de 2022 (environ 1 200 € brut) seront prescrits, sauf une réclamation écrite d’ici là.',
    );
    expect(view.years.map((year) => [year.year, year.months, plain(year.gross), plain(year.deadline)])).toEqual([
      ['2020', '4', 'environ 200 €', 'passée (le 31 décembre 2024)'],
      ['2021', '12', 'environ 1 080 €', 'passée (le 31 décembre 2025)'],
      ['2022', '12', 'environ 1 200 €', 'le 31 décembre 2026'],
      ['2023', '12', 'environ 1 200 €', 'le 31 décembre 2027'],
      ['2024', '12', 'environ 1 200 €', 'le 31 décembre 2028'],
      ['2025', '12', 'environ 1 200 €', 'le 31 décembre 2029'],
      ['2026', '11', 'environ 1 100 €', 'le 31 décembre 2030'],
    ]);
    expect(view.resultCaveats.map((note) => note.label)).toEqual(['vingt-points']);
  });

  it('reprend la période et la somme dans la lettre, à la quotité du lecteur', () => {
    const view = moneyView(PUBLIC, MONEY_DATA, { key: 'cle', reader: { ...reader, quotite: 0.8 } });
    const letter = view.letter.map((paragraph) => plain(paragraph.text)).join('\n');
    expect(letter).toContain('à 80 % d’un temps plein');
    expect(letter).toContain('de septembre 2020 à novembre 2026, soit environ 5 744 € brut selon mon estimation');
    expect(plain(view.prorated)).toBe('À 80 % d’un temps plein : 80 € brut par mois, soit environ 64 € net.');
    expect(view.quotiteValue).toBe('80');
  });

  it.each<[MoneyInput, string, string | null]>([
    [{ ...PUBLIC, depuis: null }, 'Le premier mois dû n’est pas daté', null],
    [PUBLIC, 'il n’y a rien à rappeler', '2020-09'],
  ])('dit quand il n’y a rien à estimer (%#)', (input, text, paidFrom) => {
    const view = moneyView(input, MONEY_DATA, { key: 'cle', reader: { ...reader, paidFrom } });
    expect(view.resultSummary).toContain(text);
    expect(view.years).toEqual([]);
  });

  it('dit à temps partiel quand la règle n’est pas connue, et ne montre pas de brut inexistant', () => {
    const view = moneyView({ mesureIds: ['mesure-net'], depuis: '2025-01', secteur: 'prive_lucratif' }, MONEY_DATA, {
      key: 'cle',
      reader: { today: '2026-01-10', paidFrom: null, quotite: 0.5 },
    });
    expect(plain(view.headline)).toBe('50 € net par mois');
    expect(view.calc).toBeNull();
    expect(view.prorated).toBeNull();
    expect(view.partTime).toContain('aucune source');
    expect(view.resultPartTime).toContain('l’estimation compte un temps plein');
    expect(plain(view.resultSummary)).toContain(': environ 600 € net.');
    expect(view.history[0]?.gross).toBe('non connu');
  });

  it('dit qu’il n’y a pas de montant ni de règle quand les données n’en ont pas', () => {
    const view = moneyView({ mesureIds: ['mesure-sans-montant'], depuis: '2024-01', secteur: 'fpe' }, MONEY_DATA, {
      key: 'cle',
      reader: null,
    });
    expect(view.hasAmount).toBe(false);
    expect(view.noAmount).not.toBeNull();
    expect(view.canEstimate).toBe(false);
    expect(view.hasRule).toBe(false);
    expect(view.noRule).not.toBeNull();
  });
});

describe('l’entrée du bloc et ses aides', () => {
  it.each([
    [
      '{"mesureIds":["a"],"depuis":"2020-09","secteur":"fph","quotite":0.8}',
      { mesureIds: ['a'], depuis: '2020-09', secteur: 'fph', quotite: 0.8 },
    ],
    [
      '{"mesureIds":["a"],"depuis":null,"secteur":"prive_lucratif"}',
      { mesureIds: ['a'], depuis: null, secteur: 'prive_lucratif', quotite: null },
    ],
    [
      '{"mesureIds":["a"],"depuis":"2020-09","secteur":"fph","quotite":7}',
      { mesureIds: ['a'], depuis: '2020-09', secteur: 'fph', quotite: null },
    ],
    ['{"mesureIds":["a"],"depuis":"2020","secteur":"fph"}', null],
    ['{"mesureIds":["a"],"depuis":"2020-09","secteur":"public"}', null],
    ['{"mesureIds":"a","depuis":"2020-09","secteur":"fph"}', null],
    ['<script>', null],
    ['', null],
  ])('lit %s', (text, expected) => {
    expect(parseMoneyInput(text)).toEqual(expected);
  });

  it('relit ce qu’elle écrit', () => {
    const input: MoneyInput = { mesureIds: ['a', 'b'], depuis: '2021-10', secteur: 'fpt', quotite: 0.5 };
    expect(parseMoneyInput(serializeMoneyInput(input))).toEqual(input);
  });

  it('retire les renvois [@source] d’une note et les garde comme sources', () => {
    expect(stripCitations('Le SNALC écrit 241,21 € [@snalc-2024]. Autre [@a-b].')).toEqual({
      text: 'Le SNALC écrit 241,21 €. Autre.',
      ids: ['snalc-2024', 'a-b'],
    });
  });

  it('donne un bloc vide pour le modèle, avec ses identifiants', () => {
    const blank = blankMoneyView('modele');
    expect([blank.titleId, blank.letterId, blank.hasAmount, blank.headline, blank.steps, blank.letter]).toEqual([
      'modele-titre',
      'modele-lettre',
      false,
      '',
      [],
      [],
    ]);
  });
});
