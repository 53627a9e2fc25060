/** Menu actions of the «Документы» submenu and the sidebar's document buttons. */
import * as z from 'zod/mini';
import { removeLegacyContinuation } from '../app/batch/batchRunner';
import { makeDocumentsNow, runDocumentBatch } from '../app/documents/documentBatches';
import type { ParticipantDocumentKind } from '../app/documents/participantDocuments';
import { generateOrder, type OrderKind, type OrderQuestions } from '../app/documents/orders';
import { parseOrderRef } from '../app/documents/orderRegister';
import { toRussianDate } from '../domain/isoDate';
import { DocumentActionError } from '../app/documents/schoolContext';
import { DocumentInputError } from '../domain/documents';
import type { OrderResultView, SidebarData } from '../app/sidebarApi';
import { isQuotaError } from '../gas/quota';
import { RegisterMissingError } from '../app/pairing/pairingRegister';
import { gas } from '../gas/services';
import { getSidebarData } from './sidebarActions';
import { DOC_ACTIONS, DOC_BATCH, DOCUMENT_KIND_LABELS, ORDER_KIND_LABELS } from '../i18n/documents';
import { PAIRS } from '../i18n/pairing';
import { SETUP } from '../i18n/messages';
import { alert, journal, withDocumentLock } from './execution';

function services() {
  const { SpreadsheetApp, Utilities, Drive, FormApp, PropertiesService, ScriptApp } = gas();
  return {
    ss: SpreadsheetApp.getActiveSpreadsheet(),
    utilities: Utilities,
    drive: Drive,
    formApp: FormApp,
    scriptApp: ScriptApp,
    documentProperties: PropertiesService.getDocumentProperties()!,
  };
}

/** Expected refusals (settings, consents, nothing to do, a daily quota spent) are shown, not thrown. */
function refusal(error: unknown): string | null {
  if (isQuotaError(error)) return DOC_BATCH.quotaNow;
  return error instanceof DocumentActionError || error instanceof DocumentInputError || error instanceof RegisterMissingError
    ? error.message
    : null;
}

/** The menu's questions while an order is made: its number and date, pairs starting earlier. */
function menuQuestions(kind: OrderKind): OrderQuestions {
  const ui = gas().SpreadsheetApp.getUi();
  return {
    choose: (proposed) => {
      const answer = ui.prompt(
        DOC_ACTIONS.title,
        DOC_ACTIONS.numberPrompt(ORDER_KIND_LABELS[kind], proposed.number, toRussianDate(proposed.date)),
        ui.ButtonSet.OK_CANCEL,
      );
      if (answer.getSelectedButton() !== ui.Button.OK) return null;
      const text = answer.getResponseText().trim();
      if (!text) return proposed;
      const chosen = parseOrderRef(text);
      if (!chosen) throw new DocumentActionError(DOC_ACTIONS.numberInvalid(text));
      return chosen;
    },
    confirmEarlyStart: (pairs, date) =>
      ui.alert(DOC_ACTIONS.title, DOC_ACTIONS.earlyStartQuestion(pairs, toRussianDate(date)), ui.ButtonSet.YES_NO) ===
      ui.Button.YES,
  };
}

function orderAction(kind: OrderKind): void {
  const done = withDocumentLock(() => {
    const s = services();
    try {
      const questions = menuQuestions(kind);
      let result = generateOrder(s, kind, new Date(), questions);
      if (result.signedExisting) {
        const ui = gas().SpreadsheetApp.getUi();
        const answer = ui.alert(DOC_ACTIONS.title, DOC_ACTIONS.signedExists(result.number), ui.ButtonSet.YES_NO);
        if (answer !== ui.Button.YES) return alert(DOC_ACTIONS.title, [DOC_ACTIONS.cancelled]);
        result = generateOrder(s, kind, new Date(), { ...questions, newWhenSigned: true });
      }
      journal(s.ss, DOC_ACTIONS.journalOrder, result.lines);
      alert(DOC_ACTIONS.title, result.lines);
    } catch (error) {
      const message = refusal(error);
      if (message === null) throw error;
      alert(DOC_ACTIONS.title, [message]);
    }
  });
  if (!done) alert(DOC_ACTIONS.title, [SETUP.lockBusy]);
}

/**
 * Whether a new job of a kind made per pair or person makes one file for printing («Да», what
 * a school prints) or a file each; asked only when there is something to make. null: the
 * curator cancelled.
 */
function askPrint(kind: ParticipantDocumentKind): boolean | null {
  const ui = gas().SpreadsheetApp.getUi();
  const answer = ui.alert(DOC_ACTIONS.title, DOC_BATCH.printQuestion(DOCUMENT_KIND_LABELS[kind]), ui.ButtonSet.YES_NO_CANCEL);
  if (answer === ui.Button.YES) return true;
  if (answer === ui.Button.NO) return false;
  return null;
}

function documentsAction(kind: ParticipantDocumentKind): void {
  const started = Date.now();
  const done = withDocumentLock(() => {
    const s = services();
    try {
      const lines = runDocumentBatch(s, kind, started, true, () => askPrint(kind));
      journal(s.ss, DOC_ACTIONS.journalDocs, lines);
      alert(DOC_ACTIONS.title, lines);
    } catch (error) {
      const message = refusal(error);
      if (message === null) throw error;
      alert(DOC_ACTIONS.title, [message]);
    }
  });
  if (!done) alert(DOC_ACTIONS.title, [SETUP.lockBusy]);
}

