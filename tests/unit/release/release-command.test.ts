/**
 * `npm run release` on a temporary copy of a project made of the fixture
 * data: it freezes a version, rebuilds it byte for byte, and refuses to
 * overwrite it with other content.
 */
import {
  appendFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { citationCffFor, main, unpublishedDataProblem } from '../../../scripts/release.ts';

const made: string[] = [];
const CFF = 'cff-version: 1.2.0\ntitle: "Essai"\nversion: "2000.1.1"\ndate-released: "2000-01-01"\n';

/** A project copy: fixture data, a licence and a CITATION.cff. */
function project(): string {
  const root = mkdtempSync(join(tmpdir(), 'version-'));
  made.push(root);
  mkdirSync(join(root, 'data'));
  cpSync('tests/fixtures/valid', join(root, 'data'), { recursive: true });
  writeFileSync(join(root, 'data', 'LICENCE.md'), '# Licence\n');
  writeFileSync(join(root, 'CITATION.cff'), CFF);
  return root;
}

/** Runs the command silently; returns its exit code and what it said. */
async function release(root: string): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(['--racine', root], { log: (line) => out.push(line), error: (line) => err.push(line) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** Every file of a folder, by name. */
function snapshot(directory: string): Map<string, Buffer> {
  return new Map(readdirSync(directory).map((name) => [name, readFileSync(join(directory, name))]));
}

afterEach(() => {
  for (const directory of made.splice(0)) rmSync(directory, { recursive: true, force: true });
});

describe('npm run release', () => {
  it('fige les CSV, la licence, un datapackage.json avec taille et empreinte, et un zip de tout', async () => {
    const root = project();
    const result = await release(root);
    expect(result.code, result.err).toBe(0);
    const directory = join(root, 'releases', '2026.11.23');
    const files = snapshot(directory);
    const csvNames = readdirSync('tests/fixtures/valid').filter((name) => name.endsWith('.csv'));
    expect([...files.keys()].sort()).toEqual(
      [...csvNames, 'LICENCE.md', 'datapackage.json', 'oublies-du-segur-donnees-2026.11.23.zip'].sort(),
    );
    for (const name of csvNames) expect(files.get(name)).toEqual(readFileSync(join('tests/fixtures/valid', name)));

    const descriptor = JSON.parse(files.get('datapackage.json')!.toString('utf8'));
    expect(descriptor.version).toBe('2026.11.23');
    expect(descriptor.resources).toHaveLength(csvNames.length);
    for (const resource of descriptor.resources) {
      const bytes = files.get(resource.path)!;
      expect(resource.bytes).toBe(bytes.length);
      expect(resource.hash).toBe(`sha256:${createHash('sha256').update(bytes).digest('hex')}`);
    }
    // Nothing that depends on where the site is deployed.
    expect(descriptor).not.toHaveProperty('id');
    expect(descriptor).not.toHaveProperty('homepage');
    expect(JSON.stringify(descriptor)).not.toContain('oublies-du-segur.example');

    const zipped = unzipSync(files.get('oublies-du-segur-donnees-2026.11.23.zip')!);
    const inside = Object.keys(zipped);
    expect(inside[0]).toBe('oublies-du-segur-donnees-2026.11.23/datapackage.json');
    expect(inside).toHaveLength(csvNames.length + 2);
    for (const name of inside) {
      expect(Buffer.from(zipped[name]!)).toEqual(files.get(name.replace(/^[^/]+\//, '')));
    }
    expect(readFileSync(join(root, 'CITATION.cff'), 'utf8')).toContain(
      'version: "2026.11.23"\ndate-released: "2026-11-23"',
    );
  });

  it('reproduit à l’octet près les fichiers et les empreintes d’une version inchangée', async () => {
    const root = project();
    await release(root);
    const directory = join(root, 'releases', '2026.11.23');
    const first = snapshot(directory);

    const again = await release(root);
    expect(again.code).toBe(0);
    expect(again.out).toMatch(/déjà publiée.*identique/);
    expect(snapshot(directory)).toEqual(first);

    rmSync(directory, { recursive: true });
    expect((await release(root)).code).toBe(0);
    expect(snapshot(directory)).toEqual(first);
  });

  it('refuse de remplacer une version publiée par un autre contenu, et n’écrit rien', async () => {
    const root = project();
    await release(root);
    const directory = join(root, 'releases', '2026.11.23');
    const first = snapshot(directory);
    const sources = join(root, 'data', 'sources.csv');
    writeFileSync(
      sources,
      readFileSync(sources, 'utf8').replace('Rapport, avec une virgule', 'Rapport corrigé, avec une virgule'),
    );

    const refused = await release(root);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('La version 2026.11.23 est déjà publiée');
    expect(refused.err).toContain('sources.csv (contenu différent ou absent)');
    expect(refused.err).toContain('datapackage.json');
    expect(snapshot(directory)).toEqual(first);
  });

  it('publie une nouvelle version quand le journal des modifications a une date nouvelle', async () => {
    const root = project();
    await release(root);
    appendFileSync(
      join(root, 'data', 'changements.csv'),
      'correction,2026-12-05,sources,correction,Un titre corrigé.\n',
    );
    expect((await release(root)).code).toBe(0);
    expect(readdirSync(join(root, 'releases')).sort()).toEqual(['2026.11.23', '2026.12.5']);
  });

  it('refuse des données invalides, avec fichier, ligne et colonne, sans rien publier', async () => {
    const root = project();
    cpSync('tests/fixtures/invalid/source-inconnue.csv', join(root, 'data', 'chiffres.csv'));
    const refused = await release(root);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/data\/chiffres\.csv:\d+:source_ids/);
    expect(readdirSync(root)).not.toContain('releases');
  });

  it('refuse une version antérieure à la dernière publiée', async () => {
    const root = project();
    mkdirSync(join(root, 'releases', '2027.1.1'), { recursive: true });
    const refused = await release(root);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('antérieure à la dernière version publiée (2027.1.1)');
  });
});

describe('unpublishedDataProblem (vérifié par la construction)', () => {
  it('dit quand les données courantes ne sont pas publiées, ou plus à jour, et rien sinon', async () => {
    const root = project();
    expect(unpublishedDataProblem(root)).toMatch(
      /^La version 2026\.11\.23 des données n’est pas publiée : lancez npm run release/,
    );
    await release(root);
    expect(unpublishedDataProblem(root)).toBeNull();
    const sources = join(root, 'data', 'sources.csv');
    writeFileSync(sources, readFileSync(sources, 'utf8').replace('Rapport, avec', 'Rapport corrigé, avec'));
    expect(unpublishedDataProblem(root)).toMatch(
      /ne correspondent plus à la version publiée 2026\.11\.23 \(sources\.csv/,
    );
  });
});

describe('citationCffFor', () => {
  it('met à jour version et date-released, et rien d’autre', () => {
    expect(citationCffFor(CFF, '2026.12.5')).toBe(
      'cff-version: 1.2.0\ntitle: "Essai"\nversion: "2026.12.5"\ndate-released: "2026-12-05"\n',
    );
  });
});
