/**
 * Data validation: the rule view (DataValidation), its builder, the per-sheet rule table that
 * cells point into, and checkValidation, which the playground uses to reject user edits.
 *
 * Google: a new rule allows invalid input (getAllowInvalid() "The default for new data
 * validation rules is true"), and getHelpText() returns null when no help text was set.
 * Script writes are never checked (Apps Script lets scripts write invalid values).
 */
import { GasException, Service, isDate, unwrap } from '../core';
import type { DataValidationBuilderPort, DataValidationPort, RangePort } from '../../src/gas/ports';
import { signatureError, sheetById, type SpreadsheetContext } from './context';
import { getCell, readValues, valueContext } from './grid';
import { EmuRange } from './range';
import type { CellValue, SheetState, SpreadsheetState, ValidationRuleState } from './state';
import { parseInput, type ValueContext } from './values';

type Criteria = GoogleAppsScript.Spreadsheet.DataValidationCriteria;

export class EmuDataValidation extends Service implements DataValidationPort {
  readonly serviceName = 'DataValidation';
  // #private: the counting proxy passes data properties through, so internals must be hidden.
  readonly #ctx: SpreadsheetContext;
  /** Treated as immutable: a rule is shared by every cell that uses it. */
  readonly #data: ValidationRuleState;

  constructor(ctx: SpreadsheetContext, data: ValidationRuleState) {
    super();
    this.#ctx = ctx;
    this.#data = data;
  }

  /** Emulator-internal (the proxy hides methods starting with '_'). */
  _data(): ValidationRuleState {
    return this.#data;
  }

  getAllowInvalid(): boolean {
    return this.#data.allowInvalid;
  }

  getCriteriaType(): Criteria {
    return this.#data.criteria as unknown as Criteria;
  }

  getCriteriaValues(): any[] {
    const d = this.#data;
    switch (d.criteria) {
      case 'VALUE_IN_LIST':
        return [d.list.slice(), d.showDropdown];
      case 'VALUE_IN_RANGE': {
        const sheet = sheetById(this.#ctx, d.range.sheetId);
        const range = sheet
          ? new EmuRange(this.#ctx, sheet, d.range.row, d.range.column, d.range.numRows, d.range.numColumns)
          : null;
        return [range, d.showDropdown];
      }
      case 'NUMBER_BETWEEN':
        return [d.min, d.max];
      case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
        return [d.min];
      case 'DATE_IS_VALID_DATE':
      case 'CHECKBOX':
        return [];
    }
  }

  getHelpText(): string {
    // Google returns null when no help text was set; the port's type says string.
    return this.#data.helpText as string;
  }
}

type CriteriaPart = Omit<ValidationRuleState, 'allowInvalid' | 'helpText'>;

export class EmuDataValidationBuilder extends Service implements DataValidationBuilderPort {
  readonly serviceName = 'DataValidationBuilder';
  readonly #ctx: SpreadsheetContext;
  #criteria: CriteriaPart | null = null;
  #allowInvalid = true;
  #helpText: string | null = null;

  constructor(ctx: SpreadsheetContext) {
    super();
    this.#ctx = ctx;
  }

  requireValueInList(values: string[], showDropdown?: boolean): EmuDataValidationBuilder {
    if (!Array.isArray(values)) throw signatureError('DataValidationBuilder.requireValueInList', [values]);
    this.#criteria = {
      criteria: 'VALUE_IN_LIST',
      list: Array.from(values, (v) => String(v)),
      showDropdown: showDropdown === undefined ? true : !!showDropdown,
    } as CriteriaPart;
    return this;
  }

  requireValueInRange(range: RangePort, showDropdown?: boolean): EmuDataValidationBuilder {
    const r = unwrap(range);
    if (!(r instanceof EmuRange)) throw signatureError('DataValidationBuilder.requireValueInRange', [range]);
    this.#criteria = {
      criteria: 'VALUE_IN_RANGE',
      range: { sheetId: r._sheet().sheetId, ...r._rect() },
      showDropdown: showDropdown === undefined ? true : !!showDropdown,
    } as CriteriaPart;
    return this;
  }

  requireDate(): EmuDataValidationBuilder {
    this.#criteria = { criteria: 'DATE_IS_VALID_DATE' } as CriteriaPart;
    return this;
  }

  requireNumberBetween(start: number, end: number): EmuDataValidationBuilder {
    if (typeof start !== 'number' || typeof end !== 'number') {
      throw signatureError('DataValidationBuilder.requireNumberBetween', [start, end]);
    }
    this.#criteria = { criteria: 'NUMBER_BETWEEN', min: start, max: end } as CriteriaPart;
    return this;
  }

  requireNumberGreaterThanOrEqualTo(number: number): EmuDataValidationBuilder {
    if (typeof number !== 'number') {
      throw signatureError('DataValidationBuilder.requireNumberGreaterThanOrEqualTo', [number]);
    }
    this.#criteria = { criteria: 'NUMBER_GREATER_THAN_OR_EQUAL_TO', min: number } as CriteriaPart;
    return this;
  }

