/** What is not a query gets a clear message, no verdict, and is shown back as text. */
import { describe, expect, it } from 'vitest';
import { createResolver } from '../../../src/lib/metiers/resolve.ts';
import { answerView } from '../../../src/lib/metiers/answer-view.ts';
import { realIndex } from '../helpers/metiers-data.ts';

const index = realIndex();
const resolver = createResolver(index);

const CASES: [title: string, query: string, state: 'vide' | 'invalide' | 'introuvable'][] = [
  ['une recherche vide', '', 'vide'],
  ['des espaces', '    ', 'vide'],
  ['une seule lettre', 'a', 'invalide'],
  ['de la ponctuation', '!!! ;;; --- ...', 'invalide'],
  ['des émojis', '😀🏥', 'invalide'],
  ['des chiffres', '1234567890', 'invalide'],
  ['500 caractères', 'aide-soignante '.repeat(34).slice(0, 500), 'invalide'],
  ['du script', '<script>alert(1)</script>', 'introuvable'],
  ['une balise HTML', '<img src=x onerror=alert(1)>', 'introuvable'],
  ['de l’anglais', 'nurse in a public hospital', 'introuvable'],
  ['de l’espagnol', 'enfermera en un hospital público', 'introuvable'],
  ['une injection SQL', 'SELECT * FROM metiers;', 'introuvable'],
  ['une suite de lettres', 'zzzzzzzzzzzz', 'introuvable'],
  ['un métier hors du champ', 'boulanger', 'introuvable'],
];

describe('les recherches qui ne sont pas des questions', () => {
  it.each(CASES)('%s : pas de verdict, un message, la recherche montrée telle quelle', (_, query, state) => {
    const view = answerView(resolver.resolve({ query }), { index }, query.trim());
    expect(view.state).toBe(state);
    expect(view.verdict).toBeNull();
    expect(view.messages.length).toBeGreaterThan(0);
    expect(view.cases).toEqual([]);
    if (state !== 'vide') expect(view.echo).toBe(query.trim());
  });

  it('ne dit jamais « oui » pour un métier qui n’est pas nommé (« chauffeur de taxi »)', () => {
    const resolution = resolver.resolve({ query: 'chauffeur de taxi' });
    expect(resolution.kind).toBe('not_found');
  });
});
