/**
 * Synthetic data for the build benchmark and the scaled test gate: every
 * dataset repeated `factor` times, written into another folder (a temporary
 * copy of the project, never data/). Copies keep ids unique (`<id>-x<k>`) and
 * every reference valid: they point to the original rows, which stay.
 * Professions get their own slug and label per copy, so that pages per
 * profession grow with the data as they would.
 */
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCsv, toCsv } from '../src/lib/csv.ts';
import { DATASETS } from '../src/schemas/index.ts';

/**
 * The same text with its letters shifted along the alphabet (never by 0), so
 * that a copy reads like another word of the same length: « aide-soignante »
 * becomes « bjef-tpjhobouf » in the first copy.
 */
export function disguise(text: string, copy: number): string {
  const shift = ((copy - 1) % 25) + 1;
  // Letters right after a digit stay (« 1re », « 2e »): shifted, they would read as a number glued to a word.
  return text.replace(/(?<!\d[a-z]*)[a-z]/gi, (letter) => {
    const base = letter <= 'Z' ? 65 : 97;
    return String.fromCharCode(((letter.charCodeAt(0) - base + shift) % 26) + base);
  });
}

/**
 * Columns renamed in each copy, by dataset: the id everywhere, and what a page
 * is keyed on. A profession's copies get their own id (so their own page), and a label and ways
 * of being written that no real search matches (letters shifted), like the
 * professions a copied measure names: « AS » or « secrétaire » still find only
 * the real profession, as they would among more real professions.
 */
const RENAMED: Record<string, Record<string, (value: string, copy: number) => string>> = {
  metiers: {
    libelle: (value, copy) => `${disguise(value, copy)} (copie ${copy})`,
    variantes: (value, copy) => disguise(value, copy),
  },
  // Grades and employers are searched by what people type: their copies are disguised alike.
  grades: {
    intitule: (value, copy) => disguise(value, copy),
    variantes: (value, copy) => disguise(value, copy),
  },
  employeurs: {
    nom: (value, copy) => disguise(value, copy),
    variantes: (value, copy) => disguise(value, copy),
  },
  // The professions a measure names are searched too (« TISF » is named by one measure): disguised alike.
  mesures: {
    professions_couvertes: (value, copy) => disguise(value, copy),
    exclus_explicites: (value, copy) => disguise(value, copy),
  },
};

/** One CSV text repeated `factor` times (the original rows first, unchanged). */
export function scaleCsv(text: string, slug: string, factor: number): string {
  const { header, rows } = parseCsv(text);
  const out: Record<string, string | null>[] = rows.map((row) => row.cells);
  for (let copy = 1; copy < factor; copy++) {
    for (const { cells } of rows) {
      const next: Record<string, string | null> = { ...cells };
      if (next['id']) next['id'] = `${next['id']}-x${copy}`;
      for (const [column, rename] of Object.entries(RENAMED[slug] ?? {})) {
        const value = next[column];
        if (value) next[column] = rename(value, copy);
      }
      out.push(next);
    }
  }
  return toCsv(header, out);
}

/** Writes every dataset of `fromDirectory`, scaled, into `toDirectory`; returns the row count per file. */
export function writeScaledData(fromDirectory: string, toDirectory: string, factor: number): Map<string, number> {
  mkdirSync(toDirectory, { recursive: true });
  const counts = new Map<string, number>();
  for (const dataset of DATASETS) {
    const scaled = scaleCsv(readFileSync(join(fromDirectory, `${dataset.slug}.csv`), 'utf8'), dataset.slug, factor);
    writeFileSync(join(toDirectory, `${dataset.slug}.csv`), scaled);
    counts.set(dataset.slug, parseCsv(scaled).rows.length);
  }
  return counts;
}

/** What a copy of the project leaves out: outputs, caches, history; node_modules is linked, not copied. */
const NOT_COPIED = new Set(['node_modules', 'dist', '.git', '.astro', '.cache', 'reports']);

/**
 * A copy of the project in a new temporary folder, with its data multiplied by
 * `factor` and node_modules linked to this one's; returns the folder (the
 * caller removes it). The project itself is never touched.
 */
export function scaledProjectCopy(factor: number, projectDirectory = '.'): { directory: string; rows: number } {
  const directory = mkdtempSync(join(tmpdir(), `oublies-x${factor}-`));
  for (const entry of readdirSync(projectDirectory)) {
    if (NOT_COPIED.has(entry)) continue;
    cpSync(join(projectDirectory, entry), join(directory, entry), { recursive: true });
  }
  symlinkSync(realpathSync(join(projectDirectory, 'node_modules')), join(directory, 'node_modules'));
  const counts = writeScaledData(join(projectDirectory, 'data'), join(directory, 'data'), factor);
  return { directory, rows: [...counts.values()].reduce((sum, count) => sum + count, 0) };
}
