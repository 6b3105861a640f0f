/**
 * XSS probe: data strings carrying HTML and script (tests/fixtures/xss/probes.json)
 * go through the real components, rendered by Astro's container API, and must
 * come out as text, never as elements or attributes. The schema's own guards
 * (slugs for ids, http(s) for addresses) are checked on the same probes.
 *
 * The check reads the markup with a small tokenizer: in text, Astro escapes
 * « < », so every « < » opens a real tag; in a tag, every attribute must be
 * `name` or `name="value"` (Astro escapes « " » in values, so a value cannot
 * end early). Both tags and attributes must then be ours.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import KeyFigureCard from '../../src/components/accueil/KeyFigureCard.astro';
import LatestEvents from '../../src/components/accueil/LatestEvents.astro';
import CopyCitation from '../../src/components/accueil/CopyCitation.astro';
import StatusFlag from '../../src/components/StatusFlag.astro';
import { estimateFigure, eventFigure, type FigureContext } from '../../src/views/accueil/key-figures.ts';
import { keyFigureOneLine } from '../../src/views/citations/subjects.ts';
import type { EstimationRow } from '../../src/schemas/estimations.ts';
import type { EvenementRow } from '../../src/schemas/evenements.ts';
import type { SourceRow } from '../../src/schemas/sources.ts';
import { sourcesDataset } from '../../src/schemas/sources.ts';
import { sourceLinkOf } from '../../src/views/sources/source-links.ts';
import { proseFrom, type ProseView } from '../../src/views/citations/prose.ts';
import { evenementsDataset } from '../../src/schemas/evenements.ts';
import probes from '../fixtures/xss/probes.json' with { type: 'json' };

const ALLOWED_TAGS = new Set([
  'article',
  'h3',
  'p',
  'span',
  'time',
  'details',
  'summary',
  'button',
  'copy-citation',
  'copy-text',
  'div',
  'a',
  'ol',
  'li',
  'script',
]);
const ALLOWED_ATTRIBUTES = new Set([
  'class',
  'id',
  'href',
  'title',
  'aria-label',
  'aria-labelledby',
  'datetime',
  'hidden',
  'type',
  'role',
  'aria-live',
  'src',
]);

interface Tag {
  name: string;
  attributes: { name: string; value: string | null }[];
}

interface Markup {
  tags: Tag[];
  /** Text outside tags (and outside script bodies), entities decoded: what a reader sees. */
  text: string;
}

function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&#x27;/g, "'")
    .replace(/&#(\d+);/g, (_match, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&amp;/g, '&');
}

