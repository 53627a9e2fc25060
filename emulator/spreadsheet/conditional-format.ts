/**
 * Conditional formatting: BooleanCondition, ConditionalFormatRule and its builder, and the sheet's
 * rule list (plain data in SheetState.conditionalFormats, see state.ts).
 *
 * Documented and followed: Sheet.setConditionalFormatRules "replaces all currently existing
 * conditional format rules in the sheet with the input rules" (so the list passed is the new
 * list; the usual idiom is getConditionalFormatRules(), push, set); getBooleanCondition() is null
 * for a rule without a boolean condition; getCriteriaValues() of a custom-formula rule is
 * [formula] and of a text rule [text]; a rule's format fields left unset read back as null.
 * Rules and conditions are values: changing a rule object never changes the sheet until the list
 * is set again, and getConditionalFormatRules() returns copies.
 *
 * Guessed (wording and, partly, behaviour): build() without ranges throws «The conditional format
 * rule must contain at least one range.» (the wording is quoted by a public test double of
 * SpreadsheetApp, not verified against Google); build() without a condition throws; a rule whose
 * ranges are on another sheet is refused by setConditionalFormatRules. Colours are kept as given
 * (Google may normalise '#FF0000' to '#ff0000'). Only the criteria the add-on uses can be built:
 * whenFormulaSatisfied and whenTextEqualTo.
 */
import { GasException, Service, unwrap } from '../core';
import type {
  BooleanConditionPort,
  ConditionalFormatRuleBuilderPort,
  ConditionalFormatRulePort,
  RangePort,
} from '../../src/gas/ports';
import { signatureError, sheetById, type SpreadsheetContext } from './context';
import { EmuRange } from './range';
import type { BooleanCriteriaName, ConditionalFormatRuleState, GridRangeState, SheetState } from './state';

type Criteria = GoogleAppsScript.Spreadsheet.BooleanCriteria;

/** A rule as a value: its ranges carry their sheet, since a built rule is on no sheet yet. */
interface RuleValue {
  ranges: GridRangeState[];
  criteria: BooleanCriteriaName | null;
  values: string[];
  background: string | null;
  fontColor: string | null;
  bold: boolean | null;
}

function copyValue(v: RuleValue): RuleValue {
  return { ...v, ranges: v.ranges.map((r) => ({ ...r })), values: [...v.values] };
}

export const NO_RANGE_MESSAGE = 'The conditional format rule must contain at least one range.';

export class EmuBooleanCondition extends Service implements BooleanConditionPort {
  readonly serviceName = 'BooleanCondition';
  readonly #v: RuleValue;

  constructor(value: RuleValue) {
    super();
    this.#v = value;
  }

  getCriteriaType(): Criteria {
    return this.#v.criteria as unknown as Criteria;
  }
  getCriteriaValues(): any[] {
    return [...this.#v.values];
  }
  getBackground(): string | null {
    return this.#v.background;
  }
  getFontColor(): string | null {
    return this.#v.fontColor;
  }
  getBold(): boolean | null {
    return this.#v.bold;
  }
  /** Google has these; the builder here cannot set them, so they are always null. */
  getItalic(): boolean | null {
    return null;
  }
  getStrikethrough(): boolean | null {
    return null;
  }
  getUnderline(): boolean | null {
    return null;
  }
}

export class EmuConditionalFormatRule extends Service implements ConditionalFormatRulePort {
  readonly serviceName = 'ConditionalFormatRule';
  readonly #ctx: SpreadsheetContext;
  readonly #v: RuleValue;

  constructor(ctx: SpreadsheetContext, value: RuleValue) {
    super();
    this.#ctx = ctx;
    this.#v = value;
  }

