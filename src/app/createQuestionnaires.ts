/**
 * Use case «Создать анкеты»: the four questionnaires as Google Forms, each answering into
 * its own sheet of this workbook, recorded in «Анкеты», with one form-submit trigger that
 * keeps the banks current. Forms that already exist are left alone.
 */
import type { QuestionnairePurpose } from '../domain/formModel';
import { composeQuestionnaire, QUESTIONNAIRE_PURPOSES } from '../domain/questionnaires';
import { createForm, formIdOfUrl } from '../gas/forms';
import type { DriveAppPort, FormAppPort, PropertiesPort, ScriptAppPort, SheetPort, SpreadsheetPort } from '../gas/ports';
import { ensureFormSubmitTrigger } from '../gas/triggers';
import { FORMS, PURPOSE_LABELS, RESPONSE_SHEET_NAMES } from '../i18n/forms';
import { SHEET_TITLES } from '../i18n/register';
import { nextIds } from '../register/ids';
import { sheetSpec } from '../register/spec';
import { settingsFromGrid, settingText } from '../register/settings';
import { appendRows, rowFor } from '../register/tableWrite';
import { vocabulariesFromGrid } from '../register/vocabularies';
import { type FormRegistry, formIdsOf, readFormRegistry, recordFor, saveFormMeta } from './formRegistry';

export const FORM_SUBMIT_HANDLER = 'onFormSubmitted';

export interface QuestionnaireServices {
  ss: SpreadsheetPort;
  formApp: FormAppPort;
  driveApp: DriveAppPort;
  scriptApp: ScriptAppPort;
  documentProperties: PropertiesPort;
  now: Date;
}

export interface CreateReport {
  error?: string;
  created: QuestionnairePurpose[];
  existed: QuestionnairePurpose[];
  triggerCreated: boolean;
  folderNote?: string;
}

function stillExists(formApp: FormAppPort, formId: string): boolean {
  try {
    formApp.openById(formId);
    return true;
  } catch {
    return false;
  }
}

/** The sheet Google made for the form's answers, given a name the curator will recognise. */
function adoptResponseSheet(ss: SpreadsheetPort, formIds: string[], purpose: QuestionnairePurpose): string {
  const sheets = ss.getSheets();
  const sheet = sheets.find((s) => formIds.includes(formIdOfUrl(s.getFormUrl()) ?? ''));
  if (!sheet) return '';
  const taken = new Set(sheets.map((s) => s.getName()));
  let name = RESPONSE_SHEET_NAMES[purpose];
  for (let n = 2; taken.has(name); n++) name = `${RESPONSE_SHEET_NAMES[purpose]} (${n})`;
  sheet.setName(name);
  return name;
}

function moveToFolder(driveApp: DriveAppPort, folderId: string, formIds: string[]): string {
  try {
    const folder = driveApp.getFolderById(folderId);
    for (const id of formIds) driveApp.getFileById(id).moveTo(folder);
    return FORMS.movedToFolder;
  } catch {
    return FORMS.folderMissing(folderId);
  }
}

export function createQuestionnaires(services: QuestionnaireServices): CreateReport {
  const { ss, formApp, documentProperties } = services;
  const registry = readFormRegistry(ss);
  const vocabularySheet = ss.getSheetByName(SHEET_TITLES.vocabularies);
  const settingsSheet = ss.getSheetByName(SHEET_TITLES.settings);
  if (!registry || !vocabularySheet || !settingsSheet) {
    return { error: FORMS.registerMissing, created: [], existed: [], triggerCreated: false };
  }
  const settings = settingsFromGrid(settingsSheet.getDataRange().getValues());
  const ctx = {
    organisation: settingText(settings, 'orgShortName') || settingText(settings, 'orgFullName'),
    vocabularies: vocabulariesFromGrid(vocabularySheet.getDataRange().getValues()),
  };

  const report: CreateReport = { created: [], existed: [], triggerCreated: false };
  const newRows: Record<string, unknown>[] = [];
  for (const purpose of QUESTIONNAIRE_PURPOSES) {
    const existing = recordFor(registry, purpose);
    if (existing && stillExists(formApp, existing.formId)) {
      report.existed.push(purpose);
      continue;
    }
    const created = createForm(formApp, ss, composeQuestionnaire(purpose, ctx));
    const responsesSheet = adoptResponseSheet(
      ss,
      formIdsOf({ formId: created.formId, answerLink: created.publishedUrl }),
      purpose,
    );
    saveFormMeta(documentProperties, created.formId, { purpose, items: created.items, responsesSheet, reportedRows: 1 });
    newRows.push({
      purpose: PURPOSE_LABELS[purpose],
      formId: created.formId,
      answerLink: created.publishedUrl,
      editLink: created.editUrl,
      responsesSheet,
      created: services.now,
      answers: 0,
    });
    report.created.push(purpose);
  }
  recordForms(registry, newRows);

  const folderId = settingText(settings, 'docsFolderId');
  if (folderId && newRows.length) {
    report.folderNote = moveToFolder(
      services.driveApp,
      folderId,
      newRows.map((r) => String(r.formId)),
    );
  }
  report.triggerCreated = ensureFormSubmitTrigger(services.scriptApp, ss, FORM_SUBMIT_HANDLER);
  return report;
}

function recordForms(registry: FormRegistry, rows: Record<string, unknown>[]): void {
  if (!rows.length) return;
  const { table, sheet } = registry;
  const ids = nextIds(
    sheetSpec('questionnaires').idPrefix!,
    table.rows.map((r) => r[table.headers.index.get('id') ?? -1]),
    rows.length,
  );
  const width = table.headerRow.length;
  const laidOut = rows.map((r, i) => rowFor({ ...r, id: ids[i] }, table.headers, width));
  appendRows(sheet as SheetPort, [table.headerRow, ...table.rows], laidOut);
}
