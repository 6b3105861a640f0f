/**
 * What /departements/ shows: the priority rule of the map and the page codes
 * on fixture rows; on data/collectivites.csv, only what any correct data must
 * give (101 départements placed once each, a page for every code with rows,
 * every map link resolving, the national rows apart), never a curated value.
 * The real map is drawn too: exactly 101 distinct shapes.
 */
import { describe, expect, it } from 'vitest';
import type { CollectiviteRow } from '../../../src/schemas/collectivites.ts';
import {
  collectivitePage,
  collectivitePages,
  decidePosition,
  departementPositions,
  localCollectivites,
  nationalCollectivites,
  pageCodeOf,
  positionCounts,
  segurDesOubliesRow,
} from '../../../src/queries/collectivites.ts';
import { departementShapes } from '../../../src/queries/geometrie.ts';
import { departementsMapSvg, type DepartementMapEntry } from '../../../src/charts/departements-map.ts';
import { DEPARTEMENT_CODES, departementAnchor } from '../../../src/lib/departements.ts';
import { rowsOf } from '../../../src/queries/data.ts';
import { amountText } from '../../../src/views/departements/collectivites.ts';
import { POSITION_KEYS } from '../../../src/lib/codes/positions.ts';

/** A minimal valid row; each test overrides what it needs. */
function row(overrides: Partial<CollectiviteRow>): CollectiviteRow {
  return {
    id: 'essai',
    collectivite: 'Département d’essai',
    niveau: 'departement',
    code_insee: '05',
    code_region: null,
    date: '2024',
    nature: 'mobilisation',
    montant_eur: null,
    periodicite: null,
    perimetre: 'Agents',
    suite: null,
    localisation: 'Premier paragraphe',
    source_ids: ['an-ppr-liot-segur-pour-tous-2024'],
    statut_verification: 'confirme',
    note: null,
    ...overrides,
  };
}

describe('la règle de priorité de la carte', () => {
  it('retient le fait le plus engageant quand il y en a plusieurs', () => {
    const decided = decidePosition('05', 'Hautes-Alpes', [
      row({ nature: 'mobilisation' }),
      row({ nature: 'impaye' }),
      row({ nature: 'motion' }),
    ]);
    expect(decided.position).toBe('refus_ou_motion');
    expect(decided.label).toBe('Hautes-Alpes (05) : refus ou motion');
  });

  it('place le financement volontaire avant tout le reste', () => {
    const natures = [
      'refus',
      'impaye',
      'mesure_employeur',
      'mobilisation',
      'compromis_national',
      'financement_volontaire',
    ] as const;
    expect(
      decidePosition(
        '05',
        'Hautes-Alpes',
        natures.map((nature) => row({ nature })),
      ).position,
    ).toBe('financement_volontaire');
  });

  it('ne montre une compensation de l’État que si c’est le seul fait', () => {
    expect(decidePosition('05', 'Hautes-Alpes', [row({ nature: 'compromis_national' })]).position).toBe('compensation');
    expect(
      decidePosition('05', 'Hautes-Alpes', [row({ nature: 'compromis_national' }), row({ nature: 'impaye' })]).position,
    ).toBe('impaye');
  });

  it('dit « rien de documenté » et renvoie à la ligne du tableau quand il n’y a rien', () => {
    const decided = decidePosition('05', 'Hautes-Alpes', []);
    expect(decided.position).toBe('rien');
    expect(decided.pageCode).toBeNull();
    expect(decided.href).toBe(`/departements/#${departementAnchor('05')}`);
    expect(decided.label).toBe('Hautes-Alpes (05) : rien de documenté');
  });

  it('nomme la collectivité qui n’est pas le département lui-même', () => {
    const decided = decidePosition('29', 'Finistère', [
      row({ collectivite: 'Brest métropole', niveau: 'metropole', code_insee: '29' }),
    ]);
    expect(decided.label).toBe('Finistère (29) : mobilisation (Brest métropole)');
    expect(decided.href).toBe('/departements/29/');
  });
});

describe('les positions des 101 départements', () => {
  const positions = departementPositions();

  it('couvrent les 101 départements, une fois chacun', () => {
    expect(positions).toHaveLength(101);
    expect(new Set(positions.map((entry) => entry.code))).toEqual(new Set(DEPARTEMENT_CODES));
  });

  it('rattachent les lignes de la Métropole de Lyon (69M) au Rhône, quand il y en a', () => {
    const lyon = rowsOf('collectivites').filter((entry) => entry.code_insee === '69M');
    const rhone = positions.find((entry) => entry.code === '69')!;
    for (const entry of lyon) expect(rhone.rows).toContain(entry);
  });

  it('font pointer chaque département documenté vers une fiche qui existe', () => {
    const documented = positions.filter((entry) => entry.position !== 'rien');
    expect(documented.length).toBeGreaterThan(0);
    for (const entry of documented) {
      expect(entry.pageCode, entry.code).not.toBeNull();
      expect(collectivitePage(entry.pageCode!), entry.code).toBeDefined();
      expect(entry.href).toBe(`/departements/${entry.pageCode}/`);
    }
  });

  it('comptent chaque département dans exactement une position', () => {
    const counts = positionCounts();
    expect([...counts.keys()]).toEqual([...POSITION_KEYS]);
    expect([...counts.values()].reduce((sum, count) => sum + count, 0)).toBe(101);
  });
});

