/**
 * Sentences of the built pages that state a fact (a year, a month, a date)
 * say what the published CSV files say, whatever their rows: each expectation
 * is read from dist/donnees/*.csv, never written here.
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { byTag, readPage, textOf } from './built-site.ts';

function published(name: string): Record<string, string>[] {
  return Papa.parse<Record<string, string>>(readFileSync(`dist/donnees/${name}.csv`, 'utf8'), {
    header: true,
    skipEmptyLines: 'greedy',
  }).data;
}

const monthYear = new Intl.DateTimeFormat('fr-FR', { month: 'long', year: 'numeric', timeZone: 'UTC' });
/** « juillet 2020 » for 2020-07-13 or 2020-07; the year alone for a year. */
function monthOf(date: string): string {
  const [year, month] = date.split('-').map(Number);
  return month ? monthYear.format(Date.UTC(year!, month - 1, 1)) : String(year);
}
const plain = (text: string) => text.replace(/\s+/g, ' ');
const paragraphWithClass = (path: string, name: string) =>
  byTag(readPage(path).document, 'p').find((element) => (element.attribs['class'] ?? '').split(' ').includes(name));

const eventDates = published('evenements')
  .map((row) => row['date'] ?? '')
  .sort();
const firstDate = eventDates[0]!;
const lastDate = eventDates.at(-1)!;

describe('l’étendue de la chronologie, dite d’après ses événements', () => {
  it('la chronologie va du mois de son premier événement au mois du plus récent', () => {
    const lead = plain(textOf(paragraphWithClass('/chronologie/', 'lead')!));
    expect(lead).toMatch(new RegExp(`^D(e |’)${monthOf(firstDate)} à ${monthOf(lastDate)}\\s:`));
  });

  it('l’accueil dit depuis quelle année, dans son chapeau et son lien vers la chronologie', () => {
    const year = firstDate.slice(0, 4);
    expect(plain(textOf(paragraphWithClass('/', 'lead')!))).toMatch(new RegExp(`^Depuis ${year},`));
    const links = byTag(readPage('/').document, 'a').filter((element) => element.attribs['href'] === '/chronologie/');
    expect(links.map((element) => plain(textOf(element)))).toContain(`Toute la chronologie, depuis ${year}`);
  });
});

describe('les dates citées en exemple', () => {
  it('« Rien de documenté » date les décrets qu’il cite comme un décret du fichier des mesures', () => {
    const notice = plain(textOf(byTag(readPage('/departements/').document, 'aside')[0]!));
    const cited = /les décrets d(?:e |’)(\p{L}+ \d{4})/u.exec(notice)?.[1];
    const decreeMonths = published('mesures')
      .filter((row) => row['type'] === 'decret')
      .map((row) => monthOf((row['date_accord'] ?? '').slice(0, 7)));
    expect(cited).toBeDefined();
    expect(decreeMonths).toContain(cited);
  });

  it('À propos date le rapport au Parlement comme une estimation officielle du fichier', () => {
    const about = plain(textOf(byTag(readPage('/a-propos/').document, 'main')[0]!));
    const cited = /le rapport au Parlement daté du ((?:1er|\d{1,2}) \p{L}+ \d{4})/u.exec(about)?.[1];
    const dayMonthYear = new Intl.DateTimeFormat('fr-FR', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    const officialDays = published('estimations')
      .filter((row) => row['officiel'] === 'oui' && /^\d{4}-\d{2}-\d{2}$/.test(row['date'] ?? ''))
      .map((row) => dayMonthYear.format(new Date(`${row['date']}T00:00:00Z`)).replace(/^1 /, '1er '));
    expect(cited).toBeDefined();
    expect(officialDays).toContain(cited);
  });
});