  /** Emulator-internal (the proxy hides methods starting with '_'): a copy of the rule. */
  _value(): RuleValue {
    return copyValue(this.#v);
  }

  /** Ranges on sheets that were deleted since are left out. */
  getRanges(): EmuRange[] {
    const out: EmuRange[] = [];
    for (const r of this.#v.ranges) {
      const sheet = sheetById(this.#ctx, r.sheetId);
      if (sheet) out.push(new EmuRange(this.#ctx, sheet, r.row, r.column, r.numRows, r.numColumns));
    }
    return out;
  }

  getBooleanCondition(): EmuBooleanCondition | null {
    return this.#v.criteria === null ? null : new EmuBooleanCondition(copyValue(this.#v));
  }

  /** Google's: a builder preset with this rule's settings. */
  copy(): EmuConditionalFormatRuleBuilder {
    return new EmuConditionalFormatRuleBuilder(this.#ctx, copyValue(this.#v));
  }
}

export class EmuConditionalFormatRuleBuilder extends Service implements ConditionalFormatRuleBuilderPort {
  readonly serviceName = 'ConditionalFormatRuleBuilder';
  readonly #ctx: SpreadsheetContext;
  readonly #v: RuleValue;

  constructor(ctx: SpreadsheetContext, preset?: RuleValue) {
    super();
    this.#ctx = ctx;
    this.#v = preset ?? { ranges: [], criteria: null, values: [], background: null, fontColor: null, bold: null };
  }

  whenFormulaSatisfied(formula: string): EmuConditionalFormatRuleBuilder {
    if (typeof formula !== 'string') throw signatureError('ConditionalFormatRuleBuilder.whenFormulaSatisfied', [formula]);
    this.#v.criteria = 'CUSTOM_FORMULA';
    this.#v.values = [formula];
    return this;
  }

  whenTextEqualTo(text: string): EmuConditionalFormatRuleBuilder {
    if (typeof text !== 'string') throw signatureError('ConditionalFormatRuleBuilder.whenTextEqualTo', [text]);
    this.#v.criteria = 'TEXT_EQUAL_TO';
    this.#v.values = [text];
    return this;
  }

  /** null removes the setting (Google's reference says so for the colour; from memory). */
  setBackground(color: string | null): EmuConditionalFormatRuleBuilder {
    this.#v.background = color === null || color === undefined ? null : String(color);
    return this;
  }

  setFontColor(color: string | null): EmuConditionalFormatRuleBuilder {
    this.#v.fontColor = color === null || color === undefined ? null : String(color);
    return this;
  }

  setBold(bold: boolean | null): EmuConditionalFormatRuleBuilder {
    this.#v.bold = bold === null || bold === undefined ? null : !!bold;
    return this;
  }

  /** Replaces the ranges (documented); they must be Ranges of this spreadsheet. */
  setRanges(ranges: RangePort[]): EmuConditionalFormatRuleBuilder {
    if (!Array.isArray(ranges)) throw signatureError('ConditionalFormatRuleBuilder.setRanges', [ranges]);
    const out: GridRangeState[] = [];
    for (const range of ranges) {
      const r = unwrap(range);
      if (!(r instanceof EmuRange)) throw signatureError('ConditionalFormatRuleBuilder.setRanges', [ranges]);
      out.push({ sheetId: r._sheet().sheetId, ...r._rect() });
    }
    this.#v.ranges = out;
    return this;
  }

  /** Google's builder has it: the ranges set so far. */
  getRanges(): EmuRange[] {
    return new EmuConditionalFormatRule(this.#ctx, copyValue(this.#v)).getRanges();
  }

  copy(): EmuConditionalFormatRuleBuilder {
    return new EmuConditionalFormatRuleBuilder(this.#ctx, copyValue(this.#v));
  }

  build(): EmuConditionalFormatRule {
    // Guessed wordings, see the file comment.
    if (this.#v.criteria === null) throw new GasException('The conditional format rule must have a condition.');
    if (this.#v.ranges.length === 0) throw new GasException(NO_RANGE_MESSAGE);
    return new EmuConditionalFormatRule(this.#ctx, copyValue(this.#v));
  }
}

/** Sheet.getConditionalFormatRules: fresh rule values over copies of the stored rules. */
export function readRules(ctx: SpreadsheetContext, sheet: SheetState): EmuConditionalFormatRule[] {
  return (sheet.conditionalFormats ?? []).map(
    (rule) =>
      new EmuConditionalFormatRule(ctx, {
        ...rule,
        ranges: rule.ranges.map((r) => ({ sheetId: sheet.sheetId, ...r })),
        values: [...rule.values],
      }),
  );
}

/** Sheet.setConditionalFormatRules: checks every rule, then replaces the whole list. */
export function writeRules(sheet: SheetState, rules: unknown): void {
  const method = 'Sheet.setConditionalFormatRules';
  if (!Array.isArray(rules)) throw signatureError(method, [rules]);
  const next: ConditionalFormatRuleState[] = [];
  for (const item of rules) {
    const rule = unwrap(item);
    if (!(rule instanceof EmuConditionalFormatRule)) throw signatureError(method, [rules]);
    const v = rule._value();
    if (v.criteria === null) throw new GasException('The conditional format rule must have a condition.');
    if (v.ranges.some((r) => r.sheetId !== sheet.sheetId)) {
      // Guessed wording: Google's answer to a rule with another sheet's ranges was not found.
      throw new GasException("The conditional format rule's ranges must be on the sheet whose rules are set.");
    }
    next.push({
      ranges: v.ranges.map(({ row, column, numRows, numColumns }) => ({ row, column, numRows, numColumns })),
      criteria: v.criteria,
      values: v.values,
      background: v.background,
      fontColor: v.fontColor,
      bold: v.bold,
    });
  }
  sheet.conditionalFormats = next;
}