describe('la carte réelle', () => {
  const entries = new Map<string, DepartementMapEntry>(
    departementPositions().map((entry) => [
      entry.code,
      { code: entry.code, position: entry.position, href: entry.href, label: entry.label },
    ]),
  );
  const svg = departementsMapSvg(departementShapes(), entries, { title: 'Carte', description: 'Description' });

  it('a exactement 101 formes de département, chacune avec un data-code distinct', () => {
    const codes = [...svg.matchAll(/\sdata-code="([^"]+)"/g)].map((match) => match[1]);
    expect(codes).toHaveLength(101);
    expect(new Set(codes)).toEqual(new Set(DEPARTEMENT_CODES));
  });

  it('ne lie qu’à des fiches existantes ou à des lignes du tableau des départements', () => {
    const pageCodes = new Set(collectivitePages().map((page) => page.code));
    for (const [, href] of svg.matchAll(/<a href="([^"]+)"/g)) {
      const page = /^\/departements\/([^/#]+)\/$/.exec(href!);
      const anchor = /^\/departements\/#departement-(.+)$/.exec(href!);
      expect(page !== null || anchor !== null, href).toBe(true);
      if (page) expect(pageCodes.has(page[1]!), href).toBe(true);
      if (anchor) expect((DEPARTEMENT_CODES as readonly string[]).includes(anchor[1]!), href).toBe(true);
    }
  });
});

describe('les fiches des collectivités', () => {
  it('existent pour chaque code qui a des lignes, et pour lui seul', () => {
    const expected = new Set(
      rowsOf('collectivites')
        .map(pageCodeOf)
        .filter((code) => code !== null),
    );
    expect(new Set(collectivitePages().map((page) => page.code))).toEqual(expected);
  });

  it('se rangent sous le code du département, 69M pour la Métropole de Lyon, region-<code> pour une région', () => {
    expect(pageCodeOf(row({ code_insee: '33' }))).toBe('33');
    expect(pageCodeOf(row({ niveau: 'metropole', collectivite: 'Métropole de Lyon', code_insee: '69M' }))).toBe('69M');
    expect(pageCodeOf(row({ niveau: 'region', code_insee: null, code_region: '44' }))).toBe('region-44');
    expect(pageCodeOf(row({ niveau: 'national', code_insee: null }))).toBeNull();
  });

  it('regroupent toutes les lignes locales, et aucune ligne nationale', () => {
    const paged = collectivitePages().flatMap((page) => page.rows);
    expect(paged).toHaveLength(localCollectivites().length);
    expect(paged.some((paged) => paged.niveau === 'national')).toBe(false);
  });

  it('titrent un département par son nom et son code', () => {
    for (const page of collectivitePages().filter((entry) => /^\d[\dAB]\d?$/.test(entry.code)))
      expect(page.title).toMatch(new RegExp(` \\(${page.code}\\)$`));
  });
});

describe('les lignes nationales', () => {
  it('sont à part des lignes locales, et à elles deux elles font toutes les lignes', () => {
    const national = nationalCollectivites();
    expect(national.every((entry) => entry.niveau === 'national')).toBe(true);
    expect(localCollectivites().some((entry) => entry.niveau === 'national')).toBe(false);
    expect(localCollectivites().length + national.length).toBe(rowsOf('collectivites').length);
  });
});

describe('le « Ségur des oubliés » de la Gironde', () => {
  it('est une ligne de la Gironde (33), et une mesure de financement', () => {
    const gironde = segurDesOubliesRow();
    expect(gironde.code_insee).toBe('33');
    expect(gironde.nature).toBe('financement_volontaire');
  });
});

describe('amountText', () => {
  it('écrit le montant avec sa périodicité, ou rien sans montant', () => {
    expect(amountText(row({ montant_eur: 90, periodicite: 'mensuel_par_personne' }))).toBe(
      '90\u00a0€ par mois et par personne',
    );
    expect(amountText(row({ montant_eur: 1000000, periodicite: 'ponctuel' }))).toBe('1\u00a0M€ (montant ponctuel)');
    expect(amountText(row({}))).toBeNull();
  });
});
