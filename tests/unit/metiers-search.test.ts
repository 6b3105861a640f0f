import { describe, expect, it } from 'vitest';
import {
  AMBIGUOUS_TERMS,
  PREFILTER_ABOVE,
  UNKNOWN,
  createSearcher,
  type Resolution,
} from '../../src/lib/metiers/search.ts';
import { TrigramIndex } from '../../src/lib/metiers/trigrams.ts';
import type { IndexRow, SearchIndex } from '../../src/lib/metiers/types.ts';
import { CASES } from '../fixtures/metiers-queries.ts';
import { metierRows, realIndex } from './helpers/metiers-data.ts';

const searcher = createSearcher(realIndex());

function measuresOf(resolution: Resolution): string[] {
  return resolution.kind === 'answer' ? [...new Set(resolution.rows.flatMap((row) => row.measures))].sort() : [];
}

describe('le résolveur sur les vraies données', () => {
  it.each(CASES)('répond à « $query » : $verdict', ({ query, verdict, mesures }) => {
    const resolution = searcher.resolve({ query });
    expect(resolution.kind).toBe('answer');
    if (resolution.kind !== 'answer') return;
    expect(resolution.verdict).toBe(verdict);
    expect(measuresOf(resolution)).toEqual([...mesures].sort());
  });

  it('demande d’abord ce que la requête ne dit pas (ici le rattachement), puis précise ce qu’elle dit vaguement', () => {
    const first = searcher.resolve({ query: 'secrétaire IME public' });
    expect(first.kind).toBe('question');
    if (first.kind !== 'question') return;
    expect(first.question.dimension).toBe('rattachement');
    expect(first.question.options.map((option) => [option.value, option.verdicts])).toEqual([
      ['rattache', ['oui']],
      ['autonome', ['non']],
      [UNKNOWN, []],
    ]);
    const answered = searcher.resolve({ query: 'secrétaire IME public', rattachement: 'autonome' });
    expect(answered).toMatchObject({ kind: 'answer', verdict: 'non' });
    const unknown = searcher.resolve({ query: 'secrétaire IME public', rattachement: UNKNOWN });
    expect(unknown.kind === 'question' && unknown.question.dimension).toBe('secteur');
    const unknownTwice = searcher.resolve({ query: 'secrétaire IME public', rattachement: UNKNOWN, secteur: UNKNOWN });
    expect(unknownTwice).toMatchObject({ kind: 'answer', verdict: 'selon_cas', mixed: true });
    if (unknownTwice.kind === 'answer') expect(unknownTwice.understood.unknown).toEqual(['secteur', 'rattachement']);
  });

  it('demande le secteur, puis le type d’établissement, quand le métier seul ne suffit pas', () => {
    const first = searcher.resolve({ query: 'agent d’entretien' });
    expect(first.kind === 'question' && first.question.dimension).toBe('secteur');
    const second = searcher.resolve({ query: 'agent d’entretien', secteur: 'fph' });
    expect(second.kind === 'question' && second.question.dimension).toBe('etablissement');
    const third = searcher.resolve({ query: 'agent d’entretien', secteur: 'fph', etablissement: 'esms_handicap' });
    expect(third.kind === 'question' && third.question.dimension).toBe('rattachement');
    expect(
      searcher.resolve({
        query: 'agent d’entretien',
        secteur: 'fph',
        etablissement: 'esms_handicap',
        rattachement: 'rattache',
      }),
    ).toMatchObject({ kind: 'answer', verdict: 'oui' });
  });

  it('propose de préciser quand la réponse ne change pas mais la mesure oui', () => {
    const resolution = searcher.resolve({ query: 'psychologue' });
    expect(resolution).toMatchObject({ kind: 'answer', verdict: 'oui' });
    if (resolution.kind === 'answer') expect(resolution.refine?.dimension).toBe('etablissement');
  });

  it('fait choisir entre les deux sens de « AS », sauf si le lieu tranche', () => {
    const resolution = searcher.resolve({ query: 'AS' });
    expect(resolution.kind).toBe('choose_metier');
    if (resolution.kind !== 'choose_metier') return;
    expect(resolution.options.map((option) => option.metier.slug)).toEqual(['aide-soignant', 'assistant-social']);
    expect(resolution.note).toContain('ASS');
    expect(searcher.resolve({ query: 'AS', metiers: ['assistant-social'] }).kind).toBe('question');
    // No assistant social works in an EHPAD in the data: « AS » is then the aide-soignant.
    expect(searcher.resolve({ query: 'AS ehpad' })).toMatchObject({
      kind: 'answer',
      understood: { metiers: [{ slug: 'aide-soignant' }] },
    });
  });

  it('comprend « ASE » comme assistant socio-éducatif en le disant, et comme un service à côté d’un autre métier', () => {
    const alone = searcher.resolve({ query: 'ASE' });
    expect(alone).toMatchObject({ kind: 'answer', understood: { metiers: [{ slug: 'educateur-specialise' }] } });
    if (alone.kind === 'answer') expect(alone.note).toContain('aide sociale à l’enfance');
    const withJob = searcher.resolve({ query: 'secrétaire ASE' });
    expect(withJob.kind === 'question' && withJob.understood.metiers.map((metier) => metier.slug)).toEqual([
      'secretaire-administratif',
    ]);
  });

  it('fait préciser un mot trop général (« éducatrice », « moniteur »)', () => {
    for (const query of ['éducatrice', 'moniteur']) {
      const resolution = searcher.resolve({ query });
      expect(resolution.kind, query).toBe('choose_metier');
    }
    const educatrice = searcher.resolve({ query: 'éducatrice' });
    if (educatrice.kind === 'choose_metier')
      expect(educatrice.options.map((option) => option.metier.slug)).toContain('educateur-specialise');
  });

  it('préfère un intitulé plus long trouvé malgré une faute à un intitulé court écrit exactement', () => {
    expect(searcher.resolve({ query: 'educatrice specilisee' })).toMatchObject({
      kind: 'answer',
      understood: { metiers: [{ slug: 'educateur-specialise' }] },
    });
  });

  it('ne prend d’un intitulé partagé que les lignes qui le citent (« veilleur », « agent d’accueil »)', () => {
    const veilleur = searcher.resolve({ query: 'veilleur' });
    expect(veilleur.kind).toBe('question');
    if (veilleur.kind === 'question')
      expect(new Set(veilleur.rows.map((row) => row.metier))).toEqual(new Set(['veilleur-de-nuit', 'agent-entretien']));
    if (veilleur.kind === 'question')
      expect(veilleur.rows.filter((row) => row.metier === 'agent-entretien').map((row) => row.id)).toEqual([
        'agent-technique-pnl-ahi',
      ]);
  });

  it('liste les métiers connus quand seul le lieu est donné', () => {
    const resolution = searcher.resolve({ query: 'EHPAD public' });
    expect(resolution.kind).toBe('choose_metier');
    if (resolution.kind === 'choose_metier')
      expect(resolution.options.map((option) => option.metier.slug)).toContain('aide-soignant');
  });

  it('dit qu’un métier est absent des données et cite la mesure qui le nomme', () => {
    const resolution = searcher.resolve({ query: 'TISF' });
    expect(resolution.kind).toBe('not_found');
    if (resolution.kind === 'not_found')
      expect(resolution.mentions.map((mention) => [mention.measure.id, mention.where])).toEqual([
        ['conf-metiers-prive-2022', 'covers'],
      ]);
    expect(searcher.resolve({ query: 'zzzz qwerty' })).toMatchObject({ kind: 'not_found', mentions: [] });
  });

  it('dit quand le métier existe mais pas dans ce contexte', () => {
    expect(searcher.resolve({ query: 'sage-femme EHPAD' })).toMatchObject({ kind: 'no_row' });
  });

  it('ignore les paramètres d’adresse invalides et renvoie « vide » sans recherche', () => {
    expect(searcher.resolve({ query: '' })).toEqual({ kind: 'empty' });
    expect(searcher.resolve({ query: 'sage femme', secteur: '<script>', etablissement: 'lune' })).toMatchObject({
      kind: 'answer',
      verdict: 'oui',
    });
    expect(searcher.resolve({ query: '', metiers: ['inconnu-du-site'] })).toEqual({ kind: 'empty' });
  });

  it('répond au parcours guidé (métier choisi, secteur et établissement)', () => {
    expect(
      searcher.resolve({
        query: '',
        metiers: ['educateur-specialise'],
        secteur: 'prive_non_lucratif',
        etablissement: 'esms_handicap',
      }),
    ).toMatchObject({ kind: 'answer', verdict: 'oui' });
    // Sector unknown, at home: SSIAD public or associatif, in or out of the home-help branch; nothing left to ask.
    expect(
      searcher.resolve({ query: '', metiers: ['aide-soignant'], secteur: UNKNOWN, etablissement: 'domicile' }),
    ).toMatchObject({ kind: 'answer', verdict: 'selon_cas', mixed: true });
  });
});

