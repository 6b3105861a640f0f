/**
 * Every estimate side by side: a dot (or a range) per estimate on one linear
 * axis, one row each, grouped by scope, with the author and the date on the
 * left and the value with its unit written next to the mark. Shape says who
 * counts (diamond: official; hollow dashed circle: computed by the
 * observatory; circle: anyone else), colour repeats the unit that the label
 * already writes (blue: persons; vermillion: ETP). Nothing is summed.
 */
import { scaleLinear } from 'd3-scale';
import { max } from 'd3-array';
import type { EstimationRow } from '../schemas/estimations.ts';
import { formatNumber, formatPartialDate } from '../lib/format.ts';
import { estimateAnchor, estimateExtent, estimateShape } from '../lib/estimates.ts';
import { ESTIMATE_UNIT_LABELS, type EstimateUnit } from '../lib/codes/estimations.ts';
import { markLabel, tooltipLines, valueLabel } from './estimate-text.ts';
import {
  PALETTE,
  diamondPath,
  type ChartOptions,
  element,
  fillOf,
  horizontalAxis,
  legendLines,
  legendRow,
  mark,
  NARROW_MIN_FONT,
  NARROW_WIDTH,
  strokeOf,
  svgDocument,
  text,
  textBlock,
  textWidth,
  truncate,
  type ColourRole,
  type LegendItem,
} from './svg.ts';

export interface EstimateGroup {
  /** Heading of the group (a scope). */
  label: string;
  rows: readonly EstimationRow[];
}

/** The mark of one estimate at (x, y): its shape says official, derived or other; its colour, the unit. */
export function estimateSymbol(row: EstimationRow, x: number, y: number): string {
  const role: ColourRole = row.unite;
  if (row.derive) {
    return element('circle', {
      cx: x,
      cy: y,
      r: 5.5,
      class: `chart-bg ${strokeOf(role).class} tip-anchor`,
      fill: PALETTE.background,
      stroke: PALETTE[role],
      'stroke-width': 2,
      'stroke-dasharray': '2 2',
    });
  }
  const fill = fillOf(role);
  if (row.officiel)
    return element('path', { d: diamondPath(x, y, 7.5), fill: fill.fill, class: `${fill.class} tip-anchor` });
  return element('circle', { cx: x, cy: y, r: 6, fill: fill.fill, class: `${fill.class} tip-anchor` });
}

const SHAPE_LEGEND: readonly LegendItem[] = [
  {
    key: element('path', { d: diamondPath(8, 8, 7), class: 'c-fill-key', fill: PALETTE.textSoft }),
    label: 'chiffre officiel',
  },
  {
    key: element('circle', { cx: 8, cy: 8, r: 6, class: 'c-fill-key', fill: PALETTE.textSoft }),
    label: 'autre estimation',
  },
  {
    key: element('circle', {
      cx: 8,
      cy: 8,
      r: 5.5,
      class: 'chart-bg c-stroke-key',
      fill: PALETTE.background,
      stroke: PALETTE.textSoft,
      'stroke-width': 2,
      'stroke-dasharray': '2 2',
    }),
    label: 'calcul de l’observatoire',
  },
  {
    key: element('path', {
      d: 'M1,8H15M1,3V13M15,3V13',
      fill: 'none',
      class: 'c-stroke-key',
      stroke: PALETTE.textSoft,
      'stroke-width': 2,
    }),
    label: 'fourchette',
  },
];

function unitLegend(units: readonly EstimateUnit[]): LegendItem[] {
  return units.map((unit) => ({
    key: element('rect', { x: 2, y: 2, width: 12, height: 12, ...fillOf(unit) }),
    label: `en ${ESTIMATE_UNIT_LABELS[unit]}`,
  }));
}

/** The range, bound or nothing drawn around an estimate's symbol, centred on `centre`. */
function extentOf(row: EstimationRow, low: number, high: number, centre: number): string {
  const role: ColourRole = row.unite;
  const shape = estimateShape(row);
  if (shape === 'range' || shape === 'atMost') {
    return element('path', {
      d: `M${low},${centre}H${high}M${low},${centre - 6}V${centre + 6}M${high},${centre - 6}V${centre + 6}`,
      fill: 'none',
      'stroke-width': 2.5,
      ...strokeOf(role),
    });
  }
  if (shape === 'atLeast') {
    // An open arrow to the right: « plus de ».
    return element('path', {
      d: `M${low},${centre}h16m-5,-5l5,5l-5,5`,
      fill: 'none',
      'stroke-width': 2,
      ...strokeOf(role),
    });
  }
  return '';
}

