import { describe, expect, it } from 'vitest';
import { LEXICON, parseQuery } from '../../src/lib/metiers/context.ts';
import { SECTORS } from '../../src/lib/codes/common.ts';
import { PLACES } from '../../src/lib/codes/metiers.ts';

/** A few canonical job titles, as the index would provide them. */
const TERMS = new Set([
  'aide soignant',
  'secretaire',
  'agent service hospitalier',
  'ase',
  'educateur pjj',
  'aide domicile',
  'ecoutant siao',
]);
const lookup = { has: (term: string) => TERMS.has(term) };
const parse = (text: string) => parseQuery(text, lookup).context;

describe('l’analyse du contexte', () => {
  it.each([
    ['public', ['fph', 'fpt', 'fpe']],
    ['fonction publique', ['fph', 'fpt', 'fpe']],
    ['fonction publique hospitalière', ['fph']],
    ['hospitalier', ['fph']],
    ['territoriale', ['fpt']],
    ['mairie', ['fpt']],
    ['CCAS', ['fpt']],
    ['associatif', ['prive_non_lucratif']],
    ['association', ['prive_non_lucratif']],
    ['privé non lucratif', ['prive_non_lucratif']],
    ['à but non lucratif', ['prive_non_lucratif']],
    ['privé', ['prive_non_lucratif', 'prive_lucratif']],
    ['privée commerciale', ['prive_lucratif']],
    ['commercial', ['prive_lucratif']],
    ['Éducation nationale', ['fpe']],
  ])('lit le secteur dans « %s »', (text, sectors) => {
    expect(parse(text).sectors?.sort()).toEqual([...sectors].sort());
  });

  it.each([
    ['hôpital', 'hopital'],
    ['CHU', 'hopital'],
    ['clinique', 'hopital'],
    ['EHPAD', 'ehpad'],
    ['maison de retraite', 'ehpad'],
    ['IME', 'esms_handicap'],
    ['MAS', 'esms_handicap'],
    ['FAM', 'esms_handicap'],
    ['foyer de vie', 'esms_handicap'],
    ['ESAT', 'esms_handicap'],
    ['MECS', 'protection_enfance'],
    ['foyer de l’enfance', 'protection_enfance'],
    ['CHRS', 'hebergement_insertion'],
    ['115', 'hebergement_insertion'],
    ['SSIAD', 'domicile'],
    ['ADMR', 'domicile'],
    ['crèche', 'petite_enfance'],
    ['PJJ', 'pjj'],
    ['chantier d’insertion', 'insertion_activite'],
  ])('reconnaît le lieu de travail « %s »', (text, place) => {
    expect(parse(text).places).toEqual([place]);
  });

  it('déduit le secteur de certains lieux (CHU public, ADMR associative, clinique privée)', () => {
    expect(parse('CHU').sectors).toEqual(['fph']);
    expect(parse('ADMR').sectors).toEqual(['prive_non_lucratif']);
    expect(parse('clinique').sectors?.sort()).toEqual(['prive_lucratif', 'prive_non_lucratif']);
  });

  it('lit le rattachement, qui ne concerne que le public', () => {
    expect(parse('rattaché à un hôpital')).toMatchObject({ attachments: ['rattache'], places: null });
    expect(parse('non rattaché').attachments).toEqual(['autonome']);
    expect(parse('IME autonome')).toMatchObject({
      attachments: ['autonome'],
      places: ['esms_handicap'],
      sectors: ['fph', 'fpt', 'fpe'],
    });
  });

  it('garde les mots du lieu à chercher dans la description des lignes', () => {
    expect(parse('AES foyer de vie public').keywords).toEqual(['foyer vie']);
    expect(parse('aide soignante ADMR').keywords).toEqual(['admr']);
  });

  it('tolère une faute de frappe dans un mot de contexte', () => {
    expect(parse('hopitale').places).toEqual(['hopital']);
    expect(parse('asociatif').sectors).toEqual(['prive_non_lucratif']);
  });

  it('sépare le métier du contexte et garde le contexte tel que tapé', () => {
    const parsed = parseQuery('Aide soi en EHPAD public', lookup);
    expect(parsed.professionText).toBe('aide soi');
    expect(parsed.professionRaw).toBe('Aide soi');
    expect(parsed.contextText).toBe('EHPAD public');
  });

  it('ne compte un mot de contexte pris dans un intitulé que si rien d’autre ne le contredit', () => {
    const alone = parseQuery('agent des services hospitaliers', lookup);
    expect(alone.context.sectors).toEqual(['fph']);
    expect(alone.professionText).toBe('agent service hospitalier');
    expect(parse('agent des services hospitaliers en EHPAD associatif').sectors).toEqual(['prive_non_lucratif']);
    expect(parse('éducateur PJJ').places).toEqual(['pjj']);
    expect(parse('aide à domicile').places).toEqual(['domicile']);
  });

  it('lit « ASE » comme un métier quand il est seul, et comme l’aide sociale à l’enfance à côté d’un autre métier', () => {
    const alone = parseQuery('ASE', lookup);
    expect(alone.context.places).toBeNull();
    expect(alone.professionText).toBe('ase');
    const withJob = parseQuery('secrétaire ASE', lookup);
    expect(withJob.context.places).toEqual(['protection_enfance']);
    expect(withJob.professionText).toBe('secretaire');
    expect(withJob.termSpans.map((span) => span.term)).toEqual(['secretaire']);
  });

  it('ne voit aucun contexte dans un métier seul', () => {
    expect(parse('aide-soignante')).toMatchObject({ sectors: null, places: null, attachments: null, keywords: [] });
  });

  it('n’emploie que des codes des données', () => {
    for (const entry of LEXICON) {
      for (const sector of entry.sectors ?? []) expect(SECTORS).toContain(sector);
      for (const place of entry.places ?? []) expect(PLACES).toContain(place);
      expect(entry.phrases.length).toBeGreaterThan(0);
    }
  });
});