export const runApprovalOrder = () => orderAction('approval');
export const runRoadmapOrder = () => orderAction('roadmap');
export const runPairsOrder = () => orderAction('pairs');
export const runCompletionOrder = () => orderAction('completion');
export const runRewardOrder = () => orderAction('reward');
export const runProgrammes = () => documentsAction('programme');
export const runDataConsents = () => documentsAction('dataConsent');
export const runDutiesConsents = () => documentsAction('dutiesConsent');
export const runMentorAgreements = () => documentsAction('mentorAgreement');
export const runRefusalNotices = () => documentsAction('refusalNotice');
export const runPublishConsents = () => documentsAction('publishConsent');
export const runMentorReports = () => documentsAction('mentorReport');
export const runMonitoringNote = () => documentsAction('monitoringNote');
export const runSiteMaterials = () => documentsAction('siteMaterials');

const DocumentRequestSchema = z.strictObject({
  kind: z.enum(['programme', 'dataConsent', 'dutiesConsent', 'publishConsent', 'mentorReport']),
  ids: z.array(z.string().check(z.minLength(1), z.maxLength(40))).check(z.minLength(1), z.maxLength(50)),
});

/** Sidebar: documents for the chosen pairs or people; returns their links. */
export function generateDocuments(request: unknown): { urls: string[]; lines: string[]; data: SidebarData } {
  const parsed = DocumentRequestSchema.safeParse(request);
  if (!parsed.success) throw new Error(PAIRS.invalidRequest);
  let result: { urls: string[]; lines: string[] } = { urls: [], lines: [] };
  let failure: string | null = null;
  const done = withDocumentLock(() => {
    const s = services();
    try {
      result = makeDocumentsNow(s, parsed.data.kind, parsed.data.ids);
      journal(s.ss, DOC_ACTIONS.journalDocs, [...result.lines, ...result.urls]);
    } catch (error) {
      failure = refusal(error);
      if (failure === null) throw error;
    }
  });
  if (!done) throw new Error(PAIRS.lockBusy);
  if (failure) throw new Error(failure);
  // A first programme writes its starting plan: the panel gets its new data in the same call.
  return { ...result, data: getSidebarData() };
}

/**
 * Handler of the hourly continuation trigger of older versions. Batches are now continued by
 * the curator, and a time-driven trigger may see no spreadsheet: a leftover trigger that
 * fires only deletes itself (and any like it), touching nothing else.
 */
export function continueBatches(): void {
  removeLegacyContinuation(gas().ScriptApp);
}

const OrderRequestSchema = z.strictObject({
  kind: z.enum(['approval', 'pairs', 'completion', 'reward']),
  newWhenSigned: z.optional(z.boolean()),
});

/** Sidebar: one of the four orders; a signed one is made again only when the panel says so. */
export function makeOrder(request: unknown): OrderResultView {
  const parsed = OrderRequestSchema.safeParse(request);
  if (!parsed.success) throw new Error(PAIRS.invalidRequest);
  let view: Omit<OrderResultView, 'data'> = { lines: [], url: null, signedNumber: null };
  let failure: string | null = null;
  const done = withDocumentLock(() => {
    const s = services();
    try {
      const result = generateOrder(s, parsed.data.kind, new Date(), { newWhenSigned: parsed.data.newWhenSigned === true });
      if (result.signedExisting) {
        view = { lines: [DOC_ACTIONS.signedExists(result.number)], url: result.url, signedNumber: result.number };
        return;
      }
      journal(s.ss, DOC_ACTIONS.journalOrder, result.lines);
      view = { lines: result.lines, url: result.url, signedNumber: null };
    } catch (error) {
      failure = refusal(error);
      if (failure === null) throw error;
    }
  });
  if (!done) throw new Error(PAIRS.lockBusy);
  if (failure) throw new Error(failure);
  return { ...view, data: getSidebarData() };
}

/** Every kind of document made for everyone, as DOCUMENT_KIND_LABELS lists them (the list is defined once). */
const BATCH_KINDS = Object.keys(DOCUMENT_KIND_LABELS) as [ParticipantDocumentKind, ...ParticipantDocumentKind[]];

const BatchRequestSchema = z.strictObject({
  kind: z.enum(BATCH_KINDS),
  /** One file for printing; what a school prints unless the panel says otherwise. */
  print: z.optional(z.boolean()),
});

function batchFromSidebar(request: unknown, startNew: boolean): { lines: string[]; data: SidebarData } {
  const parsed = BatchRequestSchema.safeParse(request);
  if (!parsed.success) throw new Error(PAIRS.invalidRequest);
  const started = Date.now();
  let lines: string[] = [];
  let failure: string | null = null;
  const done = withDocumentLock(() => {
    const s = services();
    try {
      lines = runDocumentBatch(s, parsed.data.kind, started, startNew, parsed.data.print !== false);
      journal(s.ss, DOC_ACTIONS.journalDocs, lines);
    } catch (error) {
      failure = refusal(error);
      if (failure === null) throw error;
    }
  });
  if (!done) throw new Error(PAIRS.lockBusy);
  if (failure) throw new Error(failure);
  return { lines, data: getSidebarData() };
}

/** Sidebar: a kind of document for everyone who needs it (a batch; an unfinished one goes on). */
export function makeDocumentsForAll(request: unknown): { lines: string[]; data: SidebarData } {
  return batchFromSidebar(request, true);
}

/** Sidebar «Продолжить»: goes on with the unfinished batch of this kind; starts none. */
export function continueDocuments(request: unknown): { lines: string[]; data: SidebarData } {
  return batchFromSidebar(request, false);
}
