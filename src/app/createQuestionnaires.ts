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
import { filesNamed, moveFile, parentOf, trashFile } from '../gas/drive';
import type {
  AdvancedDrivePort,
  DriveFilesPort,
  FormAppPort,
  FormPort,
  PropertiesPort,
  ScriptAppPort,
  SheetPort,
  SpreadsheetPort,
} from '../gas/ports';
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
import { findResponseSheet } from './responseSheet';
import {
  deleteFormMeta,
  type FormRegistry,
  formIdsOf,
  formsMadeEarlier,
  readFormRegistry,
  recordFor,
  saveFormMeta,
} from './formRegistry';

export const FORM_SUBMIT_HANDLER = 'onFormSubmitted';
/** Set while forms are being made (intent before effect); a later run finding it looks for strays. */
const MAKING_FORMS = 'forms.making';

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
  /** Made earlier (found in document properties) and written into «Анкеты» again. */
  recovered: QuestionnairePurpose[];
  existed: QuestionnairePurpose[];
  triggerCreated: boolean;
  /** About the folder: made, and the forms put in it. */
  folderNotes: string[];
  /** Forms the add-on made earlier that another form of their purpose replaced: closed with a message now. */
  closed: QuestionnairePurpose[];
}

function openOrNull(formApp: FormAppPort, formId: string): FormPort | null {
  try {
    return formApp.openById(formId);
  } catch {
    return null;
  }
}

function stillExists(formApp: FormAppPort, formId: string): boolean {
  return openOrNull(formApp, formId) !== null;
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
    return {
      error: FORMS.registerMissing,
      created: [],
      recovered: [],
      existed: [],
      triggerCreated: false,
      folderNotes: [],
      closed: [],
    };
  }
  const settings = settingsFromGrid(settingsSheet.getDataRange().getValues());
  const ctx = {
    organisation: settingText(settings, 'orgShortName') || settingText(settings, 'orgFullName'),
    vocabularies: vocabulariesFromGrid(vocabularySheet.getDataRange().getValues()),
  };

  const report: CreateReport = { created: [], recovered: [], existed: [], triggerCreated: false, folderNotes: [], closed: [] };
  const missing = QUESTIONNAIRE_PURPOSES.filter((purpose) => {
    const existing = recordFor(registry, purpose);
    return !(existing && stillExists(formApp, existing.formId));
  });
  report.existed = QUESTIONNAIRE_PURPOSES.filter((purpose) => !missing.includes(purpose));
  /** The form in use for each purpose after this run, and its link for respondents. */
  const live = new Map<QuestionnairePurpose, { formId: string; link: string }>();
  for (const purpose of report.existed) {
    const record = recordFor(registry, purpose)!;
    live.set(purpose, { formId: record.formId, link: record.answerLink });
  }
  const newRows: Record<string, unknown>[] = [];
  const earlier = formsMadeEarlier(documentProperties);
  const recorded = new Set(registry.records.map((r) => r.formId));
  const adopt = (purpose: QuestionnairePurpose) => {
    for (const { formId, meta } of earlier) {
      if (meta.purpose !== purpose || meta.building || meta.closed || recorded.has(formId) || !stillExists(formApp, formId))
        continue;
      const form = formApp.openById(formId);
      const link = form.getPublishedUrl();
      newRows.push(formRow(purpose, formId, link, form.getEditUrl(), meta.responsesSheet, services.now));
      live.set(purpose, { formId, link });
      report.recovered.push(purpose);
      return true;
    }
    return false;
  };
  // «Анкеты» lost its rows (deleted, cleared): the forms the add-on made are taken back, not made twice.
  const toMake = missing.filter((purpose) => !adopt(purpose));
  let place: { folderId: string; files: ReturnType<typeof requireDriveFiles>; from?: string } | null = null;
  if (toMake.length) {
    const folder = new AddonFolder(services, settingText(settings, 'docsFolderId'));
    try {
      place = { files: requireDriveFiles(services.drive), folderId: folder.resolve() };
    } catch (error) {
      if (!(error instanceof DocumentActionError)) throw error;
      return { ...report, error: error.message };
    }
    report.folderNotes.push(...folder.notes, FORMS.movedToFolder);
  }
  // Half-made forms of a stopped execution go to the trash (new ones replace them below): those
  // marked as building, and those stopped even before they could be marked, found by their title.
  const titleOf = (purpose: QuestionnairePurpose) => composeQuestionnaire(purpose, ctx).title;
  for (const { formId, meta } of earlier) {
    if (!meta.building) continue;
    if (place) discardHalfMade(services, place.files, formId, titleOf(meta.purpose));
    deleteFormMeta(documentProperties, formId);
  }
  // Only after a run that was stopped while making forms (its intent still recorded) are the
  // add-on's files searched by title, for a form stopped before it could be recorded.
  const known = new Set([...recorded, ...earlier.map((e) => e.formId)]);
  if (toMake.length && documentProperties.getProperty(MAKING_FORMS)) {
    for (const purpose of toMake) {
      for (const orphan of filesNamed(place!.files, titleOf(purpose)).filter((id) => !known.has(id))) {
        discardHalfMade(services, place!.files, orphan, titleOf(purpose));
      }
    }
  }
  if (toMake.length) documentProperties.setProperty(MAKING_FORMS, services.now.toISOString());
  for (const purpose of toMake) {
    const building = { purpose, items: [], responsesSheet: '', reportedRows: 1, building: true };
    const created = createForm(formApp, ss, composeQuestionnaire(purpose, ctx), (formId) =>
      saveFormMeta(documentProperties, formId, building),
    );
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
    newRows.push(formRow(purpose, created.formId, created.publishedUrl, created.editUrl, responsesSheet, services.now));
    live.set(purpose, { formId: created.formId, link: created.publishedUrl });
    report.created.push(purpose);
  }
  recordForms(registry, newRows);
  if (toMake.length) documentProperties.deleteProperty(MAKING_FORMS);
  // Only once the forms in use are recorded: a run stopped before this point closes them next time.
  report.closed = closeReplacedForms(services, earlier, live);

  report.triggerCreated = ensureFormSubmitTrigger(services.scriptApp, ss, FORM_SUBMIT_HANDLER);
  return report;
}

