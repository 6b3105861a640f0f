/**
 * The official figure broken down: one stacked bar whose parts add up to the
 * total of the report (120 800 = 92 400 + 26 600 + 1 800 ETP), a bracket that
 * carries the total, and a label under each part. A part computed by the
 * observatory (`derive`) is grey, hatched and outlined with dashes, and says
 * so in words.
 */
import { scaleLinear } from 'd3-scale';
import type { EstimationRow } from '../schemas/estimations.ts';
import { ESTIMATE_UNIT_LABELS, SCOPE_LABELS } from '../lib/codes/estimations.ts';
import { formatPartialDate } from '../lib/format.ts';
import { formatEstimate } from '../lib/estimates.ts';
import { estimateTags, markLabel, tooltipLines } from './estimate-text.ts';
import {
  PALETTE,
  diamondPath,
  type ChartOptions,
  element,
  fillOf,
  hatchDefs,
  hatchId,
  mark,
  NARROW_MIN_FONT,
  NARROW_WIDTH,
  strokeOf,
  svgDocument,
  text,
  textBlock,
  textWidth,
  type ColourRole,
} from './svg.ts';

export interface ReportBreakdownInput {
  total: EstimationRow;
  parts: readonly EstimationRow[];
}

/** How a part reads under the bar: its scope, or what it is when the observatory computed it. */
function partName(part: EstimationRow): string {
  return part.derive ? 'non ventilés par le rapport' : SCOPE_LABELS[part.perimetre_code].toLowerCase();
}

/** Solid, hatched, or grey hatched with a dashed outline for a derived part. */
function partFill(
  part: EstimationRow,
  index: number,
  id: string,
  role: ColourRole,
): { fill: string; class: string; dashed: boolean } {
  if (part.derive) return { fill: `url(#${hatchId(id, 'derived')})`, class: 'part-derived', dashed: true };
  if (index % 2 === 1) return { fill: `url(#${hatchId(id, role)})`, class: 'part-hatched', dashed: false };
  return { ...fillOf(role), dashed: false };
}

/** A key (12 × 12 by default) repeating a part's fill, drawn before its label. */
function swatch(
  x: number,
  y: number,
  fill: { fill: string; class: string; dashed: boolean },
  role: ColourRole,
  size = 12,
): string {
  const stroke = strokeOf(fill.dashed ? 'derived' : role);
  return element('rect', {
    x,
    y,
    width: size,
    height: size,
    fill: fill.fill,
    stroke: stroke.stroke,
    class: `${fill.class} ${stroke.class}`,
    'stroke-dasharray': fill.dashed ? '3 2' : undefined,
    'stroke-width': 1,
  });
}

/** Words of the chart's <desc>, the same in both layouts. */
function breakdownDesc(input: ReportBreakdownInput): string {
  const { total, parts } = input;
  return `Barre empilée en ${ESTIMATE_UNIT_LABELS[total.unite]} : ${parts
    .map(
      (part) =>
        `${formatEstimate(part)} (${partName(part)}${part.derive ? ', calcul de l’observatoire, hachuré en gris' : ''})`,
    )
    .join(
      ' + ',
    )} = ${formatEstimate(total)}, le total du rapport (${formatPartialDate(total.date)}), indiqué par l’accolade au-dessus de la barre.`;
}

/** What is written for a part: its value, then its scope and tags. */
function partLabel(part: EstimationRow, total: EstimationRow): { value: string; name: string } {
  const tags = estimateTags(part).filter((tag) => tag !== 'officiel' || !total.officiel);
  return { value: formatEstimate(part), name: `${partName(part)}${tags.length > 0 ? ` (${tags.join(', ')})` : ''}` };
}

/**
 * The phone layout: the total written above the bar, the bar across the
 * whole width, then the parts stacked one under the other, each with its key
 * (the same fill as its segment), its value and its name.
 */
