/**
 * Covered against excluded: horizontal bars on one linear axis. The covered
 * bar is stacked from its parts when it has any (in persons), a single bar
 * otherwise; each estimate of the excluded is its own bar (in ETP). Bars of
 * different units sit side by side, each with its unit written out, and are
 * never stacked or summed together.
 */
import { scaleLinear } from 'd3-scale';
import { max } from 'd3-array';
import type { EstimationRow } from '../schemas/estimations.ts';
import { SCOPE_LABELS } from '../lib/codes/estimations.ts';
import { formatNumber, formatPartialDate } from '../lib/format.ts';
import { formatEstimate } from '../lib/estimates.ts';
import { markLabel, tooltipLines, valueLabel } from './estimate-text.ts';
import {
  PALETTE,
  diamondPath,
  element,
  fillOf,
  hatchDefs,
  hatchId,
  horizontalAxis,
  mark,
  strokeOf,
  svgDocument,
  text,
  truncate,
  wrapText,
  type ChartOptions,
  type ColourRole,
} from './svg.ts';

export interface CoveredVsExcludedInput {
  covered: { total: EstimationRow; parts: readonly EstimationRow[] };
  excluded: readonly EstimationRow[];
}

const NATURE_HEADINGS = { couverts: 'Couverts par les 183 €', exclus: 'Exclus', cout: 'Coûts' } as const;

