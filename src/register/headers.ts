/**
 * Finding columns by header text. Headers are compared folded (case, spaces, ё/е, dashes),
 * so «ФИО », «фио» and «Фио» are the same column.
 */
import type { ColumnSpec } from './spec';

export function foldHeader(text: unknown): string {
  return String(text ?? '')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

export interface HeaderMap {
  /** 0-based column index of each spec column found. */
  index: Map<ColumnSpec['key'], number>;
  /** Spec columns not found. */
  missing: ColumnSpec[];
  /** Headers in the sheet that no spec column claims (the curator's own columns). */
  extra: { index: number; header: string }[];
  /** Headers that appear more than once (first one wins). */
  duplicates: string[];
}

export function mapHeaders(headerRow: readonly unknown[], columns: readonly ColumnSpec[]): HeaderMap {
  const positions = new Map<string, number>();
  const duplicates: string[] = [];
  headerRow.forEach((cell, i) => {
    const folded = foldHeader(cell);
    if (!folded) return;
    if (positions.has(folded)) duplicates.push(String(cell).trim());
    else positions.set(folded, i);
  });
  const index = new Map<ColumnSpec['key'], number>();
  const missing: ColumnSpec[] = [];
  const claimed = new Set<number>();
  for (const column of columns) {
    const at = positions.get(foldHeader(column.header));
    if (at === undefined) missing.push(column);
    else {
      index.set(column.key, at);
      claimed.add(at);
    }
  }
  const extra: HeaderMap['extra'] = [];
  headerRow.forEach((cell, i) => {
    if (!claimed.has(i) && foldHeader(cell)) extra.push({ index: i, header: String(cell).trim() });
  });
  return { index, missing, extra, duplicates };
}

/** Last non-empty header position + 1 (trailing blank header cells are not columns). */
export function headerWidth(headerRow: readonly unknown[]): number {
  for (let i = headerRow.length - 1; i >= 0; i--) if (foldHeader(headerRow[i])) return i + 1;
  return 0;
}