/** Tokenizes the markup; throws on a tag that is not `<name attr attr="value">`. */
function readMarkup(html: string): Markup {
  const tags: Tag[] = [];
  let text = '';
  let position = 0;
  const tagStart = /<(\/?)([a-zA-Z][\w-]*)/y;
  const attribute = /\s+([^\s"'=<>/]+)(?:="([^"]*)")?/y;
  const tagEnd = /\s*\/?>/y;
  while (position < html.length) {
    const next = html.indexOf('<', position);
    if (next === -1) {
      text += html.slice(position);
      break;
    }
    text += html.slice(position, next);
    tagStart.lastIndex = next;
    const start = tagStart.exec(html);
    if (!start) throw new Error(`« < » hors balise à la position ${next} : ${html.slice(next, next + 40)}`);
    const tag: Tag = { name: (start[2] ?? '').toLowerCase(), attributes: [] };
    position = tagStart.lastIndex;
    for (;;) {
      tagEnd.lastIndex = position;
      if (tagEnd.exec(html)) {
        position = tagEnd.lastIndex;
        break;
      }
      attribute.lastIndex = position;
      const match = attribute.exec(html);
      if (!match) throw new Error(`balise <${tag.name}> mal formée : ${html.slice(next, position + 40)}`);
      tag.attributes.push({ name: match[1] ?? '', value: match[2] ?? null });
      position = attribute.lastIndex;
    }
    if (start[1] !== '/') tags.push(tag);
    if (tag.name === 'script' && start[1] !== '/') {
      const close = html.indexOf('</script>', position);
      if (close === -1) throw new Error('script non fermé');
      expect(html.slice(position, close), 'corps de script').toBe('');
      position = close;
    }
  }
  return { tags, text: decodeEntities(text) };
}

/** Every tag and attribute is one of ours, links stay on the site or on http(s), and each probe reads as text. */
function expectInert(html: string, expectedTexts: readonly string[]): void {
  const { tags, text } = readMarkup(html);
  for (const tag of tags) {
    expect(ALLOWED_TAGS, `balise <${tag.name}>`).toContain(tag.name);
    for (const attribute of tag.attributes) {
      const known = ALLOWED_ATTRIBUTES.has(attribute.name) || attribute.name.startsWith('data-');
      expect(known, `attribut ${attribute.name} sur <${tag.name}>`).toBe(true);
      if (attribute.name === 'href' && attribute.value !== null) {
        expect(decodeEntities(attribute.value), 'adresse de lien').toMatch(/^(\/|#|https?:\/\/)/);
      }
    }
    if (tag.name === 'script') {
      expect(tag.attributes.map((attribute) => attribute.name).sort()).toEqual(['src', 'type']);
    }
  }
  for (const expected of expectedTexts) expect(text).toContain(expected);
}

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

const hostileSources: Record<string, SourceRow> = Object.fromEntries(
  probes.map((probe, index) => [
    `source-${index}`,
    {
      id: `source-${index}`,
      titre: probe,
      editeur: probe,
      date_publication: null,
      date_deduite: false,
      url: 'https://exemple.fr/a',
      url_origine: 'relevee',
      reference: probe,
      type: 'autre',
      note: probe,
    } satisfies SourceRow,
  ]),
);
/** Citations resolved against the hostile sources: their titles and publishers are probes too. */
function hostileProse(text: string): ProseView {
  return proseFrom(`${text} [@source-0] [@source-1]`, (id) => {
    const source = hostileSources[id]!;
    return { id, href: `/sources/#${id}`, title: source.titre, publisher: source.editeur };
  });
}
const context: FigureContext = {
  sourcesByIds: (ids) => ids.flatMap((id) => (hostileSources[id] ? [hostileSources[id]] : [])),
  prose: hostileProse,
  agreement: { date: '2024-06-04', name: 'Accord', effect: '2024-01' },
  site: 'https://observatoire.exemple',
  siteName: 'Observatoire',
};

describe.each(probes)('la sonde %s', (probe) => {
  const estimate: EstimationRow = {
    id: 'sonde',
    estimateur: probe,
    date: '2023-12',
    date_etat: '2023-12',
    valeur: 120800,
    valeur_min: null,
    valeur_max: null,
    approximatif: false,
    unite: 'etp',
    nature: 'exclus',
    objet: 'exclus_restants',
    periodicite: null,
    annee_concernee: null,
    perimetre: probe,
    perimetre_code: 'ensemble',
    methode: probe,
    officiel: true,
    derive: false,
    anterieur_accord_2024: true,
    conteste_ids: [],
    localisation: probe,
    source_ids: ['source-0', 'source-1'],
    statut_verification: 'confirme',
    note: probe,
  };
  const event: EvenementRow = {
    id: probe,
    date: '2026-01-29',
    precision_date: 'jour',
    titre: probe,
    resume: probe,
    type: 'mobilisation',
    acteurs: [probe],
    secteurs: [],
    filieres: [],
    montant_eur: null,
    effectif: null,
    jalon: false,
    source_ids: ['source-2'],
    statut_verification: 'incertain',
    note: probe,
    date_mise_a_jour: '2026-11-23',
  };

  it('reste du texte dans une carte de chiffre clé, sa citation comprise', async () => {
    const figure = estimateFigure(estimate, probe, context, [{ ...estimate, id: 'autre' }]);
    const oneLine = keyFigureOneLine(figure, { dataDate: '2026-12-05', site: context.site });
    const html = await container.renderToString(KeyFigureCard, { props: { figure: { ...figure, oneLine } } });
    expectInert(html, [probe, figure.citation, oneLine]);
  });

  it('reste du texte dans la carte du dernier événement', async () => {
    const figure = eventFigure(event, 'Dernier événement', context);
    const oneLine = keyFigureOneLine(figure, { dataDate: '2026-12-05', site: context.site });
    const html = await container.renderToString(KeyFigureCard, { props: { figure: { ...figure, oneLine } } });
    expectInert(html, [probe]);
  });

  it('reste du texte dans la liste des derniers événements, même dans un identifiant', async () => {
    const sources = event.source_ids.flatMap((id) => (hostileSources[id] ? [sourceLinkOf(hostileSources[id])] : []));
    const html = await container.renderToString(LatestEvents, {
      props: { events: [{ event, sources, note: hostileProse(probe) }] },
    });
    expectInert(html, [probe]);
  });

  it('reste du texte dans une note de vérification et dans une citation à copier', async () => {
    expectInert(
      await container.renderToString(StatusFlag, { props: { status: 'source_unique', note: hostileProse(probe) } }),
      [probe],
    );
    expectInert(await container.renderToString(CopyCitation, { props: { text: probe, subject: probe } }), [probe]);
  });

  it('est refusée par la validation comme identifiant ou comme adresse', () => {
    expect(evenementsDataset.columns.id.schema.safeParse(probe).success).toBe(false);
    expect(sourcesDataset.columns.url.schema.safeParse(probe).success).toBe(false);
  });
});

describe('le contrôle lui-même', () => {
  it('repère une balise ou un attribut injecté', () => {
    expect(() => expectInert('<p>ok</p><img src=x onerror=alert(1)>', [])).toThrow();
    expect(() => expectInert('<p title="" onmouseover="alert(1)">ok</p>', [])).toThrow();
    expect(() => expectInert('<a href="javascript:alert(1)">x</a>', [])).toThrow();
  });
});
