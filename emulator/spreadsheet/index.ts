/** The emulated SpreadsheetApp: factory, state constructors and emulator-only helpers. */
export { createSpreadsheetApp, EmuSpreadsheetApp } from './app';
export { newSpreadsheetState, newSheetState } from './state';
export type {
  BooleanCriteriaName,
  CellState,
  ChartState,
  ChartTypeName,
  ConditionalFormatRuleState,
  JsonValue,
  RectState,
  CellValue,
  GridRangeState,
  ProtectionState,
  SheetState,
  SpreadsheetState,
  ToastState,
  ValidationRuleState,
} from './state';
export { checkValidation } from './validation';
export { CELL_CHARACTER_LIMIT, CELL_TOO_LONG_MESSAGE } from './values';
export { applyUserEdit, cellAt, gridDisplayValues, gridFormulas, gridValues, sheetState } from './inspect';
export { DEFAULT_NUMBER_FORMAT, formatDate } from './format';
export { columnToLetters, lettersToColumn } from './a1';
export { BooleanCriteria, DataValidationCriteria, ProtectionType } from './enums';
export {
  EmuBooleanCondition,
  EmuConditionalFormatRule,
  EmuConditionalFormatRuleBuilder,
  NO_RANGE_MESSAGE,
} from './conditional-format';
export {
  conditionalFormatFor,
  conditionalFormatRules,
  evaluateCustomFormula,
  type AppliedConditionalFormat,
  type ConditionalFormatOptions,
  type FormulaCell,
  type FormulaEvaluator,
  type SpreadsheetOrEmulatorState,
} from './conditional-eval';
export { chartSpecs, EmuEmbeddedChart, EmuEmbeddedChartBuilder, type ChartSpec } from './chart';