function reportBreakdownNarrow(input: ReportBreakdownInput, options: ChartOptions): string {
  const { total, parts } = input;
  const width = NARROW_WIDTH;
  const left = 16;
  const right = width - 16;
  const role: ColourRole = total.unite;
  const x = scaleLinear()
    .domain([0, total.valeur ?? 0])
    .range([left, right]);
  const body: string[] = [];
  let y = 4;

  const unit = textBlock(left, y, `Unité : ${ESTIMATE_UNIT_LABELS[total.unite]}`, {
    size: NARROW_MIN_FONT,
    tone: 'soft',
    maxWidth: right - left,
  });
  body.push(unit.markup);
  y += unit.height + 10;

  const offset = total.officiel ? 20 : 0;
  const totalText = textBlock(
    left + offset,
    y,
    `${formatEstimate(total)} — total du rapport, ${formatPartialDate(total.date)}${total.officiel ? ' · officiel' : ''}`,
    { size: 15, bold: true, maxWidth: right - left - offset },
  );
  const bracketY = y + totalText.height + 8;
  body.push(
    mark(
      {
        id: total.id,
        label: markLabel(total, 'Total'),
        tooltip: tooltipLines(total, 'Total'),
        focus: { x: left - 6, y: y - 4, width: right - left + 12, height: bracketY + 12 - (y - 4) },
      },
      [
        total.officiel ? element('path', { d: diamondPath(left + 7, y + 10, 7), ...fillOf(role) }) : '',
        totalText.markup,
        element('path', {
          d: `M${left},${bracketY + 8}V${bracketY}H${right}V${bracketY + 8}`,
          fill: 'none',
          'stroke-width': 1.5,
          class: 'c-axis tip-anchor',
          stroke: PALETTE.axis,
        }),
      ].join(''),
    ),
  );

  const barTop = bracketY + 14;
  const barHeight = 40;
  y = barTop + barHeight + 16;
  let cursor = 0;
  parts.forEach((part, index) => {
    const value = part.valeur ?? 0;
    const x0 = x(cursor);
    const x1 = x(cursor + value);
    cursor += value;
    const fill = partFill(part, index, options.id, role);
    const label = partLabel(part, total);
    const top = y;
    const valueBlock = textBlock(left + 24, top, label.value, { size: 15, bold: true, maxWidth: right - left - 24 });
    const nameBlock = textBlock(left + 24, top + valueBlock.height, label.name, {
      size: 14,
      maxWidth: right - left - 24,
      maxLines: 3,
    });
    const rowHeight = valueBlock.height + nameBlock.height;
    body.push(
      mark(
        {
          id: part.id,
          label: markLabel(part, partName(part)),
          tooltip: tooltipLines(part, partName(part)),
          focus: { x: left - 6, y: top - 4, width: right - left + 12, height: rowHeight + 8 },
        },
        [
          element('rect', {
            x: x0,
            y: barTop,
            width: Math.max(x1 - x0, 1),
            height: barHeight,
            fill: fill.fill,
            class: `${fill.class}${fill.dashed ? ' c-stroke-derived' : ''} tip-anchor`,
            ...(fill.dashed ? { stroke: PALETTE.derived, 'stroke-dasharray': '4 3', 'stroke-width': 1.5 } : {}),
          }),
          index > 0
            ? element('line', {
                x1: x0,
                x2: x0,
                y1: barTop,
                y2: barTop + barHeight,
                class: 'chart-bg-stroke',
                stroke: PALETTE.background,
                'stroke-width': 2,
              })
            : '',
          swatch(left, top + 3, fill, role, 16),
          valueBlock.markup,
          nameBlock.markup,
        ].join(''),
      ),
    );
    y += rowHeight + 12;
  });

  return svgDocument({
    id: options.id,
    width,
    height: y,
    title: options.title,
    desc: breakdownDesc(input),
    defs: hatchDefs(options.id, [role, 'derived']),
    body: body.join('\n'),
    layout: 'narrow',
    ...(options.standalone ? { standalone: options.standalone } : {}),
  });
}

