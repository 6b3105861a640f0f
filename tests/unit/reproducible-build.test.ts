/**
 * The tools of the reproducible-build check (scripts/reproducible-build.ts,
 * a step of `npm test` that rebuilds the site on another day): the faked
 * clock really moves the day, and the comparison really sees a changed byte.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { compareFolders } from '../../scripts/reproducible-build.ts';

const made: string[] = [];
afterEach(() => {
  for (const directory of made.splice(0)) rmSync(directory, { recursive: true, force: true });
});

/** What a Node run with the preload reads as « now »: new Date(), Date() and Date.now(). */
function clockReadings(env: Record<string, string>): { date: string; call: string; now: string } {
  const script =
    'console.log(JSON.stringify({ date: new Date().toISOString(), call: Date(), now: new Date(Date.now()).toISOString() }))';
  return JSON.parse(
    execFileSync(process.execPath, ['--import', './scripts/fake-clock.ts', '-e', script], {
      env: { ...process.env, ...env },
      encoding: 'utf8',
    }),
  ) as { date: string; call: string; now: string };
}

describe('l’horloge truquée', () => {
  it('fait lire à new Date(), Date() et Date.now() le jour demandé', () => {
    const readings = clockReadings({ FAKE_NOW: '2031-06-15T18:30:00Z' });
    expect(readings.date.slice(0, 10)).toBe('2031-06-15');
    expect(readings.call).toMatch(/^Sun Jun 15 2031 /);
    expect(readings.now.slice(0, 10)).toBe('2031-06-15');
  });

  it('ne change rien sans FAKE_NOW', () => {
    expect(clockReadings({ FAKE_NOW: '' }).date.slice(0, 10)).toBe(new Date().toISOString().slice(0, 10));
  });
});

describe('la comparaison de deux constructions', () => {
  it('voit un octet changé, un fichier en plus et un fichier en moins', () => {
    const [a, b] = ['a', 'b'].map((side) => {
      const directory = mkdtempSync(join(tmpdir(), `construction-${side}-`));
      made.push(directory);
      mkdirSync(join(directory, 'page'));
      writeFileSync(join(directory, 'page', 'index.html'), '<p>consulté le 1er janvier 2030</p>');
      writeFileSync(join(directory, 'pareil.txt'), 'x');
      return directory;
    }) as [string, string];
    expect(compareFolders(a, b)).toEqual([]);
    writeFileSync(join(b, 'page', 'index.html'), '<p>consulté le 2 janvier 2030</p>');
    writeFileSync(join(a, 'seul.txt'), '');
    expect(compareFolders(a, b)).toEqual([
      'seul.txt : absent de la seconde construction',
      'page/index.html : contenu différent',
    ]);
  });
});
