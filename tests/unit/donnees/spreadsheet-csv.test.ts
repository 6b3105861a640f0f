/**
 * The French-spreadsheet variant (UTF-8 with BOM, `;`, CRLF, decimal comma)
 * parses back with PapaParse to exactly the cells — hence the validated rows —
 * of the CSV it was made from: on the fixtures (accents, quotes, commas, line
 * breaks inside cells), on the real data, and on random cells.
 */
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { parseSpreadsheetCsv, toSpreadsheetCsv } from '../../../src/lib/spreadsheet-csv.ts';
import { loadRows } from '../../../src/schemas/dataset.ts';
import { decimalColumnsOf } from '../../../src/queries/catalogue.ts';
import { CASES, datasetBySlug } from './fixtures.ts';

/** The records of a comma CSV, header first, as PapaParse reads them. */
function records(text: string): string[][] {
  return Papa.parse<string[]>(text, { delimiter: ',', skipEmptyLines: 'greedy' }).data;
}

describe('la variante pour tableur français', () => {
  it('commence par un BOM, sépare par « ; » et finit ses lignes par CRLF', () => {
    const text = toSpreadsheetCsv('id,titre,valeur\na,"Rapport, avec virgule",7.9\n', ['valeur']);
    expect(text).toBe('\uFEFFid;titre;valeur\r\na;Rapport, avec virgule;7,9\r\n');
  });

  it('met entre guillemets les cellules qui contiennent « ; », un guillemet ou un saut de ligne', () => {
    const text = toSpreadsheetCsv('id,ids,note\na,x;y,"il dit ""oui""\net part"\n');
    expect(text).toBe('\uFEFFid;ids;note\r\na;"x;y";"il dit ""oui""\net part"\r\n');
  });

  it('ne touche qu’aux nombres décimaux des colonnes décimales', () => {
    const text = toSpreadsheetCsv('id,valeur,note\na,0.34,version 1.2\nb,183,\n', ['valeur']);
    expect(parseSpreadsheetCsv(text, ['valeur'])).toEqual([
      ['id', 'valeur', 'note'],
      ['a', '0.34', 'version 1.2'],
      ['b', '183', ''],
    ]);
    expect(text).toContain('a;0,34;version 1.2');
  });

  it.each(CASES.map((entry) => [entry.label, entry] as const))(
    '%s : se relit à l’identique, cellule par cellule et ligne typée par ligne typée',
    (_label, { dataset, text }) => {
      const decimals = decimalColumnsOf(dataset);
      const spreadsheet = toSpreadsheetCsv(text, decimals);
      expect(spreadsheet.startsWith('\uFEFF')).toBe(true);
      // A reader that knows nothing of this project: PapaParse with the separator.
      const plain = Papa.parse<string[]>(spreadsheet.slice(1), { delimiter: ';', skipEmptyLines: 'greedy' });
      expect(plain.errors).toEqual([]);
      expect(plain.data[0]).toEqual(Object.keys(dataset.columns));
      const back = parseSpreadsheetCsv(spreadsheet, decimals);
      expect(back).toEqual(records(text));
      expect(loadRows(Papa.unparse(back, { newline: '\n' }), dataset)).toEqual(loadRows(text, dataset));
    },
  );

  it('garde la virgule décimale de chiffres.csv lisible comme nombre', () => {
    const chiffres = datasetBySlug('chiffres');
    const text =
      'id,theme,indicateur,valeur,unite,date,periode_reference,perimetre,base,localisation,source_ids,statut_verification,note\n' +
      'part,enquete,"Part des répondants ""non couverts"", en %",18.8,pourcentage,2024-02,2023-11/2024-02,"Adhérents ; tous\nsecteurs",,Document entier,source-a,confirme,\n';
    const spreadsheet = toSpreadsheetCsv(text, decimalColumnsOf(chiffres));
    expect(spreadsheet).toContain(';18,8;');
    expect(
      loadRows(Papa.unparse(parseSpreadsheetCsv(spreadsheet, ['valeur']), { newline: '\n' }), chiffres)[0]?.valeur,
    ).toBe(18.8);
  });

  it('se relit à l’identique pour 300 tableaux de cellules aléatoires', () => {
    const cell = fc
      .array(fc.constantFrom('a', 'é', 'œ', ',', ';', '"', '\n', '\r\n', ' ', '«', '»', '0', '.', '7.9', '€'), {
        maxLength: 6,
      })
      .map((parts) => parts.join(''));
    // The decimal column holds what validation lets through: digits, an optional decimal point, or nothing.
    const decimal = fc.oneof(
      fc.constant(''),
      fc.nat().map(String),
      fc.tuple(fc.nat(), fc.nat()).map(([a, b]) => `${a}.${b}`),
    );
    const table = fc.integer({ min: 0, max: 3 }).chain((width) =>
      fc
        .array(fc.tuple(decimal, fc.array(cell, { minLength: width, maxLength: width })), {
          minLength: 1,
          maxLength: 5,
        })
        .map((rows) => ({
          header: ['valeur', ...Array.from({ length: width }, (_, index) => `c${index}`)],
          // Rows whose cells are all blank are skipped by readers (skipEmptyLines): keep one visible cell.
          rows: rows.map(([number, cells]) => [number === '' && cells.join('').trim() === '' ? '0' : number, ...cells]),
        })),
    );
    fc.assert(
      fc.property(table, ({ header, rows }) => {
        const csv = `${Papa.unparse([header, ...rows], { newline: '\n' })}\n`;
        expect(parseSpreadsheetCsv(toSpreadsheetCsv(csv, ['valeur']), ['valeur'])).toEqual([header, ...rows]);
      }),
      { numRuns: 300 },
    );
  });
});
