import { isWellFormedXml } from '../xml.ts';
import { describe, expect, it } from 'vitest';
import { XMLParser } from 'fast-xml-parser';
import { atomDate, renderAtomFeed } from '../../src/lib/atom.ts';
import { escapeXml } from '../../src/lib/xml.ts';

describe('l’échappement XML', () => {
  it('échappe les cinq caractères réservés et retire ce que XML interdit', () => {
    expect(escapeXml(`<a href="x">l'été & "nous"</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;l&apos;été &amp; &quot;nous&quot;&lt;/a&gt;',
    );
    expect(escapeXml('fin\u0000 de\u0008 ligne\u000B')).toBe('fin de ligne');
    expect(escapeXml('émoji 👍 gardé, \uD800 seul retiré')).toBe('émoji 👍 gardé,  seul retiré');
  });

  it('écrit tabulations et sauts de ligne en références, qu’un attribut garde une fois relu', () => {
    expect(escapeXml('tab\tet\nsaut\r')).toBe('tab&#9;et&#10;saut&#13;');
    const parsed = new XMLParser({ ignoreAttributes: false, htmlEntities: true }).parse(
      `<g t="${escapeXml('a\nb')}"/>`,
    ) as {
      g: { '@_t': string };
    };
    expect(parsed.g['@_t']).toBe('a\nb');
  });
});

describe('le flux Atom', () => {
  const feed = renderAtomFeed({
    id: 'https://exemple.fr/flux.xml',
    title: 'Titre & « guillemets »',
    self: 'https://exemple.fr/flux.xml',
    alternate: 'https://exemple.fr/page/',
    author: 'L’observatoire',
    lang: 'fr',
    entries: [
      {
        id: 'https://exemple.fr/page/#b',
        title: 'Deuxième <b>',
        updated: new Date(Date.UTC(2022, 1, 18)),
        link: { href: 'https://exemple.fr/page/#b' },
        summary: 'Résumé avec </summary> dedans',
        contentHtml: '<p>Du <em>HTML</em> & des « guillemets »</p>',
        categories: [{ term: 'decret', label: 'Décret' }],
      },
      {
        id: 'https://exemple.fr/page/#a',
        title: 'Premier',
        updated: new Date(Date.UTC(2020, 6, 13)),
        link: { href: 'https://exemple.fr/page/#a' },
      },
    ],
  });

  it('est du XML valide qui rend les textes tels quels', () => {
    expect(isWellFormedXml(feed)).toBe(true);
    const parsed = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '@',
      isArray: (name) => name === 'entry',
    }).parse(feed).feed;
    expect(parsed.title).toBe('Titre & « guillemets »');
    expect(parsed.entry[0].title).toBe('Deuxième <b>');
    expect(parsed.entry[0].summary['#text']).toBe('Résumé avec </summary> dedans');
    expect(parsed.entry[0].content['#text']).toBe('<p>Du <em>HTML</em> & des « guillemets »</p>');
    expect(parsed.entry[0].category['@label']).toBe('Décret');
  });

  it('date le flux de sa dernière entrée, au format RFC 3339', () => {
    expect(feed).toContain('<updated>2022-02-18T00:00:00Z</updated>');
    expect(atomDate(new Date(Date.UTC(2021, 4, 28, 12, 30, 5, 250)))).toBe('2021-05-28T12:30:05Z');
  });
});
