/** Finding the register's sheets in the active spreadsheet. */
import type { SheetPort, SpreadsheetPort } from '../gas/ports';
import { foldHeader } from './headers';

/** Sheets by folded name, from one getSheets() call. */
export function sheetsByName(ss: SpreadsheetPort): Map<string, SheetPort> {
  const map = new Map<string, SheetPort>();
  for (const sheet of ss.getSheets()) {
    const key = foldHeader(sheet.getName());
    if (!map.has(key)) map.set(key, sheet);
  }
  return map;
}

/**
 * A register sheet by its title, as every action and the sidebar look it up: the exact title
 * first (one call), then the same title in another case or with stray spaces («Наставляемые »),
 * so that setup, sync, the sidebar and the documents always agree on what exists.
 */
export function registerSheet(ss: SpreadsheetPort, title: string): SheetPort | null {
  const exact = ss.getSheetByName(title);
  if (exact) return exact;
  return findSheet(sheetsByName(ss), title) ?? null;
}

export function findSheet(sheets: Map<string, SheetPort>, name: string): SheetPort | undefined {
  return sheets.get(foldHeader(name));
}

/** A1 column letters of a 1-based column index. */
export function columnLetter(column: number): string {
  let n = column;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}
