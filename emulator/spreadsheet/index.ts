/** The emulated SpreadsheetApp: factory, state constructors and emulator-only helpers. */
export { createSpreadsheetApp, EmuSpreadsheetApp } from './app';
export { newSpreadsheetState, newSheetState } from './state';
export type {
  CellState,
  CellValue,
  GridRangeState,
  ProtectionState,
  SheetState,
  SpreadsheetState,
  ToastState,
  ValidationRuleState,
} from './state';
export { checkValidation } from './validation';
export { applyUserEdit, cellAt, gridDisplayValues, gridFormulas, gridValues, sheetState } from './inspect';
export { DEFAULT_NUMBER_FORMAT, formatDate } from './format';
export { columnToLetters, lettersToColumn } from './a1';
