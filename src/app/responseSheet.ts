/**
 * Reading a form's response sheet: which column holds which item (by the titles recorded
 * when the form was made, refreshed from Forms when the curator renamed a question).
 */
import { registerSheet } from '../register/workbook';
import { formIdOfUrl } from '../gas/forms';
import type { FormAppPort, PropertiesPort, SheetPort, SpreadsheetPort } from '../gas/ports';
import type { ResponseRow } from '../domain/bankSync';
import { foldHeader } from '../register/headers';
import { isBlankRow } from '../register/cells';
import { type FormMeta, saveFormMeta } from './formRegistry';

/** Headers Google writes before the questions (ru and en spreadsheets). */
const TIMESTAMP_HEADERS = ['отметка времени', 'timestamp'];
const EMAIL_HEADERS = ['адрес электронной почты', 'email address', 'электронная почта'];

/**
 * The sheet a form answers into: by the name recorded, else by the form link Sheets keeps
 * on it. That link may be the edit or the respondent URL, so both IDs are accepted.
 */
export function findResponseSheet(ss: SpreadsheetPort, formIds: readonly string[], name: string): SheetPort | null {
  const byName = name ? registerSheet(ss, name) : null;
  if (byName) return byName;
  return ss.getSheets().find((s) => formIds.includes(formIdOfUrl(s.getFormUrl()) ?? '')) ?? null;
}

/** Column index → item key ('timestamp', 'email' or an item's key); unknown columns absent. */
function columnKeys(header: readonly unknown[], meta: FormMeta): Map<number, string> {
  const byTitle = new Map(meta.items.map((i) => [foldHeader(i.title), i.key]));
  const keys = new Map<number, string>();
  header.forEach((cell, i) => {
    const folded = foldHeader(cell);
    if (TIMESTAMP_HEADERS.includes(folded)) keys.set(i, 'timestamp');
    else if (EMAIL_HEADERS.includes(folded)) keys.set(i, 'email');
    else if (byTitle.has(folded)) keys.set(i, byTitle.get(folded)!);
  });
  return keys;
}

/**
 * Maps the sheet's header to item keys. When a question column is not recognised (renamed
 * in Forms), the current titles are read from the form by item ID and remembered.
 */
export function mapResponseColumns(
  header: readonly unknown[],
  meta: FormMeta,
  formId: string,
  formApp: FormAppPort,
  props: PropertiesPort,
): Map<number, string> {
  let keys = columnKeys(header, meta);
  const questions = header.filter((h) => foldHeader(h)).length;
  if (keys.size >= questions) return keys;
  try {
    const form = formApp.openById(formId);
    const titles = new Map(form.getItems().map((item) => [item.getId(), item.getTitle()]));
    const refreshed: FormMeta = { ...meta, items: meta.items.map((i) => ({ ...i, title: titles.get(i.id) ?? i.title })) };
    keys = columnKeys(header, refreshed);
    saveFormMeta(props, formId, refreshed);
    Object.assign(meta, refreshed);
  } catch {
    // The form is gone: keep what the recorded titles give.
  }
  return keys;
}

export function responseRows(grid: readonly (readonly unknown[])[], keys: Map<number, string>): ResponseRow[] {
  const rows: ResponseRow[] = [];
  grid.forEach((cells, i) => {
    if (i === 0 || isBlankRow(cells)) return;
    const answers: Record<string, unknown> = {};
    for (const [column, key] of keys) answers[key] = cells[column];
    rows.push({ row: i + 1, answers });
  });
  return rows;
}

/** The question text of a key, for messages. */
export function titleOf(meta: FormMeta, key: string): string {
  return meta.items.find((i) => i.key === key)?.title ?? key;
}
