/** The French reference and the BibTeX entry: complete, stable, and safe for LaTeX. */
import { describe, expect, it } from 'vitest';
import { bibtexEntry, bibtexKey, datePhrase, escapeBibtex, frenchCitation } from '../../../src/lib/dataset-citation.ts';

const INPUT = {
  author: 'Oubliés du Ségur — l’observatoire',
  title: 'Chronologie',
  fileName: 'evenements.csv',
  url: 'https://exemple.fr/donnees/evenements/',
  version: '2026-11-23',
  licence: 'Licence Ouverte 2.0',
};

/** True when every `{` has its `}` (ignoring escaped ones). */
function balanced(text: string): boolean {
  let depth = 0;
  for (const character of text.replace(/\\[{}]/g, '')) {
    if (character === '{') depth += 1;
    if (character === '}') depth -= 1;
    if (depth < 0) return false;
  }
  return depth === 0;
}

describe('frenchCitation', () => {
  it('nomme l’auteur, le titre, le fichier, la version datée à la française, la licence et l’adresse', () => {
    expect(frenchCitation(INPUT)).toBe(
      'Oubliés du Ségur — l’observatoire. Chronologie [jeu de données]. Version 2026.11.23 du 23 novembre 2026. Licence Ouverte 2.0. Disponible sur : https://exemple.fr/donnees/evenements/',
    );
  });

  it('donne l’adresse de la copie figée de la version quand elle existe', () => {
    expect(
      frenchCitation({ ...INPUT, archiveUrl: 'https://exemple.fr/donnees/versions/2026.11.23/evenements.csv' }),
    ).toMatch(
      /Version 2026\.11\.23 du 23 novembre 2026\. .* Copie figée de cette version : https:\/\/exemple\.fr\/donnees\/versions\/2026\.11\.23\/evenements\.csv$/,
    );
  });

  it('cite l’ensemble des données sans nom de fichier', () => {
    const { fileName: _unused, ...collection } = INPUT;
    expect(frenchCitation({ ...collection, title: 'Données de l’observatoire', version: '2026-11' })).toContain(
      'Données de l’observatoire [jeu de données]. Version de novembre 2026.',
    );
  });
});

describe('bibtexEntry', () => {
  const entry = bibtexEntry({ ...INPUT, key: bibtexKey('Oubliés du Ségur', 'evenements', '2026') });

  it('est une entrée @misc avec une clé ASCII', () => {
    expect(entry.startsWith('@misc{oublies-du-segur-evenements-2026,\n')).toBe(true);
    expect(entry.endsWith('\n}')).toBe(true);
  });

  it('protège l’auteur-organisation et le titre par des doubles accolades, et donne le mois en macro', () => {
    expect(entry).toContain('author       = {{Oubliés du Ségur — l’observatoire}}');
    expect(entry).toContain('title        = {{Chronologie (evenements.csv)}}');
    expect(entry).toContain('month        = nov,');
    expect(entry).toContain('year         = {2026}');
    expect(entry).toContain('url          = {https://exemple.fr/donnees/evenements/}');
    expect(entry).toContain('version      = {2026.11.23}');
    expect(entry).toContain('Version 2026.11.23 du 23 novembre 2026');
  });

  it('a des accolades équilibrées et échappe les caractères spéciaux de LaTeX', () => {
    const tricky = bibtexEntry({ ...INPUT, title: 'Coûts & effectifs : 100 % {brut} #1 _x_ ~ ^ \\', key: 'k' });
    expect(balanced(tricky)).toBe(true);
    expect(tricky).toContain(
      'Coûts \\& effectifs : 100 \\% \\{brut\\} \\#1 \\_x\\_ \\textasciitilde{} \\textasciicircum{} \\textbackslash{}',
    );
    expect(balanced(entry)).toBe(true);
  });

  it('omet le mois quand la version n’a que l’année', () => {
    expect(bibtexEntry({ ...INPUT, version: '2026', key: 'k' })).not.toContain('month');
  });
});

describe('datePhrase', () => {
  it('accorde la préposition à la précision de la date, avec élision', () => {
    expect(datePhrase('2026-11-23')).toBe('du 23 novembre 2026');
    expect(datePhrase('2026-11-01')).toBe('du 1er novembre 2026');
    expect(datePhrase('2026-11')).toBe('de novembre 2026');
    expect(datePhrase('2026-04')).toBe('d’avril 2026');
    expect(datePhrase('2026-08')).toBe('d’août 2026');
    expect(datePhrase('2026')).toBe('de 2026');
  });
});

describe('escapeBibtex et bibtexKey', () => {
  it('laisse les accents et la typographie française intacts', () => {
    expect(escapeBibtex('Ségur « 183 € »')).toBe('Ségur « 183 € »');
  });
  it('fait une clé sans accent ni espace', () => {
    expect(bibtexKey('Oubliés du Ségur', 'Données', '2026')).toBe('oublies-du-segur-donnees-2026');
  });
});
