/**
 * scripts/derive-geometry.ts on made-up shapes, and the committed derived file
 * data/departements.topojson: small, complete, credited, drawable by d3-geo.
 */
import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { geoArea } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import {
  type GEOMETRY_METADATA,
  OBJECT_NAME,
  deriveGeometry,
  main,
  type DepartementCollection,
} from '../../scripts/derive-geometry.ts';
import { DEPARTEMENTS, DEPARTEMENT_CODES } from '../../src/lib/departements.ts';
import { departementShapes, geometryMetadata } from '../../src/queries/geometrie.ts';
import { MINI_DEPARTEMENTS } from '../fixtures/geo/mini-departements.ts';

const MINI: DepartementCollection = { type: 'FeatureCollection', features: MINI_DEPARTEMENTS };

type Derived = Topology<{ departements: GeometryCollection<{ code: string; nom: string }> }>;

describe('deriveGeometry', () => {
  it('garde chaque département avec son code et son nom, et rien d’autre', () => {
    const withExtra = {
      ...MINI,
      features: MINI.features.map((shape) => ({ ...shape, properties: { ...shape.properties, inutile: 1 } })),
    } as DepartementCollection;
    const derived = deriveGeometry(withExtra);
    const topology = derived.topology as Derived;
    const shapes = feature(topology, topology.objects.departements).features;
    expect(shapes.map((shape) => shape.properties)).toEqual(MINI.features.map((shape) => shape.properties));
  });

  it('écrit la provenance et le crédit dans le fichier même', () => {
    const parsed = JSON.parse(deriveGeometry(MINI).text) as { metadata: typeof GEOMETRY_METADATA; transform?: unknown };
    expect(parsed.metadata.credit).toBe('IGN GEOFLA 2016, via france-geojson');
    expect(parsed.metadata.licence).toMatch(/Licence Ouverte/);
    expect(parsed.transform).toBeDefined();
  });

  it('respecte le budget de taille, ou dit pourquoi il ne le peut pas', () => {
    expect(deriveGeometry(MINI, { maxBytes: 5000 }).bytes).toBeLessThanOrEqual(5000);
    expect(() => deriveGeometry(MINI, { maxBytes: 100 })).toThrow(/octets/);
  });

  it('lit et écrit par les fonctions qu’on lui passe', () => {
    const written = new Map<string, string>();
    const lines: string[] = [];
    const code = main(['source.geojson', 'sortie.topojson'], {
      read: () => JSON.stringify(MINI),
      write: (path, text) => written.set(path, text),
      log: (line) => lines.push(line),
    });
    expect(code).toBe(0);
    expect(JSON.parse(written.get('sortie.topojson') ?? '{}').objects[OBJECT_NAME].geometries).toHaveLength(6);
    expect(lines.join('\n')).toMatch(/6 départements/);
  });
});

describe('data/departements.topojson', () => {
  it('pèse au plus 150 ko', () => {
    expect(statSync('data/departements.topojson').size).toBeLessThanOrEqual(150_000);
  });

  it('contient les 101 départements, avec leurs codes et noms INSEE', () => {
    const shapes = departementShapes();
    expect(shapes).toHaveLength(101);
    expect(new Set(shapes.map((shape) => shape.properties.code))).toEqual(new Set(DEPARTEMENT_CODES));
    const names = new Map<string, string>(DEPARTEMENTS);
    for (const shape of shapes) expect(shape.properties.nom).toBe(names.get(shape.properties.code));
  });

  it('est orienté comme d3-geo l’attend (aucune forme ne couvre le globe)', () => {
    for (const shape of departementShapes()) {
      const area = geoArea(shape);
      expect(area, shape.properties.code).toBeGreaterThan(0);
      expect(area, shape.properties.code).toBeLessThan(0.01);
    }
  });

  it('cite sa source et son crédit', () => {
    expect(geometryMetadata().credit).toBe('IGN GEOFLA 2016, via france-geojson');
    expect(readFileSync('data/README.md', 'utf8')).toContain('IGN GEOFLA 2016, via france-geojson');
  });
});
