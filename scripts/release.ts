/**
 * npm run release — freezes the current data into releases/<version>/, the
 * folder the build publishes as is at /donnees/versions/<version>/: every CSV
 * byte for byte, LICENCE.md, a datapackage.json whose resources carry their
 * size and SHA-256, and one deterministic zip of all of them. The version is
 * the date of the latest row of data/changements.csv (`AAAA.M.J`); CITATION.cff
 * is brought to that version and date.
 *
 * A version is immutable: run again on unchanged data, the command rebuilds
 * the files in memory, finds them identical and writes nothing; if they
 * differ, it refuses and lists what differs (a new change to the data needs a
 * new row in changements.csv, hence a new version).
 *
 * Usage:
 *   node scripts/release.ts                       the current data/ of this project
 *   node scripts/release.ts --racine <dossier>    another copy of the project (tests)
 *   node scripts/release.ts --depuis-git <commit> a past version, rebuilt from the data and
 *                                                 the schemas of that commit
 */
import { createHash } from 'node:crypto';
import { execSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DATASETS } from '../src/schemas/index.ts';
import { checkAll, formatProblem, type Dataset, type DatasetInput } from '../src/schemas/dataset.ts';
import { releasePackage, releasePackageJson } from '../src/schemas/release-package.ts';
import { deterministicZip } from '../src/lib/release/zip.ts';
import { archiveName, calendarVersion, compareVersions, isVersion, versionDate } from '../src/lib/release/version.ts';
import { DATA_LICENCE, SITE_NAME } from '../src/lib/site.ts';

/** What a release is built from: the dataset definitions of its time and a data folder. */
export interface ReleaseInput {
  datasets: readonly Dataset[];
  checkAll: typeof checkAll;
  dataDir: string;
}

export interface ReleaseFile {
  name: string;
  bytes: Uint8Array;
}

export interface BuiltRelease {
  version: string;
  date: string;
  /** In publication order: CSVs (catalogue order), LICENCE.md, datapackage.json, the zip. */
  files: ReleaseFile[];
}

/** Why a release was refused, in French, one reason per line. */
export class ReleaseRefused extends Error {}

/** Lower-case hexadecimal SHA-256. */
export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The folder of one version. */
export function releaseDirectory(root: string, version: string): string {
  return join(root, 'releases', version);
}

/** Builds every file of the release in memory, after validating the data. */
export function buildRelease({ datasets, checkAll: check, dataDir }: ReleaseInput): BuiltRelease {
  const csvs: ReleaseFile[] = [];
  const inputs: DatasetInput[] = [];
  const missing: string[] = [];
  for (const dataset of datasets) {
    const path = join(dataDir, `${dataset.slug}.csv`);
    if (!existsSync(path)) {
      missing.push(`${dataset.slug}.csv`);
      continue;
    }
    const bytes = new Uint8Array(readFileSync(path));
    csvs.push({ name: `${dataset.slug}.csv`, bytes });
    inputs.push({ dataset, text: new TextDecoder().decode(bytes) });
  }
  const licencePath = join(dataDir, 'LICENCE.md');
  if (!existsSync(licencePath)) missing.push('LICENCE.md');
  if (missing.length > 0) throw new ReleaseRefused(`Fichiers absents de ${dataDir} : ${missing.join(', ')}.`);

  const { rowsBySlug, problems } = check(inputs);
  if (problems.length > 0) {
    throw new ReleaseRefused(
      `Les données ne sont pas valides ; rien n’est publié :\n${problems.map(formatProblem).join('\n')}`,
    );
  }
  const changeDates = (rowsBySlug.get('changements') ?? []).map(({ row }) => String(row['date']));
  const date = changeDates.reduce((latest, candidate) => (candidate > latest ? candidate : latest), '');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) {
    throw new ReleaseRefused(
      `La dernière modification de changements.csv doit être datée au jour (AAAA-MM-JJ) ; trouvé « ${date} ».`,
    );
  }
  const version = calendarVersion(date);

  const licence: ReleaseFile = { name: 'LICENCE.md', bytes: new Uint8Array(readFileSync(licencePath)) };
  const descriptor = releasePackage(
    csvs.map((file, index) => ({ dataset: datasets[index]!, bytes: file.bytes.length, sha256: sha256(file.bytes) })),
    {
      version,
      date,
      name: 'oublies-du-segur',
      title: SITE_NAME,
      licence: { name: 'etalab-2.0', title: DATA_LICENCE.name, path: DATA_LICENCE.url },
    },
  );
  const datapackage: ReleaseFile = {
    name: 'datapackage.json',
    bytes: new TextEncoder().encode(releasePackageJson(descriptor)),
  };
  const folder = archiveName(version).replace(/\.zip$/, '');
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const zip: ReleaseFile = {
    name: archiveName(version),
    bytes: deterministicZip(
      [datapackage, licence, ...csvs].map((file) => ({ name: `${folder}/${file.name}`, bytes: file.bytes })),
      { year, month, day },
    ),
  };
  return { version, date, files: [...csvs, licence, datapackage, zip] };
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, index) => byte === b[index]);
}

