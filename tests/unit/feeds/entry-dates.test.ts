/**
 * Feeds say when an entry was added or corrected, not when the event took
 * place: <updated> of /chronologie.xml comes from date_mise_a_jour, and the
 * entries of /donnees/changements.xml are dated by their change. Checked on
 * the real endpoints (a data-contract test: the expectations come from the
 * rows themselves, not from fixed values).
 */
import type { APIContext } from 'astro';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { GET as chronologyFeed } from '../../../src/pages/chronologie.xml.ts';
import { changesFeed } from '../../../src/views/donnees/changes-feed.ts';
import { rowsOf } from '../../../src/queries/data.ts';

interface Entry {
  id: string;
  title: string;
  updated: string;
  published?: string;
}

function entriesOf(xml: string): { updated: string; entry: Entry[] } {
  return new XMLParser({ isArray: (name) => name === 'entry' }).parse(xml).feed;
}

const SITE = 'https://exemple.fr/';

describe('/chronologie.xml', async () => {
  const response = await chronologyFeed({ site: new URL(SITE) } as APIContext);
  const feed = entriesOf(await response.text());
  const byId = new Map(rowsOf('evenements').map((event) => [`${SITE}chronologie/#${event.id}`, event]));

  it('date chaque entrée du jour où l’événement a été ajouté ou corrigé, jamais de la date de l’événement', () => {
    expect(feed.entry).toHaveLength(byId.size);
    for (const entry of feed.entry) {
      const event = byId.get(entry.id);
      expect(event, entry.id).toBeDefined();
      expect(entry.updated, entry.id).toBe(`${event?.date_mise_a_jour}T00:00:00Z`);
      // No <published> taken from the event's date either.
      expect(entry.published, entry.id).toBeUndefined();
    }
  });

  it('met d’abord les entrées mises à jour le plus récemment, et date le flux de la dernière', () => {
    const updated = feed.entry.map((entry) => entry.updated);
    expect(updated).toEqual([...updated].sort().reverse());
    expect(feed.updated).toBe(updated[0]);
  });

  it('garde la date de l’événement dans le titre de l’entrée', () => {
    const entry = feed.entry[0]!;
    const event = byId.get(entry.id)!;
    expect(entry.title).toContain(event.titre);
    expect(entry.title).toMatch(/^\d{1,2}(er)? [a-zéû]+ \d{4} — |^[a-zéû]+ \d{4} — |^\d{4} — /);
  });
});

describe('/donnees/changements.xml', () => {
  it('date chaque entrée du jour de la modification, publiée et mise à jour ce jour-là', () => {
    const feed = entriesOf(changesFeed(SITE));
    const byId = new Map(rowsOf('changements').map((change) => [`${SITE}donnees/changements/#${change.id}`, change]));
    for (const entry of feed.entry) {
      const change = byId.get(entry.id);
      expect(entry.updated, entry.id).toBe(`${change?.date}T00:00:00Z`);
      expect(entry.published, entry.id).toBe(entry.updated);
    }
  });
});
