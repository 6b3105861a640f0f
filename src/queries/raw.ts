/**
 * The CSV files exactly as curated, for downloads: the published file is the
 * validated file, byte for byte.
 */
const files = import.meta.glob<string>('../../data/*.csv', { query: '?raw', import: 'default', eager: true });

/** Raw text of data/<slug>.csv. */
export function rawCsv(slug: string): string {
  const text = files[`../../data/${slug}.csv`];
  if (text === undefined) throw new Error(`Pas de fichier data/${slug}.csv`);
  return text;
}