/** Words of the chart's <desc>, the same in both layouts. */
function comparisonDesc(groups: readonly EstimateGroup[], axisEnd: number, units: readonly EstimateUnit[]): string {
  const allRows = groups.flatMap((group) => group.rows);
  const unitWords = units.map((unit) => (unit === 'etp' ? 'ETP' : unit)).join(' et ');
  return `Diagramme en points : ${allRows.length} estimations, une par ligne, regroupées par périmètre (${groups
    .map((group) => group.label.toLowerCase())
    .join(
      ', ',
    )}). L’axe horizontal va de 0 à ${formatNumber(axisEnd)}, en ${unitWords} : les deux unités ne s’additionnent pas. Losange : chiffre officiel ; rond : autre estimation ; rond creux en pointillés : calcul de l’observatoire ; trait à crochets : fourchette. La valeur, son unité et « ≈ » pour un ordre de grandeur sont écrits à côté de chaque point.`;
}

/**
 * The phone layout: a list of rows, each with its author, its date and scope,
 * its value written above its own track, the mark placed on the track at the
 * same scale for every row (so that rows still compare), tick values at the
 * top and at the bottom.
 */
function estimatesComparisonNarrow(groups: readonly EstimateGroup[], options: ChartOptions): string {
  const width = NARROW_WIDTH;
  const left = 16;
  const right = width - 16;
  const inner = right - left;
  const allRows = groups.flatMap((group) => group.rows);
  const highest = max(allRows, (row) => estimateExtent(row)[1]) ?? 1;
  // Half a tick label of room at each end, so that labels stay centred on their ticks
  // (and, right of the highest mark, room for the arrow of a lower bound).
  const x = scaleLinear()
    .domain([0, highest])
    .range([left + 26, right - 26])
    .nice();
  const units = [...new Set(allRows.map((row) => row.unite))].sort();
  const axis = (y: number, gridTop: number, gridBottom: number): string =>
    horizontalAxis(x, {
      y,
      gridTop,
      gridBottom,
      format: (value) => formatNumber(value),
      ticks: 3,
      size: NARROW_MIN_FONT,
      bounds: [left, right],
    });

  const body: string[] = [];
  const shapes = legendLines(left, 18, SHAPE_LEGEND, inner);
  body.push(shapes.markup);
  const unitsLegend = legendLines(
    left,
    18 + shapes.height,
    [...unitLegend(units), { key: text(2, 13, '≈', { size: 15, bold: true }), label: 'ordre de grandeur' }],
    inner,
  );
  body.push(unitsLegend.markup);
  let y = 18 + shapes.height + unitsLegend.height + 4;
  body.push(axis(y, y + 6, y + 6));
  y += 12;

  for (const group of groups) {
    body.push(element('line', { x1: left, x2: right, y1: y + 4, y2: y + 4, class: 'c-axis', stroke: PALETTE.axis }));
    const heading = textBlock(left, y + 8, group.label, { size: 15, bold: true, maxWidth: inner });
    body.push(heading.markup);
    y += 8 + heading.height + 6;
    for (const row of group.rows) {
      const top = y;
      const author = textBlock(left, top, row.estimateur, { size: 14, maxWidth: inner, maxLines: 2 });
      // One line, as in the wide layout: the whole scope is in the mark's name, its tooltip and the table.
      const context = textBlock(left, top + author.height, `${formatPartialDate(row.date)} · ${row.perimetre}`, {
        size: NARROW_MIN_FONT,
        tone: 'soft',
        maxWidth: inner,
        maxLines: 1,
      });
      const valueTop = top + author.height + context.height + 2;
      const value = textBlock(left, valueTop, valueLabel(row), { size: 14, bold: true, maxWidth: inner });
      const centre = valueTop + value.height + 12;
      const anchorX = x(estimateAnchor(row));
      const [low, high] = estimateExtent(row).map((bound) => x(bound)) as [number, number];
      const rowHeight = centre + 14 - top;
      body.push(
        mark(
          {
            id: row.id,
            label: markLabel(row, group.label),
            tooltip: tooltipLines(row, group.label),
            focus: { x: left - 6, y: top - 3, width: inner + 12, height: rowHeight + 2 },
          },
          [
            author.markup,
            context.markup,
            value.markup,
            horizontalAxis(x, {
              y: 0,
              gridTop: centre - 8,
              gridBottom: centre + 8,
              format: formatNumber,
              ticks: 3,
              labels: false,
            }),
            element('line', {
              x1: x.range()[0],
              x2: x.range()[1],
              y1: centre,
              y2: centre,
              class: 'c-grid',
              stroke: PALETTE.grid,
              'stroke-dasharray': '1 3',
            }),
            extentOf(row, low, high, centre),
            estimateSymbol(row, anchorX, centre),
          ].join(''),
        ),
      );
      y += rowHeight + 8;
    }
  }
  body.push(axis(y + 14, y - 2, y - 2));
  const height = y + 22;

  return svgDocument({
    id: options.id,
    width,
    height,
    title: options.title,
    desc: comparisonDesc(groups, x.domain()[1] ?? highest, units),
    body: body.join('\n'),
    layout: 'narrow',
    ...(options.standalone ? { standalone: options.standalone } : {}),
  });
}

