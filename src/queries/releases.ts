/**
 * The frozen versions of the data (releases/<version>/, written by
 * `npm run release`), published as they are at /donnees/versions/<version>/.
 * Read from disk at build time, relative to the project root (npm scripts
 * always run there): each file's bytes, size and SHA-256, and the titles its
 * own datapackage.json gives.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { archiveName, calendarVersion, compareVersions, isVersion, versionDate } from '../lib/release/version.ts';
import { latestDataChange } from './changements.ts';

export type { Release } from '../lib/release/types.ts';
import type { Release, ReleaseFile, ReleaseFileKind } from '../lib/release/types.ts';

const ROOT = join(process.cwd(), 'releases');

/** The address of a version's page. */
export function versionPath(version: string): string {
  return `/donnees/versions/${version}/`;
}

/** The version the current data carries: the date of its latest change, as `AAAA.M.J`. */
export function currentDataVersion(): string {
  return calendarVersion(latestDataChange());
}

function kindOf(name: string, version: string): ReleaseFileKind {
  if (name === archiveName(version)) return 'zip';
  if (name === 'datapackage.json') return 'datapackage';
  if (name.endsWith('.csv')) return 'csv';
  return 'licence';
}

const MEDIA_TYPES: Record<ReleaseFileKind, string> = {
  csv: 'text/csv',
  datapackage: 'application/json',
  licence: 'text/markdown',
  zip: 'application/zip',
};

const ORDER: Record<ReleaseFileKind, number> = { csv: 0, licence: 1, datapackage: 2, zip: 3 };

function readRelease(version: string): Release {
  const directory = join(ROOT, version);
  const descriptor = JSON.parse(readFileSync(join(directory, 'datapackage.json'), 'utf8')) as {
    resources: { path: string; title: string }[];
  };
  const resourceOrder = descriptor.resources.map((resource) => resource.path);
  const files = readdirSync(directory)
    .map((name): ReleaseFile => {
      const bytes = readFileSync(join(directory, name));
      const kind = kindOf(name, version);
      return {
        name,
        kind,
        path: `${versionPath(version)}${name}`,
        bytes: bytes.length,
        sha256: createHash('sha256').update(bytes).digest('hex'),
        title: descriptor.resources.find((resource) => resource.path === name)?.title ?? null,
        mediaType: MEDIA_TYPES[kind],
      };
    })
    .sort((a, b) => ORDER[a.kind] - ORDER[b.kind] || resourceOrder.indexOf(a.name) - resourceOrder.indexOf(b.name));
  const archive = files.find((file) => file.kind === 'zip');
  const datapackage = files.find((file) => file.kind === 'datapackage');
  if (!archive || !datapackage) throw new Error(`releases/${version}/ : il manque le zip ou le datapackage.json`);
  return { version, date: versionDate(version), path: versionPath(version), files, archive, datapackage };
}

let cache: Release[] | null = null;

/** Every published version, newest first. */
export function allReleases(): readonly Release[] {
  if (cache) return cache;
  const versions = existsSync(ROOT)
    ? readdirSync(ROOT, { withFileTypes: true })
        .filter((entry) => entry.isDirectory() && isVersion(entry.name))
        .map((entry) => entry.name)
    : [];
  cache = versions.sort(compareVersions).reverse().map(readRelease);
  return cache;
}

/** One version by its number. */
export function releaseByVersion(version: string): Release | undefined {
  return allReleases().find((release) => release.version === version);
}

/** The bytes of one file of one version, exactly as frozen. */
export function releaseFileBytes(version: string, name: string): Uint8Array<ArrayBuffer> {
  const file = readFileSync(join(ROOT, version, name));
  const bytes = new Uint8Array(file.length);
  bytes.set(file);
  return bytes;
}
