/**
 * The overview chart of /chronologie/ (src/charts/timeline.ts) on small
 * hand-made fixtures (not real data): one SVG snapshot per scenario, plus the
 * properties the page relies on (a link per event, names, French ticks).
 */
import { isWellFormedXml } from '../xml.ts';
import { describe, expect, it } from 'vitest';
import { XMLParser } from 'fast-xml-parser';
import {
  jalonLabel,
  timelineChart,
  timelineSummary,
  type TimelineEvent,
  type TimelineLane,
} from '../../src/charts/timeline.ts';

const LANES: TimelineLane[] = [
  { key: 'accord', label: 'Accord', plural: 'accords' },
  { key: 'decret', label: 'Décret', plural: 'décrets' },
  { key: 'rapport', label: 'Rapport', plural: 'rapports' },
  { key: 'mobilisation', label: 'Mobilisation', plural: 'mobilisations' },
];

/** Several years: a milestone known to the day, one known to the month, a title with characters to escape. */
const SEVERAL_YEARS: TimelineEvent[] = [
  {
    id: '2020-07-13-accord',
    date: '2020-07-13',
    titre: 'Signature des accords du Ségur de la santé',
    type: 'accord',
    jalon: true,
  },
  {
    id: '2020-09-19-decret',
    date: '2020-09-19',
    titre: 'Décret n° 2020-1152 : création du CTI',
    type: 'decret',
    jalon: true,
  },
  {
    id: '2021-04-08-journee',
    date: '2021-04-08',
    titre: 'Journée pour « le Ségur pour tous »',
    type: 'mobilisation',
    jalon: false,
  },
  { id: '2021-07-lettre', date: '2021-07', titre: 'Lettre <aux> présidents & "élus"', type: 'accord', jalon: false },
  {
    id: '2022-02-18-conference',
    date: '2022-02-18',
    titre: 'Conférence des métiers : les 183 € étendus',
    type: 'accord',
    jalon: true,
  },
  {
    id: '2023-12-rapport',
    date: '2023-12',
    titre: 'Rapport « article 83 » : 120 800 professionnels exclus selon le gouvernement',
    type: 'rapport',
    jalon: true,
  },
  {
    id: '2023-12-05-greve',
    date: '2023-12-05',
    titre: 'Grève dans un département',
    type: 'mobilisation',
    jalon: false,
  },
];

/** A few months: the axis switches to French month labels. */
const FEW_MONTHS: TimelineEvent[] = [
  { id: 'a', date: '2024-03-21', titre: 'Décision du Conseil constitutionnel', type: 'decret', jalon: true },
  { id: 'b', date: '2024-04', titre: 'Appel des employeurs', type: 'mobilisation', jalon: false },
  { id: 'c', date: '2024-06-04', titre: 'Accord « Ségur pour tous »', type: 'accord', jalon: true },
  { id: 'd', date: '2024-08-05', titre: 'Arrêté d’extension', type: 'accord', jalon: false },
];

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  isArray: (name) => ['a', 'text', 'g', 'line', 'rect', 'circle', 'path'].includes(name),
});

