/**
 * The response sheet a form writes to in its destination spreadsheet, as Google keeps it.
 *
 * Verified: the sheet is named «Ответы на форму (1)» in a Russian spreadsheet and "Form
 * Responses 1" in an English one (countless scripts and exports use these names; newer English
 * spreadsheets are also seen with "Form responses 1"); its header row starts with «Отметка
 * времени» / "Timestamp", then «Адрес электронной почты» / "Email Address" when the form
 * collects e-mails, then the questions; a grid has one column per row titled "Title [Row]".
 * Widely reported but not verified in Google's docs: the new sheet is inserted as the first tab
 * (scripts take getSheets()[0] right after setDestination), row 1 is frozen, a question added
 * later gets a new column at the end, and renaming a question renames its column.
 * Guessed: the number (N) is the lowest free one; a column added after the link goes after the
 * form's columns, moving any column the user added there one to the right; the timestamp cells
 * carry the locale's date-time format.
 * Known limit: columns are tracked by position, so columns inserted by a script between the
 * form's columns shift the mapping (Google tracks them).
 */
import { editUrl, type FormsContext } from './context';
import { cellForWrite, getCell, hasContent, insertColumnsAt, lastRow, storeParsed } from '../spreadsheet/grid';
import { localeInfo } from '../spreadsheet/locale';
import { newSheetState, type CellValue, type SheetState, type SpreadsheetState } from '../spreadsheet/state';
import { fromWallTime } from '../time';
import { isAnswerable, type FormResponseState, type FormState, type ResponseColumn } from './state';

interface Labels {
  sheetName(n: number): string;
  timestamp: string;
  email: string;
}

const RU: Labels = {
  sheetName: (n) => `Ответы на форму (${n})`,
  timestamp: 'Отметка времени',
  email: 'Адрес электронной почты',
};
const EN: Labels = {
  sheetName: (n) => `Form Responses ${n}`,
  timestamp: 'Timestamp',
  email: 'Email Address',
};

/** Google names things in the spreadsheet's locale; only Russian and English are known here. */
export function responseLabels(locale: string): Labels {
  return locale.toLowerCase().startsWith('ru') ? RU : EN;
}

function sameColumn(a: ResponseColumn, b: ResponseColumn): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'item' && b.kind === 'item') return a.itemId === b.itemId;
  if (a.kind === 'gridRow' && b.kind === 'gridRow') return a.itemId === b.itemId && a.row === b.row;
  return true;
}

/** The columns the form's current items call for, with their headers. */
export function wantedColumns(form: FormState, locale: string): ResponseColumn[] {
  const labels = responseLabels(locale);
  const out: ResponseColumn[] = [{ kind: 'timestamp', header: labels.timestamp }];
  if (form.collectEmail) out.push({ kind: 'email', header: labels.email });
  for (const item of form.items) {
    if (!isAnswerable(item.type)) continue;
    if (item.type === 'GRID') {
      for (const row of item.rows) out.push({ kind: 'gridRow', itemId: item.id, row, header: `${item.title} [${row}]` });
    } else {
      out.push({ kind: 'item', itemId: item.id, header: item.title });
    }
  }
  return out;
}

/** The response sheet of a form linked to this spreadsheet, or null. */
export function responseSheet(ss: SpreadsheetState, form: FormState): SheetState | null {
  if (!form.destination || form.destination.id !== ss.id || form.responseSheetId === null) return null;
  return ss.sheets.find((s) => s.sheetId === form.responseSheetId) ?? null;
}

/** Headers are stored as typed text: a title like "=1+1" must not become a formula. */
function writeText(sheet: SheetState, row: number, column: number, text: string): void {
  storeParsed(sheet, row, column, { v: text });
}

function freeSheetName(ss: SpreadsheetState, labels: Labels): string {
  const taken = new Set(ss.sheets.map((s) => s.name.toLowerCase()));
  for (let n = 1; ; n++) {
    const name = labels.sheetName(n);
    if (!taken.has(name.toLowerCase())) return name;
  }
}

