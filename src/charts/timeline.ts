/**
 * The overview chart of /chronologie/: every event on a time axis, one lane
 * per type, the milestones (jalons) named above the lanes. A pure function of
 * the rows and a size to SVG markup (no DOM), rendered at build time.
 *
 * Reading aids that do not rely on colour: the lane gives the type (its name
 * is written on the left), a diamond marks a milestone and carries its name,
 * a bar (instead of a dot) spans the month or year of an event known only to
 * that precision. Each mark is a link to its event on the page, with an
 * accessible name giving the date, the type and the title.
 */
import { scaleBand, scaleUtc } from 'd3-scale';
import { utcDay, utcMonth, utcYear } from 'd3-time';
import { comparePartialDates, parsePartialDate, startOf } from '../lib/dates.ts';
import { formatNumber, formatPartialDate, plural } from '../lib/format.ts';
import { escapeXml } from '../lib/xml.ts';

/** What the chart reads of an event (an EvenementRow fits). */
export interface TimelineEvent {
  id: string;
  /** AAAA, AAAA-MM or AAAA-MM-JJ. */
  date: string;
  titre: string;
  type: string;
  /** True for a milestone, named on the chart. */
  jalon: boolean;
}

/** One lane: a type code and its French names. */
export interface TimelineLane {
  key: string;
  /** « Décret » */
  label: string;
  /** « décrets » */
  plural: string;
}

export interface TimelineChartOptions {
  /** Lanes from top to bottom; every event's type must have one. */
  lanes: readonly TimelineLane[];
  /** Width of the drawing (the SVG scales to its container). Default 960. */
  width?: number;
  /** Prefix of the ids of <title> and <desc>, unique in the page. Default « chronologie ». */
  idPrefix?: string;
  /** Text of <title>. */
  title?: string;
  /** Where a mark leads: the event in the page's list (`#<id>`, the default) or on another page. */
  hrefOf?: (id: string) => string;
}

const MARGIN = { top: 6, right: 16, bottom: 30, left: 176 };
const LANE_HEIGHT = 26;
const JALON_ROW_HEIGHT = 15;
const LABEL_FONT_SIZE = 11;
/** Average advance of a character at LABEL_FONT_SIZE in a sans-serif font, to keep milestone names inside the drawing. */
const CHAR_WIDTH = LABEL_FONT_SIZE * 0.52;
const DOT_RADIUS = 4.5;
const DIAMOND_RADIUS = 7;
const BAR_HEIGHT = 9;
/** Longest milestone name written on the chart; the full title is in the mark's name and on the page. */
const MAX_LABEL_LENGTH = 46;

/** Rounded to 0.1 px: smaller output, stable snapshots. */
function px(value: number): string {
  return String(Math.round(value * 10) / 10);
}

/** The period a partial date covers, as [start, end). */
function periodOf(date: string): [Date, Date] {
  const parsed = parsePartialDate(date);
  if (!parsed) throw new Error(`Date invalide pour le graphique : « ${date} » (attendu AAAA, AAAA-MM ou AAAA-MM-JJ)`);
  const start = startOf(date);
  const end =
    parsed.precision === 'jour'
      ? utcDay.offset(start, 1)
      : parsed.precision === 'mois'
        ? utcMonth.offset(start, 1)
        : utcYear.offset(start, 1);
  return [start, end];
}

/**
 * The name written next to a milestone: the part of the title before « : »
 * when there is one (« Décret n° 2020-1152 »), cut at a word boundary past
 * MAX_LABEL_LENGTH characters.
 */