/** The covered-versus-excluded bars, as SVG markup. */
export function coveredVsExcludedChart(input: CoveredVsExcludedInput, options: ChartOptions): string {
  const { covered, excluded } = input;
  const width = options.width ?? 760;
  const labelLeft = 20;
  const labelWidth = 220;
  const plotLeft = labelLeft + labelWidth + 20;
  const plotRight = width - 30;
  const highest = max([covered.total, ...excluded], (row) => row.valeur ?? row.valeur_max ?? row.valeur_min ?? 0) ?? 1;
  const x = scaleLinear().domain([0, highest]).range([plotLeft, plotRight]).nice();
  const barHeight = 24;
  const roles = [...new Set([covered.total.unite, ...excluded.map((row) => row.unite)])] as ColourRole[];

  /** Author (on up to two lines), date and scope at the left of a bar. */
  const rowLabel = (row: EstimationRow, top: number): string => {
    const lines: { content: string; soft: boolean }[] = [
      ...wrapText(row.estimateur, labelWidth, 12)
        .slice(0, 2)
        .map((line) => ({ content: line, soft: false })),
      { content: formatPartialDate(row.date), soft: true },
      { content: SCOPE_LABELS[row.perimetre_code], soft: true },
    ];
    return lines
      .map((line, index) =>
        text(labelLeft, top + 14 + index * 15, truncate(line.content, labelWidth, 12), {
          size: line.soft ? 11.5 : 12,
          tone: line.soft ? 'soft' : 'normal',
        }),
      )
      .join('');
  };

  /** The value written above a bar, after a diamond when the figure is official. */
  const valueAbove = (row: EstimationRow, top: number): string => {
    const role: ColourRole = row.unite;
    const offset = row.officiel ? 16 : 0;
    return (
      (row.officiel ? element('path', { d: diamondPath(plotLeft + 6, top + 9, 6), ...fillOf(role) }) : '') +
      text(plotLeft + offset, top + 14, valueLabel(row), { bold: true, size: 12.5 })
    );
  };

  /** Grid lines behind one bar only, so that they never cross text. */
  const gridBehind = (barTop: number): string =>
    horizontalAxis(x, {
      y: 0,
      gridTop: barTop - 4,
      gridBottom: barTop + barHeight + 4,
      format: formatNumber,
      labels: false,
    });

  const sectionHeading = (label: string, top: number): string =>
    [
      element('line', { x1: labelLeft, x2: width - 20, y1: top, y2: top, class: 'c-axis', stroke: PALETTE.axis }),
      text(labelLeft, top + 22, label, { bold: true, size: 13.5 }),
    ].join('');

  const body: string[] = [];
  let y = 0;

  // Covered: one stacked bar, a key line per part under it.
  const coveredRole: ColourRole = covered.total.unite;
  body.push(sectionHeading(NATURE_HEADINGS[covered.total.nature], y));
  y += 34;
  const coveredTop = y;
  const barY = coveredTop + 22;
  body.push(gridBehind(barY));
  let cursor = 0;
  const partMarkup = covered.parts.map((part, index) => {
    const value = part.valeur ?? 0;
    const x0 = x(cursor);
    const x1 = x(cursor + value);
    cursor += value;
    const fill =
      index % 2 === 0
        ? fillOf(coveredRole)
        : { fill: `url(#${hatchId(options.id, coveredRole)})`, class: 'part-hatched' };
    const keyY = barY + barHeight + 10 + index * 34;
    const keyLines = wrapText(`${formatEstimate(part)} — ${part.perimetre}`, plotRight - plotLeft - 20, 12);
    return mark(
      {
        id: part.id,
        label: markLabel(part, 'Dont'),
        tooltip: tooltipLines(part, 'Dont'),
        focus: { x: plotLeft - 4, y: keyY - 3, width: plotRight - plotLeft + 8, height: 32 },
      },
      [
        element('rect', {
          x: x0,
          y: barY,
          width: Math.max(x1 - x0, 1),
          height: barHeight,
          fill: fill.fill,
          class: `${fill.class} tip-anchor`,
        }),
        index > 0
          ? element('line', {
              x1: x0,
              x2: x0,
              y1: barY,
              y2: barY + barHeight,
              class: 'chart-bg-stroke',
              stroke: PALETTE.background,
              'stroke-width': 2,
            })
          : '',
        element('rect', {
          x: plotLeft,
          y: keyY,
          width: 12,
          height: 12,
          ...fill,
          ...strokeOf(coveredRole),
          class: `${fill.class} ${strokeOf(coveredRole).class}`,
        }),
        ...keyLines
          .slice(0, 2)
          .map((line, lineIndex) => text(plotLeft + 18, keyY + 11 + lineIndex * 14, line, { size: 12 })),
      ].join(''),
    );
  });
  const coveredBottom = Math.max(barY + barHeight + 10 + covered.parts.length * 34, coveredTop + 80);
  body.push(
    mark(
      {
        id: covered.total.id,
        label: markLabel(covered.total, NATURE_HEADINGS[covered.total.nature]),
        tooltip: tooltipLines(covered.total, NATURE_HEADINGS[covered.total.nature]),
        focus: {
          x: labelLeft - 8,
          y: coveredTop - 4,
          width: width - 2 * (labelLeft - 8),
          height: barY + barHeight + 6 - coveredTop,
        },
      },
      rowLabel(covered.total, coveredTop) +
        valueAbove(covered.total, coveredTop) +
        (covered.parts.length === 0
          ? element('rect', {
              x: plotLeft,
              y: barY,
              width: Math.max(x(covered.total.valeur ?? 0) - plotLeft, 1),
              height: barHeight,
              ...fillOf(coveredRole),
              class: `${fillOf(coveredRole).class} tip-anchor`,
            })
          : ''),
    ),
  );
  body.push(...partMarkup);
  y = coveredBottom + 6;

  // Excluded: one bar per estimate.
  body.push(sectionHeading(NATURE_HEADINGS.exclus, y));
  y += 34;
  for (const row of excluded) {
    const role: ColourRole = row.unite;
    const top = y;
    const value = row.valeur ?? row.valeur_max ?? row.valeur_min ?? 0;
    body.push(gridBehind(top + 22));
    body.push(
      mark(
        {
          id: row.id,
          label: markLabel(row, NATURE_HEADINGS[row.nature]),
          tooltip: tooltipLines(row, NATURE_HEADINGS[row.nature]),
          focus: { x: labelLeft - 8, y: top - 4, width: width - 2 * (labelLeft - 8), height: 76 },
        },
        [
          rowLabel(row, top),
          valueAbove(row, top),
          element('rect', {
            x: plotLeft,
            y: top + 22,
            width: Math.max(x(value) - plotLeft, 1),
            height: barHeight,
            fill: fillOf(role).fill,
            class: `${fillOf(role).class} tip-anchor`,
          }),
        ].join(''),
      ),
    );
    y += 80;
  }

  const units = roles.filter((role) => role !== 'eur' && role !== 'derived');
  const unitNote =
    units.length > 1
      ? 'Couverts comptés en personnes, exclus en équivalents temps plein (ETP) : deux unités que l’on ne peut pas additionner.'
      : '';
  const axisY = y + 2;
  const noteLines = unitNote ? wrapText(unitNote, width - 2 * labelLeft, 12) : [];
  const height = axisY + 16 + noteLines.length * 16 + 8;
  const made =
    covered.parts.length === 0
      ? ''
      : `, barre faite de ${covered.parts.map((part) => formatEstimate(part)).join(' et ')}`;
  const desc = `Barres horizontales sur un même axe de 0 à ${formatNumber(x.domain()[1] ?? highest)}. ${NATURE_HEADINGS.couverts} : ${formatEstimate(covered.total)}${made}. ${NATURE_HEADINGS.exclus} : ${excluded.map((row) => `${formatEstimate(row)} selon ${row.estimateur} (${SCOPE_LABELS[row.perimetre_code].toLowerCase()})`).join(' ; ')}. Losange : chiffre officiel.${unitNote ? ` ${unitNote}` : ''}`;

  return svgDocument({
    id: options.id,
    width,
    height,
    title: options.title,
    desc,
    defs: hatchDefs(options.id, [coveredRole]),
    body: [
      ...body,
      horizontalAxis(x, { y: axisY, gridTop: axisY - 12, gridBottom: axisY - 12, format: formatNumber }),
      ...noteLines.map((line, index) => text(labelLeft, axisY + 26 + index * 16, line, { size: 12, tone: 'soft' })),
    ].join('\n'),
    ...(options.standalone ? { standalone: options.standalone } : {}),
  });
}
