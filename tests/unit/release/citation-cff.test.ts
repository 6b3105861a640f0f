/** The CITATION.cff the site serves: the repository's file with this deployment's addresses and contact. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { publishedCitationCff } from '../../../src/lib/release/citation-cff.ts';

const REPOSITORY_FILE = [
  '# Note aux mainteneurs, pas aux lecteurs.',
  'cff-version: 1.2.0',
  'title: "Données"',
  'version: "2026.12.5"',
  'date-released: "2026-12-05"',
  'url: "https://ancienne.example/donnees/"',
  'contact:',
  '  - name: "Ancien"',
  '    email: "ancien@exemple.fr"',
  'keywords:',
  '  - Ségur',
  '',
].join('\n');

const PLACE = {
  siteUrl: 'https://exemple.fr',
  publisher: 'Association « Exemple »',
  contactEmail: 'contact@exemple.fr',
  repositoryUrl: 'https://forge.exemple.fr/oublies',
};

describe('publishedCitationCff', () => {
  const served = publishedCitationCff(REPOSITORY_FILE, PLACE);

  it('donne l’adresse du site, du dépôt, de la version figée et le contact de la configuration', () => {
    expect(served).toContain(
      'url: "https://exemple.fr/donnees/"\nrepository-code: "https://forge.exemple.fr/oublies"\n',
    );
    expect(served).toContain(
      'identifiers:\n  - type: url\n    value: "https://exemple.fr/donnees/versions/2026.12.5/"\n',
    );
    expect(served).toContain('contact:\n  - name: "Association « Exemple »"\n    email: "contact@exemple.fr"\n');
    expect(served).not.toContain('ancien');
    expect(served).not.toContain('Ancien');
  });

  it('garde le reste du fichier, version et date comprises, sans les notes aux mainteneurs', () => {
    expect(served).toContain('version: "2026.12.5"\ndate-released: "2026-12-05"\n');
    expect(served).toContain('keywords:\n  - Ségur\n');
    expect(served).not.toContain('#');
  });

  it('omet repository-code quand aucun dépôt n’est configuré', () => {
    expect(publishedCitationCff(REPOSITORY_FILE, { ...PLACE, repositoryUrl: null })).not.toContain('repository-code');
  });

  it('s’applique au CITATION.cff du dépôt', () => {
    const real = publishedCitationCff(readFileSync('CITATION.cff', 'utf8'), PLACE);
    expect(real).toMatch(/^cff-version: 1\.2\.0$/m);
    expect(real.match(/^url:/gm)).toHaveLength(1);
  });
});
