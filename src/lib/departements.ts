/**
 * The 101 French départements and the 18 regions (INSEE codes and names), read
 * from the official lists of the npm package @etalab/decoupage-administratif
 * (Code officiel géographique of the INSEE, published by Etalab), never typed by
 * hand. The overseas collectivities with another status (Saint-Pierre-et-
 * Miquelon, Wallis-et-Futuna…) are left out: they are not départements. Used to
 * validate the codes of the data, to name places and to label the map.
 */
import departementsJson from '@etalab/decoupage-administratif/data/departements.json' with { type: 'json' };
import regionsJson from '@etalab/decoupage-administratif/data/regions.json' with { type: 'json' };
import { compareInseeCodes } from './insee.ts';

/** An entry of the official lists: `zone` is metro, drom (overseas départements and regions) or com. */
interface OfficialEntry {
  code: string;
  nom: string;
  zone: string;
  region?: string;
}

const isDepartementOrRegion = (entry: OfficialEntry): boolean => entry.zone === 'metro' || entry.zone === 'drom';

const officialDepartements = (departementsJson as readonly OfficialEntry[])
  .filter(isDepartementOrRegion)
  .sort((a, b) => compareInseeCodes(a.code, b.code));

/** [code INSEE, nom] for each of the 101 départements, in INSEE order (2A and 2B between 19 and 21). */
export const DEPARTEMENTS: readonly (readonly [string, string])[] = officialDepartements.map(
  (entry) => [entry.code, entry.nom] as const,
);

/** A département's INSEE code (« 01 », « 2A », « 971 »). */
export type DepartementCode = string;

/** The codes alone, for validation, as a non-empty tuple (what a code column expects). */
export const DEPARTEMENT_CODES = DEPARTEMENTS.map(([code]) => code) as unknown as readonly [string, ...string[]];

/** [code INSEE, nom] for each of the 18 regions (13 in mainland France, 5 overseas), in code order. */
export const REGIONS: readonly (readonly [string, string])[] = (regionsJson as readonly OfficialEntry[])
  .filter(isDepartementOrRegion)
  .map((entry) => [entry.code, entry.nom] as const)
  .sort(([a], [b]) => a.localeCompare(b));

/** The region codes alone, for validation. */
export const REGION_CODES = REGIONS.map(([code]) => code) as unknown as readonly [string, ...string[]];

const NAMES: ReadonlyMap<string, string> = new Map(DEPARTEMENTS);
const REGION_NAMES: ReadonlyMap<string, string> = new Map(REGIONS);
const REGION_OF: ReadonlyMap<string, string> = new Map(
  officialDepartements.map((entry) => [entry.code, entry.region ?? '']),
);

/** The Métropole de Lyon exercises a département's powers on part of the Rhône; INSEE-style code 69M. */
export const METROPOLE_DE_LYON = '69M';

/** Name of a département (or of the Métropole de Lyon) from its code. */
export function departementName(code: string): string | undefined {
  if (code === METROPOLE_DE_LYON) return 'Métropole de Lyon';
  return NAMES.get(code);
}

/** Name of a region from its code (« Grand Est »). */
export function regionName(code: string): string | undefined {
  return REGION_NAMES.get(code);
}

/** The region a département belongs to (the Rhône's for 69M). */
export function regionOfDepartement(code: string): string | undefined {
  return REGION_OF.get(code === METROPOLE_DE_LYON ? '69' : code) || undefined;
}

/** Address of a collectivity page: a département code, 69M, or `region-<code>`. */
export function collectivitePageHref(pageCode: string): string {
  return `/departements/${pageCode}/`;
}
