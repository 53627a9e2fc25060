/**
 * Test/playground helper (not Google's API, never counted): which conditional format rule colours
 * a cell, as Sheets decides it. Rules are tried in order and the first whose condition holds for
 * the cell applies (Sheets applies only the first matching rule).
 *
 * whenTextEqualTo compares the cell's display value with the text, exactly (case-sensitive:
 * guessed). whenFormulaSatisfied is evaluated only for the simple shapes the add-on uses: a tiny
 * evaluator of cell references (A1 style; `$` anchors; a relative part moves with the cell,
 * relative to the top-left cell of the rule's first range, as Sheets reads custom formulas),
 * number, string and TRUE/FALSE literals, = <> < > <= >=, + - * /, &, parentheses, AND(), OR(),
 * NOT(), TODAY() (the emulated date in the spreadsheet's time zone) and ISBLANK(). Arguments are
 * separated by commas (as Apps Script writes formulas, whatever the locale). Values compare as
 * Sheets compares them: dates as serial numbers, text case-insensitively, a blank cell as 0, ''
 * or FALSE, numbers < text < logicals across types.
 * Anything else (other functions, ranges, other sheets, named ranges, a referenced cell holding a
 * formula the emulator cannot compute, a text rule on such a cell) makes the answer 'unknown':
 * the emulator cannot tell, and a test must not guess. A rule that errors (#VALUE!, #REF!) does
 * not apply, as in Sheets.
 */
import { isDate } from '../core';
import { formatA1 } from './a1';
import { displayOf } from './format';
import { getCell, hasContent } from './grid';
import { localeInfo } from './locale';
import { sheetState } from './inspect';
import type { ConditionalFormatRuleState, SheetState, SpreadsheetState } from './state';
import { literalFormulaValue, typedValue } from './values';
import { dateToSerial } from '../time';

/** Where a custom formula is being evaluated. */
export interface FormulaCell {
  row: number;
  column: number;
  /** Top-left cell of the rule's first range: relative references are written for it. */
  anchorRow: number;
  anchorColumn: number;
}

/** A caller's own evaluator, tried first; undefined hands the formula to the built-in one. */
export type FormulaEvaluator = (formula: string, cell: FormulaCell) => boolean | 'unknown' | undefined;

export interface ConditionalFormatOptions {
  /** The clock for TODAY(); defaults to the emulator state's `now` when given an EmulatorState. */
  now?: Date | number;
  evaluate?: FormulaEvaluator;
}

export interface AppliedConditionalFormat {
  /** Position of the rule in the sheet's list. */
  index: number;
  criteria: ConditionalFormatRuleState['criteria'];
  values: string[];
  /** The rule's ranges in A1 notation. */
  ranges: string[];
  background: string | null;
  fontColor: string | null;
  bold: boolean | null;
}

/** A spreadsheet state, or an emulator state (whose `now` then serves TODAY()). */
export type SpreadsheetOrEmulatorState = SpreadsheetState | { spreadsheet: SpreadsheetState; now: number };

class Unknown extends Error {}

const BLANK = Symbol('blank');
/** A spreadsheet error value such as #VALUE!; it propagates and makes the rule not apply. */
class SheetError {
  constructor(readonly code: string) {}
}
type Value = number | string | boolean | typeof BLANK | SheetError;

type Token =
  | { t: 'num'; v: number }
  | { t: 'str'; v: string }
  | { t: 'ref'; row: number; rowAbs: boolean; col: number; colAbs: boolean }
  | { t: 'name'; v: string }
  | { t: 'op'; v: string };

function lettersToNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const ch = src[i];
    if (ch === ' ' || ch === '\t' || ch === '\n') {
      i++;
      continue;
    }
    if (ch === '"') {
      let s = '';
      i++;
      for (;;) {
        if (i >= src.length) throw new Unknown('unterminated string');
        if (src[i] === '"') {
          if (src[i + 1] === '"') {
            s += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        s += src[i++];
      }
      out.push({ t: 'str', v: s });
      continue;
    }
    const num = /^(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?/i.exec(src.slice(i));
    if (num) {
      out.push({ t: 'num', v: Number(num[0]) });
      i += num[0].length;
      continue;
    }
    const ref = /^(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?![\w(!:.])/.exec(src.slice(i));
    if (ref) {
      out.push({
        t: 'ref',
        colAbs: ref[1] === '$',
        col: lettersToNumber(ref[2].toUpperCase()),
        rowAbs: ref[3] === '$',
        row: Number(ref[4]),
      });
      i += ref[0].length;
      continue;
    }
    const name = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(src.slice(i));
    if (name) {
      out.push({ t: 'name', v: name[0].toUpperCase() });
      i += name[0].length;
      continue;
    }
    const op = /^(<>|<=|>=|[=<>+\-*/&(),])/.exec(src.slice(i));
    if (op) {
      out.push({ t: 'op', v: op[0] });
      i += op[0].length;
      continue;
    }
    throw new Unknown(`unsupported character ${ch}`);
  }
  return out;
}

interface EvalContext {
  ss: SpreadsheetState;
  sheet: SheetState;
  cell: FormulaCell;
  now: number | null;
}

class Parser {
  #i = 0;
  constructor(
    private readonly tokens: Token[],
    private readonly ctx: EvalContext,
  ) {}

  parse(): Value {
    const v = this.comparison();
    if (this.#i !== this.tokens.length) throw new Unknown('trailing tokens');
    return v;
  }

  #peek(): Token | undefined {
    return this.tokens[this.#i];
  }
  #isOp(v: string): boolean {
    const t = this.#peek();
    return !!t && t.t === 'op' && t.v === v;
  }
  #expect(v: string): void {
    if (!this.#isOp(v)) throw new Unknown(`expected ${v}`);
    this.#i++;
  }

  comparison(): Value {
    let left = this.concat();
    for (;;) {
      const t = this.#peek();
      if (t?.t !== 'op' || !['=', '<>', '<', '>', '<=', '>='].includes(t.v)) return left;
      this.#i++;
      left = compare(t.v, left, this.concat());
    }
  }

  concat(): Value {
    let left = this.additive();
    while (this.#isOp('&')) {
      this.#i++;
      const right = this.additive();
      left = left instanceof SheetError ? left : right instanceof SheetError ? right : asText(left) + asText(right);
    }
    return left;
  }

  additive(): Value {
    let left = this.term();
    for (;;) {
      const t = this.#peek();
      if (t?.t !== 'op' || (t.v !== '+' && t.v !== '-')) return left;
      this.#i++;
      left = arithmetic(t.v, left, this.term());
    }
  }

  term(): Value {
    let left = this.unary();
    for (;;) {
      const t = this.#peek();
      if (t?.t !== 'op' || (t.v !== '*' && t.v !== '/')) return left;
      this.#i++;
      left = arithmetic(t.v, left, this.unary());
    }
  }

  unary(): Value {
    if (this.#isOp('-')) {
      this.#i++;
      return arithmetic('-', 0, this.unary());
    }
    if (this.#isOp('+')) {
      this.#i++;
      return this.unary();
    }
    return this.primary();
  }

  primary(): Value {
    const t = this.tokens[this.#i++];
    if (!t) throw new Unknown('unexpected end');
    switch (t.t) {
      case 'num':
      case 'str':
        return t.v;
      case 'ref':
        return this.#cellValue(t);
      case 'name':
        if (!this.#isOp('(')) {
          if (t.v === 'TRUE') return true;
          if (t.v === 'FALSE') return false;
          throw new Unknown(`unsupported name ${t.v}`);
        }
        this.#i++;
        return this.#call(t.v);
      case 'op':
        if (t.v === '(') {
          const v = this.comparison();
          this.#expect(')');
          return v;
        }
        throw new Unknown(`unexpected ${t.v}`);
    }
  }

  /** Arguments up to the closing parenthesis, each parsed lazily by the caller's reader. */
  #args<T>(read: () => T): T[] {
    const out: T[] = [];
    if (this.#isOp(')')) {
      this.#i++;
      return out;
    }
    for (;;) {
      out.push(read());
      if (this.#isOp(',')) {
        this.#i++;
        continue;
      }
      this.#expect(')');
      return out;
    }
  }

  #call(name: string): Value {
    switch (name) {
      case 'AND':
      case 'OR': {
        const args = this.#args(() => this.comparison());
        return logical(name, args);
      }
      case 'NOT': {
        const args = this.#args(() => this.comparison());
        if (args.length !== 1) throw new Unknown('NOT takes one argument');
        const b = truthOf(args[0]);
        return b instanceof SheetError ? b : !b;
      }
      case 'TODAY': {
        const args = this.#args(() => this.comparison());
        if (args.length !== 0) throw new Unknown('TODAY takes no argument');
        if (this.ctx.now === null) throw new Error('conditionalFormatFor: TODAY() needs the clock: pass options.now');
        return Math.floor(dateToSerial(this.ctx.now, this.ctx.ss.timeZone));
      }
      case 'ISBLANK': {
        const args = this.#args(() => {
          const t = this.tokens[this.#i];
          if (t?.t !== 'ref') throw new Unknown('ISBLANK takes a cell reference here');
          this.#i++;
          return t;
        });
        if (args.length !== 1) throw new Unknown('ISBLANK takes one argument');
        const at = this.#locate(args[0]);
        if (at instanceof SheetError) return at;
        return !hasContent(getCell(this.ctx.sheet, at.row, at.column));
      }
      default:
        throw new Unknown(`unsupported function ${name}`);
    }
  }

  #locate(t: Extract<Token, { t: 'ref' }>): { row: number; column: number } | SheetError {
    const c = this.ctx.cell;
    const row = t.rowAbs ? t.row : t.row + (c.row - c.anchorRow);
    const column = t.colAbs ? t.col : t.col + (c.column - c.anchorColumn);
    if (row < 1 || column < 1 || row > this.ctx.sheet.maxRows || column > this.ctx.sheet.maxColumns)
      return new SheetError('#REF!');
    return { row, column };
  }

  #cellValue(t: Extract<Token, { t: 'ref' }>): Value {
    const at = this.#locate(t);
    if (at instanceof SheetError) return at;
    const cell = getCell(this.ctx.sheet, at.row, at.column);
    if (cell?.f !== undefined && literalFormulaValue(cell.f) === '') throw new Unknown('a referenced cell holds a formula');
    const v = typedValue(cell, this.ctx.ss.timeZone);
    if (v === '') return BLANK;
    if (isDate(v)) return dateToSerial(v.getTime(), this.ctx.ss.timeZone);
    return v;
  }
}