/**
 * Every form the add-on made (document properties) that is not the one in use for its purpose
 * — replaced after «Анкеты» lost its rows, or a duplicate of an earlier version — stops
 * accepting answers, and its link tells the respondent where the form in use is; then it is
 * marked closed, so later runs neither open it again nor take it back. A form gone from Drive is
 * only marked. Returns the purposes of the forms closed.
 */
function closeReplacedForms(
  services: QuestionnaireServices,
  earlier: ReturnType<typeof formsMadeEarlier>,
  live: ReadonlyMap<QuestionnairePurpose, { formId: string; link: string }>,
): QuestionnairePurpose[] {
  const { formApp, documentProperties } = services;
  const inUse = new Set([...live.values()].map((l) => l.formId));
  const closed: QuestionnairePurpose[] = [];
  for (const { formId, meta } of earlier) {
    const replacement = live.get(meta.purpose);
    if (meta.building || meta.closed || inUse.has(formId) || !replacement) continue;
    const form = openOrNull(formApp, formId);
    if (form) {
      // «Ссылка для ответов» may have been cleared by hand: the form in use knows its own.
      const link = replacement.link || formApp.openById(replacement.formId).getPublishedUrl();
      form.setCustomClosedFormMessage(FORMS.closedFormMessage(link)).setAcceptingResponses(false);
      closed.push(meta.purpose);
    }
    saveFormMeta(documentProperties, formId, { ...meta, closed: true });
  }
  return closed;
}

/**
 * A form a stopped execution left half-made: its response sheet, if it has no answer, unlinked
 * and deleted (the form must let go of it first), then the form trashed.
 */
function discardHalfMade(services: QuestionnaireServices, files: DriveFilesPort, formId: string, title: string): void {
  const { ss, formApp } = services;
  const sheet = findResponseSheet(ss, [formId], '');
  if (sheet && sheet.getLastRow() <= 1) {
    formApp.openById(formId).removeDestination();
    ss.deleteSheet(sheet);
  }
  trashFile(files, formId, title);
}

/** A row of «Анкеты». */
function formRow(
  purpose: QuestionnairePurpose,
  formId: string,
  answerLink: string,
  editLink: string,
  responsesSheet: string,
  created: Date,
): Record<string, unknown> {
  return { purpose: PURPOSE_LABELS[purpose], formId, answerLink, editLink, responsesSheet, created, answers: 0 };
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
