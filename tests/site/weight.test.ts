/**
 * The weight budget, as a gate: no built page may cost more than
 * PAGE_BUDGET_GZIP (60 KB) gzipped to load — its HTML, the stylesheets and
 * scripts it references and the modules they import statically (scripts/page-weight.ts).
 * Scripts loaded on first use are not counted: they are what deferring is for.
 */
import { describe, expect, it } from 'vitest';
import { PAGE_BUDGET_GZIP, pageWeight } from '../../scripts/page-weight.ts';
import { builtPages } from './built-site.ts';

const oneDecimal = new Intl.NumberFormat('fr-FR', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const kilobytes = (bytes: number): string => `${oneDecimal.format(bytes / 1024)}\u00a0Ko`;

describe('le budget de poids', () => {
  it(`tient pour chaque page : ${kilobytes(PAGE_BUDGET_GZIP)} au plus, gzip compris, HTML + CSS + JS chargés avec elle`, () => {
    const over = builtPages('dist')
      .map((path) => pageWeight('dist', path))
      .filter((weight) => weight.totalGzip > PAGE_BUDGET_GZIP)
      .map(
        (weight) =>
          `${weight.path} : ${kilobytes(weight.totalGzip)} (HTML ${kilobytes(weight.html.gzip)}, CSS ${kilobytes(weight.css.gzip)}, JS ${kilobytes(weight.js.gzip)})`,
      );
    expect(over).toEqual([]);
  });
});
