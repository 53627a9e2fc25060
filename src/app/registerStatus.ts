/** What the sidebar shows about the register: each sheet, present or not, and its rows. */
import type { SpreadsheetPort } from '../gas/ports';
import { SHEET_SPECS } from '../register/spec';
import { findSheet, sheetsByName } from '../register/workbook';
import type { RegisterStatus } from './sidebarApi';

export function registerStatus(ss: SpreadsheetPort): RegisterStatus {
  const sheets = sheetsByName(ss);
  const list = SHEET_SPECS.map((spec) => {
    const sheet = findSheet(sheets, spec.name);
    return { name: spec.name, present: !!sheet, rows: sheet ? Math.max(sheet.getLastRow() - 1, 0) : 0 };
  });
  return { ready: list.every((s) => s.present), spreadsheetName: ss.getName(), sheets: list };
}