/** What differs between a version's folder and the release built from the data, in French; empty if identical. */
export function differencesWith(directory: string, release: BuiltRelease): string[] {
  const present = readdirSync(directory).sort();
  const expected = release.files.map((file) => file.name);
  return [
    ...release.files
      .filter((file) => {
        const path = join(directory, file.name);
        return !existsSync(path) || !sameBytes(new Uint8Array(readFileSync(path)), file.bytes);
      })
      .map((file) => `${file.name} (contenu différent ou absent)`),
    ...present.filter((name) => !expected.includes(name)).map((name) => `${name} (fichier en trop)`),
  ];
}

/**
 * Whether the current data of a project is published as its version, for the
 * build: null when it is, else why not, in French.
 */
export function unpublishedDataProblem(root: string): string | null {
  let release: BuiltRelease;
  try {
    release = buildRelease({ datasets: DATASETS, checkAll, dataDir: join(root, 'data') });
  } catch (error) {
    if (error instanceof ReleaseRefused) return error.message;
    throw error;
  }
  const directory = releaseDirectory(root, release.version);
  if (!existsSync(directory)) {
    return `La version ${release.version} des données n’est pas publiée : lancez npm run release, puis ajoutez le dossier releases/${release.version}/ au dépôt.`;
  }
  const differences = differencesWith(directory, release);
  return differences.length === 0
    ? null
    : `Les données ne correspondent plus à la version publiée ${release.version} (${differences.join(', ')}) : inscrivez la modification dans data/changements.csv à une date nouvelle et lancez npm run release.`;
}

/** Versions already frozen under releases/, oldest first. */
export function publishedVersions(root: string): string[] {
  const directory = join(root, 'releases');
  if (!existsSync(directory)) return [];
  return readdirSync(directory, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && isVersion(entry.name))
    .map((entry) => entry.name)
    .sort(compareVersions);
}

/**
 * Writes the release, or finds it already there and identical. Refuses to
 * touch a version that exists with other content, and (unless `past`) to
 * publish a version older than the newest one.
 */