describe('les suggestions', () => {
  it('proposent d’abord le métier qu’on commence à taper, même mal orthographié', () => {
    expect(searcher.suggest('aide soi')[0]?.metiers.map((metier) => metier.slug)).toEqual(['aide-soignant']);
    expect(searcher.suggest('psycolo')[0]?.metiers.map((metier) => metier.slug)).toEqual(['psychologue']);
    expect(searcher.suggest('aide soi ehpad public')[0]?.metiers.map((metier) => metier.slug)).toEqual([
      'aide-soignant',
    ]);
  });

  it('ne proposent rien de forcé pour un sigle inconnu ni pour un texte vide', () => {
    expect(searcher.suggest('tisf')).toEqual([]);
    expect(searcher.suggest('   ')).toEqual([]);
  });

  it('restent au plus huit', () => {
    expect(searcher.suggest('agent').length).toBeLessThanOrEqual(8);
  });

  it('citent des métiers qui existent pour chaque sigle ambigu', () => {
    const slugs = new Set(metierRows.map((row) => row.metier));
    for (const { metiers } of Object.values(AMBIGUOUS_TERMS)) for (const slug of metiers) expect(slugs).toContain(slug);
  });
});

/** A tiny hand-made index: the resolver's rules, independent of the real data. */
function fakeIndex(): SearchIndex {
  const row = (id: string, metier: string, fields: Partial<IndexRow>): IndexRow => ({
    id,
    metier,
    sectors: ['prive_non_lucratif'],
    place: 'esms_handicap',
    places: ['esms_handicap'],
    attachment: null,
    detail: 'Foyer',
    verdict: 'oui',
    measures: ['m1'],
    since: '2022-04',
    amount: null,
    why: 'Parce que.',
    sources: ['s1'],
    status: 'confirme',
    note: null,
    terms: [0],
    ...fields,
  });
  return {
    metiers: [
      { slug: 'veilleur', label: 'Veilleur de nuit' },
      { slug: 'cuisinier', label: 'Cuisinier' },
    ],
    terms: [
      { text: 'Veilleur de nuit', metiers: ['veilleur'] },
      { text: 'SNQ', metiers: ['veilleur'] },
      { text: 'Cuisinier', metiers: ['cuisinier'] },
    ],
    rows: [
      row('v-qualifie', 'veilleur', {
        place: 'protection_enfance',
        places: ['protection_enfance'],
        detail: 'MECS, surveillant qualifié',
        terms: [0, 1],
      }),
      row('v-autre', 'veilleur', {
        place: 'protection_enfance',
        places: ['protection_enfance'],
        detail: 'Foyer de l’enfance, sans encadrement',
        measures: ['m2'],
        since: '2024-01',
      }),
      row('c-public', 'cuisinier', {
        sectors: ['fph'],
        attachment: 'autonome',
        verdict: 'non',
        measures: ['m3'],
        since: null,
        terms: [2],
      }),
      row('c-rattache', 'cuisinier', {
        sectors: ['fph'],
        place: 'autre',
        places: ['esms_handicap', 'protection_enfance'],
        attachment: 'rattache',
        terms: [2],
      }),
      row('c-asso', 'cuisinier', { detail: 'ESAT associatif', terms: [2] }),
    ],
    measures: {},
    sources: {},
    acronyms: ['snq'],
  };
}