export function jalonLabel(titre: string): string {
  const head = titre.split(' : ')[0] ?? titre;
  if (head.length <= MAX_LABEL_LENGTH) return head;
  const cut = head.slice(0, MAX_LABEL_LENGTH);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > 20 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:–—-]+$/, '')}…`;
}

/** The accessible name of a mark: « 18 février 2022, annonce : Conférence des métiers… (jalon) ». */
function markName(event: TimelineEvent, lane: TimelineLane): string {
  return `${formatPartialDate(event.date)}, ${lane.label.toLowerCase()} : ${event.titre}${event.jalon ? ' (jalon)' : ''}`;
}

function sortedEvents(events: readonly TimelineEvent[]): TimelineEvent[] {
  return events
    .map((event, index) => ({ event, index }))
    .sort((a, b) => comparePartialDates(a.event.date, b.event.date) || a.index - b.index)
    .map(({ event }) => event);
}

/**
 * One sentence that says what the chart shows, used as its <desc> and as the
 * written summary beside it: span, count, the three most frequent types, milestones.
 */
export function timelineSummary(events: readonly TimelineEvent[], lanes: readonly TimelineLane[]): string {
  if (events.length === 0) return 'Aucun événement à représenter.';
  const sorted = sortedEvents(events);
  const counts = lanes
    .map((lane) => ({ lane, count: events.filter((event) => event.type === lane.key).length }))
    .filter(({ count }) => count > 0)
    .sort((a, b) => b.count - a.count);
  const top = counts
    .slice(0, 3)
    .map(({ lane, count }) => `${count > 1 ? lane.plural : lane.label.toLowerCase()} (${formatNumber(count)})`);
  const topText = top.length > 1 ? `${top.slice(0, -1).join(', ')} et ${top.at(-1)}` : (top[0] ?? '');
  const jalons = events.filter((event) => event.jalon).length;
  const jalonText =
    jalons === 0 ? '' : ` ; ${plural(jalons, 'jalon est nommé', 'jalons sont nommés')} sur le graphique`;
  const span = `Entre ${withArticle(sorted[0]?.date ?? '')} et ${withArticle(sorted.at(-1)?.date ?? '')}`;
  return `${span}, la chronologie compte ${plural(events.length, 'événement')} de ${plural(counts.length, 'type')}, surtout : ${topText}${jalonText}.`;
}

/** « le 13 juillet 2020 » for a day, « juillet 2021 » or « 2021 » otherwise. */
function withArticle(date: string): string {
  return parsePartialDate(date)?.precision === 'jour' ? `le ${formatPartialDate(date)}` : formatPartialDate(date);
}

/** The overview timeline as SVG markup (see the module comment). */
export function timelineChart(events: readonly TimelineEvent[], options: TimelineChartOptions): string {
  const width = options.width ?? 960;
  const idPrefix = options.idPrefix ?? 'chronologie';
  const title = options.title ?? 'Les événements de la chronologie sur un axe du temps, par type';
  const lanes = options.lanes;
  const laneByKey = new Map(lanes.map((lane) => [lane.key, lane]));
  for (const event of events) {
    if (!laneByKey.has(event.type)) {
      throw new Error(
        `Type « ${event.type} » sans couloir sur le graphique (événement ${event.id}) : ajoutez-le aux couloirs (lanes).`,
      );
    }
  }

  const sorted = sortedEvents(events);
  const jalons = sorted.filter((event) => event.jalon);
  const lanesTop = MARGIN.top + jalons.length * JALON_ROW_HEIGHT + (jalons.length > 0 ? 12 : 0);
  const axisY = lanesTop + lanes.length * LANE_HEIGHT;
  const height = axisY + MARGIN.bottom;

  // Time domain: whole years when the events span two years or more, whole months otherwise.
  const periods = sorted.map((event) => periodOf(event.date));
  const first = periods.reduce(
    (min, [start]) => (start < min ? start : min),
    periods[0]?.[0] ?? new Date(Date.UTC(2020, 0, 1)),
  );
  const last = periods.reduce(
    (max, [, end]) => (end > max ? end : max),
    periods[0]?.[1] ?? new Date(Date.UTC(2021, 0, 1)),
  );
  const yearMode = utcMonth.count(first, last) >= 24;
  const domainStart = yearMode ? utcYear.floor(first) : utcMonth.floor(first);
  const domainEnd = yearMode ? utcYear.ceil(last) : utcMonth.ceil(last);
  const x = scaleUtc()
    .domain([domainStart, domainEnd])
    .range([MARGIN.left, width - MARGIN.right]);
  const y = scaleBand<string>()
    .domain(lanes.map((lane) => lane.key))
    .range([lanesTop, axisY]);
  const laneCenter = (key: string): number => (y(key) ?? lanesTop) + LANE_HEIGHT / 2;

  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" class="timeline-chart" viewBox="0 0 ${width} ${px(height)}" width="${width}" height="${px(height)}" role="group" aria-labelledby="${idPrefix}-titre" aria-describedby="${idPrefix}-desc" font-family="system-ui, sans-serif">`,
    `<title id="${idPrefix}-titre">${escapeXml(title)}</title>`,
    `<desc id="${idPrefix}-desc">${escapeXml(timelineSummary(events, lanes))}</desc>`,
  );

  // Lanes: a light band every other lane, a base line and the type's name.
  parts.push('<g class="lanes" aria-hidden="true">');
  lanes.forEach((lane, index) => {
    const top = y(lane.key) ?? lanesTop;
    if (index % 2 === 0) {
      parts.push(
        `<rect class="lane-band" x="${MARGIN.left}" y="${px(top)}" width="${px(width - MARGIN.left - MARGIN.right)}" height="${LANE_HEIGHT}" fill="#f3f4f6"/>`,
      );
    }
    parts.push(
      `<text class="lane-label" x="${MARGIN.left - 8}" y="${px(top + LANE_HEIGHT / 2 + 4)}" text-anchor="end" font-size="12" fill="#1a1a1a">${escapeXml(lane.label)}</text>`,
    );
  });
  parts.push('</g>');

  // Time axis: grid lines at each year (or month) boundary, French labels below.
  parts.push('<g class="axis" aria-hidden="true">');
  const boundaries = (yearMode ? utcYear : utcMonth).range(domainStart, utcDay.offset(domainEnd, 1));
  for (const boundary of boundaries) {
    parts.push(
      `<line class="grid" x1="${px(x(boundary))}" x2="${px(x(boundary))}" y1="${px(lanesTop)}" y2="${px(axisY + 4)}" stroke="#767c85" stroke-width="0.5"/>`,
    );
  }
  parts.push(
    `<line class="axis-line" x1="${MARGIN.left}" x2="${width - MARGIN.right}" y1="${px(axisY)}" y2="${px(axisY)}" stroke="#767c85"/>`,
  );
  const periodsOnAxis = (yearMode ? utcYear : utcMonth).range(domainStart, domainEnd);
  const labelEvery = yearMode ? 1 : Math.max(1, Math.ceil(periodsOnAxis.length / 8));
  periodsOnAxis.forEach((start, index) => {
    if (index % labelEvery !== 0) return;
    const end = (yearMode ? utcYear : utcMonth).offset(start, 1);
    const iso = start.toISOString();
    const label = formatPartialDate(yearMode ? iso.slice(0, 4) : iso.slice(0, 7));
    parts.push(
      `<text class="tick-label" x="${px((x(start) + x(end)) / 2)}" y="${px(axisY + 18)}" text-anchor="middle" font-size="12" fill="#1a1a1a">${escapeXml(label)}</text>`,
    );
  });
  parts.push('</g>');

  // Milestone names, one row each in date order, with a leader line down to the mark.
  parts.push('<g class="jalon-labels" aria-hidden="true">');
  jalons.forEach((event, row) => {
    const [start, end] = periodOf(event.date);
    const cx = (x(start) + x(end)) / 2;
    const baseline = MARGIN.top + row * JALON_ROW_HEIGHT + LABEL_FONT_SIZE;
    const label = jalonLabel(event.titre);
    const fitsRight = cx + 4 + label.length * CHAR_WIDTH <= width - MARGIN.right;
    const textX = fitsRight ? cx + 4 : cx - 4;
    parts.push(
      `<line class="leader" x1="${px(cx)}" x2="${px(cx)}" y1="${px(baseline - LABEL_FONT_SIZE + 2)}" y2="${px(laneCenter(event.type) - DIAMOND_RADIUS)}" stroke="#767c85" stroke-width="0.75"/>`,
      `<text class="jalon-label" x="${px(textX)}" y="${px(baseline)}" text-anchor="${fitsRight ? 'start' : 'end'}" font-size="${LABEL_FONT_SIZE}" fill="#1a1a1a">${escapeXml(label)}</text>`,
    );
  });
  parts.push('</g>');

  // Marks, in date order (the keyboard reaches them in time order), each a link to its event.
  parts.push('<g class="marks">');
  for (const event of sorted) {
    const lane = laneByKey.get(event.type) as TimelineLane;
    const [start, end] = periodOf(event.date);
    const cy = laneCenter(event.type);
    const name = escapeXml(markName(event, lane));
    const precise = parsePartialDate(event.date)?.precision === 'jour';
    const kind = event.jalon ? 'mark mark-jalon' : 'mark';
    let shape: string;
    if (!precise) {
      // Known to the month or year: a bar over the whole period.
      const barHeight = event.jalon ? BAR_HEIGHT + 4 : BAR_HEIGHT;
      const x0 = x(start);
      const barWidth = Math.max(6, x(end) - x0);
      shape = `<rect class="${kind} mark-periode" x="${px(x0)}" y="${px(cy - barHeight / 2)}" width="${px(barWidth)}" height="${barHeight}" rx="3" fill="${event.jalon ? '#1a1a1a' : '#1d4e89'}" stroke="#ffffff"/>`;
    } else if (event.jalon) {
      const cx = (x(start) + x(end)) / 2;
      const r = DIAMOND_RADIUS;
      shape = `<path class="${kind}" d="M${px(cx)},${px(cy - r)}L${px(cx + r)},${px(cy)}L${px(cx)},${px(cy + r)}L${px(cx - r)},${px(cy)}Z" fill="#1a1a1a" stroke="#ffffff"/>`;
    } else {
      const cx = (x(start) + x(end)) / 2;
      shape = `<circle class="${kind}" cx="${px(cx)}" cy="${px(cy)}" r="${DOT_RADIUS}" fill="#1d4e89" fill-opacity="0.8" stroke="#ffffff"/>`;
    }
    // The <title> names the link (as on the département map) and is the mouse tooltip: no aria-label repeating it.
    const href = options.hrefOf ? options.hrefOf(event.id) : `#${event.id}`;
    parts.push(`<a class="mark-link" href="${escapeXml(href)}"><title>${name}</title>${shape}</a>`);
  }
  parts.push('</g>', '</svg>');
  return parts.join('\n');
}
