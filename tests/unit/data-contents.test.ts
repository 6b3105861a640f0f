/**
 * The curated data holds what the story needs: row counts, the key figures
 * exactly, the derived row flagged, the national rows, and sources for all.
 */
import { describe, expect, it } from 'vitest';
import { rowById, rowsOf } from '../../src/queries/data.ts';

const allSources = () => rowsOf('sources');
const allEvenements = () => rowsOf('evenements');
const allEstimations = () => rowsOf('estimations');
const allChiffres = () => rowsOf('chiffres');
const allMesures = () => rowsOf('mesures');
const allMetiers = () => rowsOf('metiers');
const allRegles = () => rowsOf('regles');
const allContrats = () => rowsOf('contrats');
const allContextes = () => rowsOf('contextes');
const allCollectivites = () => rowsOf('collectivites');
const sourceById = (id: string) => rowById('sources', id);
const estimationById = (id: string) => rowById('estimations', id);
const mesureById = (id: string) => rowById('mesures', id);

describe('les jeux de données', () => {
  it('atteignent les volumes attendus', () => {
    expect(allSources().length).toBeGreaterThanOrEqual(100);
    expect(allEvenements().length).toBeGreaterThanOrEqual(85);
    expect(allEstimations().length).toBeGreaterThanOrEqual(36);
    expect(allChiffres().length).toBeGreaterThanOrEqual(60);
    expect(allMesures().length).toBeGreaterThanOrEqual(14);
    expect(allMetiers().length).toBeGreaterThanOrEqual(59);
    expect(allContextes().length).toBeGreaterThanOrEqual(35);
    expect(allRegles().length).toBeGreaterThanOrEqual(80);
    expect(allContrats().length).toBeGreaterThanOrEqual(18);
    expect(allCollectivites().length).toBeGreaterThan(0);
  });

  it('donnent le rapport de l’article 83 exactement : 120 800 = 92 400 + 26 600 + 1 800 non ventilés', () => {
    const total = estimationById('rapport-art83-total');
    const prive = estimationById('rapport-art83-prive');
    const publics = estimationById('rapport-art83-public');
    const reste = estimationById('rapport-art83-reste-non-ventile');
    expect([total?.valeur, prive?.valeur, publics?.valeur, reste?.valeur]).toEqual([120800, 92400, 26600, 1800]);
    expect(total?.officiel && prive?.officiel && publics?.officiel).toBe(true);
    expect(reste?.derive).toBe(true);
    expect(reste?.officiel).toBe(false);
    expect(reste?.methode).toMatch(/120\s?800/);
    expect((prive?.valeur ?? 0) + (publics?.valeur ?? 0) + (reste?.valeur ?? 0)).toBe(total?.valeur);
  });

  it('gardent les estimations contestées et ce qu’elles contestent', () => {
    const axess = estimationById('axess-2024-exclus');
    expect(axess?.valeur).toBe(215000);
    expect(axess?.conteste_ids).toContain('rapport-art83-prive');
    const values = allEstimations().map((row) => row.valeur);
    expect(values).toEqual(expect.arrayContaining([93000, 112000, 3000, 700000, 500000, 200000]));
  });

  it('gardent les coûts et arriérés cités', () => {
    const costs = allEstimations()
      .filter((row) => row.nature === 'cout')
      .map((row) => row.valeur);
    expect(costs).toEqual(expect.arrayContaining([484000000, 1000000000, 170000000, 85000000, 156400000, 47900000]));
  });

  it('gardent le « Ségur des oubliés » de la Gironde et les lignes nationales', () => {
    const gironde = allCollectivites().find(
      (row) => row.code_insee === '33' && row.nature === 'financement_volontaire',
    );
    expect(gironde).toMatchObject({ date: '2024-03-27', montant_eur: 7500000, periodicite: 'annuel' });
    const national = allCollectivites().filter((row) => row.niveau === 'national');
    expect(national.some((row) => row.nature === 'refus' && row.date.startsWith('2024-09'))).toBe(true);
    expect(national.some((row) => row.nature === 'compromis_national' && row.date === '2025-04-29')).toBe(true);
  });

  it('gardent la décision QPC 2023-1084 du 21 mars 2024 parmi les mesures', () => {
    expect(mesureById('qpc-2023-1084')).toMatchObject({ type: 'decision_justice', date_accord: '2024-03-21' });
  });

  it('donnent pour la question écrite n° 1917 sa référence officielle et les dates du JO', () => {
    const seed = sourceById('an-qe-1917-liso-2022');
    expect(seed?.reference).toMatch(/1917/);
    expect(seed?.reference).toMatch(/4 octobre 2022/);
    expect(seed?.reference).toMatch(/20 décembre 2022/);
  });

  it('expliquent chaque doute dans une note', () => {
    const rows = [
      ...allEvenements(),
      ...allEstimations(),
      ...allChiffres(),
      ...allMesures(),
      ...allRegles(),
      ...allContrats(),
      ...allCollectivites(),
    ];
    const unexplained = rows.filter((row) => row.statut_verification !== 'confirme' && !row.note);
    expect(unexplained.map((row) => row.id)).toEqual([]);
  });
});
