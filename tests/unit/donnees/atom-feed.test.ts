/** The Atom feed of the data changelog: well-formed XML, escaped text, one entry per change. */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { atomDate, atomFeed, escapeXml } from '../../../src/lib/atom-feed.ts';
import { changesFeed } from '../../../src/queries/changes-feed.ts';
import { allChangements } from '../../../src/queries/changements.ts';

const FEED = {
  id: 'https://exemple.fr/donnees/changements/',
  title: 'Modifications & corrections',
  selfUrl: 'https://exemple.fr/donnees/changements.xml',
  pageUrl: 'https://exemple.fr/donnees/changements/',
  author: { name: 'Observatoire' },
  entries: [
    { id: 'https://exemple.fr/donnees/changements/#a', title: 'Ajout <b>', url: 'https://exemple.fr/donnees/changements/#a', updated: '2026-11-23T00:00:00Z', summary: 'Texte "cité" & \u0007 nettoyé', categories: ['tous'] },
    { id: 'https://exemple.fr/donnees/changements/#b', title: 'Correction', url: 'https://exemple.fr/donnees/changements/#b', updated: '2026-12-01T00:00:00Z', summary: 'Autre' },
  ],
};

describe('atomFeed', () => {
  it('produit un XML bien formé, daté de la dernière entrée', () => {
    const xml = atomFeed(FEED);
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(xml) as { feed: { updated: string; entry: { title: string; summary: { '#text': string } }[] } };
    expect(parsed.feed.updated).toBe('2026-12-01T00:00:00Z');
    expect(parsed.feed.entry).toHaveLength(2);
    expect(xml).toContain('<title>Ajout &lt;b&gt;</title>');
    expect(xml).toContain('Texte &quot;cité&quot; &amp;  nettoyé');
  });

  it('date une entrée au premier instant de sa période', () => {
    expect(atomDate('2026-11-23')).toBe('2026-11-23T00:00:00Z');
    expect(atomDate('2026-11')).toBe('2026-11-01T00:00:00Z');
    expect(atomDate('2026')).toBe('2026-01-01T00:00:00Z');
  });

  it('échappe les cinq caractères réservés', () => {
    expect(escapeXml(`<a href="x">l'& </a>`)).toBe('&lt;a href=&quot;x&quot;&gt;l&apos;&amp; &lt;/a&gt;');
  });
});

describe('changesFeed (data/changements.csv)', () => {
  it('a une entrée par ligne du journal, avec adresse absolue et ancre de la ligne', () => {
    const xml = changesFeed('https://exemple.fr/');
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'entry' }).parse(xml) as {
      feed: { entry: { id: string }[]; link: { '@_rel': string; '@_href': string }[] };
    };
    expect(parsed.feed.entry.map((entry) => entry.id).sort()).toEqual(
      allChangements().map((change) => `https://exemple.fr/donnees/changements/#${change.id}`).sort(),
    );
    expect(parsed.feed.link.find((link) => link['@_rel'] === 'self')?.['@_href']).toBe('https://exemple.fr/donnees/changements.xml');
  });
});
