/**
 * Official grades and convention job titles, mapped to professions. In the
 * public services the corps decides the rules; in the private sector the
 * function named with the title does.
 */
import { describe, expect, it } from 'vitest';
import { createResolver } from '../../../src/lib/metiers/resolve.ts';
import { realIndex } from '../helpers/metiers-data.ts';
import { read } from './understanding.ts';

const CASES: [query: string, metiers: string[], statusGrade: string | null, implied: string[]][] = [
  ['ouvrier principal', ['agent-entretien'], null, ['fph']],
  ['maître ouvrier', ['agent-entretien'], null, ['fph']],
  ['AMA', ['secretaire-administratif'], null, ['fph']],
  ['ASHQ', ['agent-entretien'], null, ['fph']],
  ['D3S', ['directeur'], null, ['fph']],
  ['TSH', ['technicien-superieur-hospitalier'], null, []],
  ['adjoint administratif territorial', ['secretaire-administratif'], null, ['fpt']],
  ['agent social territorial', ['aide-domicile'], null, []],
  ['EJE territorial', ['eje'], null, ['fpt']],
  ['CPIP', ['cpip'], null, []],
  ['ASSAE', ['assistant-social'], null, ['fpe']],
  ['CTSSAE', ['assistant-social'], null, ['fpe']],
  ['moniteur principal d’atelier', ['moniteur-atelier'], null, ['prive_non_lucratif']],
  ['ASI', ['agent-entretien'], null, ['prive_non_lucratif']],
  ['technicien supérieur convention 66', ['comptable'], null, ['prive_non_lucratif']],
  ['ouvrier principal qui fait fonction de moniteur d’atelier', ['moniteur-atelier'], 'ouvrier-principal-fph', []],
  ['agent social au CCAS, je fais l’accueil', ['agent-accueil'], 'agent-social-territorial-fpt', []],
  ['ouvrier qualifié convention 66 maîtresse de maison', ['maitre-de-maison'], null, []],
  ['technicien qualifié CCN 66 secrétaire', ['secretaire-administratif'], null, []],
];

describe('les grades et les intitulés officiels', () => {
  it.each(CASES)('« %s »', (query, metiers, statusGrade, implied) => {
    const { person } = read(query);
    expect(person.metiers).toEqual(metiers);
    expect(person.statusGrade?.id ?? null).toBe(statusGrade);
    expect(person.impliedSectors.sort()).toEqual([...implied].sort());
  });

  it('rattache un corps propre à un ministère à son employeur (Psy-EN → Éducation nationale)', () => {
    expect(read('Psy-EN').person.gradeContexts).toEqual(['fpe-education-nationale']);
    expect(read('éducateur INJS').person.gradeContexts).toEqual(['fpe-instituts-nationaux']);
  });
});

const resolver = createResolver(realIndex());

describe('les réponses qui tiennent au grade', () => {
  it.each([
    ['ouvrier principal qui fait fonction de moniteur d’atelier dans un ESAT public autonome', 'non'],
    ['moniteur d’atelier ESAT public autonome', 'selon_cas'],
    ['TSH dans une MAS publique autonome', 'non'],
    ['AMA au CH de Niort', 'oui'],
    ['Psy-EN', 'non'],
    ['éducateur INJS', 'oui'],
  ])('« %s » → %s', (query, verdict) => {
    const resolution = resolver.resolve({ query });
    expect(
      resolution.kind === 'answer'
        ? resolution.verdict
        : resolution.kind === 'question'
          ? 'selon_cas'
          : resolution.kind,
    ).toBe(verdict);
  });
});
