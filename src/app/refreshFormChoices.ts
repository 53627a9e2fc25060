/**
 * Use case «Обновить варианты ответов в анкетах»: after «Справочники» changes, each existing
 * form's choice questions get the current values. Items keep their IDs, so answers already
 * given and the mapping to the register stay as they were.
 */
import { registerSheet } from '../register/workbook';
import { CHOICE_SOURCES } from '../domain/questionnaires';
import { setItemChoices } from '../gas/forms';
import type { FormAppPort, FormPort, PropertiesPort, SpreadsheetPort } from '../gas/ports';
import { FORMS, PURPOSE_LABELS } from '../i18n/forms';
import { SHEET_TITLES } from '../i18n/register';
import { vocabulariesFromGrid } from '../register/vocabularies';
import { loadFormMeta, readFormRegistry } from './formRegistry';

export interface RefreshReport {
  updatedItems: number;
  notes: string[];
}

export function refreshFormChoices(services: {
  ss: SpreadsheetPort;
  formApp: FormAppPort;
  documentProperties: PropertiesPort;
}): RefreshReport {
  const { ss, formApp, documentProperties } = services;
  const registry = readFormRegistry(ss);
  const report: RefreshReport = { updatedItems: 0, notes: [] };
  if (!registry?.records.length) return { ...report, notes: [FORMS.refreshNothing] };
  const vocabularySheet = registerSheet(ss, SHEET_TITLES.vocabularies);
  const vocabularies = vocabulariesFromGrid(vocabularySheet ? vocabularySheet.getDataRange().getValues() : []);

  for (const record of registry.records) {
    const meta = loadFormMeta(documentProperties, record.formId);
    const withChoices = meta?.items.filter((i) => CHOICE_SOURCES[i.key]) ?? [];
    if (!withChoices.length) continue;
    let form: FormPort;
    try {
      form = formApp.openById(record.formId);
    } catch {
      report.notes.push(FORMS.formGone(PURPOSE_LABELS[record.purpose]));
      continue;
    }
    for (const ref of withChoices) {
      const item = form.getItemById(ref.id);
      const values = [...vocabularies[CHOICE_SOURCES[ref.key]]];
      if (item && values.length && setItemChoices(item, ref.kind, values)) report.updatedItems++;
    }
  }
  return report;
}
