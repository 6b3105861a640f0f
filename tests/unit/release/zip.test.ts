/** The deterministic ZIP writer: readable by a standard reader, and the same bytes every time. */
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { crc32, deterministicZip } from '../../../src/lib/release/zip.ts';

const encoder = new TextEncoder();
const entries = [
  { name: 'dossier/b.csv', bytes: encoder.encode('id,nom\n1,Élise « É »\n'.repeat(50)) },
  { name: 'dossier/a.txt', bytes: encoder.encode('x') },
  { name: 'vide.txt', bytes: new Uint8Array() },
];
const DAY = { year: 2026, month: 12, day: 5 };

/** Little-endian 16-bit value. */
const u16 = (bytes: Uint8Array, offset: number): number => bytes[offset]! | (bytes[offset + 1]! << 8);

describe('deterministicZip', () => {
  it('se relit avec un lecteur ZIP standard : mêmes noms, mêmes octets', () => {
    const files = unzipSync(deterministicZip(entries, DAY));
    expect(Object.keys(files)).toEqual(['dossier/b.csv', 'dossier/a.txt', 'vide.txt']);
    for (const entry of entries) expect(files[entry.name]).toEqual(entry.bytes);
  });

  it('donne les mêmes octets à chaque appel', () => {
    expect(deterministicZip(entries, DAY)).toEqual(deterministicZip(entries, DAY));
  });

  it('garde l’ordre donné des entrées', () => {
    const reversed = unzipSync(deterministicZip([...entries].reverse(), DAY));
    expect(Object.keys(reversed)).toEqual(['vide.txt', 'dossier/a.txt', 'dossier/b.csv']);
  });

  it('date chaque entrée du jour donné, à minuit, sans heure de la machine', () => {
    const zip = deterministicZip(entries, DAY);
    // First local header: time at offset 10, date at 12 (DOS format).
    expect(u16(zip, 10)).toBe(0);
    expect(u16(zip, 12)).toBe(((2026 - 1980) << 9) | (12 << 5) | 5);
    const other = deterministicZip(entries, { year: 2026, month: 11, day: 23 });
    expect(other).not.toEqual(zip);
  });

  it('compresse ce qui gagne à l’être et stocke le reste', () => {
    const zip = deterministicZip(entries, DAY);
    expect(u16(zip, 8)).toBe(8); // deflate for the repeated CSV
    expect(zip.length).toBeLessThan(entries[0]!.bytes.length);
  });

  it('refuse deux entrées du même nom et un nom hors ASCII', () => {
    expect(() => deterministicZip([entries[1]!, entries[1]!], DAY)).toThrow(/en double/);
    expect(() => deterministicZip([{ name: 'données.csv', bytes: new Uint8Array() }], DAY)).toThrow(/invalide/);
  });
});

describe('crc32', () => {
  it('donne la valeur de contrôle connue de « 123456789 »', () => {
    expect(crc32(encoder.encode('123456789'))).toBe(0xcbf43926);
  });
});
