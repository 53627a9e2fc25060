/**
 * Embedded charts drawn as plain SVG (no library): pie (and doughnut), column and bar, with
 * the title, value axis with round ticks, category labels, axis titles and a legend, in the
 * colours Sheets uses. Every text goes in with textContent; a label too long for its place
 * is shortened, its full text kept in a <title> for the tooltip. Other chart types get a
 * placeholder that names them.
 */
import type { ChartView } from '../protocol';

const SVG = 'http://www.w3.org/2000/svg';
/** Google Sheets' default series colours. */
const PALETTE = [
  '#4285f4',
  '#ea4335',
  '#fbbc04',
  '#34a853',
  '#ff6d01',
  '#46bdc6',
  '#7baaf7',
  '#f07b72',
  '#fcd04f',
  '#71c287',
  '#ff994d',
  '#7ed1d7',
];
const FONT = 'Arial, Helvetica, sans-serif';
/** Rough width of a character of 12px Arial, for fitting labels without measuring. */
const CHAR = 6.6;

type Attrs = Record<string, string | number>;

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Attrs = {}, text?: string): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Line height of wrapped labels. */
const LINE = 14;

/** Greedy word wrap into lines of at most `fits` characters; what does not fit in `maxLines` is cut with «…». */
export function wrapText(text: string, fits: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const joined = line ? `${line} ${word}` : word;
    if (joined.length <= fits || !line) line = joined;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line || !lines.length) lines.push(line);
  if (lines.length > maxLines) lines.splice(maxLines - 1, lines.length, `${lines.slice(maxLines - 1).join(' ')}`);
  const cut = (l: string) => `${l.slice(0, Math.max(1, fits - 1)).trimEnd()}…`;
  return lines.map((l) => (l.length > fits ? cut(l) : l));
}

/**
 * A text of about `width` pixels a line, on up to `maxLines` lines (each a <tspan>, the first
 * at `y`); when it is shortened the full text stays in a tooltip.
 */
function label(text: string, width: number, attrs: Attrs, maxLines = 1): SVGTextElement {
  const fits = Math.max(1, Math.floor(width / CHAR));
  const lines = wrapText(text, fits, maxLines);
  const node = svg('text', { 'font-family': FONT, 'font-size': 12, fill: '#444746', ...attrs });
  if (lines.length === 1) node.textContent = lines[0];
  else {
    lines.forEach((line, i) => {
      const span = svg('tspan', { x: attrs.x ?? 0, dy: i === 0 ? 0 : LINE }, line);
      node.append(span);
    });
  }
  if (lines.join(' ') !== text.replace(/\s+/g, ' ').trim()) node.append(svg('title', {}, text));
  return node;
}

export function formatNumber(n: number): string {
  const rounded = Math.round(n * 100) / 100;
  return String(rounded).replace('-', '−').replace('.', ',');
}

/** Round ticks from min to max (about five), as chart axes show them. */
export function ticks(min: number, max: number): number[] {
  if (min === max) max = min + 1;
  const raw = (max - min) / 5;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  const out: number[] = [];
  for (let v = Math.floor(min / step) * step; v <= max + step * 1e-9; v += step) out.push(Math.round(v * 1e9) / 1e9);
  if (out[out.length - 1] < max) out.push(out[out.length - 1] + step);
  return out;
}

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

function colorsOf(view: ChartView): string[] {
  return view.colors.length ? view.colors : PALETTE;
}

