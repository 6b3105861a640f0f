/**
 * Derives the small map geometry the site ships, data/departements.topojson,
 * from the shared 3.7 MB GeoJSON of the 101 départements (IGN GEOFLA 2016 via
 * france-geojson, Licence Ouverte). Run once, by hand, when the source changes;
 * the build only ever reads the committed derived file.
 *
 * Steps: TopoJSON with shared borders (so that simplifying a border moves both
 * neighbours alike and leaves no gaps), Visvalingam weights, removal of the
 * least significant points until the file fits the budget, removal of islets
 * too small to see, then quantization (delta-encoded integers).
 *
 * Usage: node scripts/derive-geometry.ts [source.geojson] [sortie.topojson]
 *   (defaults: ../shared/geo/departements-avec-outre-mer.geojson, data/departements.topojson)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { topology } from 'topojson-server';
import { filter, filterWeight, presimplify, quantile, simplify } from 'topojson-simplify';
import { quantize } from 'topojson-client';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { Objects, Topology } from 'topojson-specification';

/** Name of the one object of the derived topology. */
export const OBJECT_NAME = 'departements';

/** Provenance written into the derived file itself (TopoJSON allows extra members). */
export const GEOMETRY_METADATA = {
  titre: 'Contours simplifiés des 101 départements français (métropole, Corse, outre-mer)',
  source:
    'gregoiredavid/france-geojson, commit 5d34ee6d0140c29f785fdb047d9329f1aab58833, fichier departements-avec-outre-mer.geojson',
  contours: 'IGN GEOFLA version 2.2 (28 juin 2016), WGS84 (longitude, latitude)',
  codes_et_noms: 'INSEE, Code officiel géographique 2016',
  licence: 'Licence Ouverte (Etalab)',
  credit: 'IGN GEOFLA 2016, via france-geojson',
  derivation:
    'scripts/derive-geometry.ts : topologie à frontières partagées, simplification de Visvalingam (topojson-simplify), îlots minuscules retirés, quantification 1e5',
} as const;

export type DepartementProperties = { code: string; nom: string };
export type DepartementCollection = FeatureCollection<Polygon | MultiPolygon, DepartementProperties>;

export interface DeriveOptions {
  /**
   * Largest acceptable size of the written file, in bytes. The hard limit is
   * 150 KB; 60 KB already looks the same on a 640-unit drawing and keeps the
   * inline SVG of the page near 125 KB (under 40 KB compressed).
   */
  maxBytes: number;
  /** Quantization (grid steps across the bounding box). */
  quantization: number;
  /**
   * Share of the weighted points to drop at first; the script then keeps
   * more points while the file still fits (coarser steps first).
   */
  startQuantile: number;
  /** Rings smaller than this (square degrees) are dropped: islets too small to see at any drawn scale. */
  minRingArea: number;
}

export const DEFAULT_OPTIONS: DeriveOptions = {
  maxBytes: 60_000,
  quantization: 1e5,
  startQuantile: 0.02,
  minRingArea: 2e-4,
};

export interface Derived {
  topology: Topology;
  text: string;
  bytes: number;
  /** The quantile of point weights that was kept (share of points kept, roughly). */
  keptQuantile: number;
}

/**
 * The overseas islands and Paris with its inner suburbs are drawn much larger
 * than the mainland (insets and a zoom), so their points weigh more: a detail
 * that is one pixel in an inset must not be simplified as if it were on the
 * mainland scale. The factor is the square of the relative drawing scale.
 */
function displayWeight(triangle: number[][]): number {
  const [a, b, c] = triangle as [number[], number[], number[]];
  const area = Math.abs((a[0]! - c[0]!) * (b[1]! - a[1]!) - (a[0]! - b[0]!) * (c[1]! - a[1]!)) / 2;
  const [lon, lat] = b as [number, number];
  const smallIsland = lon < -58 || lon > 40; // Guadeloupe, Martinique, La Réunion, Mayotte
  const innerParis = lon > 2.0 && lon < 2.65 && lat > 48.65 && lat < 49.02;
  return area * (smallIsland || innerParis ? 16 : 1);
}

function serialize(topo: Topology): string {
  return `${JSON.stringify({ ...topo, metadata: GEOMETRY_METADATA })}\n`;
}

/** Keeps only `code` and `nom`, as strings, so that the derived file holds nothing else. */
function cleanCollection(collection: DepartementCollection): DepartementCollection {
  return {
    type: 'FeatureCollection',
    features: collection.features.map((feature) => ({
      type: 'Feature',
      properties: { code: String(feature.properties.code), nom: String(feature.properties.nom) },
      geometry: feature.geometry,
    })),
  };
}

function assertEveryDepartementKept(topo: Topology, expected: number): void {
  const object = topo.objects[OBJECT_NAME];
  const kept =
    object?.type === 'GeometryCollection' ? object.geometries.filter((geometry) => geometry.type !== null).length : 0;
  if (kept !== expected)
    throw new Error(`${expected - kept} département(s) effacé(s) par le filtre des îlots : baissez minRingArea.`);
}

/** Simplifies a département collection into a quantized TopoJSON text within the size budget. */
export function deriveGeometry(collection: DepartementCollection, options: Partial<DeriveOptions> = {}): Derived {
  const settings = { ...DEFAULT_OPTIONS, ...options };
  // A fine grid first, only to weld borders that differ by rounding noise.
  // topojson-server types its output with nullable properties; ours are always { code, nom }.
  const full = topology({ [OBJECT_NAME]: cleanCollection(collection) }, 1e6) as unknown as Topology<
    Objects<DepartementProperties>
  >;
  const weighted = presimplify(full, displayWeight);
  const ringFilter = filterWeight(weighted, settings.minRingArea);
  let best: Derived | null = null;
  for (let keep = settings.startQuantile; keep <= 1; keep *= 1.25) {
    const minWeight = quantile(weighted, keep);
    const simplified = simplify(weighted, minWeight);
    const filtered = filter(simplified, ringFilter);
    assertEveryDepartementKept(filtered, collection.features.length);
    const quantized = quantize(filtered, settings.quantization);
    const text = serialize(quantized);
    const bytes = Buffer.byteLength(text);
    if (bytes > settings.maxBytes) break;
    best = { topology: quantized, text, bytes, keptQuantile: keep };
  }
  if (!best) {
    throw new Error(`Même très simplifiée, la géométrie dépasse ${settings.maxBytes} octets : baissez startQuantile.`);
  }
  return best;
}

/** Command-line entry: reads, derives, writes, reports. Returns the exit code. */
export function main(
  argv: string[],
  io: { read: (path: string) => string; write: (path: string, text: string) => void; log: (line: string) => void } = {
    read: (path) => readFileSync(path, 'utf8'),
    write: (path, text) => writeFileSync(path, text),
    log: console.log,
  },
): number {
  const input = argv[0] ?? '../shared/geo/departements-avec-outre-mer.geojson';
  const output = argv[1] ?? 'data/departements.topojson';
  const collection = JSON.parse(io.read(input)) as DepartementCollection;
  const derived = deriveGeometry(collection);
  io.write(output, derived.text);
  io.log(
    `${output} : ${collection.features.length} départements, ${(derived.bytes / 1000).toFixed(1)} ko (quantile gardé ${derived.keptQuantile.toFixed(3)}).`,
  );
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = main(process.argv.slice(2));
}