export function publishRelease(root: string, release: BuiltRelease, past = false): 'created' | 'unchanged' {
  const directory = releaseDirectory(root, release.version);
  if (existsSync(directory)) {
    const differences = differencesWith(directory, release);
    if (differences.length === 0) return 'unchanged';
    throw new ReleaseRefused(
      [
        `La version ${release.version} est déjà publiée dans ${relative(process.cwd(), directory) || directory} avec un autre contenu ; elle ne sera pas remplacée.`,
        ...differences.map((difference) => `  - ${difference}`),
        'Une version publiée ne change plus : inscrivez la modification dans data/changements.csv à une date nouvelle, puis relancez npm run release.',
        'Seule une version encore jamais déployée peut être refaite : supprimez son dossier à la main, puis relancez la commande.',
      ].join('\n'),
    );
  }
  const newest = publishedVersions(root).at(-1);
  if (!past && newest !== undefined && compareVersions(release.version, newest) < 0) {
    throw new ReleaseRefused(
      `La version des données (${release.version}) est antérieure à la dernière version publiée (${newest}) : vérifiez les dates de data/changements.csv.`,
    );
  }
  mkdirSync(join(root, 'releases'), { recursive: true });
  const staging = join(root, 'releases', `.${release.version}.en-cours-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging);
  for (const file of release.files) writeFileSync(join(staging, file.name), file.bytes);
  renameSync(staging, directory);
  return 'created';
}

/** CITATION.cff with `version` and `date-released` set; throws if either line is missing. */
export function citationCffFor(text: string, version: string): string {
  const date = versionDate(version);
  const replace = (source: string, key: string, value: string): string => {
    const pattern = new RegExp(`^${key}:.*$`, 'm');
    if (!pattern.test(source)) throw new ReleaseRefused(`CITATION.cff n’a pas de ligne « ${key}: ».`);
    return source.replace(pattern, `${key}: "${value}"`);
  };
  return replace(replace(text, 'version', version), 'date-released', date);
}

/** Extracts the data and the source code of a commit into a temporary folder that sees node_modules. */
function checkoutCommit(root: string, commit: string): string {
  if (!/^[0-9a-f]{4,40}$/i.test(commit)) throw new ReleaseRefused(`Identifiant de commit invalide : ${commit}`);
  const directory = mkdtempSync(join(tmpdir(), 'oublies-version-'));
  execSync(`git archive --format=tar ${commit} data src | tar -x -C "${directory}"`, { cwd: root, stdio: 'pipe' });
  symlinkSync(join(root, 'node_modules'), join(directory, 'node_modules'), 'dir');
  return directory;
}

export interface ReleaseIo {
  log: (line: string) => void;
  error: (line: string) => void;
}

function option(argv: readonly string[], name: string): string | undefined {
  const index = argv.indexOf(name);
  return index === -1 ? undefined : argv[index + 1];
}

/** Command-line entry; returns the exit code. */
export async function main(argv: readonly string[], io: ReleaseIo = console): Promise<number> {
  const root = resolve(option(argv, '--racine') ?? process.cwd());
  const commit = option(argv, '--depuis-git');
  let checkout: string | null = null;
  try {
    let input: ReleaseInput = { datasets: DATASETS, checkAll, dataDir: join(root, 'data') };
    if (commit !== undefined) {
      checkout = checkoutCommit(root, commit);
      // The schemas of that commit describe its files: imported from the extracted tree.
      const schemas = (await import(pathToFileURL(join(checkout, 'src/schemas/index.ts')).href)) as {
        DATASETS: readonly Dataset[];
      };
      const validation = (await import(pathToFileURL(join(checkout, 'src/schemas/dataset.ts')).href)) as {
        checkAll: typeof checkAll;
      };
      input = { datasets: schemas.DATASETS, checkAll: validation.checkAll, dataDir: join(checkout, 'data') };
    }
    const release = buildRelease(input);
    const outcome = publishRelease(root, release, commit !== undefined);
    const where = relative(process.cwd(), releaseDirectory(root, release.version)) || '.';
    if (outcome === 'unchanged') {
      io.log(`Version ${release.version} déjà publiée dans ${where}, identique octet pour octet : rien à écrire.`);
    } else {
      const zip = release.files.at(-1)!;
      io.log(
        `Version ${release.version} publiée dans ${where} : ${release.files.length} fichiers, dont ${zip.name} (${zip.bytes.length} octets).`,
      );
    }
    if (commit === undefined) {
      const cffPath = join(root, 'CITATION.cff');
      const before = readFileSync(cffPath, 'utf8');
      const after = citationCffFor(before, release.version);
      if (after !== before) {
        writeFileSync(cffPath, after);
        io.log(`CITATION.cff : version ${release.version}, date ${release.date}.`);
      }
    }
    return 0;
  } catch (error) {
    if (error instanceof ReleaseRefused) {
      io.error(error.message);
      return 1;
    }
    throw error;
  } finally {
    if (checkout) rmSync(checkout, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}