/** The legend's entries at the right (a column) or at the top or bottom (a row); returns the space left for the plot. */
function legend(root: SVGSVGElement, view: ChartView, entries: { name: string; color: string }[], area: Box): Box {
  if (view.legend === 'none' || !entries.length) return area;
  const group = svg('g', { class: 'legend' });
  root.append(group);
  if (view.legend === 'top' || view.legend === 'bottom') {
    const y = view.legend === 'top' ? area.y + 10 : area.y + area.h - 8;
    const each = Math.min(180, area.w / entries.length);
    entries.forEach((e, i) => {
      const x = area.x + i * each;
      group.append(svg('circle', { cx: x + 6, cy: y - 4, r: 5, fill: e.color }), label(e.name, each - 22, { x: x + 16, y }));
    });
    return view.legend === 'top' ? { ...area, y: area.y + 24, h: area.h - 24 } : { ...area, h: area.h - 26 };
  }
  const longest = Math.max(...entries.map((e) => e.name.length));
  const width = Math.min(Math.max(area.w * 0.4, 90), Math.max(60, longest * CHAR + 24), 220);
  const x = area.x + area.w - width;
  const layout = entries.map((e) => ({ ...e, lines: wrapText(e.name, Math.max(1, Math.floor((width - 20) / CHAR)), 2).length }));
  const total = layout.reduce((sum, e) => sum + e.lines * LINE + 6, 0);
  let y = area.y + Math.max(0, (area.h - total) / 2) + 12;
  for (const e of layout) {
    if (y > area.y + area.h) break;
    group.append(svg('circle', { cx: x + 6, cy: y - 4, r: 5, fill: e.color }), label(e.name, width - 20, { x: x + 16, y }, 2));
    y += e.lines * LINE + 6;
  }
  return { ...area, w: area.w - width - 8 };
}

function pie(root: SVGSVGElement, view: ChartView, area: Box): void {
  const colors = colorsOf(view);
  const values = (view.series[0]?.values ?? []).map((v) => (v !== null && v > 0 ? v : 0));
  const total = values.reduce((s, v) => s + v, 0);
  const entries = view.labels.map((name, i) => ({ name, color: colors[i % colors.length] })).filter((_, i) => values[i] > 0);
  const plot = legend(root, view, entries, area);
  if (total <= 0) {
    root.append(
      svg(
        'text',
        {
          x: plot.x + plot.w / 2,
          y: plot.y + plot.h / 2,
          'text-anchor': 'middle',
          'font-family': FONT,
          'font-size': 13,
          fill: '#5f6368',
        },
        'Нет данных',
      ),
    );
    return;
  }
  const cx = plot.x + plot.w / 2;
  const cy = plot.y + plot.h / 2;
  const r = Math.max(10, Math.min(plot.w, plot.h) / 2 - 8);
  const group = svg('g', { class: 'slices' });
  root.append(group);
  let angle = -Math.PI / 2;
  values.forEach((v, i) => {
    if (v <= 0) return;
    const share = v / total;
    const sweep = share * Math.PI * 2;
    const color = colors[i % colors.length];
    let shape: SVGElement;
    if (share >= 0.9999) shape = svg('circle', { cx, cy, r, fill: color });
    else {
      const x1 = cx + r * Math.cos(angle);
      const y1 = cy + r * Math.sin(angle);
      const x2 = cx + r * Math.cos(angle + sweep);
      const y2 = cy + r * Math.sin(angle + sweep);
      shape = svg('path', {
        d: `M${cx},${cy} L${x1},${y1} A${r},${r} 0 ${sweep > Math.PI ? 1 : 0} 1 ${x2},${y2} Z`,
        fill: color,
        stroke: '#fff',
        'stroke-width': 1,
      });
    }
    shape.setAttribute('class', 'slice');
    shape.append(svg('title', {}, `${view.labels[i]}: ${formatNumber(v)} (${formatNumber(share * 100)}%)`));
    group.append(shape);
    if (share >= 0.05) {
      const mid = angle + sweep / 2;
      const at = view.pieHole ? (r * (1 + view.pieHole)) / 2 : r * 0.62;
      group.append(
        svg(
          'text',
          {
            x: cx + at * Math.cos(mid),
            y: cy + at * Math.sin(mid) + 4,
            'text-anchor': 'middle',
            'font-family': FONT,
            'font-size': 12,
            fill: '#fff',
          },
          `${Math.round(share * 1000) / 10}%`.replace('.', ','),
        ),
      );
    }
    angle += sweep;
  });
  if (view.pieHole) group.append(svg('circle', { cx, cy, r: r * view.pieHole, fill: '#fff' }));
}