function asText(v: Value): string {
  if (v === BLANK) return '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v);
}

function asNumber(v: Value): number | SheetError {
  if (v instanceof SheetError) return v;
  if (v === BLANK) return 0;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'number') return v;
  const t = v.trim();
  return t !== '' && Number.isFinite(Number(t)) ? Number(t) : new SheetError('#VALUE!');
}

function arithmetic(op: string, a: Value, b: Value): Value {
  const x = asNumber(a);
  const y = asNumber(b);
  if (x instanceof SheetError) return x;
  if (y instanceof SheetError) return y;
  switch (op) {
    case '+':
      return x + y;
    case '-':
      return x - y;
    case '*':
      return x * y;
    default:
      return y === 0 ? new SheetError('#DIV/0!') : x / y;
  }
}

/** Sheets' order across types: numbers < text < logicals. */
function rank(v: number | string | boolean): number {
  return typeof v === 'number' ? 1 : typeof v === 'string' ? 2 : 3;
}

function compare(op: string, a: Value, b: Value): Value {
  if (a instanceof SheetError) return a;
  if (b instanceof SheetError) return b;
  // A blank takes the other side's type: 0, '' or FALSE.
  const blankAs = (other: Value): number | string | boolean =>
    typeof other === 'string' ? '' : typeof other === 'boolean' ? false : 0;
  const x = a === BLANK ? blankAs(b) : a;
  const y = b === BLANK ? blankAs(a) : b;
  let c: number;
  if (rank(x) !== rank(y)) c = rank(x) - rank(y);
  else if (typeof x === 'string') {
    const p = x.toLowerCase();
    const q = (y as string).toLowerCase();
    c = p < q ? -1 : p > q ? 1 : 0;
  } else c = Number(x) - Number(y);
  switch (op) {
    case '=':
      return c === 0;
    case '<>':
      return c !== 0;
    case '<':
      return c < 0;
    case '>':
      return c > 0;
    case '<=':
      return c <= 0;
    default:
      return c >= 0;
  }
}

/** A value as a condition: TRUE, a non-zero number; text is #VALUE!; blank is FALSE. */
function truthOf(v: Value): boolean | SheetError {
  if (v instanceof SheetError) return v;
  if (v === BLANK) return false;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v !== 0;
  return new SheetError('#VALUE!');
}

function logical(name: 'AND' | 'OR', args: Value[]): Value {
  const seen: boolean[] = [];
  for (const a of args) {
    if (a === BLANK) continue;
    const b = truthOf(a);
    if (b instanceof SheetError) return b;
    seen.push(b);
  }
  if (seen.length === 0) return new SheetError('#VALUE!');
  return name === 'AND' ? seen.every(Boolean) : seen.some(Boolean);
}

