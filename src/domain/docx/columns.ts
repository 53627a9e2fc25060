/**
 * Column widths of a table so that no word breaks inside a cell: each column gets at least
 * its widest word (measured in Times New Roman at the table's size, header words in bold)
 * plus the cell's padding; what is left is shared by the model's relative widths. When the
 * words cannot fit at 12 pt, the table is set in 11 pt; when they cannot fit even then, a
 * break after a hyphen is allowed («Иванова-|Петрова»); when even that fails, the columns
 * follow the relative widths alone and a long word may break (no school text has such).
 */
import type { TableBlock } from '../docModel';
import { SIZE_PT } from './layout';
import { hyphenParts, widestPt, words } from './measure';

/** Space between a cell's border and its text, each side, twips (1.5 mm). */
export const CELL_PADDING_TWIPS = 85;

/** Slack per column for border lines and rounding in the office suites' own layout, points. */
const SLACK_PT = 2;

export interface TableLayout {
  /** Width of each column, twips; they add up to the text width. */
  widths: number[];
  sizePt: number;
  /** How words were kept whole: 'words' (all whole), 'hyphens' (may break after a hyphen), 'none'. */
  fit: 'words' | 'hyphens' | 'none';
}

/**
 * Shares `total` by `weights`, giving no column less than its minimum (water-filling: a
 * column whose share is below its minimum gets the minimum, the rest is shared again).
 * Null when the minimums alone exceed the total.
 */
export function shareWidths(total: number, minimums: readonly number[], weights: readonly number[]): number[] | null {
  if (minimums.reduce((a, b) => a + b, 0) > total) return null;
  const fixed = new Set<number>();
  for (;;) {
    const free = total - [...fixed].reduce((sum, i) => sum + minimums[i]!, 0);
    const weight = weights.reduce((sum, w, i) => (fixed.has(i) ? sum : sum + w), 0);
    const share = weights.map((w, i) => (fixed.has(i) ? minimums[i]! : (free * w) / weight));
    const short = share.map((s, i) => (!fixed.has(i) && s < minimums[i]! ? i : -1)).filter((i) => i >= 0);
    if (short.length === 0) return share;
    for (const i of short) fixed.add(i);
  }
}

/** Whole twips that add up to `total` exactly (the remainder goes to the widest column). */
function roundTo(total: number, widths: readonly number[]): number[] {
  const out = widths.map((w) => Math.floor(w));
  const widest = out.indexOf(Math.max(...out));
  out[widest]! += total - out.reduce((a, b) => a + b, 0);
  return out;
}

function weightsOf(table: Pick<TableBlock, 'header' | 'widths'>): number[] {
  const n = table.header.length;
  return table.widths && table.widths.length === n && table.widths.every((w) => w > 0) ? [...table.widths] : new Array(n).fill(1);
}

/** Minimum width of each column in twips at `sizePt`, with `split` cutting text into unbreakable pieces. */
function minimums(table: Pick<TableBlock, 'header' | 'rows'>, sizePt: number, split: (text: string) => string[]): number[] {
  return table.header.map((title, c) => {
    const body = table.rows.reduce((max, row) => Math.max(max, widestPt(split(row[c] ?? ''), sizePt)), 0);
    const widest = Math.max(widestPt(split(title), sizePt, true), body);
    return Math.ceil((widest + SLACK_PT) * 20) + 2 * CELL_PADDING_TWIPS;
  });
}

/** The layout of a table whose cells' text is final (no-break spaces already in place). */
export function tableLayout(table: Pick<TableBlock, 'header' | 'rows' | 'widths'>, totalTwips: number): TableLayout {
  const weights = weightsOf(table);
  const attempts: [number, (t: string) => string[], TableLayout['fit']][] = [
    [SIZE_PT.small, words, 'words'],
    [SIZE_PT.tableFallback, words, 'words'],
    [SIZE_PT.tableFallback, hyphenParts, 'hyphens'],
  ];
  for (const [sizePt, split, fit] of attempts) {
    const shared = shareWidths(totalTwips, minimums(table, sizePt, split), weights);
    if (shared) return { widths: roundTo(totalTwips, shared), sizePt, fit };
  }
  const sum = weights.reduce((a, b) => a + b, 0);
  return {
    widths: roundTo(
      totalTwips,
      weights.map((w) => (totalTwips * w) / sum),
    ),
    sizePt: SIZE_PT.tableFallback,
    fit: 'none',
  };
}