describe('le graphique d’ensemble de la chronologie', () => {
  it('reste identique sur plusieurs années (instantané)', async () => {
    await expect(timelineChart(SEVERAL_YEARS, { lanes: LANES, width: 720 })).toMatchFileSnapshot(
      '__snapshots__/chronologie-plusieurs-annees.svg',
    );
  });

  it('reste identique sur quelques mois (instantané)', async () => {
    await expect(timelineChart(FEW_MONTHS, { lanes: LANES, width: 720, idPrefix: 'mois' })).toMatchFileSnapshot(
      '__snapshots__/chronologie-quelques-mois.svg',
    );
  });

  it('est du XML valide, avec un titre et une description', () => {
    const svg = timelineChart(SEVERAL_YEARS, { lanes: LANES });
    expect(isWellFormedXml(svg)).toBe(true);
    const root = parser.parse(svg).svg;
    expect(root['aria-labelledby']).toBe('chronologie-titre');
    expect(root.title['#text']).toMatch(/axe du temps/);
    expect(root.desc['#text']).toBe(timelineSummary(SEVERAL_YEARS, LANES));
    expect(svg).not.toMatch(/style=/);
  });

  it('fait de chaque événement un lien vers son ancre, nommé par son <title>', () => {
    const svg = timelineChart(SEVERAL_YEARS, { lanes: LANES });
    const links = [...svg.matchAll(/<a class="mark-link" href="#([^"]+)"><title>([^<]+)<\/title>/g)];
    expect(links.map((match) => match[1])).toEqual(SEVERAL_YEARS.map((event) => event.id));
    expect(links[0]?.[2]).toBe('13 juillet 2020, accord : Signature des accords du Ségur de la santé (jalon)');
    expect(links[3]?.[2]).toBe('juillet 2021, accord : Lettre &lt;aux&gt; présidents &amp; &quot;élus&quot;');
  });

  it('nomme les jalons, et eux seuls', () => {
    const svg = timelineChart(SEVERAL_YEARS, { lanes: LANES });
    const labels = [...svg.matchAll(/<text class="jalon-label"[^>]*>([^<]+)<\/text>/g)].map((match) => match[1]);
    expect(labels).toEqual([
      'Signature des accords du Ségur de la santé',
      'Décret n° 2020-1152',
      'Conférence des métiers',
      'Rapport « article 83 »',
    ]);
  });

  it('marque d’une barre un événement daté au mois et d’un losange un jalon daté au jour', () => {
    const svg = timelineChart(SEVERAL_YEARS, { lanes: LANES });
    expect(svg.match(/class="mark mark-periode"/g)).toHaveLength(1);
    expect(svg.match(/class="mark mark-jalon mark-periode"/g)).toHaveLength(1);
    expect(svg.match(/<path class="mark mark-jalon"/g)).toHaveLength(3);
    expect(svg.match(/<circle class="mark"/g)).toHaveLength(2);
  });

  it('gradue l’axe en années, ou en mois écrits en français sur une courte période', () => {
    const ticks = (svg: string) =>
      [...svg.matchAll(/<text class="tick-label"[^>]*>([^<]+)<\/text>/g)].map((match) => match[1]);
    expect(ticks(timelineChart(SEVERAL_YEARS, { lanes: LANES }))).toEqual(['2020', '2021', '2022', '2023']);
    expect(ticks(timelineChart(FEW_MONTHS, { lanes: LANES }))).toEqual([
      'mars 2024',
      'avril 2024',
      'mai 2024',
      'juin 2024',
      'juillet 2024',
      'août 2024',
    ]);
  });

  it('refuse un type sans couloir, en disant quoi faire', () => {
    expect(() =>
      timelineChart([{ id: 'x', date: '2024', titre: 'X', type: 'loi', jalon: false }], { lanes: LANES }),
    ).toThrow(/sans couloir.*ajoutez-le/);
  });
});

describe('le résumé et les noms des jalons', () => {
  it('résume en une phrase la période, le nombre, les types et les jalons', () => {
    expect(timelineSummary(SEVERAL_YEARS, LANES)).toBe(
      'Entre le 13 juillet 2020 et le 5 décembre 2023, la chronologie compte 7\u00a0événements de 4\u00a0types, surtout : accords (3), mobilisations (2) et décret (1) ; 4\u00a0jalons sont nommés sur le graphique.',
    );
  });

  it('coupe un titre à « : » ou à un mot, avec des points de suspension', () => {
    expect(jalonLabel('LFSS 2023 : l’article 83 commande un rapport')).toBe('LFSS 2023');
    expect(jalonLabel('Départements de France appelle à ne pas appliquer l’extension sans compensation')).toBe(
      'Départements de France appelle à ne pas…',
    );
    expect(jalonLabel('Accord « Ségur pour tous » dans la branche associative')).toBe(
      'Accord « Ségur pour tous » dans la branche…',
    );
  });
});