describe('le résolveur sur un index fabriqué', () => {
  const fake = createSearcher(fakeIndex());

  it('choisit la ligne d’un même contexte par une variante propre à elle', () => {
    expect(fake.resolve({ query: 'SNQ' })).toMatchObject({ kind: 'answer', rows: [{ id: 'v-qualifie' }] });
    expect(fake.resolve({ query: 'veilleur de nuit' })).toMatchObject({
      kind: 'answer',
      rows: [{ id: 'v-qualifie' }, { id: 'v-autre' }],
    });
  });

  it('choisit la ligne d’un même contexte par les mots de sa description', () => {
    expect(fake.resolve({ query: 'veilleuse de nuit MECS' })).toMatchObject({
      kind: 'answer',
      rows: [{ id: 'v-qualifie' }],
    });
    expect(fake.resolve({ query: 'veilleuse de nuit foyer de l’enfance' })).toMatchObject({
      kind: 'answer',
      rows: [{ id: 'v-autre' }],
    });
    expect(fake.resolve({ query: 'veilleuse de nuit', etablissement: 'protection_enfance' })).toMatchObject({
      kind: 'answer',
      rows: [{ id: 'v-qualifie' }, { id: 'v-autre' }],
    });
  });

  it('applique une ligne « tout ESMS public » aux types d’ESMS qu’elle couvre', () => {
    const question = fake.resolve({ query: 'cuisinier public', etablissement: 'esms_handicap' });
    expect(question.kind === 'question' && question.question.dimension).toBe('rattachement');
    expect(fake.resolve({ query: 'cuisinier foyer de l’enfance public' })).toMatchObject({
      kind: 'answer',
      verdict: 'oui',
      rows: [{ id: 'c-rattache' }],
    });
  });

  it('répond « selon le cas » quand il ne reste rien à demander', () => {
    expect(
      fake.resolve({ query: 'cuisinier', secteur: UNKNOWN, etablissement: UNKNOWN, rattachement: UNKNOWN }),
    ).toMatchObject({ kind: 'answer', verdict: 'selon_cas', mixed: true });
  });
});

