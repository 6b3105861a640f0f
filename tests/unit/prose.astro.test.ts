/**
 * Round trip of the citation markup: the same note rendered by <Prose> (pages,
 * embeds), as feed HTML and as download text says the same words — each
 * citation is the sources' short titles and publishers, the page's and the
 * feed's titles link to /sources/#id, and nothing of the raw markup remains.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parseDocument, DomUtils } from 'htmlparser2';
import { beforeAll, describe, expect, it } from 'vitest';
import Prose from '../../src/components/Prose.astro';
import { proseAsText, shortTitle, type CitedSource } from '../../src/lib/citation-markup.ts';
import { proseFrom, proseHtmlOf, proseViewText, type CitationLink } from '../../src/views/citations/prose.ts';

const SOURCES: Record<string, { titre: string; editeur: string }> = {
  'rapport-a': { titre: 'Rapport sur les exclus', editeur: 'Gouvernement' },
  'article-b': { titre: 'Les « oubliés » & le Ségur <en colère>', editeur: 'Le Journal' },
  'question-c': {
    titre:
      'Question écrite sur les personnels administratifs, techniques et ouvriers des établissements publics autonomes (16e législature)',
    editeur: 'Assemblée nationale',
  },
};

function cited(id: string): CitedSource {
  const source = SOURCES[id];
  if (!source) throw new Error(`source inconnue : ${id}`);
  return { id, title: shortTitle(source.titre), publisher: source.editeur };
}

function linkOf(id: string): CitationLink {
  const { title, publisher } = cited(id);
  return { id, href: `/sources/#${id}`, title, publisher };
}

const NOTES = [
  'Chiffre du rapport [@rapport-a], contesté par la presse [@article-b] [@question-c].',
  '[@rapport-a] en tête, puis du texte.',
  'Une note sans renvoi.',
  'Deux renvois collés[@rapport-a][@article-b]',
];

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

async function rendered(note: string): Promise<ReturnType<typeof parseDocument>> {
  const html = await container.renderToString(Prose, { props: { value: proseFrom(note, linkOf) } });
  return parseDocument(html);
}

describe('le balisage [@id], de la donnée à la page et au téléchargement', () => {
  it.each(NOTES)('« %s » : la page dit mot pour mot ce que dit le téléchargement', async (note) => {
    const document = await rendered(note);
    const text = proseAsText(note, cited);
    expect(DomUtils.textContent(document)).toBe(text);
    expect(proseViewText(proseFrom(note, linkOf))).toBe(text);
    expect(text).not.toContain('[@');
  });

  it('lie le titre court de chaque source à son entrée de la bibliographie', async () => {
    const links = DomUtils.getElementsByTagName('a', await rendered(NOTES[0]!));
    expect(links.map((link) => link.attribs['href'])).toEqual([
      '/sources/#rapport-a',
      '/sources/#article-b',
      '/sources/#question-c',
    ]);
    expect(links.map((link) => DomUtils.textContent(link))).toEqual([
      'Rapport sur les exclus',
      'Les « oubliés » & le Ségur <en colère>',
      shortTitle(SOURCES['question-c']!.titre),
    ]);
  });

  it('écrit la même citation dans le flux, liens absolus et texte échappé', () => {
    const html = proseHtmlOf(proseFrom(NOTES[0]!, linkOf), 'https://observatoire.exemple');
    const document = parseDocument(html);
    expect(DomUtils.textContent(document)).toBe(proseAsText(NOTES[0]!, cited));
    expect(DomUtils.getElementsByTagName('a', document).map((link) => link.attribs['href'])).toEqual([
      'https://observatoire.exemple/sources/#rapport-a',
      'https://observatoire.exemple/sources/#article-b',
      'https://observatoire.exemple/sources/#question-c',
    ]);
    expect(html).not.toContain('<en colère>');
  });
});
