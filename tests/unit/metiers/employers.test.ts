/** Employers and establishments named as people type them, and the contexts they leave. */
import { describe, expect, it } from 'vitest';
import { createResolver } from '../../../src/lib/metiers/resolve.ts';
import { realIndex } from '../helpers/metiers-data.ts';
import { read } from './understanding.ts';

const BASS = ['bass-sante-ehpad', 'bass-essms-handicap-pa', 'bass-essms-social', 'bass-hors-essms'];

const CASES: [query: string, contexts: string[]][] = [
  ['CAF', ['secu-organismes']],
  ['CPAM', ['secu-organismes']],
  ['Carsat', ['secu-organismes']],
  ['MSA', ['secu-organismes']],
  ['mission locale', ['missions-locales']],
  ['Croix-Rouge', BASS],
  ['Planning familial', ['bass-hors-essms', 'convention-a-verifier']],
  ['CIDFF', ['bass-hors-essms']],
  ['centre municipal de santé', ['fpt-centre-sante']],
  ['centre de santé associatif', ['bass-hors-essms', 'bad-aide-domicile']],
  ['crèche municipale', ['fpt-petite-enfance']],
  ['crèche associative', ['bass-hors-essms', 'alisfa-creche']],
  ['Éducation nationale', ['fpe-education-nationale']],
  ['lycée agricole', ['fpe-enseignement-agricole']],
  ['SPIP', ['fpe-spip']],
  ['protection judiciaire de la jeunesse', ['fpe-pjj']],
  ['ADMR', ['bad-aide-domicile']],
  ['UNA', ['bad-aide-domicile']],
  ['CCAS', ['fpt-ccas-cias', 'fpt-saad-public']],
  ['EHPAD du CCAS', ['fpt-ehpad']],
  ['EHPAD Korian', ['prive-lucratif-ehpad']],
  [
    'foyer départemental de l’enfance',
    [
      'fph-esms-rattache-eps',
      'fph-esms-etab-gerant-ehpad',
      'public-esms-autonome-hors-am',
      'fpt-foyer-enfance-departement',
    ],
  ],
  ['aide sociale à l’enfance', ['fpt-departement-services']],
  ['PMI', ['fpt-departement-services']],
  ['France Travail', ['hors-champ']],
  ['bailleur social', ['hors-champ']],
  ['en libéral', ['liberal']],
  ['MDPH', ['mdph']],
  ['Adoma', ['convention-a-verifier']],
  ['FJT', ['hla-logement-accompagne']],
  ['chantier d’insertion', ['aci-insertion', 'bass-hors-essms']],
  ['SAAD de la FEHAP', ['bass-essms-handicap-pa', 'bass-saad-ccn51']],
  ['MAS publique autonome', ['public-esms-autonome-am']],
  ['foyer de vie public autonome', ['public-esms-autonome-hors-am']],
];

describe('les employeurs par leur nom', () => {
  it.each(CASES)('« %s »', (query, contexts) => {
    expect(read(query).contexts?.sort()).toEqual([...contexts].sort());
  });

  it('lit un département nommé, pour le lien vers sa page', () => {
    expect(read('aide à domicile ADMR en Gironde').workplace.departement).toBe('33');
    expect(read('EHPAD associatif dans le département du Nord').workplace.departement).toBe('59');
    // « nord » seul n’est pas le département du Nord.
    expect(read('éducatrice MECS nord de la ville').workplace.departement).toBeNull();
  });
});

const resolver = createResolver(realIndex());

describe('les réponses qui tiennent à l’employeur', () => {
  it.each([
    ['infirmière dans un centre municipal de santé', 'non'],
    ['conseillère en insertion à la mission locale', 'non'],
    ['assistante sociale CAF', 'non'],
    ['CESF à la MSA', 'non'],
    ['aide soignante ssiad croix rouge', 'oui'],
    ['secrétaire CIDFF', 'oui'],
    ['aide à domicile ADMR', 'non'],
    ['auxiliaire de vie CCAS', 'oui'],
    ['CPIP', 'non'],
    ['infirmière scolaire', 'oui'],
    ['assistante sociale scolaire', 'non'],
  ])('« %s » → %s', (query, verdict) => {
    const resolution = resolver.resolve({ query });
    expect(resolution.kind === 'answer' ? resolution.verdict : resolution.kind).toBe(verdict);
  });

  it('nomme la mesure propre à l’Éducation nationale quand elle remplace le Ségur', () => {
    const nurses = resolver.resolve({ query: 'infirmière scolaire' });
    const social = resolver.resolve({ query: 'assistante sociale scolaire' });
    const measures = (resolution: typeof nurses) =>
      resolution.kind === 'answer'
        ? resolution.cases.flatMap((item) =>
            item.branches.flatMap((branch) => branch.rules.flatMap((rule) => rule.measures)),
          )
        : [];
    expect(measures(nurses)).toContain('en-infirmiers-49-points-2024');
    expect(measures(social)).toContain('en-personnels-sociaux-ifse-2024');
  });
});
