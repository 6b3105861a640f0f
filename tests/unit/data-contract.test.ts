/**
 * The data contract: what any correct version of data/ must hold, whatever the
 * curators add or correct. These are the only unit tests that read the real
 * data; they never name a value, so that a curator's correction breaks them
 * only when it breaks the contract. (The validator checks each file and every
 * cross-reference; these are the rules that span rows.)
 */
import { describe, expect, it } from 'vitest';
import { allEvenements } from '../../src/queries/evenements.ts';
import { allEstimations, coveredVsExcluded, officialReportBreakdown } from '../../src/queries/estimations.ts';
import { allChiffres } from '../../src/queries/chiffres.ts';
import { allMesures } from '../../src/queries/mesures.ts';
import { allMetiers } from '../../src/queries/metiers.ts';
import { allCollectivites } from '../../src/queries/collectivites.ts';

describe('les données publiées', () => {
  it('expliquent chaque doute dans une note', () => {
    const rows = [
      ...allEvenements(),
      ...allEstimations(),
      ...allChiffres(),
      ...allMesures(),
      ...allMetiers(),
      ...allCollectivites(),
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