/** Creates the response sheet as the first tab, writes the header row and links it to the form. */
export function linkResponseSheet(ctx: FormsContext, form: FormState): SheetState {
  const ss = ctx.spreadsheet;
  const labels = responseLabels(ss.locale);
  const sheet = newSheetState(ss.nextSheetId++, freeSheetName(ss, labels));
  sheet.formUrl = editUrl(form);
  sheet.frozenRows = 1;
  ss.sheets.unshift(sheet);
  form.responseSheetId = sheet.sheetId;
  form.responseColumns = [];
  syncResponseColumns(ctx, form);
  return sheet;
}

/**
 * Brings the header row up to date with the items: renamed items get their header rewritten,
 * new items (and grid rows) get a column after the form's last one. Columns of items that no
 * longer ask for one stay, as Google keeps answered data.
 */
export function syncResponseColumns(ctx: FormsContext, form: FormState): void {
  const ss = ctx.spreadsheet;
  const sheet = responseSheet(ss, form);
  if (!sheet) return;
  for (const want of wantedColumns(form, ss.locale)) {
    const index = form.responseColumns.findIndex((c) => sameColumn(c, want));
    if (index >= 0) {
      const have = form.responseColumns[index];
      if (have.header !== want.header) {
        writeText(sheet, 1, index + 1, want.header);
        have.header = want.header;
      }
      continue;
    }
    const column = form.responseColumns.length + 1;
    if (column > sheet.maxColumns) sheet.maxColumns = column;
    else if (hasContent(getCell(sheet, 1, column))) insertColumnsAt(ss, sheet, column, 1);
    writeText(sheet, 1, column, want.header);
    form.responseColumns.push(want);
  }
}

/** A 'YYYY-MM-DD' answer as the date Sheets shows; an answer without year stays text. */
function dateCell(answer: string, timeZone: string): CellValue {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(answer);
  if (!m) return answer;
  return new Date(fromWallTime(timeZone, Number(m[1]), Number(m[2]), Number(m[3])));
}

/** What the sheet shows for one column of a response (Forms never writes formulas). */
function cellValue(form: FormState, column: ResponseColumn, response: FormResponseState, timeZone: string): CellValue {
  if (column.kind === 'timestamp') return new Date(response.timestamp.getTime());
  if (column.kind === 'email') return response.email ?? '';
  const item = form.items.find((i) => i.id === column.itemId);
  const answer = response.answers.find((a) => a.itemId === column.itemId)?.response;
  if (!item || answer === undefined) return '';
  if (column.kind === 'gridRow') {
    const i = item.rows.indexOf(column.row);
    return Array.isArray(answer) && i >= 0 ? (answer[i] ?? '') : '';
  }
  switch (item.type) {
    case 'CHECKBOX':
      return Array.isArray(answer) ? answer.join(', ') : answer;
    case 'SCALE':
      return Number(answer);
    case 'DATE':
      return dateCell(String(answer), timeZone);
    default:
      // Text answers verbatim: '=IMPORTXML(...)' stays a string, '007' keeps its zeros.
      return Array.isArray(answer) ? answer.join(', ') : answer;
  }
}

/** Appends the response as the next row of the response sheet; returns the row number. */
export function writeResponseRow(ctx: FormsContext, form: FormState, response: FormResponseState): number {
  const ss = ctx.spreadsheet;
  const sheet = responseSheet(ss, form);
  if (!sheet) throw new Error(`emulator: the response sheet of form ${form.id} is gone`);
  const row = lastRow(sheet) + 1;
  if (row > sheet.maxRows) sheet.maxRows = row;
  const dateTime = localeInfo(ss.locale).defaultDateTime;
  form.responseColumns.forEach((column, i) => {
    const v = cellValue(form, column, response, ss.timeZone);
    if (v === '') return;
    storeParsed(sheet, row, i + 1, { v });
    if (column.kind === 'timestamp') cellForWrite(sheet, row, i + 1).nf = dateTime;
  });
  return row;
}