  requireCheckbox(): EmuDataValidationBuilder {
    this.#criteria = { criteria: 'CHECKBOX' } as CriteriaPart;
    return this;
  }

  setAllowInvalid(allowInvalidData: boolean): EmuDataValidationBuilder {
    this.#allowInvalid = !!allowInvalidData;
    return this;
  }

  setHelpText(helpText: string): EmuDataValidationBuilder {
    this.#helpText = helpText === null || helpText === undefined ? null : String(helpText);
    return this;
  }

  build(): EmuDataValidation {
    // Guessed wording: Google's message for a rule without criteria was not verified.
    if (!this.#criteria) throw new GasException('The data validation rule has no criteria.');
    const data = JSON.parse(
      JSON.stringify({ ...this.#criteria, allowInvalid: this.#allowInvalid, helpText: this.#helpText }),
    ) as ValidationRuleState;
    return new EmuDataValidation(this.#ctx, data);
  }
}

/** Id of the rule in the sheet's table, adding it if no equal rule is there yet. */
export function internRule(ss: SpreadsheetState, sheet: SheetState, rule: ValidationRuleState): string {
  const key = JSON.stringify(rule);
  for (const [id, r] of Object.entries(sheet.validationRules)) if (JSON.stringify(r) === key) return id;
  const id = `dv${ss.nextObjectId++}`;
  sheet.validationRules[id] = JSON.parse(key) as ValidationRuleState;
  return id;
}

function sameValue(a: CellValue, b: CellValue): boolean {
  if (isDate(a) || isDate(b)) return isDate(a) && isDate(b) && a.getTime() === b.getTime();
  return String(a) === String(b);
}

function defaultMessage(rule: ValidationRuleState): string {
  switch (rule.criteria) {
    case 'VALUE_IN_LIST':
      return 'Input must be an item on the specified list';
    case 'VALUE_IN_RANGE':
      return 'Input must fall within specified range';
    case 'DATE_IS_VALID_DATE':
      return 'Input must be a valid date';
    case 'NUMBER_BETWEEN':
      return `Input must be a number between ${rule.min} and ${rule.max}`;
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return `Input must be a number greater than or equal to ${rule.min}`;
    case 'CHECKBOX':
      return 'Input must be a checkbox value (TRUE or FALSE)';
  }
}

/** Whether a stored value satisfies the rule (blank always does). */
export function satisfiesRule(
  rule: ValidationRuleState,
  value: CellValue,
  typed: unknown,
  sheet: SheetState,
  ctx: ValueContext,
  spreadsheet?: SpreadsheetState,
): boolean {
  if (value === '') return true;
  switch (rule.criteria) {
    case 'VALUE_IN_LIST':
      return rule.list.some((item) => item === String(value) || item === typed);
    case 'VALUE_IN_RANGE': {
      const target =
        rule.range.sheetId === sheet.sheetId ? sheet : spreadsheet?.sheets.find((s) => s.sheetId === rule.range.sheetId);
      if (!target) {
        throw new Error('checkValidation: the rule reads another sheet; pass the spreadsheet state');
      }
      const values = readValues(ctx, target, rule.range);
      return values.some((row) => row.some((v) => v !== '' && (sameValue(v, value) || v === typed)));
    }
    case 'DATE_IS_VALID_DATE':
      return isDate(value);
    case 'NUMBER_BETWEEN':
      return typeof value === 'number' && value >= Math.min(rule.min, rule.max) && value <= Math.max(rule.min, rule.max);
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return typeof value === 'number' && value >= rule.min;
    case 'CHECKBOX':
      return typeof value === 'boolean';
  }
}

/**
 * For the playground: the message with which Sheets would reject a user typing `value` into
 * the cell, or null if the edit is allowed (no rule, rule allows invalid input, value valid).
 * `value` is what the user typed (parsed like typed input) or an already typed value.
 * Pass the spreadsheet state for its locale/time zone and for rules that read other sheets;
 * without it ru_RU and Europe/Moscow are assumed.
 */
export function checkValidation(
  sheet: SheetState,
  row: number,
  col: number,
  value: unknown,
  spreadsheet?: SpreadsheetState,
): string | null {
  const cell = getCell(sheet, row, col);
  if (!cell || cell.dv === undefined) return null;
  const rule = sheet.validationRules[cell.dv];
  if (!rule || rule.allowInvalid) return null;
  const ctx: ValueContext = spreadsheet ? valueContext(spreadsheet) : { locale: 'ru_RU', timeZone: 'Europe/Moscow' };
  const parsed = parseInput(value, cell.nf, ctx);
  // A formula's result is unknown here (no evaluation), so it is let through.
  if (parsed.f !== undefined) return null;
  if (satisfiesRule(rule, parsed.v, value, sheet, ctx, spreadsheet)) return null;
  return rule.helpText ?? defaultMessage(rule);
}