/** The stacked bar of the report's total and its parts, as SVG markup (wide or narrow layout). */
export function reportBreakdownChart(input: ReportBreakdownInput, options: ChartOptions): string {
  if (options.layout === 'narrow') return reportBreakdownNarrow(input, options);
  const { total, parts } = input;
  const width = options.width ?? 760;
  const left = 20;
  const right = width - 20;
  const role: ColourRole = total.unite;
  const totalValue = total.valeur ?? 0;
  const x = scaleLinear().domain([0, totalValue]).range([left, right]);

  const unitLine = text(left, 18, `Unité : ${ESTIMATE_UNIT_LABELS[total.unite]}`, { size: 12, tone: 'soft' });

  // The bracket above the bar carries the total.
  const bracketY = 58;
  const totalText = `${formatEstimate(total)} — total du rapport, ${formatPartialDate(total.date)}${total.officiel ? ' · officiel' : ''}`;
  const totalMark = mark(
    {
      id: total.id,
      label: markLabel(total, 'Total'),
      tooltip: tooltipLines(total, 'Total'),
      focus: { x: left - 4, y: 30, width: Math.min(right - left + 8, textWidth(totalText, 13) + 30), height: 40 },
    },
    [
      total.officiel ? element('path', { d: diamondPath(left + 6, 44, 6), ...fillOf(role) }) : '',
      text(left + (total.officiel ? 18 : 0), 48, totalText, { bold: true }),
      element('path', {
        d: `M${left},${bracketY + 8}V${bracketY}H${x(totalValue)}V${bracketY + 8}`,
        fill: 'none',
        'stroke-width': 1.5,
        class: 'c-axis tip-anchor',
        stroke: PALETTE.axis,
      }),
    ].join(''),
  );

  const barTop = 72;
  const barHeight = 44;
  const barBottom = barTop + barHeight;
  let cursor = 0;
  const partMarks = parts.map((part, index) => {
    const value = part.valeur ?? 0;
    const x0 = x(cursor);
    const x1 = x(cursor + value);
    cursor += value;
    const fill = partFill(part, index, options.id, role);
    const centre = (x0 + x1) / 2;
    const labelY = barBottom + 26 + index * 22;
    const written = partLabel(part, total);
    const label = `${written.value} — ${written.name}`;
    const labelWidth = 18 + textWidth(label, 12.5);
    // Start the label right of its leader when it fits, otherwise end it left of the leader.
    const startX = centre + 6 + labelWidth <= right ? centre + 6 : centre - 6 - labelWidth;
    const segment = element('rect', {
      x: x0,
      y: barTop,
      width: Math.max(x1 - x0, 1),
      height: barHeight,
      fill: fill.fill,
      class: `${fill.class}${fill.dashed ? ' c-stroke-derived' : ''} tip-anchor`,
      ...(fill.dashed ? { stroke: PALETTE.derived, 'stroke-dasharray': '4 3', 'stroke-width': 1.5 } : {}),
    });
    const separator =
      index > 0
        ? element('line', {
            x1: x0,
            x2: x0,
            y1: barTop,
            y2: barBottom,
            class: 'chart-bg-stroke',
            stroke: PALETTE.background,
            'stroke-width': 2,
          })
        : '';
    const leader = element('line', {
      x1: centre,
      x2: centre,
      y1: barBottom + 3,
      y2: labelY - 3,
      class: 'c-axis',
      stroke: PALETTE.axis,
    });
    const focusX = Math.min(x0, startX) - 4;
    const focusRight = Math.max(x1, startX + labelWidth) + 4;
    return mark(
      {
        id: part.id,
        label: markLabel(part, partName(part)),
        tooltip: tooltipLines(part, partName(part)),
        focus: { x: focusX, y: barTop - 3, width: focusRight - focusX, height: labelY + 7 - (barTop - 3) },
      },
      [
        segment,
        separator,
        leader,
        swatch(startX, labelY - 10.5, fill, role),
        text(startX + 18, labelY, label, { size: 12.5 }),
      ].join(''),
    );
  });

  const height = barBottom + 26 + (parts.length - 1) * 22 + 14;
  const desc = breakdownDesc(input);

  return svgDocument({
    id: options.id,
    width,
    height,
    title: options.title,
    desc,
    defs: hatchDefs(options.id, [role, 'derived']),
    body: [unitLine, totalMark, ...partMarks].join('\n'),
    ...(options.standalone ? { standalone: options.standalone } : {}),
  });
}
