/** The real data of « Suis-je concerné ? » as typed rows, read from disk (Node only), and the index the build makes. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadRows } from '../../../src/schemas/dataset.ts';
import { mesuresDataset } from '../../../src/schemas/mesures.ts';
import { metiersDataset } from '../../../src/schemas/metiers.ts';
import { sourcesDataset } from '../../../src/schemas/sources.ts';
import { contextesDataset } from '../../../src/schemas/contextes.ts';
import { reglesDataset } from '../../../src/schemas/regles.ts';
import { contratsDataset } from '../../../src/schemas/contrats.ts';
import { gradesDataset } from '../../../src/schemas/grades.ts';
import { employeursDataset } from '../../../src/schemas/employeurs.ts';
import { DEPARTEMENTS } from '../../../src/lib/departements.ts';
import { buildSearchIndex, type IndexInputs } from '../../../src/queries/metiers-index.ts';
import type { SearchIndex } from '../../../src/lib/metiers/types.ts';

const root = join(import.meta.dirname, '..', '..', '..');
const read = (slug: string) => readFileSync(join(root, 'data', `${slug}.csv`), 'utf8');

/** The rows the index is built from, read from data/. */
export function realInputs(): IndexInputs {
  return {
    metiers: loadRows(read('metiers'), metiersDataset),
    grades: loadRows(read('grades'), gradesDataset),
    contextes: loadRows(read('contextes'), contextesDataset),
    regles: loadRows(read('regles'), reglesDataset),
    contrats: loadRows(read('contrats'), contratsDataset),
    employeurs: loadRows(read('employeurs'), employeursDataset),
    mesures: loadRows(read('mesures'), mesuresDataset),
    sources: loadRows(read('sources'), sourcesDataset),
    // Every département links to the map here; the build links to its page when it has one.
    departements: DEPARTEMENTS.map(([code, name]) => ({ code, name, href: `/departements/#departement-${code}` })),
  };
}

/** The index as the build makes it (département links aside). */
export function realIndex(): SearchIndex {
  return buildSearchIndex(realInputs());
}