/** The dot-and-range comparison chart, as SVG markup (wide or narrow layout). */
export function estimatesComparisonChart(groups: readonly EstimateGroup[], options: ChartOptions): string {
  if (options.layout === 'narrow') return estimatesComparisonNarrow(groups, options);
  const width = options.width ?? 820;
  const labelLeft = 20;
  const labelWidth = 300;
  const plotLeft = labelLeft + labelWidth + 24;
  const plotRight = width - 30;
  const rowHeight = 36;
  const groupHeight = 30;
  const allRows = groups.flatMap((group) => group.rows);
  const highest = max(allRows, (row) => estimateExtent(row)[1]) ?? 1;
  const x = scaleLinear().domain([0, highest]).range([plotLeft, plotRight]).nice();

  const units = [...new Set(allRows.map((row) => row.unite))].sort();
  const legendShapes = legendRow(labelLeft, 20, SHAPE_LEGEND);
  const legendUnits = legendRow(labelLeft, 44, [
    ...unitLegend(units),
    { key: text(2, 13, '≈', { size: 15, bold: true }), label: 'ordre de grandeur' },
  ]);

  const axisTop = 82;
  let y = axisTop + 10;
  const body: string[] = [];
  for (const group of groups) {
    body.push(
      element('line', { x1: labelLeft, x2: width - 20, y1: y + 4, y2: y + 4, class: 'c-axis', stroke: PALETTE.axis }),
    );
    body.push(text(labelLeft, y + 22, group.label, { bold: true, size: 13.5 }));
    y += groupHeight;
    for (const row of group.rows) {
      const centre = y + 18;
      const anchorX = x(estimateAnchor(row));
      const [low, high] = estimateExtent(row).map((value) => x(value)) as [number, number];
      const shape = estimateShape(row);
      const extent = extentOf(row, low, high, centre);
      const value = valueLabel(row);
      const valueWidth = textWidth(value, 12);
      const rightEdge = Math.max(anchorX, high) + (shape === 'atLeast' ? 20 : 11);
      const valueText =
        rightEdge + valueWidth <= width - 8
          ? text(rightEdge, centre + 4, value, { size: 12 })
          : text(Math.min(anchorX, low) - 11, centre + 4, value, { size: 12, anchor: 'end' });
      body.push(
        mark(
          {
            id: row.id,
            label: markLabel(row, group.label),
            tooltip: tooltipLines(row, group.label),
            focus: { x: labelLeft - 8, y: y + 1, width: width - 2 * (labelLeft - 8), height: rowHeight - 2 },
          },
          [
            element('line', {
              x1: plotLeft,
              x2: plotRight,
              y1: centre,
              y2: centre,
              class: 'c-grid',
              stroke: PALETTE.grid,
              'stroke-dasharray': '1 3',
            }),
            text(labelLeft, y + 15, truncate(row.estimateur, labelWidth, 12.5), { size: 12.5 }),
            text(labelLeft, y + 30, truncate(`${formatPartialDate(row.date)} · ${row.perimetre}`, labelWidth, 12), {
              size: 12,
              tone: 'soft',
            }),
            extent,
            estimateSymbol(row, anchorX, centre),
            valueText,
          ].join(''),
        ),
      );
      y += rowHeight;
    }
  }
  const axisBottom = y + 8;
  const axisFormat = (value: number): string => formatNumber(value);
  const height = axisBottom + 22;

  const desc = comparisonDesc(groups, x.domain()[1] ?? highest, units);

  return svgDocument({
    id: options.id,
    width,
    height,
    title: options.title,
    desc,
    body: [
      legendShapes.markup,
      legendUnits.markup,
      horizontalAxis(x, { y: axisTop - 8, gridTop: axisTop, gridBottom: axisBottom, format: axisFormat }),
      horizontalAxis(x, { y: axisBottom + 16, gridTop: axisBottom, gridBottom: axisBottom, format: axisFormat }),
      ...body,
    ].join('\n'),
    ...(options.standalone ? { standalone: options.standalone } : {}),
  });
}
