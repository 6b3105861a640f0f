/**
 * Data contract of the committed versions (releases/): the current data is
 * published as a version, the release command rebuilds it byte for byte, and
 * every version's datapackage.json and zip describe exactly its files. Also
 * checks date_mise_a_jour of evenements.csv against the versions: a row's
 * date is the day its current content appeared.
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { buildRelease, main, publishedVersions } from '../../../scripts/release.ts';
import { DATASETS } from '../../../src/schemas/index.ts';
import { checkAll } from '../../../src/schemas/dataset.ts';
import { latestDataChange } from '../../../src/queries/changements.ts';
import { rowsOf } from '../../../src/queries/data.ts';
import { archiveName, calendarVersion, versionDate } from '../../../src/lib/release/version.ts';

const versions = publishedVersions('.');
const current = calendarVersion(latestDataChange());
const made: string[] = [];
afterAll(() => {
  for (const directory of made) rmSync(directory, { recursive: true, force: true });
});

/** Every file of a folder, by name. */
function snapshot(directory: string): Map<string, Buffer> {
  return new Map(readdirSync(directory).map((name) => [name, readFileSync(join(directory, name))]));
}

describe('les versions publiées (releases/)', () => {
  it('comptent la première version et la version courante des données', () => {
    expect(versions[0]).toBe('2026.11.23');
    expect(versions, `lancez npm run release : la version ${current} des données n’est pas publiée`).toContain(current);
    expect(versions.at(-1)).toBe(current);
  });

  it('la commande de publication reproduit à l’octet près les fichiers et les empreintes de la version courante', () => {
    const rebuilt = buildRelease({ datasets: DATASETS, checkAll, dataDir: 'data' });
    expect(rebuilt.version).toBe(current);
    const committed = snapshot(join('releases', current));
    expect(rebuilt.files.map((file) => file.name).sort()).toEqual([...committed.keys()].sort());
    for (const file of rebuilt.files) {
      expect(Buffer.from(file.bytes).equals(committed.get(file.name)!), `${file.name} diffère`).toBe(true);
    }
  });

  it('dans une copie temporaire, la commande trouve la version identique puis la refait à l’identique', async () => {
    const root = mkdtempSync(join(tmpdir(), 'copie-'));
    made.push(root);
    for (const part of ['data', 'releases', 'CITATION.cff']) cpSync(part, join(root, part), { recursive: true });
    const said: string[] = [];
    const io = { log: (line: string) => said.push(line), error: (line: string) => said.push(line) };
    expect(await main(['--racine', root], io)).toBe(0);
    expect(said.join('\n')).toMatch(/déjà publiée.*identique/);
    rmSync(join(root, 'releases', current), { recursive: true });
    expect(await main(['--racine', root], io)).toBe(0);
    expect(snapshot(join(root, 'releases', current))).toEqual(snapshot(join('releases', current)));
    expect(readFileSync(join(root, 'CITATION.cff'), 'utf8')).toBe(readFileSync('CITATION.cff', 'utf8'));
  });

  describe.each(versions)('%s', (version) => {
    const files = snapshot(join('releases', version));
    const descriptor = JSON.parse(files.get('datapackage.json')!.toString('utf8'));

    it('a un datapackage.json à son numéro, dont chaque fichier porte sa taille et son SHA-256', () => {
      expect(descriptor.version).toBe(version);
      expect(descriptor.updated).toBe(versionDate(version));
      const csvs = [...files.keys()].filter((name) => name.endsWith('.csv')).sort();
      expect(descriptor.resources.map((resource: { path: string }) => resource.path).sort()).toEqual(csvs);
      for (const resource of descriptor.resources) {
        const bytes = files.get(resource.path)!;
        expect(resource.bytes).toBe(bytes.length);
        expect(resource.hash).toBe(`sha256:${createHash('sha256').update(bytes).digest('hex')}`);
      }
    });

    it('a un zip qui contient exactement ses autres fichiers', () => {
      const zipped = unzipSync(files.get(archiveName(version))!);
      const folder = archiveName(version).replace(/\.zip$/, '');
      const others = [...files.keys()].filter((name) => name !== archiveName(version)).sort();
      expect(
        Object.keys(zipped)
          .map((name) => name.replace(`${folder}/`, ''))
          .sort(),
      ).toEqual(others);
      for (const [name, bytes] of Object.entries(zipped)) {
        expect(Buffer.from(bytes).equals(files.get(name.replace(`${folder}/`, ''))!), name).toBe(true);
      }
    });
  });
});

describe('date_mise_a_jour de evenements.csv', () => {
  /** Each version's events, by id, as cells without date_mise_a_jour. */
  const history = versions.map((version) => {
    const text = readFileSync(join('releases', version, 'evenements.csv'), 'utf8');
    const rows = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
    return { date: versionDate(version), rows: new Map(rows.map((row) => [row['id'] ?? '', row])) };
  });
  const current = Papa.parse<Record<string, string>>(readFileSync('data/evenements.csv', 'utf8'), {
    header: true,
    skipEmptyLines: true,
  }).data;
  const content = (row: Record<string, string> | undefined): string | undefined =>
    row &&
    JSON.stringify(
      Object.entries(row)
        .filter(([name]) => name !== 'date_mise_a_jour')
        .sort(),
    );

  it('est la date d’une modification du journal qui concerne la chronologie', () => {
    const dates = new Set(
      rowsOf('changements')
        .filter((change) => change.jeu_de_donnees === 'evenements' || change.jeu_de_donnees === 'tous')
        .map((change) => change.date),
    );
    for (const event of rowsOf('evenements')) expect(dates.has(event.date_mise_a_jour), event.id).toBe(true);
  });

  it('est le jour où le contenu actuel de la ligne est apparu : différent avant, identique depuis', () => {
    for (const row of current) {
      const id = row['id'] ?? '';
      const updated = row['date_mise_a_jour'] ?? '';
      const before = history.filter((version) => version.date < updated).at(-1);
      if (before?.rows.has(id)) {
        expect(content(before.rows.get(id)), `${id} : inchangée depuis ${before.date}`).not.toBe(content(row));
      }
      for (const version of history.filter((candidate) => candidate.date >= updated)) {
        expect(content(version.rows.get(id)), `${id} dans la version du ${version.date}`).toBe(content(row));
      }
    }
  });
});
