import { describe, expect, it } from 'vitest';
import { buildLetter, LETTER_FILE_NAME, type LetterFacts } from '../../src/lib/metiers/letter.ts';

const NNBSP_OR_NBSP = /[\u00a0\u202f]/g;
const FACTS: LetterFacts = {
  secteur: 'fph',
  measures: [{ nom: 'Complément en points', base_juridique: 'Décret n° 1' }],
  depuis: '2020-09',
  amount: { gross: 100, net: 80, points: 20, from: '2021-07', prorated: true },
  quotite: null,
  claim: null,
  interruptingLaw: 'loi de test',
};

/** The letter's text with plain spaces, easier to read in expectations. */
function text(facts: Partial<LetterFacts>): string {
  return buildLetter({ ...FACTS, ...facts }).text.replace(NNBSP_OR_NBSP, ' ');
}

describe('la lettre type', () => {
  it('reprend la mesure, sa base juridique, le premier mois dû et le montant', () => {
    const letter = text({});
    expect(letter).toContain(
      'Objet : demande de versement de « Complément en points » et des sommes dues depuis septembre 2020',
    );
    expect(letter).toContain('j’ai droit, depuis septembre 2020, à la mesure « Complément en points » (Décret n° 1).');
    expect(letter).toContain(
      'Pour un temps plein, le montant est de 20 points d’indice majoré, soit 100 € brut par mois depuis le 1er juillet 2021.',
    );
    expect(letter).toContain('procéder au rappel des sommes qui ne m’ont pas été versées depuis septembre 2020.');
  });

  it('laisse entre crochets ce que seul le lecteur sait', () => {
    const letter = text({});
    for (const placeholder of [
      '[Prénom et nom]',
      '[Adresse]',
      '[Nom de l’employeur]',
      '[Commune], le [date]',
      '[date d’entrée]',
      '[emploi ou grade]',
      '[Signature]',
    ])
      expect(letter).toContain(placeholder);
    expect(letter).toContain('[à temps plein, ou à … % d’un temps plein]');
    expect(text({ depuis: null })).toContain('depuis [premier mois dû]');
  });

  it.each([
    [
      'dans le public, la lettre interrompt la prescription',
      { secteur: 'fph', interruptingLaw: 'loi de test' },
      'Direction des ressources humaines',
      true,
    ],
    [
      'dans le privé, elle ne l’interrompt pas',
      { secteur: 'prive_non_lucratif', interruptingLaw: null },
      'Direction ou service du personnel',
      false,
    ],
  ] as const)('%s', (_title, facts, addressee, interrupts) => {
    const letter = text(facts);
    expect(letter).toContain(addressee);
    expect(letter.includes('vaut réclamation écrite au sens de la loi de test : elle interrompt la prescription')).toBe(
      interrupts,
    );
  });

  it.each([
    [
      'jamais payé',
      { from: '2020-09', to: '2026-11', paidFrom: null, gross: 7180.4, net: 5710 },
      'Je ne l’ai jamais perçu. Je vous demande de bien vouloir me le verser chaque mois et de procéder au rappel des sommes dues de septembre 2020 à novembre 2026, soit environ 7 180 € brut selon mon estimation.',
    ],
    [
      'payé depuis un mois donné',
      { from: '2020-09', to: '2021-12', paidFrom: '2022-01', gross: 1280, net: 1000 },
      'Je ne le perçois que depuis janvier 2022. Je vous demande de bien vouloir procéder au rappel des sommes dues de septembre 2020 à décembre 2021, soit environ 1 280 € brut selon mon estimation.',
    ],
    [
      'avec un montant net seulement',
      { from: '2025-01', to: '2025-12', paidFrom: null, gross: null, net: 600 },
      'de janvier 2025 à décembre 2025, soit environ 600 € net selon mon estimation.',
    ],
  ] as const)('réclame la période estimée : %s', (_title, claim, sentence) => {
    expect(text({ claim })).toContain(sentence);
  });

  it('dit la quotité de travail quand le lecteur l’a donnée', () => {
    expect(text({ quotite: 0.8 })).toContain('à 80 % d’un temps plein.');
    expect(text({ quotite: 0.8 })).toContain(
      'depuis le 1er juillet 2021, à verser à proportion de ma quotité de travail (80 %).',
    );
    expect(text({ quotite: 0.8, amount: { ...FACTS.amount!, prorated: false } })).not.toContain('à proportion');
    expect(text({ quotite: 1 })).toContain('au sein de votre établissement ou service, à temps plein.');
  });

  it('cite chaque mesure quand il y en a plusieurs, et un montant net quand il n’y a pas de brut', () => {
    const letter = text({
      secteur: 'prive_lucratif',
      measures: [
        { nom: 'A', base_juridique: 'Accord A' },
        { nom: 'B', base_juridique: 'Accord B' },
      ],
      amount: { gross: null, net: 50, points: null, from: '2020-09', prorated: false },
      interruptingLaw: null,
    });
    expect(letter).toContain('demande de versement des mesures « A », « B »');
    expect(letter).toContain('aux mesures suivantes : « A » (Accord A) ; « B » (Accord B).');
    expect(letter).toContain('le montant est de 50 € net par mois depuis le 1er septembre 2020.');
  });

  it('donne le même texte aux paragraphes, au presse-papiers et au fichier', () => {
    const letter = buildLetter(FACTS);
    expect(letter.text).toBe(`${letter.paragraphs.join('\n\n')}\n`);
    expect(letter.fileName).toBe(LETTER_FILE_NAME);
    expect(letter.fileName).toMatch(/\.txt$/);
    expect(buildLetter(FACTS)).toEqual(letter);
  });
});
