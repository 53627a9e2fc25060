/**
 * Where the add-on remembers its forms: a row per form in «Анкеты» (what the curator sees)
 * and, in document properties, each form's item-ID → key map (what keeps the mapping right
 * when a question is renamed in Forms).
 */
import { registerSheet } from '../register/workbook';
import { last } from '../domain/lists';
import type { QuestionnairePurpose } from '../domain/formModel';
import { type FormItemRef, formIdOfUrl } from '../gas/forms';
import type { PropertiesPort, SheetPort, SpreadsheetPort } from '../gas/ports';
import { PURPOSE_LABELS } from '../i18n/forms';
import { SHEET_TITLES } from '../i18n/register';
import { foldHeader } from '../register/headers';
import { sheetSpec } from '../register/spec';
import { parseTable, type TableRead } from '../register/table';

export interface FormMeta {
  purpose: QuestionnairePurpose;
  items: FormItemRef[];
  /** Name of the response sheet when it was found (the sheet may be renamed later). */
  responsesSheet: string;
  /** Response rows already reported in «Журнал» (so a trigger does not repeat old news). */
  reportedRows: number;
  /**
   * Set from FormApp.create until the form is built, filed and its response sheet found: a form
   * still marked so was left half-made by a stopped execution and is replaced, not used.
   */
  building?: boolean;
  /**
   * Set once the form, replaced by another of its purpose, no longer accepts answers and tells
   * its respondents where the new one is (so it is never adopted again nor opened every run).
   */
  closed?: boolean;
}

const PROPERTY_PREFIX = 'form.';

export function loadFormMeta(props: PropertiesPort, formId: string): FormMeta | null {
  const raw = props.getProperty(PROPERTY_PREFIX + formId);
  return raw ? (JSON.parse(raw) as FormMeta) : null;
}

export function saveFormMeta(props: PropertiesPort, formId: string, meta: FormMeta): void {
  props.setProperty(PROPERTY_PREFIX + formId, JSON.stringify(meta));
}

export function deleteFormMeta(props: PropertiesPort, formId: string): void {
  props.deleteProperty(PROPERTY_PREFIX + formId);
}

/**
 * Every form the add-on made in this workbook, from document properties (one read): what
 * survives «Анкеты» being deleted or a stopped execution, so forms are found, not made again.
 */
export function formsMadeEarlier(props: PropertiesPort): { formId: string; meta: FormMeta }[] {
  return Object.entries(props.getProperties())
    .filter(([key]) => key.startsWith(PROPERTY_PREFIX))
    .map(([key, raw]) => ({ formId: key.slice(PROPERTY_PREFIX.length), meta: JSON.parse(raw) as FormMeta }));
}

export interface FormRecord {
  row: number;
  purpose: QuestionnairePurpose;
  formId: string;
  answerLink: string;
  responsesSheet: string;
}

/** Both IDs a form is known by: its own and the one in its respondent link. */
export function formIdsOf(record: Pick<FormRecord, 'formId' | 'answerLink'>): string[] {
  const published = formIdOfUrl(record.answerLink);
  return published && published !== record.formId ? [record.formId, published] : [record.formId];
}

export interface FormRegistry {
  sheet: SheetPort;
  table: TableRead;
  records: FormRecord[];
}

export function purposeOfLabel(label: unknown): QuestionnairePurpose | null {
  const folded = foldHeader(label);
  const found = (Object.keys(PURPOSE_LABELS) as QuestionnairePurpose[]).find((p) => foldHeader(PURPOSE_LABELS[p]) === folded);
  return found ?? null;
}

/** «Анкеты» read once; null when the register has no such sheet. */
export function readFormRegistry(ss: SpreadsheetPort): FormRegistry | null {
  const sheet = registerSheet(ss, SHEET_TITLES.questionnaires);
  if (!sheet) return null;
  const table = parseTable(sheet.getDataRange().getValues(), sheetSpec('questionnaires'));
  const records: FormRecord[] = [];
  for (const r of table.records) {
    const purpose = purposeOfLabel(r.values.purpose);
    const formId = String(r.values.formId ?? '');
    if (!purpose || !formId) continue;
    records.push({
      row: r.row,
      purpose,
      formId,
      answerLink: String(r.values.answerLink ?? ''),
      responsesSheet: String(r.values.responsesSheet ?? ''),
    });
  }
  return { sheet, table, records };
}

/** The latest form recorded for a purpose. */
export function recordFor(registry: FormRegistry, purpose: QuestionnairePurpose): FormRecord | undefined {
  return last(registry.records.filter((r) => r.purpose === purpose));
}
