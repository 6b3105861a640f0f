/**
 * The data contract: what any correct version of data/ must hold, whatever the
 * curators add or correct. These are the only unit tests that read the real
 * data; they never name a value, so that a curator's correction breaks them
 * only when it breaks the contract. (The validator checks each file and every
 * cross-reference; these are the rules that span rows.)
 */
import { describe, expect, it } from 'vitest';
import { rowsOf } from '../../src/queries/data.ts';
import { agreement2024, coveredVsExcluded, officialReportBreakdown } from '../../src/queries/estimations.ts';
import { comparePartialDates, sortKey } from '../../src/lib/dates.ts';

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

  it('disent historique un chiffre dont la situation précède l’accord de 2024, et pas un chiffre qui la suit', () => {
    const { date } = agreement2024();
    const wrong = allEstimations().flatMap((row) => {
      // A date known to the year or the month is before the agreement only if all of it is.
      const end =
        row.date_etat.length === 4
          ? `${row.date_etat}-12-31`
          : row.date_etat.length === 7
            ? `${row.date_etat}-31`
            : row.date_etat;
      const before = comparePartialDates(end, date) < 0;
      const after = sortKey(row.date_etat) > sortKey(date);
      if (before && !row.anterieur_accord_2024)
        return [`${row.id} : situation ${row.date_etat} non marquée historique`];
      if (after && row.anterieur_accord_2024) return [`${row.id} : situation ${row.date_etat} marquée historique`];
      return [];
    });
    expect(wrong).toEqual([]);
  });
});
