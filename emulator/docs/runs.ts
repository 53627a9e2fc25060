/**
 * Character styles of a paragraph as runs (see TextRun): applying a style to a range and
 * reading the style at an offset or across a text. Runs stay normalised: they cover the text
 * in order and neighbours always differ, so state and snapshots stay small.
 */
import type { TextBlock, TextRun, TextStyle } from './state';

export type StyleKey = keyof TextStyle;
export const STYLE_KEYS: readonly StyleKey[] = ['bold', 'italic', 'underline', 'fontFamily', 'fontSize'];

function sameStyle(a: TextStyle, b: TextStyle): boolean {
  return STYLE_KEYS.every((k) => a[k] === b[k]);
}

function normalise(block: TextBlock): void {
  const out: TextRun[] = [];
  for (const run of block.runs) {
    if (run.end <= run.start && block.text.length > 0) continue;
    const last = out[out.length - 1];
    if (last && sameStyle(last, run)) last.end = run.end;
    else out.push({ ...run });
  }
  block.runs = out.length ? out : [{ ...block.runs[0]!, start: 0, end: 0 }];
}

/** Sets `patch` on characters [start, end) of the block; on an empty block, on its only run. */
export function applyStyle(block: TextBlock, start: number, end: number, patch: Partial<TextStyle>): void {
  if (block.text.length === 0) {
    Object.assign(block.runs[0]!, patch);
    return;
  }
  const out: TextRun[] = [];
  for (const run of block.runs) {
    const from = Math.max(run.start, start);
    const to = Math.min(run.end, end);
    if (from >= to) {
      out.push(run);
      continue;
    }
    if (run.start < from) out.push({ ...run, end: from });
    out.push({ ...run, ...patch, start: from, end: to });
    if (to < run.end) out.push({ ...run, start: to });
  }
  block.runs = out;
  normalise(block);
}

/** The style of character `offset`; the paragraph's end (offset = length) has its last run's. */
export function styleAt(block: TextBlock, offset: number): TextStyle {
  const run = block.runs.find((r) => offset >= r.start && offset < r.end) ?? block.runs[block.runs.length - 1]!;
  return run;
}

/**
 * The value of `key` shared by every character of the blocks, or null when they differ (as
 * Google's getters without an offset). Blocks without characters count only when no block has any.
 */
export function uniformStyle<K extends StyleKey>(blocks: readonly TextBlock[], key: K): TextStyle[K] | null {
  const withText = blocks.some((b) => b.text.length > 0);
  let seen = false;
  let value: TextStyle[K] | null = null;
  for (const block of blocks) {
    for (const run of block.runs) {
      if (withText && run.end <= run.start) continue;
      if (!seen) {
        value = run[key];
        seen = true;
      } else if (run[key] !== value) {
        return null;
      }
    }
  }
  return value;
}
