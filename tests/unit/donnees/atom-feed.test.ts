/** The Atom feed of the data changelog: well-formed XML, one entry per change, absolute addresses. */
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { isWellFormedXml } from '../../xml.ts';
import { changesFeed } from '../../../src/views/donnees/changes-feed.ts';
import { rowsOf } from '../../../src/queries/data.ts';

describe('changesFeed (data/changements.csv)', () => {
  it('a une entrée par ligne du journal, avec adresse absolue et ancre de la ligne', () => {
    const xml = changesFeed('https://exemple.fr/');
    expect(isWellFormedXml(xml)).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'entry' }).parse(xml) as {
      feed: { entry: { id: string; updated: string }[]; link: { '@_rel': string; '@_href': string }[] };
    };
    expect(parsed.feed.entry.map((entry) => entry.id).sort()).toEqual(
      rowsOf('changements')
        .map((change) => `https://exemple.fr/donnees/changements/#${change.id}`)
        .sort(),
    );
    expect(parsed.feed.entry.every((entry) => /^\d{4}-\d{2}-\d{2}T00:00:00Z$/.test(entry.updated))).toBe(true);
    expect(parsed.feed.link.find((link) => link['@_rel'] === 'self')?.['@_href']).toBe(
      'https://exemple.fr/donnees/changements.xml',
    );
  });
});
