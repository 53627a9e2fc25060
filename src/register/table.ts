/**
 * Header-mapped tables: a sheet read with one getValues, its rows validated with zod into
 * records that keep their row number; invalid cells become Russian messages naming sheet,
 * row and column, and the rest of the rows are still returned.
 */
import * as z from 'zod/mini';
import { excerpt } from '../domain/excerpt';
import type { SheetPort } from '../gas/ports';
import { CELL_ERRORS, cellIssueText } from '../i18n/messages';
import type { ColumnKey } from '../i18n/register';
import { isBlankCell, isBlankRow } from './cells';
import { headerWidth, type HeaderMap, mapHeaders } from './headers';
import { type ColumnSpec, LIST_SEPARATOR, type SheetSpec } from './spec';

export type CellValue = string | number | boolean | Date | string[] | null;
export type RecordValues = Partial<Record<ColumnKey, CellValue>>;

export interface TableRecord {
  /** 1-based sheet row. */
  row: number;
  /**
   * The row's values; a cell that could not be read holds its column's blank value (and is
   * listed in `invalid` and reported), so one mistyped cell never hides the whole record.
   */
  values: RecordValues;
  /** Columns whose cell could not be read. */
  invalid?: ColumnKey[];
}

export interface RowIssue {
  sheet: string;
  row: number;
  column: string;
  message: string;
}

export interface TableRead {
  spec: SheetSpec;
  headerRow: unknown[];
  headers: HeaderMap;
  /** Data rows as read (row 2 onward), blank rows included. */
  rows: unknown[][];
  records: TableRecord[];
  issues: RowIssue[];
}

const isDateValue = (v: unknown): v is Date => Object.prototype.toString.call(v) === '[object Date]';

function parseNumberText(text: string): number | null {
  const cleaned = text.replace(/[\s\u00a0]/g, '').replace(',', '.');
  if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(cleaned)) return null;
  return Number(cleaned);
}

/** A dd.mm.yyyy string typed into a cell formatted as text. */
function parseDateText(text: string): Date | null {
  const m = /^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\s*$/.exec(text);
  if (!m) return null;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(y, mo - 1, d);
  return date.getFullYear() === y && date.getMonth() === mo - 1 && date.getDate() === d ? date : null;
}

