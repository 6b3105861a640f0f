/**
 * The leak scan of tests/site/leaks.ts on made-up pages and texts: each kind
 * of leak is found and named, and what is exempt (code, a link showing its
 * own file or address, an ordinal, a site's name written in the vocabulary)
 * passes. None of the checks can pass whatever the site holds.
 */
import { parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { pageLeaks, textLeaks, type LeakVocabulary } from '../site/leaks.ts';

const VOCABULARY: LeakVocabulary = {
  internalIds: new Set(['seed-003', 'lavoix-parlement', 'bdt-accords-2024']),
  gluedNames: new Set(['123dok']),
  rowIds: new Set(['ecoutant-115', 'aide-soignant']),
};

function leaksOf(body: string): string[] {
  const html = `<!doctype html><html lang="fr"><body><main>${body}</main></body></html>`;
  return pageLeaks({ path: '/essai/', html, document: parseDocument(html), ids: [] }, VOCABULARY);
}

describe('la recherche de ce que les lecteurs ne doivent pas voir', () => {
  it.each([
    ['un identifiant interne connu', '<p>Voir aussi (lavoix-parlement).</p>', 'identifiant « lavoix-parlement »'],
    ['un identifiant inconnu mais qui en a la forme', '<p>Selon an-qe-1917-liso-2022, rien.</p>', 'identifiant'],
    ['le mot « seed »', '<p>Lu dans le seed 003.</p>', '« seed »'],
    ['un document d’amorce', '<p>Document d’amorce 001.</p>', '« amorce »'],
    ['une note de travail', '<p>Ligne de recherche P31 dédoublée.</p>', '« ligne de recherche »'],
    ['une date « non lue »', '<p>Date de publication non lue.</p>', '« non lue »'],
    ['un nom de fichier', '<p>Extrait de estimations.csv (version du jour).</p>', 'nom de fichier « estimations.csv »'],
    ['un chemin de fichier', '<p>Le libellé de data/metiers.csv change.</p>', 'nom de fichier « data/metiers.csv »'],
    [
      'l’identifiant d’une ligne entre parenthèses',
      '<p>Il a sa propre entrée (ecoutant-115).</p>',
      'identifiant de ligne « ecoutant-115 »',
    ],
    ['un renvoi [@…] non rendu', '<p>Selon la CFDT [@lms-cfdt-2024].</p>', 'renvoi [@…] non rendu'],
    ['un nombre collé au mot qui le précède', '<p>Ils sont près de600 000.</p>', '« de600 »'],
    ['un jour collé à l’article', '<p>Publié le20 décembre 2022.</p>', '« le20 »'],
    ['un montant collé au mot suivant', '<p>Il manque 7,5 Md€celle année.</p>', '« €c »'],
    [
      'un nombre collé au mot suivant par deux éléments sans espace',
      '<p><time>13 juillet 2020</time><span>Accord</span></p>',
      '« 2020Accord »',
    ],
    ['une infobulle qui nomme un identifiant', '<p><a href="/x/" aria-label="Source : seed-003">[1]</a></p>', 'seed'],
  ])('trouve %s', (_label, body, expected) => {
    const problems = leaksOf(body);
    expect(problems.join('\n')).toContain(expected);
    expect(problems[0]).toMatch(/^\/essai\//);
  });

  it.each([
    [
      'un identifiant montré comme code',
      '<p>La colonne <code>source_ids</code> cite <code>bdt-accords-2024</code>.</p>',
    ],
    ['un lien qui montre son propre fichier', '<p>Données : <a href="/donnees/metiers.csv">metiers.csv</a>.</p>'],
    [
      'une adresse écrite dans une citation',
      '<p>Copie figée : https://exemple.fr/donnees/versions/2026.12.5/evenements.csv</p>',
    ],
    ['les ordinaux', '<p>Le 1er janvier, la 2e étape, la 16e législature, Réunion La 1ère.</p>'],
    ['un nom de site écrit ainsi', '<p>Reprise par 123dok.</p>'],
    ['un nom de domaine', '<p>Voir convention-collective-51-crerep.org.</p>'],
    ['une référence officielle en majuscules', '<p>NOR TSSA2417036A, amendement AS163.</p>'],
    ['des dates et des numéros de texte', '<p>Décret n° 2022-741 du 28 avril 2022, 120 800 ETP.</p>'],
    ['un identifiant qui est aussi un mot, en prose', '<p>Auxiliaire de soins (aide-soignant) à l’EHPAD.</p>'],
    ['une adresse du site vers un fichier', '<p>Le fichier /donnees/metiers.csv est mis à jour.</p>'],
  ])('laisse passer %s', (_label, body) => {
    expect(leaksOf(body)).toEqual([]);
  });

  it('cherche les mots de travail jusque dans le code', () => {
    expect(leaksOf('<p><code>seed-001</code></p>').join('\n')).toContain('« seed »');
  });

  it('examine une cellule de CSV comme un texte', () => {
    expect(textLeaks('data/x.csv:2:note', 'Voir seed-003.', VOCABULARY)).toHaveLength(2);
    expect(textLeaks('data/x.csv:2:note', 'Une note propre.', VOCABULARY)).toEqual([]);
  });
});
