/** «Журнал»: one appended row per action of the add-on (time, user, action, details). */
import { registerSheet } from './workbook';
import type { SpreadsheetPort } from '../gas/ports';
import { SHEET_TITLES } from '../i18n/register';
import { toCell } from './cells';
import { headerWidth, mapHeaders } from './headers';
import { sheetSpec } from './spec';

/** Google's limit for one cell is 50,000 characters. */
const MAX_CELL = 49000;

export interface JournalEntry {
  time: Date;
  user: string;
  action: string;
  details: string;
}

export function appendJournal(ss: SpreadsheetPort, entry: JournalEntry): void {
  const sheet = registerSheet(ss, SHEET_TITLES.journal);
  if (!sheet) return; // before the register exists there is nowhere to write
  const spec = sheetSpec('journal');
  const lastColumn = Math.max(sheet.getLastColumn(), 1);
  const header = sheet.getRange(1, 1, 1, lastColumn).getValues()[0];
  const map = mapHeaders(header, spec.columns);
  const details = entry.details.length > MAX_CELL ? `${entry.details.slice(0, MAX_CELL)}…` : entry.details;
  const byKey = { time: entry.time, user: toCell(entry.user), action: toCell(entry.action), details: toCell(details) };
  const row: unknown[] = new Array(Math.max(headerWidth(header), 1)).fill('');
  for (const [key, value] of Object.entries(byKey)) {
    const at = map.index.get(key as keyof typeof byKey);
    if (at !== undefined) row[at] = value;
  }
  sheet.appendRow(row);
}
