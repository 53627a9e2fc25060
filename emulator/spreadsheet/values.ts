/**
 * Value coercion: how Sheets stores what a script writes (parsed as if a user typed it) and
 * what getValues hands back for a stored cell.
 *
 * Formulas: the emulator does not evaluate formulas. A formula cell keeps its text and a
 * cached value of '' — except literal formulas (=5, ="x", =TRUE), whose value is the literal.
 * Tests that depend on computed formula results cannot run against the emulator.
 */
import { GasException, isDate } from '../core';
import { compileFormat } from './format';
import { localeInfo } from './locale';
import type { CellState, CellValue } from './state';
import { dateToSerial, fromWallTime, serialToDate } from '../time';

export interface ParsedInput {
  v: CellValue;
  f?: string;
}

export interface ValueContext {
  locale: string;
  timeZone: string;
}

const BLANK: ParsedInput = { v: '' };

/** The cached value of a formula: only literal formulas have one here. */
export function literalFormulaValue(formula: string): CellValue {
  const body = formula.slice(1).trim();
  if (/^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i.test(body)) return Number(body);
  const str = /^"((?:[^"]|"")*)"$/.exec(body);
  if (str) return str[1].replace(/""/g, '"');
  if (/^true$/i.test(body)) return true;
  if (/^false$/i.test(body)) return false;
  return '';
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Two-digit years as spreadsheets read them: 00-29 are 2000s, 30-99 are 1900s. */
function fullYear(y: string): number {
  const n = Number(y);
  if (y.length > 2) return n;
  return n < 30 ? 2000 + n : 1900 + n;
}

const TIME = String.raw`(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?`;
const YMD = new RegExp(String.raw`^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})${TIME}$`);
const DMY_DOT = new RegExp(String.raw`^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})${TIME}$`);
const SLASH = new RegExp(String.raw`^(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})${TIME}$`);

function makeDate(ctx: ValueContext, year: number, month: number, day: number, h?: string, mi?: string, s?: string): Date | null {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  const hour = h === undefined ? 0 : Number(h);
  const minute = mi === undefined ? 0 : Number(mi);
  const second = s === undefined ? 0 : Number(s);
  if (hour > 23 || minute > 59 || second > 59) return null;
  return new Date(fromWallTime(ctx.timeZone, year, month, day, hour, minute, second));
}

/** A date typed in the locale's order (dd.mm.yyyy in ru_RU) or ISO yyyy-mm-dd. */
function parseDate(t: string, ctx: ValueContext): Date | null {
  let m = YMD.exec(t);
  if (m) return makeDate(ctx, Number(m[1]), Number(m[2]), Number(m[3]), m[4], m[5], m[6]);
  const info = localeInfo(ctx.locale);
  if (info.dateOrder === 'dmy') {
    m = (info.dateSeparator === '.' ? DMY_DOT : SLASH).exec(t);
    if (m) return makeDate(ctx, fullYear(m[3]), Number(m[2]), Number(m[1]), m[4], m[5], m[6]);
  } else if (info.dateOrder === 'mdy') {
    m = SLASH.exec(t);
    if (m) return makeDate(ctx, fullYear(m[3]), Number(m[1]), Number(m[2]), m[4], m[5], m[6]);
  }
  return null;
}

const numberPatterns = new Map<string, { plain: RegExp; grouped: RegExp }>();

function numberPatternsFor(decimal: string, group: string) {
  const key = decimal + group;
  let p = numberPatterns.get(key);
  if (!p) {
    const d = decimal === '.' ? '\\.' : decimal;
    const g = group === '\u00a0' ? '[ \\u00a0]' : group === '.' ? '\\.' : group;
    p = {
      plain: new RegExp(`^[+-]?(\\d+(${d}\\d*)?|${d}\\d+)(e[+-]?\\d+)?$`, 'i'),
      grouped: new RegExp(`^[+-]?\\d{1,3}(${g}\\d{3})+(${d}\\d+)?$`),
    };
    numberPatterns.set(key, p);
  }
  return p;
}

/** A number written with the locale's separators ("3,5" and "1 000" in ru_RU), or null. */
function parseNumber(t: string, ctx: ValueContext): number | null {
  const info = localeInfo(ctx.locale);
  const { plain, grouped } = numberPatternsFor(info.decimal, info.group);
  if (plain.test(t)) return Number(info.decimal === '.' ? t : t.replace(info.decimal, '.'));
  if (grouped.test(t)) {
    const noGroups = t.replace(/[ \u00a0,]/g, (c) => (c === info.decimal ? c : ''));
    return Number(info.decimal === '.' ? noGroups : noGroups.replace(info.decimal, '.'));
  }
  return null;
}