/** Column (vertical bars) or bar (horizontal bars) chart; series side by side, or stacked. */
function bars(root: SVGSVGElement, view: ChartView, area: Box, horizontal: boolean): void {
  const colors = colorsOf(view);
  const entries = view.series.map((s, i) => ({ name: s.name, color: colors[i % colors.length] }));
  const box = legend(root, view, entries, area);
  const n = view.labels.length;
  if (!n || !view.series.length) {
    root.append(
      svg(
        'text',
        {
          x: box.x + box.w / 2,
          y: box.y + box.h / 2,
          'text-anchor': 'middle',
          'font-family': FONT,
          'font-size': 13,
          fill: '#5f6368',
        },
        'Нет данных',
      ),
    );
    return;
  }
  // Extent of the values (stacked: of the sums), always including 0.
  let min = 0;
  let max = 0;
  for (let i = 0; i < n; i++) {
    let up = 0;
    let down = 0;
    for (const s of view.series) {
      const v = s.values[i] ?? 0;
      if (view.stacked) {
        if (v > 0) up += v;
        else down += v;
      } else {
        up = Math.max(up, v);
        down = Math.min(down, v);
      }
    }
    max = Math.max(max, up);
    min = Math.min(min, down);
  }
  const marks = ticks(min, max);
  const lo = marks[0];
  const hi = marks[marks.length - 1];
  const valueWidth = Math.max(...marks.map((m) => formatNumber(m).length)) * CHAR + 8;
  const categoryWidth = horizontal ? Math.min(box.w * 0.35, Math.max(...view.labels.map((l) => l.length)) * CHAR + 10) : 0;
  const plot: Box = horizontal
    ? { x: box.x + categoryWidth + (view.vAxisTitle ? 18 : 0), y: box.y + 6, w: 0, h: 0 }
    : { x: box.x + valueWidth + (view.vAxisTitle ? 18 : 0), y: box.y + 8, w: 0, h: 0 };
  plot.w = box.x + box.w - plot.x - 8;
  plot.h = box.y + box.h - plot.y - (horizontal ? 22 : 24 + LINE) - (view.hAxisTitle ? 18 : 0);
  if (plot.w < 20 || plot.h < 20) return;
  const scale = (v: number) => (v - lo) / (hi - lo);
  const grid = svg('g', { class: 'gridlines' });
  root.append(grid);
  for (const m of marks) {
    if (horizontal) {
      const x = plot.x + scale(m) * plot.w;
      grid.append(svg('line', { x1: x, y1: plot.y, x2: x, y2: plot.y + plot.h, stroke: m === 0 ? '#5f6368' : '#e0e0e0' }));
      grid.append(label(formatNumber(m), 60, { x, y: plot.y + plot.h + 16, 'text-anchor': 'middle' }));
    } else {
      const y = plot.y + plot.h - scale(m) * plot.h;
      grid.append(svg('line', { x1: plot.x, y1: y, x2: plot.x + plot.w, y2: y, stroke: m === 0 ? '#5f6368' : '#e0e0e0' }));
      grid.append(label(formatNumber(m), valueWidth, { x: plot.x - 6, y: y + 4, 'text-anchor': 'end' }));
    }
  }
  const slot = (horizontal ? plot.h : plot.w) / n;
  const groupSize = slot * 0.7;
  const perBar = view.stacked ? groupSize : groupSize / view.series.length;
  const zero = scale(Math.max(lo, Math.min(0, hi)));
  const group = svg('g', { class: 'bars' });
  root.append(group);
  for (let i = 0; i < n; i++) {
    const start = i * slot + (slot - groupSize) / 2;
    let up = 0;
    let down = 0;
    view.series.forEach((s, k) => {
      const v = s.values[i];
      if (v === null) return;
      let from = zero;
      let to = scale(v);
      if (view.stacked) {
        const base = v >= 0 ? up : down;
        from = scale(base);
        to = scale(base + v);
        if (v >= 0) up += v;
        else down += v;
      }
      const offset = start + (view.stacked ? 0 : k * perBar);
      const a = Math.min(from, to);
      const len = Math.abs(to - from);
      const rect = horizontal
        ? svg('rect', {
            x: plot.x + a * plot.w,
            y: plot.y + offset,
            width: Math.max(len * plot.w, 0.5),
            height: Math.max(perBar - 1, 1),
            fill: colors[k % colors.length],
          })
        : svg('rect', {
            x: plot.x + offset,
            y: plot.y + plot.h - (a + len) * plot.h,
            width: Math.max(perBar - 1, 1),
            height: Math.max(len * plot.h, 0.5),
            fill: colors[k % colors.length],
          });
      rect.setAttribute('class', 'bar');
      rect.append(svg('title', {}, `${view.labels[i]} — ${s.name}: ${formatNumber(v)}`));
      group.append(rect);
    });
    const name = view.labels[i];
    if (horizontal) {
      const lines = slot >= 2 * LINE + 4 ? 2 : 1;
      const fits = Math.max(1, Math.floor((categoryWidth - 8) / CHAR));
      const shift = ((wrapText(name, fits, lines).length - 1) * LINE) / 2;
      group.append(
        label(
          name,
          categoryWidth - 8,
          { x: plot.x - 6, y: plot.y + i * slot + slot / 2 + 4 - shift, 'text-anchor': 'end' },
          lines,
        ),
      );
    } else
      group.append(
        label(name, slot - 4, { x: plot.x + i * slot + slot / 2, y: plot.y + plot.h + 16, 'text-anchor': 'middle' }, 2),
      );
  }
  const axisTitle = { 'font-family': FONT, 'font-size': 12, 'font-style': 'italic', fill: '#5f6368', 'text-anchor': 'middle' };
  if (view.hAxisTitle)
    root.append(label(view.hAxisTitle, plot.w, { ...axisTitle, x: plot.x + plot.w / 2, y: box.y + box.h - 4 }));
  if (view.vAxisTitle) {
    const x = box.x + 12;
    const y = plot.y + plot.h / 2;
    root.append(label(view.vAxisTitle, plot.h, { ...axisTitle, x, y, transform: `rotate(-90 ${x} ${y})` }));
  }
}

