/**
 * What each one-line citation cites, and where: a key figure of the home
 * page, a chart of /estimations/, a row of a dataset page. All name the
 * current version of the data (the date of its latest change).
 */
import type { KeyFigureCore } from '../accueil/key-figures.ts';
import { SITE_SHORT_NAME } from '../../lib/site.ts';
import { oneLineCitation } from './one-line.ts';

/** The data version a citation names, and the site's address. */
export interface CitationContext {
  /** Date of the latest change to the data, `AAAA-MM-JJ`. */
  dataDate: string;
  site: URL | string;
}

function cite(title: string, path: string, context: CitationContext): string {
  return oneLineCitation({
    title,
    author: SITE_SHORT_NAME,
    date: context.dataDate,
    url: new URL(path, context.site).href,
  });
}

/** « Exclus selon le rapport officiel : 120 800 ETP »; for an event, « Dernier événement : <titre> (<date>) ». */
export function keyFigureTitle(figure: KeyFigureCore): string {
  if (figure.valueDate !== null) return `${figure.heading} : ${figure.label} (${figure.value})`;
  const unit = figure.unit === null ? '' : ` ${/\(ETP\)/.test(figure.unit) ? 'ETP' : figure.unit}`;
  return `${figure.heading} : ${figure.value}${unit}`;
}

/** The one-line citation of a key figure, pointing at its card on the home page. */
export function keyFigureOneLine(figure: KeyFigureCore, context: CitationContext): string {
  return cite(keyFigureTitle(figure), `/#${figure.anchor}`, context);
}

/** The one-line citation of a chart, pointing at its section of /estimations/. */
export function chartOneLine(chart: { title: string; pagePath: string }, context: CitationContext): string {
  return cite(chart.title, chart.pagePath, context);
}

/** The one-line citation of a data row, pointing at the row where its dataset's pages show it (`href`). */
export function rowOneLine(href: string, label: string, context: CitationContext): string {
  return cite(label, href, context);
}

/** The one-line citation of a whole dataset or version, pointing at its frozen copy when there is one. */
export function datasetOneLine(title: string, path: string, context: CitationContext): string {
  return cite(title, path, context);
}
