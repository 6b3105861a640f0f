/** The index the build serves as /metiers/index.json: the same codes as the schemas, every title, measure and source the answers need. */
import { describe, expect, it } from 'vitest';
import { gradeTitles, labelAlternatives } from '../../../src/lib/metiers/titles.ts';
import { normalizeProfession } from '../../../src/lib/metiers/normalize.ts';
import { realIndex, realInputs } from '../helpers/metiers-data.ts';

describe('l’index de « Suis-je concerné ? »', () => {
  const index = realIndex();
  const inputs = realInputs();

  it('a un métier par ligne de metiers.csv, et chaque intitulé du métier y mène', () => {
    expect(index.metiers.map((metier) => metier.id)).toEqual(inputs.metiers.map((row) => row.id));
    const acronyms = new Set(index.acronyms);
    for (const row of inputs.metiers) {
      // Normalized once per row, not once per candidate term (quadratic as the data grows).
      const canon = normalizeProfession(row.libelle, acronyms);
      const term = index.terms.find((candidate) => candidate.canon === canon);
      expect(term?.metiers, row.id).toContain(row.id);
    }
  });

  it('donne la priorité aux métiers sur les grades pour un même intitulé', () => {
    const metierOfGrade = new Map(index.grades.map((grade) => [grade.id, grade.metier]));
    for (const term of index.terms) {
      if (term.metiers.length === 0) continue;
      for (const id of term.grades) expect(term.metiers).toContain(metierOfGrade.get(id));
    }
  });

  it('contient chaque mesure et chaque source que les règles, les contrats et les mesures citent', () => {
    for (const rule of index.rules) {
      for (const id of rule.measures) expect(index.measures[id], id).toBeDefined();
      for (const id of rule.sources) expect(index.sources[id], id).toBeDefined();
    }
    for (const contract of index.contracts)
      for (const id of contract.sources) expect(index.sources[id], id).toBeDefined();
    for (const measure of Object.values(index.measures))
      for (const id of measure.sources) expect(index.sources[id], id).toBeDefined();
  });
});

describe('la découpe des intitulés', () => {
  it.each([
    ['Veilleur ou surveillant de nuit', ['Veilleur', 'surveillant de nuit']],
    [
      'Infirmier ou infirmière de l’Éducation nationale (scolaire)',
      ['Infirmier de l’Éducation nationale', 'infirmière de l’Éducation nationale'],
    ],
    ['Accompagnant éducatif et social (AES, AMP, AVS)', ['Accompagnant éducatif et social', 'AES', 'AMP', 'AVS']],
    ['Lingère ou agent de blanchisserie', ['Lingère', 'agent de blanchisserie']],
    ['Chauffeur, brancardier ou ambulancier', ['Chauffeur', 'brancardier', 'ambulancier']],
  ])('« %s »', (label, alternatives) => {
    expect(labelAlternatives(label)).toEqual(alternatives);
  });

  it('garde le cadre d’emplois sans sa spécialité, et les intitulés autour de « / »', () => {
    expect(
      gradeTitles('Moniteur-éducateur et intervenant familial territorial, spécialité moniteur-éducateur'),
    ).toContain('Moniteur-éducateur et intervenant familial territorial');
    expect(gradeTitles('Chef de service éducatif / cadre éducatif de la PJJ')).toEqual([
      'Chef de service éducatif / cadre éducatif de la PJJ',
      'Chef de service éducatif',
      'cadre éducatif de la PJJ',
    ]);
  });
});
