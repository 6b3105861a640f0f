/** The answer as pages show it: verdict, each option's outcome, the money part's input, the département link, citations, and the skeleton the browser fills. */
import { describe, expect, it } from 'vitest';
import { createResolver } from '../../../src/lib/metiers/resolve.ts';
import { answerView, present, skeletonView } from '../../../src/lib/metiers/answer-view.ts';
import type { MoneyView } from '../../../src/lib/metiers/money-view.ts';
import { realIndex } from '../helpers/metiers-data.ts';

const index = realIndex();
const resolver = createResolver(index);
const view = (query: string) => answerView(resolver.resolve({ query }), { index }, query);

describe('la vue de la réponse', () => {
  it('donne à chaque « oui » l’entrée de la partie « combien » (mesures, premier mois, secteur, quotité)', () => {
    const answer = view('aide-soignante à 80 % au CHU');
    expect(answer.verdict).toBe('oui');
    const money = answer.cases[0]?.branches[0]?.money;
    expect(money?.input).toEqual({ mesureIds: ['segur-fph-2020'], depuis: '2020-09', secteur: 'fph', quotite: 0.8 });
    expect(money?.key).toBe('fph-hopital-montant');
    expect(JSON.parse(money?.inputJson ?? '')).toEqual({ ...money?.input });
    // Without the calculator's rows (in the browser), the block fills itself from its input.
    expect(money?.view).toBeNull();
  });

  it('donne à chaque « oui » son bloc « combien » calculé, quand la vue est faite avec les lignes du calcul', () => {
    const keys: string[] = [];
    const answer = answerView(
      resolver.resolve({ query: 'aide-soignante' }),
      { index, money: (_input, key) => (keys.push(key), { view: { key } as unknown as MoneyView, summary: null }) },
      'aide-soignante',
    );
    const oui = answer.cases.flatMap((item) => item.branches).filter((branch) => branch.verdict === 'oui');
    expect(oui.length).toBeGreaterThan(1);
    expect(oui.every((branch) => branch.money?.view !== null)).toBe(true);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('ne donne pas d’entrée « combien » à un « non »', () => {
    const answer = view('assistante sociale CAF');
    expect(answer.verdict).toBe('non');
    expect(answer.cases.flatMap((item) => item.branches.map((branch) => branch.money))).toEqual([null]);
  });

  it('marque une question « selon le cas » et dit ce que chaque choix donne', () => {
    const answer = view('secrétaire IME public');
    expect(answer.state).toBe('question');
    expect(answer.verdict).toBe('selon_cas');
    const options = answer.question?.options ?? [];
    expect(
      options
        .filter((option) => option.value !== 'inconnu')
        .every((option) => option.outcome?.startsWith('réponse : ')),
    ).toBe(true);
  });

  it('renvoie à la page du département nommé quand son financement décide du versement', () => {
    const answer = view('éducatrice spécialisée MECS associative en Gironde');
    expect(answer.cases[0]?.departement?.href).toBe('/departements/#departement-33');
    expect(view('secrétaire CHRS associatif').cases[0]?.departement).toBeNull();
  });

  it('fait des citations [@id] des notes des liens numérotés vers la bibliographie', () => {
    const answer = view('CESF dans un CHRS associatif');
    const cites = answer.cases.flatMap((item) =>
      item.branches.flatMap((branch) => (branch.note ?? []).filter((piece) => piece.href)),
    );
    expect(cites.length).toBeGreaterThan(0);
    for (const cite of cites) {
      expect(cite.text).toMatch(/^\[\d+\]$/);
      expect(cite.label).toMatch(/^Source \d+ : /);
      expect(cite.href).toMatch(/^\/sources\/#/);
    }
    expect(JSON.stringify(answer)).not.toMatch(/\[@/);
  });

  it('ne montre aucun verdict quand le métier n’est pas trouvé, mais des métiers proches', () => {
    const answer = view('chauffeur de taxi');
    expect(answer.state).toBe('introuvable');
    expect(answer.verdict).toBeNull();
    expect(answer.suggestions.map((suggestion) => suggestion.label)).toContain('Chauffeur, brancardier ou ambulancier');
  });
});

describe('le squelette que le navigateur remplit', () => {
  it('ne contient aucun lien vers une page inexistante (ses liens pointent vers la page elle-même)', () => {
    const hrefs = JSON.stringify(skeletonView()).match(/"(href|link)":"[^"]*"/g) ?? [];
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.filter((pair) => pair.startsWith('"href"') && !pair.endsWith(':"#"'))).toEqual([]);
  });

  it('a chaque partie facultative présente et chaque liste une fois', () => {
    const missing: string[] = [];
    const walk = (value: unknown, path: string) => {
      // The money block's own markup comes from its blank view (the browser fills it from each answer's input);
      // a built page's summary is not in the template.
      if (/\.money\.(view|input|summary)$/.test(path)) return;
      if (Array.isArray(value)) {
        // Text pieces (plain and citation) are not a repeated part: the browser builds them.
        const pieces = value.every(
          (item) => typeof item === 'object' && item !== null && 'href' in item && 'text' in item,
        );
        if (value.length !== 1 && !pieces) missing.push(`${path} (${value.length} éléments)`);
        value.forEach((item, i) => walk(item, `${path}[${i}]`));
      } else if (value !== null && typeof value === 'object') {
        for (const [key, item] of Object.entries(value)) walk(item, path ? `${path}.${key}` : key);
      } else if (!present(value) && !path.endsWith('.href') && !path.endsWith('.label')) {
        missing.push(path);
      }
    };
    walk(skeletonView(), '');
    expect(missing).toEqual([]);
  });
});
