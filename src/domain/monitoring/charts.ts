/**
 * The embedded charts of «Мониторинг», described from the indicators: a data block per
 * chart (label column, then one column per series) that the app layer writes next to the
 * table and points an embedded chart at. layoutChartData stacks the blocks into one
 * rectangle (one setValues) and says where each chart's range lies in it.
 */
import { CHARTS } from '../../i18n/monitoring';
import type { Indicator } from './types';

export type ChartType = 'PIE' | 'COLUMN' | 'BAR';

export type ChartRow = [string, ...(number | null)[]];

export interface ChartSpec {
  /** Stable: find and replace the chart made from it last time. */
  id: 'pairsByStatus' | 'satisfaction' | 'ageBands' | 'pairsByForm' | 'outcomes' | 'roadmap';
  title: string;
  type: ChartType;
  /** The label column's title, then one title per series (the block's header row). */
  header: string[];
  /** [label, value of each series]; null: no data (an empty cell). */
  rows: ChartRow[];
}

/** [label, value] of the breakdown rows whose code starts with `prefix:`. */
function breakdown(indicators: readonly Indicator[], prefix: string): [string, number | null][] {
  const head = `${prefix}:`;
  return indicators
    .filter((i) => i.code.startsWith(head))
    .map((i): [string, number | null] => [i.label ?? i.code.slice(head.length), i.value]);
}

/**
 * Pairs by status (pie), satisfaction at the start and the end by role (columns),
 * participants by age band (bars), pairs by form (bars), outcomes of closed programmes
 * (pie), roadmap by status (pie). A chart whose data are missing from `indicators` is left out.
 */
export function chartSpecs(indicators: readonly Indicator[]): ChartSpec[] {
  const byCode = new Map(indicators.map((i) => [i.code, i.value]));
  const value = (code: string): number | null => byCode.get(code) ?? null;
  const specs: ChartSpec[] = [];
  const push = (spec: ChartSpec) => {
    if (spec.rows.length) specs.push(spec);
  };

  push({
    id: 'pairsByStatus',
    type: 'PIE',
    title: CHARTS.status.title,
    header: [...CHARTS.status.header],
    rows: breakdown(indicators, 'pairs.status'),
  });

  const s = CHARTS.satisfaction;
  push({
    id: 'satisfaction',
    type: 'COLUMN',
    title: s.title,
    header: [...s.header],
    rows: byCode.has('satisfaction.mentees.start')
      ? [
          [s.mentees, value('satisfaction.mentees.start'), value('satisfaction.mentees.end')],
          [s.mentors, value('satisfaction.mentors.start'), value('satisfaction.mentors.end')],
        ]
      : [],
  });

  const mentors = breakdown(indicators, 'age.mentors');
  const mentees = new Map(breakdown(indicators, 'age.mentees'));
  push({
    id: 'ageBands',
    type: 'BAR',
    title: CHARTS.age.title,
    header: [...CHARTS.age.header],
    rows: mentors.map(([label, v]): ChartRow => [label, v, mentees.get(label) ?? null]),
  });

  push({
    id: 'pairsByForm',
    type: 'BAR',
    title: CHARTS.form.title,
    header: [...CHARTS.form.header],
    rows: breakdown(indicators, 'pairs.form'),
  });

  const o = CHARTS.outcomes;
  const outcomes: ChartRow[] = [];
  if (byCode.has('programmes.onTime')) {
    const onTime = value('programmes.onTime') ?? 0;
    const late = value('programmes.late') ?? 0;
    const noTerm = (value('programmes.completedFully') ?? 0) - onTime - late;
    outcomes.push([o.onTime, onTime], [o.late, late]);
    if (noTerm > 0) outcomes.push([o.noTerm, noTerm]);
    for (const [label, v] of breakdown(indicators, 'programmes.early')) outcomes.push([o.early(label), v]);
  }
  push({ id: 'outcomes', type: 'PIE', title: o.title, header: [...o.header], rows: outcomes });

  push({
    id: 'roadmap',
    type: 'PIE',
    title: CHARTS.roadmap.title,
    header: [...CHARTS.roadmap.header],
    rows: breakdown(indicators, 'roadmap.status'),
  });
  return specs;
}

export interface ChartBlock {
  id: ChartSpec['id'];
  title: string;
  type: ChartType;
  /** 0-based offsets inside `values`; the range includes the header row. */
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

export interface ChartData {
  /** Rectangular ('' for null and padding). */
  values: (string | number)[][];
  width: number;
  blocks: ChartBlock[];
}

/** The blocks one under another, a blank row between, for one setValues at any anchor. */
export function layoutChartData(specs: readonly ChartSpec[]): ChartData {
  const width = Math.max(1, ...specs.map((s) => s.header.length));
  const values: (string | number)[][] = [];
  const blocks: ChartBlock[] = [];
  const push = (cells: readonly (string | number | null)[]) => {
    const row = cells.map((c) => (c === null ? '' : c));
    while (row.length < width) row.push('');
    values.push(row);
  };
  specs.forEach((spec, i) => {
    if (i > 0) push([]);
    blocks.push({
      id: spec.id,
      title: spec.title,
      type: spec.type,
      row: values.length,
      column: 0,
      numRows: spec.rows.length + 1,
      numColumns: spec.header.length,
    });
    push(spec.header);
    for (const row of spec.rows) push(row);
  });
  return { values, width, blocks };
}
