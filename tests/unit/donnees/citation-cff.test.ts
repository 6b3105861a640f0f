/** CITATION.cff at the repository root agrees with the data it cites. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { latestDataChange } from '../../../src/queries/changements.ts';
import { calendarVersion } from '../../../src/schemas/table-schema.ts';

const cff = readFileSync('CITATION.cff', 'utf8');
/** The value of a top-level `key: value` line, quotes removed. */
const field = (key: string): string | undefined => new RegExp(`^${key}:\\s*"?([^"\\n]*)"?\\s*$`, 'm').exec(cff)?.[1];

describe('CITATION.cff', () => {
  it('décrit un jeu de données sous Licence Ouverte 2.0, avec titre, auteur et adresse', () => {
    expect(field('cff-version')).toBe('1.2.0');
    expect(field('type')).toBe('dataset');
    expect(field('license')).toBe('etalab-2.0');
    expect(field('title')).toMatch(/Oubliés du Ségur/);
    expect(cff).toMatch(/^authors:\n\s+- name: "Oubliés du Ségur — l’observatoire"$/m);
    expect(field('url')).toMatch(/^https:\/\/.+\/donnees\/$/);
  });

  it('porte la date et la version de la dernière modification des données (à mettre à jour avec data/changements.csv)', () => {
    const latest = latestDataChange();
    expect(
      field('date-released'),
      'mettez date-released de CITATION.cff à la date de la dernière ligne de data/changements.csv',
    ).toBe(latest);
    expect(field('version'), 'mettez version de CITATION.cff à la version calendaire de cette date').toBe(
      calendarVersion(latest),
    );
  });
});
