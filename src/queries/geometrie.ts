/**
 * The département shapes the map draws, read from the committed, simplified
 * data/departements.topojson (derived by scripts/derive-geometry.ts from IGN
 * GEOFLA 2016 via france-geojson; see data/README.md). The build never reads
 * the 3.7 MB source.
 */
import { feature } from 'topojson-client';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { compareInseeCodes } from '../lib/insee.ts';
import topologyText from '../../data/departements.topojson?raw';

/** Provenance stored in the derived file (`metadata` member). */
export interface GeometryMetadata {
  titre: string;
  source: string;
  contours: string;
  codes_et_noms: string;
  licence: string;
  credit: string;
  derivation: string;
}

/** One département: its outline in longitude/latitude, its INSEE code and name. */
export type DepartementShape = Feature<Polygon | MultiPolygon, { code: string; nom: string }>;

type DepartementTopology = Topology<{ departements: GeometryCollection<{ code: string; nom: string }> }> & {
  metadata: GeometryMetadata;
};

const topology = JSON.parse(topologyText) as DepartementTopology;

const features: readonly DepartementShape[] = (
  feature(topology, topology.objects.departements).features as DepartementShape[]
).sort((a, b) => compareInseeCodes(a.properties.code, b.properties.code));

/** The 101 département shapes, in INSEE code order (the keyboard order on the map). */
export function departementShapes(): readonly DepartementShape[] {
  return features;
}

/** Provenance and credit of the geometry, as written in the file itself. */
export function geometryMetadata(): GeometryMetadata {
  return topology.metadata;
}