function splitList(v: unknown): string[] {
  return String(v)
    .split(/[;\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

type Ctx = { issues: { push(issue: { code: 'custom'; message: string; input: unknown }): void } };

function fail(ctx: Ctx, message: string, input: unknown): typeof z.NEVER {
  ctx.issues.push({ code: 'custom', message, input });
  return z.NEVER;
}

function numberIn(ctx: Ctx, column: ColumnSpec, raw: unknown, integer: boolean): number {
  const n = typeof raw === 'number' ? raw : typeof raw === 'string' ? parseNumberText(raw) : null;
  if (n === null || !Number.isFinite(n)) return fail(ctx, integer ? CELL_ERRORS.integer : CELL_ERRORS.number, raw);
  if (integer && !Number.isInteger(n)) return fail(ctx, CELL_ERRORS.integer, raw);
  if ((column.min !== undefined && n < column.min) || (column.max !== undefined && n > column.max)) {
    return fail(ctx, CELL_ERRORS.range(column.min, column.max), raw);
  }
  return n;
}

/** Non-blank cell → typed value, or a Russian issue. */
function parseFilled(column: ColumnSpec, raw: unknown, ctx: Ctx): CellValue {
  switch (column.type) {
    case 'id':
    case 'text':
    case 'choice':
      return isDateValue(raw) ? fail(ctx, CELL_ERRORS.text, raw) : String(raw).trim();
    case 'date':
    case 'datetime': {
      if (isDateValue(raw)) return Number.isNaN(raw.getTime()) ? fail(ctx, CELL_ERRORS.date, raw) : raw;
      const parsed = typeof raw === 'string' ? parseDateText(raw) : null;
      return parsed ?? fail(ctx, CELL_ERRORS.date, raw);
    }
    case 'integer':
      return numberIn(ctx, column, raw, true);
    case 'number':
      return numberIn(ctx, column, raw, false);
    case 'bool': {
      if (typeof raw === 'boolean') return raw;
      const text = String(raw).trim().toLowerCase();
      if (['да', 'true', 'истина', '1', '+'].includes(text)) return true;
      if (['нет', 'false', 'ложь', '0', '-'].includes(text)) return false;
      return fail(ctx, CELL_ERRORS.bool, raw);
    }
    case 'email': {
      const text = String(raw).trim();
      return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text) ? text : fail(ctx, CELL_ERRORS.email, raw);
    }
    case 'url': {
      const text = String(raw).trim();
      return /^https?:\/\/\S+$/.test(text) ? text : fail(ctx, CELL_ERRORS.url, raw);
    }
    case 'choices':
    case 'refs':
      return splitList(raw);
  }
}

/** What a column holds when its cell is empty (or could not be read). */
function blankValue(column: ColumnSpec): CellValue {
  if (column.type === 'choices' || column.type === 'refs') return [];
  if (column.type === 'bool') return false;
  // Text stays text: code that reads a name or an ID never meets null.
  return column.type === 'id' || column.type === 'text' || column.type === 'choice' ? '' : null;
}

function cellSchema(column: ColumnSpec) {
  return z.pipe(
    z.unknown(),
    z.transform((raw: unknown, ctx): CellValue => {
      const blank = isBlankCell(raw) || (typeof raw === 'string' && raw.trim() === '');
      if (blank) {
        if (column.required) return fail(ctx, column.type === 'id' ? CELL_ERRORS.missingId : CELL_ERRORS.required, raw);
        return column.type === 'text' || column.type === 'choice' || column.type === 'id' ? null : blankValue(column);
      }
      return parseFilled(column, raw, ctx);
    }),
  );
}

const schemaCache = new Map<ColumnSpec, ReturnType<typeof cellSchema>>();

/** The zod schema of one cell of the column (built once per column). */
export function cellSchemaOf(column: ColumnSpec): ReturnType<typeof cellSchema> {
  let schema = schemaCache.get(column);
  if (!schema) schemaCache.set(column, (schema = cellSchema(column)));
  return schema;
}

/** Reads a whole sheet with one getDataRange().getValues() and validates every row. */
export function readTable(sheet: SheetPort, spec: SheetSpec): TableRead {
  return parseTable(sheet.getDataRange().getValues(), spec);
}

/** Validates rows already read (row 1 = headers). Pure: no service call. */
export function parseTable(grid: unknown[][], spec: SheetSpec): TableRead {
  const headerRow = grid[0] ? grid[0].slice(0, headerWidth(grid[0])) : [];
  const headers = mapHeaders(headerRow, spec.columns);
  const rows = grid.slice(1);
  const present = spec.columns
    .filter((c) => headers.index.has(c.key))
    .map((column) => ({ column, at: headers.index.get(column.key)!, schema: cellSchemaOf(column) }));
  const records: TableRecord[] = [];
  const issues: RowIssue[] = [];
  const seenIds = new Map<string, number>();
  const report = (row: number, column: ColumnSpec, message: string, input: unknown) =>
    issues.push({
      sheet: spec.name,
      row,
      column: column.header,
      message: cellIssueText(spec.name, row, column.header, message, typeof input === 'string' ? excerpt(input) : input),
    });

  rows.forEach((cells, i) => {
    if (isBlankRow(cells)) return;
    const rowNumber = i + 2;
    const values: RecordValues = {};
    const invalid: ColumnKey[] = [];
    let unidentified = false;
    for (const { column, at, schema } of present) {
      const parsed = schema.safeParse(cells[at]);
      if (parsed.success) {
        values[column.key] = parsed.data;
        continue;
      }
      for (const issue of parsed.error.issues) report(rowNumber, column, issue.message, cells[at]);
      // Without its ID a row can't be referred to: it is reported and left out.
      if (column.type === 'id') unidentified = true;
      values[column.key] = blankValue(column);
      invalid.push(column.key);
    }
    if (unidentified) return;
    const id = values.id;
    if (typeof id === 'string' && id !== '') {
      const earlier = seenIds.get(id);
      if (earlier !== undefined) {
        const idColumn = spec.columns.find((c) => c.key === 'id')!;
        report(rowNumber, idColumn, CELL_ERRORS.duplicateId(id, earlier), '');
        return;
      }
      seenIds.set(id, rowNumber);
    }
    records.push(invalid.length ? { row: rowNumber, values, invalid } : { row: rowNumber, values });
  });
  return { spec, headerRow, headers, rows, records, issues };
}

export function listCell(values: readonly string[]): string {
  return values.join(LIST_SEPARATOR);
}
