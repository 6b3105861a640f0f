/**
 * Every download parses back to exactly the validated rows: the CSV is the
 * curated file byte for byte, the JSON holds the typed rows (lists as arrays,
 * booleans, numbers, null), the spreadsheet variant the same cells.
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { byteLength, downloadsOf, formatFileSize, rowsToJson } from '../../../src/lib/downloads.ts';
import { parseSpreadsheetCsv } from '../../../src/lib/spreadsheet-csv.ts';
import { loadRows } from '../../../src/schemas/dataset.ts';
import { DATASETS } from '../../../src/schemas/index.ts';
import {
  catalogue,
  datasetRows,
  decimalColumnsOf,
  publishedFile,
  readableRows,
} from '../../../src/queries/catalogue.ts';
import { changesOf, lastChangeOf } from '../../../src/queries/changements.ts';
import { CASES, datasetBySlug } from './fixtures.ts';

describe('le JSON des lignes typées', () => {
  it.each(CASES.map((entry) => [entry.label, entry] as const))(
    '%s : se relit aux lignes validées',
    (_label, { dataset, text }) => {
      const rows = loadRows(text, dataset);
      const json = rowsToJson(rows);
      expect(JSON.parse(json)).toEqual(rows);
      // Keys in the CSV's column order, every column present.
      for (const row of JSON.parse(json) as Record<string, unknown>[])
        expect(Object.keys(row)).toEqual(Object.keys(dataset.columns));
    },
  );

  it('écrit les listes en tableaux, les booléens en true/false, les nombres en nombres et les vides en null', () => {
    const evenements = datasetBySlug('evenements');
    const [first, second] = JSON.parse(
      rowsToJson(loadRows(readFileSync('tests/fixtures/valid/evenements.csv', 'utf8'), evenements)),
    ) as Record<string, unknown>[];
    expect(first).toMatchObject({
      acteurs: ['Gouvernement', 'Départements de France'],
      montant_eur: 540000000,
      effectif: 140000,
      jalon: true,
    });
    expect(first?.['resume']).toBe('Extension aux professionnels socio-éducatifs, annoncée par le gouvernement.');
    expect(second).toMatchObject({
      secteurs: [],
      montant_eur: null,
      jalon: false,
      source_ids: ['source-a', 'source-b'],
    });
  });

  it('garde guillemets et sauts de ligne d’une cellule', () => {
    const sources = datasetBySlug('sources');
    const rows = JSON.parse(
      rowsToJson(loadRows(readFileSync('tests/fixtures/valid/sources.csv', 'utf8'), sources)),
    ) as Record<string, unknown>[];
    expect(rows[1]?.['note']).toBe('Une note avec des "guillemets"\net un saut de ligne.');
    expect(rows[0]?.['titre']).toBe('Rapport, avec une virgule');
  });

  it('écrit un tableau vide pour un fichier sans ligne', () => {
    expect(JSON.parse(rowsToJson([]))).toEqual([]);
  });
});

describe('les fichiers publiés (src/queries/catalogue.ts)', () => {
  it.each(DATASETS.map((dataset) => [dataset.slug, dataset] as const))(
    '%s : CSV identique au fichier, JSON et variante tableur relus aux mêmes lignes, renvois aux sources écrits en clair',
    (slug, dataset) => {
      const raw = readFileSync(`data/${slug}.csv`, 'utf8');
      expect(publishedFile(slug, 'csv')).toBe(raw);
      const rows = loadRows(raw, dataset);
      expect(datasetRows(slug)).toEqual(rows);
      const readable = readableRows(slug);
      // Only the text cells differ, and only where they cite a source.
      readable.forEach((row, index) => {
        for (const [name, value] of Object.entries(row)) {
          const original = (rows[index] as Record<string, unknown>)[name];
          if (typeof original === 'string' && original.includes('[@')) expect(value).not.toContain('[@');
          else expect(value).toEqual(original);
        }
      });
      expect(JSON.parse(publishedFile(slug, 'json'))).toEqual(readable);
      const spreadsheet = publishedFile(slug, 'spreadsheet');
      expect(Papa.parse(spreadsheet.slice(1), { delimiter: ';', skipEmptyLines: 'greedy' }).errors).toEqual([]);
      expect(
        loadRows(Papa.unparse(parseSpreadsheetCsv(spreadsheet, decimalColumnsOf(dataset)), { newline: '\n' }), dataset),
      ).toEqual(readable);
    },
  );

  it('le catalogue donne pour chaque jeu son nombre de lignes, sa dernière modification et ses trois téléchargements', () => {
    const entries = catalogue();
    expect(entries.map((entry) => entry.dataset.slug)).toEqual(DATASETS.map((dataset) => dataset.slug));
    for (const entry of entries) {
      expect(entry.rowCount).toBe(datasetRows(entry.dataset.slug).length);
      expect(entry.lastChange).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
      expect(entry.downloads.map((download) => download.path)).toEqual([
        `/donnees/${entry.dataset.slug}.csv`,
        `/donnees/${entry.dataset.slug}-excel.csv`,
        `/donnees/${entry.dataset.slug}.json`,
      ]);
      expect(entry.downloads[0]?.bytes).toBe(readFileSync(`data/${entry.dataset.slug}.csv`).byteLength);
    }
  });

  it('la dernière modification d’un jeu tient compte de ses lignes du journal et de celles de « tous »', () => {
    const changes = changesOf('evenements');
    expect(changes.every((change) => change.jeu_de_donnees === 'evenements' || change.jeu_de_donnees === 'tous')).toBe(
      true,
    );
    expect(lastChangeOf('evenements')).toBe(changes[0]?.date);
  });
});

describe('downloadsOf et formatFileSize', () => {
  it('donne des adresses stables et des types de média', () => {
    expect(downloadsOf('sources').map((download) => [download.path, download.mediaType])).toEqual([
      ['/donnees/sources.csv', 'text/csv'],
      ['/donnees/sources-excel.csv', 'text/csv'],
      ['/donnees/sources.json', 'application/json'],
    ]);
  });

  it('écrit les tailles à la française', () => {
    expect(formatFileSize(850)).toBe('850\u00a0octets');
    expect(formatFileSize(12_449)).toBe('12,4\u00a0ko');
    expect(formatFileSize(1_250_000)).toBe('1,3\u00a0Mo');
    expect(byteLength('é')).toBe(2);
  });
});
