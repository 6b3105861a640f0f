/**
 * The `[@id]` markup of the text cells: how a text is cut into prose and
 * citations, how a citation reads as plain text, and which marks are refused.
 */
import { describe, expect, it } from 'vitest';
import {
  citedIds,
  hasOnlyWellFormedMarks,
  proseAsText,
  proseSegments,
  shortTitle,
  type CitedSource,
} from '../../src/lib/citation-markup.ts';

const SOURCES: Record<string, CitedSource> = {
  'rapport-a': { id: 'rapport-a', title: 'Rapport sur les exclus', publisher: 'Gouvernement' },
  'article-b-2024': { id: 'article-b-2024', title: 'Les exclus en colère', publisher: 'Le Journal' },
};
const lookup = (id: string): CitedSource => {
  const source = SOURCES[id];
  if (!source) throw new Error(`source inconnue : ${id}`);
  return source;
};

describe('le balisage [@id] des textes', () => {
  it('découpe un texte en passages et en citations, dans l’ordre', () => {
    expect(proseSegments('Selon le rapport [@rapport-a], 120 800 exclus.')).toEqual([
      { kind: 'text', text: 'Selon le rapport ' },
      { kind: 'citation', ids: ['rapport-a'] },
      { kind: 'text', text: ', 120 800 exclus.' },
    ]);
  });

  it('fait une seule citation de marques séparées par des espaces', () => {
    expect(proseSegments('Deux sources [@rapport-a] [@article-b-2024].')).toEqual([
      { kind: 'text', text: 'Deux sources ' },
      { kind: 'citation', ids: ['rapport-a', 'article-b-2024'] },
      { kind: 'text', text: '.' },
    ]);
  });

  it('laisse un texte sans marque entier', () => {
    expect(proseSegments('Rien à citer.')).toEqual([{ kind: 'text', text: 'Rien à citer.' }]);
    expect(proseSegments('')).toEqual([{ kind: 'text', text: '' }]);
  });

  it('écrit chaque citation en texte : titre et éditeur entre parenthèses', () => {
    expect(proseAsText('Selon le rapport [@rapport-a] [@article-b-2024], 120 800 exclus.', lookup)).toBe(
      'Selon le rapport (Rapport sur les exclus, Gouvernement ; Les exclus en colère, Le Journal), 120 800 exclus.',
    );
  });

  it('donne les identifiants cités, sans doublon', () => {
    expect(citedIds('[@rapport-a] puis [@article-b-2024] et encore [@rapport-a]')).toEqual([
      'rapport-a',
      'article-b-2024',
    ]);
  });

  it.each([
    ['une majuscule', 'Voir [@Rapport-a].'],
    ['une espace', 'Voir [@rapport a].'],
    ['un accent', 'Voir [@été-2024].'],
    ['un crochet jamais fermé', 'Voir [@rapport-a.'],
    ['un identifiant vide', 'Voir [@].'],
  ])('refuse une marque avec %s', (_label, text) => {
    expect(hasOnlyWellFormedMarks(text)).toBe(false);
  });

  it('accepte un texte sans marque ou aux marques bien formées', () => {
    expect(hasOnlyWellFormedMarks('Un [crochet] et un @ seuls.')).toBe(true);
    expect(hasOnlyWellFormedMarks('Voir [@rapport-a] et [@article-b-2024].')).toBe(true);
  });

  it('garde un titre court entier, raccourcit un titre long à un mot, sans parenthèse finale', () => {
    expect(shortTitle('Rapport sur les exclus')).toBe('Rapport sur les exclus');
    const long =
      'Proposition de résolution invitant le gouvernement à installer le comité des métiers du social et du médico-social (version actualisée, fin 2024)';
    const short = shortTitle(long);
    expect(short.length).toBeLessThanOrEqual(61);
    expect(short.endsWith('…')).toBe(true);
    expect(long.startsWith(short.slice(0, -1))).toBe(true);
    expect(short).not.toContain('(');
    expect(shortTitle('Rapport sur les professionnels exclus du Ségur (version actualisée, fin 2024)')).toBe(
      'Rapport sur les professionnels exclus du Ségur',
    );
  });
});