describe('le résolveur sur un grand index (présélection par trigrammes)', () => {
  it('donne les mêmes réponses que sur l’index réel quand l’index dépasse le seuil', () => {
    const real = realIndex();
    const fillerWords = ['brolex', 'quintar', 'vespade', 'morlune', 'tacrive', 'silbane', 'orpède', 'glomin'];
    const terms = [...real.terms];
    const metiers = [...real.metiers];
    for (let i = 0; terms.length <= PREFILTER_ABOVE + 500; i++) {
      const slug = `remplissage-${i}`;
      metiers.push({ slug, label: `${fillerWords[i % 8]} ${fillerWords[(i * 3) % 8]} ${i}` });
      terms.push({ text: `${fillerWords[i % 8]} ${fillerWords[(i * 5) % 8]} ${i}`, metiers: [slug] });
    }
    const large = createSearcher({ ...real, terms, metiers });
    for (const { query, verdict, mesures } of CASES) {
      const resolution = large.resolve({ query });
      expect(resolution.kind, query).toBe('answer');
      if (resolution.kind === 'answer') {
        expect(resolution.verdict, query).toBe(verdict);
        expect(measuresOf(resolution), query).toEqual([...mesures].sort());
      }
    }
    expect(large.suggest('aide soi')[0]?.metiers.map((metier) => metier.slug)).toEqual(['aide-soignant']);
  });
});

describe('l’index de trigrammes', () => {
  it('range d’abord les intitulés qui partagent le plus de trigrammes, fautes comprises', () => {
    const grams = new TrigramIndex(['aide soignant', 'agent entretien', 'educateur specialise', 'aide domicile']);
    expect(grams.candidates('aide soigant', 2)).toEqual([0, 3]);
    expect(grams.candidates('educatuer specialise', 1)).toEqual([2]);
    expect(grams.candidates('qqq', 5)).toEqual([]);
    // The counters are reset between searches.
    expect(grams.candidates('aide soigant', 2)).toEqual([0, 3]);
  });
});
