/**
 * Use case «Создать анкеты»: the four questionnaires as Google Forms, each answering into
 * its own sheet of this workbook, recorded in «Анкеты», with one form-submit trigger that
 * keeps the banks current. Forms that already exist are left alone. New forms go into the
 * add-on's folder (checked, or made, before the first form: nothing is made when it can't be used).
 */
import { registerSheet } from '../register/workbook';
import type { QuestionnairePurpose } from '../domain/formModel';
import { composeQuestionnaire, QUESTIONNAIRE_PURPOSES } from '../domain/questionnaires';
import { createForm, formIdOfUrl } from '../gas/forms';
import { moveFile, parentOf } from '../gas/drive';
import type { AdvancedDrivePort, FormAppPort, PropertiesPort, ScriptAppPort, SheetPort, SpreadsheetPort } from '../gas/ports';
import { ensureFormSubmitTrigger } from '../gas/triggers';
import { FORMS, PURPOSE_LABELS, RESPONSE_SHEET_NAMES } from '../i18n/forms';
import { SHEET_TITLES } from '../i18n/register';
import { nextIds } from '../register/ids';
import { sheetSpec } from '../register/spec';
import { settingsFromGrid, settingText } from '../register/settings';
import { appendRows, rowFor } from '../register/tableWrite';
import { vocabulariesFromGrid } from '../register/vocabularies';
import { AddonFolder, requireDriveFiles } from './documents/addonFolder';
import { DocumentActionError } from './documents/schoolContext';
import { type FormRegistry, formIdsOf, readFormRegistry, recordFor, saveFormMeta } from './formRegistry';

export const FORM_SUBMIT_HANDLER = 'onFormSubmitted';

export interface QuestionnaireServices {
  ss: SpreadsheetPort;
  formApp: FormAppPort;
  drive: AdvancedDrivePort | undefined;
  scriptApp: ScriptAppPort;
  documentProperties: PropertiesPort;
  now: Date;
}

export interface CreateReport {
  error?: string;
  created: QuestionnairePurpose[];
  existed: QuestionnairePurpose[];
  triggerCreated: boolean;
  /** About the folder: made, and the forms put in it. */
  folderNotes: string[];
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

export function createQuestionnaires(services: QuestionnaireServices): CreateReport {
  const { ss, formApp, documentProperties } = services;
  const registry = readFormRegistry(ss);
  const vocabularySheet = registerSheet(ss, SHEET_TITLES.vocabularies);
  const settingsSheet = registerSheet(ss, SHEET_TITLES.settings);
  if (!registry || !vocabularySheet || !settingsSheet) {
    return { error: FORMS.registerMissing, created: [], existed: [], triggerCreated: false, folderNotes: [] };
  }
  const settings = settingsFromGrid(settingsSheet.getDataRange().getValues());
  const ctx = {
    organisation: settingText(settings, 'orgShortName') || settingText(settings, 'orgFullName'),
    vocabularies: vocabulariesFromGrid(vocabularySheet.getDataRange().getValues()),
  };

  const report: CreateReport = { created: [], existed: [], triggerCreated: false, folderNotes: [] };
  const missing = QUESTIONNAIRE_PURPOSES.filter((purpose) => {
    const existing = recordFor(registry, purpose);
    return !(existing && stillExists(formApp, existing.formId));
  });
  report.existed = QUESTIONNAIRE_PURPOSES.filter((purpose) => !missing.includes(purpose));
  let place: { folderId: string; files: ReturnType<typeof requireDriveFiles>; from?: string } | null = null;
  if (missing.length) {
    const folder = new AddonFolder(services, settingText(settings, 'docsFolderId'));
    try {
      place = { files: requireDriveFiles(services.drive), folderId: folder.resolve() };
    } catch (error) {
      if (!(error instanceof DocumentActionError)) throw error;
      return { ...report, error: error.message };
    }
    report.folderNotes.push(...folder.notes, FORMS.movedToFolder);
  }
  const newRows: Record<string, unknown>[] = [];
  for (const purpose of missing) {
    const created = createForm(formApp, ss, composeQuestionnaire(purpose, ctx));
    // Filed right away: a stopped execution leaves no form outside the folder but this one.
    // Every new form starts where FormApp.create puts it (My Drive's root): read once.
    place!.from ??= parentOf(place!.files, created.formId);
    moveFile(place!.files, created.formId, place!.from, place!.folderId);
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
