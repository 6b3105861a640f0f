/** The contract and the working time as dimensions of the answer: kinds read, share of full time, and what they do to the verdict. */
import { describe, expect, it } from 'vitest';
import { createResolver } from '../../../src/lib/metiers/resolve.ts';
import type { ContractKind } from '../../../src/lib/codes/metiers.ts';
import { realIndex } from '../helpers/metiers-data.ts';
import { read } from './understanding.ts';

const READINGS: [query: string, kinds: ContractKind[], quotite: number | null][] = [
  ['apprenti aide-soignant', ['apprenti'], null],
  ['alternante éducatrice spécialisée', ['apprenti'], null],
  ['contrat de professionnalisation foyer de vie', ['apprenti'], null],
  ['agent d’entretien en contrat aidé PEC', ['contrat_aide'], null],
  ['secrétaire en CUI', ['contrat_aide'], null],
  ['infirmière intérimaire', ['interimaire'], null],
  ['étudiante infirmière en stage', ['etudiant_stage'], null],
  ['élève aide-soignante', ['etudiant_stage'], null],
  ['aide-soignante stagiaire', ['fonctionnaire_stagiaire', 'etudiant_stage'], null],
  ['aide soignante stagiaire de la fonction publique hospitalière', ['fonctionnaire_stagiaire'], null],
  ['bénévole à l’accueil', ['benevole'], null],
  ['volontaire en service civique', ['service_civique'], null],
  ['aide-soignante en CDD', ['contractuel'], null],
  ['infirmière contractuelle', ['contractuel'], null],
  ['secrétaire à 80 %', [], 0.8],
  ['aide-soignante à mi-temps', ['temps_partiel'], 0.5],
  ['aide soignante à temps partiel 50%', ['temps_partiel'], 0.5],
  ['agent d’entretien titulaire', ['titulaire'], null],
];

describe('le contrat et le temps de travail', () => {
  it.each(READINGS)('« %s » → %j, quotité %s', (query, kinds, quotite) => {
    const reading = read(query);
    expect(reading.contracts.sort()).toEqual([...kinds].sort());
    expect(reading.quotite).toBe(quotite);
  });
});

const resolver = createResolver(realIndex());

const VERDICTS: [query: string, verdict: 'oui' | 'non' | 'selon_cas'][] = [
  ['apprenti aide-soignant à l’hôpital public', 'non'],
  ['agent d’entretien en contrat aidé PEC dans un EHPAD public', 'non'],
  ['étudiante infirmière en stage au CHU', 'non'],
  ['bénévole à l’accueil d’un CHRS associatif', 'non'],
  ['aide-soignante CDD hôpital public', 'oui'],
  ['aide soignante stagiaire de la fonction publique hospitalière au CHU', 'oui'],
  ['aide-soignante stagiaire au CHU', 'selon_cas'],
  ['infirmière intérimaire à l’hôpital public', 'selon_cas'],
  ['apprentie éducatrice spécialisée MECS associative', 'selon_cas'],
  ['aide-soignante à 80 % dans un EHPAD public', 'oui'],
  ['aide-soignante en CDI dans un SSIAD ADMR', 'non'],
];

describe('ce que le contrat fait à la réponse', () => {
  it.each(VERDICTS)('« %s » → %s', (query, verdict) => {
    const resolution = resolver.resolve({ query });
    expect(
      resolution.kind === 'answer' ? resolution.verdict : resolution.kind === 'question' ? 'selon_cas' : null,
    ).toBe(verdict);
  });

  it('passe la quotité à la partie « combien »', () => {
    const resolution = resolver.resolve({ query: 'aide-soignante à 80 % dans un EHPAD public' });
    expect(resolution.kind === 'answer' && resolution.understood.quotite).toBe(0.8);
  });
});
