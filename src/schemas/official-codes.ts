/**
 * The official codes of communes (INSEE) and intercommunalities (SIREN of the
 * EPCI, the Métropole de Lyon included), from the npm package
 * @etalab/decoupage-administratif, for the validation of data/collectivites.csv.
 *
 * The two lists weigh 12 MB: they are read by Node the first time a row names a
 * commune or an EPCI (validation and build only, never in a page), rather than
 * imported, so that neither the build's bundle nor the tests that never ask pay for them.
 */
import { createRequire } from 'node:module';

interface OfficialCommune {
  code: string;
  departement?: string;
  type: string;
}

interface OfficialEpci {
  code: string;
  nom: string;
  membres: readonly { code: string }[];
}

const require = createRequire(import.meta.url);

let communes: ReadonlyMap<string, string> | null = null;
let epcis: ReadonlyMap<string, ReadonlySet<string>> | null = null;

/** The département of each current commune (and of the municipal arrondissements of Paris, Lyon and Marseille). */
function communeDepartements(): ReadonlyMap<string, string> {
  communes ??= new Map(
    (require('@etalab/decoupage-administratif/data/communes.json') as readonly OfficialCommune[])
      .filter((commune) => commune.type === 'commune-actuelle' || commune.type === 'arrondissement-municipal')
      .map((commune) => [commune.code, commune.departement ?? '']),
  );
  return communes;
}

/** The départements each EPCI's member communes belong to, by SIREN. */
function epciDepartements(): ReadonlyMap<string, ReadonlySet<string>> {
  if (epcis === null) {
    const departementOf = communeDepartements();
    epcis = new Map(
      (require('@etalab/decoupage-administratif/data/epci.json') as readonly OfficialEpci[]).map((epci) => [
        epci.code,
        new Set(epci.membres.map((member) => departementOf.get(member.code) ?? '')),
      ]),
    );
  }
  return epcis;
}

/** The département of a current commune from its INSEE code, or undefined if no such commune exists. */
export function departementOfCommune(code: string): string | undefined {
  return communeDepartements().get(code);
}

/** The départements an EPCI spreads over, from its SIREN, or undefined if no such EPCI exists. */
export function departementsOfEpci(siren: string): ReadonlySet<string> | undefined {
  return epciDepartements().get(siren);
}
