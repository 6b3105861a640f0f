/**
 * A deterministic ZIP writer: the same entries give the same bytes on every
 * machine and every run. Entries keep the order they are given, every entry
 * carries the same fixed date (no clock, no time zone), there are no extra
 * fields, comments or file-system attributes, and deflate comes from fflate,
 * pure JavaScript (Node's zlib may pick different matches on different CPUs).
 *
 * Format: PKWARE APPNOTE 6.3 — local headers, central directory, end record;
 * no ZIP64 (a release is far below 4 GiB).
 */
import { deflateSync } from 'fflate';

export interface ZipEntry {
  /** Path inside the archive, `/`-separated, ASCII. */
  name: string;
  bytes: Uint8Array;
}

/** A calendar day: written as the DOS date of every entry, at midnight. */
export interface ZipDate {
  year: number;
  month: number;
  day: number;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 (IEEE 802.3), as ZIP stores it. */
export function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function dosDate({ year, month, day }: ZipDate): number {
  if (year < 1980 || year > 2107) throw new Error(`année hors du format ZIP : ${year}`);
  return ((year - 1980) << 9) | (month << 5) | day;
}

class ByteWriter {
  readonly #chunks: Uint8Array[] = [];
  length = 0;

  u16(value: number): void {
    this.bytes(new Uint8Array([value & 0xff, (value >>> 8) & 0xff]));
  }

  u32(value: number): void {
    this.bytes(new Uint8Array([value & 0xff, (value >>> 8) & 0xff, (value >>> 16) & 0xff, (value >>> 24) & 0xff]));
  }

  bytes(bytes: Uint8Array): void {
    this.#chunks.push(bytes);
    this.length += bytes.length;
  }

  concat(): Uint8Array {
    const out = new Uint8Array(this.length);
    let offset = 0;
    for (const chunk of this.#chunks) {
      out.set(chunk, offset);
      offset += chunk.length;
    }
    return out;
  }
}

const STORED = 0;
const DEFLATED = 8;
/** « Version needed to extract » 2.0 (deflate); « made by » MS-DOS 2.0, so no Unix permissions are implied. */
const VERSION = 20;

/** The archive of `entries`, in their order, each dated `date` at 00:00:00. */
export function deterministicZip(entries: readonly ZipEntry[], date: ZipDate): Uint8Array {
  const names = new Set<string>();
  const encoder = new TextEncoder();
  const day = dosDate(date);
  const out = new ByteWriter();
  const central = new ByteWriter();
  for (const entry of entries) {
    if (names.has(entry.name)) throw new Error(`entrée en double dans l’archive : ${entry.name}`);
    if (!/^[\x21-\x7e]+(?:\/[\x21-\x7e]+)*$/.test(entry.name)) throw new Error(`nom d’entrée invalide : ${entry.name}`);
    names.add(entry.name);
    const name = encoder.encode(entry.name);
    const deflated = deflateSync(entry.bytes, { level: 9, mem: 8 });
    // Stored when deflate would not save anything (tiny or already compressed files).
    const method = deflated.length < entry.bytes.length ? DEFLATED : STORED;
    const data = method === DEFLATED ? deflated : entry.bytes;
    const crc = crc32(entry.bytes);
    const offset = out.length;

    out.u32(0x04034b50);
    out.u16(VERSION);
    out.u16(0); // flags
    out.u16(method);
    out.u16(0); // time: midnight
    out.u16(day);
    out.u32(crc);
    out.u32(data.length);
    out.u32(entry.bytes.length);
    out.u16(name.length);
    out.u16(0); // extra field length
    out.bytes(name);
    out.bytes(data);

    central.u32(0x02014b50);
    central.u16(VERSION);
    central.u16(VERSION);
    central.u16(0);
    central.u16(method);
    central.u16(0);
    central.u16(day);
    central.u32(crc);
    central.u32(data.length);
    central.u32(entry.bytes.length);
    central.u16(name.length);
    central.u16(0); // extra
    central.u16(0); // comment
    central.u16(0); // disk number
    central.u16(0); // internal attributes
    central.u32(0); // external attributes
    central.u32(offset);
    central.bytes(name);
  }
  const centralOffset = out.length;
  const centralBytes = central.concat();
  out.bytes(centralBytes);
  out.u32(0x06054b50);
  out.u16(0);
  out.u16(0);
  out.u16(entries.length);
  out.u16(entries.length);
  out.u32(centralBytes.length);
  out.u32(centralOffset);
  out.u16(0); // comment length
  return out.concat();
}