/**
 * Evaluates a custom formula for one cell: true, false, or 'unknown' when the formula is beyond
 * the tiny evaluator (see the file comment).
 */
export function evaluateCustomFormula(
  ss: SpreadsheetState,
  sheet: SheetState,
  formula: string,
  cell: FormulaCell,
  now: number | null,
): boolean | 'unknown' {
  if (!formula.startsWith('=')) return 'unknown';
  try {
    const v = new Parser(tokenize(formula.slice(1)), { ss, sheet, cell, now }).parse();
    if (v instanceof SheetError) return false;
    if (v === BLANK || typeof v === 'string') return false;
    return typeof v === 'number' ? v !== 0 : v;
  } catch (e) {
    if (e instanceof Unknown) return 'unknown';
    throw e;
  }
}

function within(
  rect: { row: number; column: number; numRows: number; numColumns: number },
  row: number,
  column: number,
): boolean {
  return row >= rect.row && row < rect.row + rect.numRows && column >= rect.column && column < rect.column + rect.numColumns;
}

function ruleHolds(
  ss: SpreadsheetState,
  sheet: SheetState,
  rule: ConditionalFormatRuleState,
  row: number,
  column: number,
  options: ConditionalFormatOptions,
  now: number | null,
): boolean | 'unknown' {
  if (rule.criteria === 'TEXT_EQUAL_TO') {
    const c = getCell(sheet, row, column);
    if (c?.f !== undefined && literalFormulaValue(c.f) === '') return 'unknown';
    const shown = c ? displayOf(c.v, c.nf, ss.timeZone, localeInfo(ss.locale)) : '';
    return shown === rule.values[0];
  }
  const first = rule.ranges[0];
  const at: FormulaCell = { row, column, anchorRow: first.row, anchorColumn: first.column };
  const own = options.evaluate?.(rule.values[0], at);
  if (own !== undefined) return own;
  return evaluateCustomFormula(ss, sheet, rule.values[0], at, now);
}

function resolve(state: SpreadsheetOrEmulatorState): { ss: SpreadsheetState; now: number | null } {
  if ('spreadsheet' in state && 'now' in state) return { ss: state.spreadsheet, now: state.now };
  return { ss: state as SpreadsheetState, now: null };
}

/**
 * The conditional format that Sheets shows on a cell: the first rule of the sheet covering the
 * cell whose condition holds, null when none does, 'unknown' when a rule before it cannot be
 * evaluated here. `options` may be a FormulaEvaluator (tried before the built-in evaluator) or
 * { now, evaluate }.
 */
export function conditionalFormatFor(
  state: SpreadsheetOrEmulatorState,
  sheetName: string,
  row: number,
  column: number,
  options: FormulaEvaluator | ConditionalFormatOptions = {},
): AppliedConditionalFormat | null | 'unknown' {
  const opts: ConditionalFormatOptions = typeof options === 'function' ? { evaluate: options } : options;
  const { ss, now: stateNow } = resolve(state);
  const now = opts.now === undefined ? stateNow : isDate(opts.now) ? opts.now.getTime() : opts.now;
  const sheet = sheetState(ss, sheetName);
  const rules = sheet.conditionalFormats ?? [];
  for (let index = 0; index < rules.length; index++) {
    const rule = rules[index];
    if (!rule.ranges.some((r) => within(r, row, column))) continue;
    const holds = ruleHolds(ss, sheet, rule, row, column, opts, now);
    if (holds === 'unknown') return 'unknown';
    if (holds) {
      return {
        index,
        criteria: rule.criteria,
        values: [...rule.values],
        ranges: rule.ranges.map((r) => formatA1(r.row, r.column, r.numRows, r.numColumns)),
        background: rule.background,
        fontColor: rule.fontColor,
        bold: rule.bold,
      };
    }
  }
  return null;
}

/** Test/playground helper: the sheet's rules as plain data, ranges in A1 notation. */
export function conditionalFormatRules(
  ss: SpreadsheetState,
  sheetName: string,
): (Omit<ConditionalFormatRuleState, 'ranges'> & { ranges: string[] })[] {
  return (sheetState(ss, sheetName).conditionalFormats ?? []).map((rule) => ({
    ...rule,
    values: [...rule.values],
    ranges: rule.ranges.map((r) => formatA1(r.row, r.column, r.numRows, r.numColumns)),
  }));
}
