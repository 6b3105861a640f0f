/**
 * The data contract: what any correct version of data/ must hold, whatever the
 * curators add or correct. These are the only unit tests that read the real
 * data; they never name a value, so that a curator's correction breaks them
 * only when it breaks the contract. (The validator checks each file and every
 * cross-reference; these are the rules that span rows.)
 */
import { describe, expect, it } from 'vitest';
import { rowsOf } from '../../src/queries/data.ts';
import { coveredVsExcluded, officialReportBreakdown } from '../../src/queries/estimations.ts';

const allEstimations = () => rowsOf('estimations');

describe('les données publiées', () => {
  it('expliquent chaque doute dans une note', () => {
    const rows = [
      ...rowsOf('evenements'),
      ...rowsOf('estimations'),
      ...rowsOf('chiffres'),
      ...rowsOf('mesures'),
      ...rowsOf('regles'),
      ...rowsOf('contrats'),
      ...rowsOf('collectivites'),
    ];
    const unexplained = rows.filter((row) => row.statut_verification !== 'confirme' && !row.note);
    expect(unexplained.map((row) => row.id)).toEqual([]);
  });

  it('ne présentent jamais un chiffre calculé par l’observatoire comme officiel, et disent comment il est calculé', () => {
    const derived = allEstimations().filter((row) => row.derive);
    expect(derived.filter((row) => row.officiel).map((row) => row.id)).toEqual([]);
    expect(derived.filter((row) => !row.methode).map((row) => row.id)).toEqual([]);
  });

  it('ne font contester à une estimation qu’une autre estimation, jamais elle-même', () => {
    const ids = new Set(allEstimations().map((row) => row.id));
    const wrong = allEstimations().flatMap((row) =>
      row.conteste_ids.filter((id) => id === row.id || !ids.has(id)).map((id) => `${row.id} → ${id}`),
    );
    expect(wrong).toEqual([]);
  });

  it('gardent les lignes que les graphiques nomment, dans une même unité et qui s’additionnent', () => {
    expect(() => officialReportBreakdown()).not.toThrow();
    expect(() => coveredVsExcluded()).not.toThrow();
  });
});