/** A string as Sheets parses user input: formula, 'text, number, boolean, date or text. */
export function parseString(s: string, ctx: ValueContext): ParsedInput {
  if (s === '') return BLANK;
  const first = s.charCodeAt(0);
  if (first === 61 /* = */ && s.length > 1) return { v: literalFormulaValue(s), f: s };
  // A leading apostrophe forces text and is not part of the value.
  if (first === 39 /* ' */) return { v: s.slice(1) };
  const t = s.trim();
  if (t === '') return { v: s };
  const c = t.charCodeAt(0);
  // Cheap pre-check: numbers and dates start with a digit, sign or separator.
  if ((c >= 48 && c <= 57) || c === 43 || c === 45 || c === 44 || c === 46) {
    const n = parseNumber(t, ctx);
    if (n !== null) return { v: n };
    const d = parseDate(t, ctx);
    if (d) return { v: d };
    return { v: s };
  }
  const upper = t.toUpperCase();
  const info = localeInfo(ctx.locale);
  if (upper === 'TRUE' || info.trueWords.includes(upper)) return { v: true };
  if (upper === 'FALSE' || info.falseWords.includes(upper)) return { v: false };
  return { v: s };
}

/**
 * Sheets holds at most 50,000 characters in a cell, formulas included ("Files you can store in
 * Google Drive", https://support.google.com/drive/answer/37603). Past it Sheets refuses the
 * input with this message (as quoted from the Sheets API in moevm/github_repo_commitment_calc#67
 * and freelabz/secator#96; Apps Script's setValue/setValues say the same).
 */
export const CELL_CHARACTER_LIMIT = 50_000;
export const CELL_TOO_LONG_MESSAGE = 'Your input contains more than the maximum of 50000 characters in a single cell.';

/** Throws Sheets' refusal when `raw` would put more than 50,000 characters into one cell. */
export function checkCellLength(raw: unknown): void {
  if (raw === null || raw === undefined || typeof raw === 'number' || typeof raw === 'boolean' || isDate(raw)) return;
  const text = typeof raw === 'string' ? raw : String(raw);
  if (text.length > CELL_CHARACTER_LIMIT) throw new GasException(CELL_TOO_LONG_MESSAGE);
}

/**
 * What a cell stores when a script writes `raw` into a cell with number format `nf`.
 * Plain-text cells ('@') keep strings verbatim. Over 50,000 characters it throws.
 */
export function parseInput(raw: unknown, nf: string | undefined, ctx: ValueContext): ParsedInput {
  checkCellLength(raw);
  if (raw === null || raw === undefined) return BLANK;
  if (typeof raw === 'string') {
    if (nf === '@') return raw === '' ? BLANK : { v: raw };
    return parseString(raw, ctx);
  }
  if (typeof raw === 'number') return Number.isFinite(raw) ? { v: raw } : { v: String(raw) };
  if (typeof raw === 'boolean') return { v: raw };
  if (isDate(raw)) {
    const ms = raw.getTime();
    // A copy in this realm: the caller's Date may belong to the add-on's vm realm.
    return Number.isNaN(ms) ? { v: 'Invalid Date' } : { v: new Date(ms) };
  }
  const s = String(raw);
  return nf === '@' ? { v: s } : parseString(s, ctx);
}

/**
 * The value getValues returns for a cell: dates as fresh Date objects, numbers in date
 * formats as dates and dates in number formats as serial numbers (Sheets types a cell by
 * its format), '' for blank.
 */
export function typedValue(cell: CellState | null | undefined, timeZone: string): CellValue {
  if (!cell) return '';
  const v = cell.v;
  if (v !== null && typeof v === 'object') {
    if (cell.nf !== undefined && compileFormat(cell.nf).kind === 'number') return dateToSerial(v.getTime(), timeZone);
    return new Date(v.getTime());
  }
  if (typeof v === 'number' && cell.nf !== undefined && compileFormat(cell.nf).kind === 'date') {
    return new Date(serialToDate(v, timeZone));
  }
  return v ?? '';
}