/** The chart as an SVG of its size. */
export function drawChart(view: ChartView): SVGSVGElement {
  const { width, height } = view;
  const root = svg('svg', { width, height, viewBox: `0 0 ${width} ${height}`, role: 'img' });
  root.setAttribute('aria-label', view.title || 'Диаграмма');
  root.dataset.type = view.type;
  root.append(svg('rect', { x: 0.5, y: 0.5, width: width - 1, height: height - 1, fill: '#fff', stroke: '#dadce0' }));
  let top = 12;
  if (view.title) {
    root.append(label(view.title, width - 32, { x: 16, y: 28, 'font-size': 15, fill: '#202124', class: 'chart-title' }));
    top = 44;
  }
  const area: Box = { x: 16, y: top, w: width - 32, h: height - top - 12 };
  if (view.type === 'PIE') pie(root, view, area);
  else if (view.type === 'COLUMN') bars(root, view, area, false);
  else if (view.type === 'BAR') bars(root, view, area, true);
  else {
    root.append(
      svg(
        'text',
        { x: width / 2, y: height / 2, 'text-anchor': 'middle', 'font-family': FONT, 'font-size': 13, fill: '#5f6368' },
        `Диаграмма типа ${view.type}: в песочнице рисуются только круговые и столбчатые.`,
      ),
    );
  }
  return root;
}
