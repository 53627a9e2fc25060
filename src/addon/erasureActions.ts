/** «Отозвать согласие и удалить данные…»: from the menu (asks for the ID, then confirms) or the sidebar. */
import * as z from 'zod/mini';
import { erasePerson, findSubject, type Subject } from '../app/erasePerson';
import { DocumentActionError } from '../app/documents/schoolContext';
import { loadPairingRegister } from '../app/pairing/pairingRegister';
import type { SidebarData } from '../app/sidebarApi';
import { gas } from '../gas/services';
import { getSidebarData } from './sidebarActions';
import { ERASURE } from '../i18n/erasure';
import { PAIRS } from '../i18n/pairing';
import { SETUP } from '../i18n/messages';
import { alert, journal, withDocumentLock } from './execution';

function services() {
  const { SpreadsheetApp, FormApp, Drive, DocumentApp, PropertiesService } = gas();
  return {
    ss: SpreadsheetApp.getActiveSpreadsheet(),
    formApp: FormApp,
    drive: Drive,
    documentApp: DocumentApp,
    documentProperties: PropertiesService.getDocumentProperties()!,
  };
}

function erase(subject: Subject): string {
  const s = services();
  const pairIds = loadPairingRegister(s.ss)
    .pairs.list.filter((p) => p.mentorId === subject.id || p.menteeIds.includes(subject.id))
    .map((p) => p.id);
  let report: ReturnType<typeof erasePerson>;
  try {
    report = erasePerson(s, subject, pairIds, new Date());
  } catch (error) {
    // The Advanced Drive service is off: nothing was erased; the message says what to do.
    if (error instanceof DocumentActionError) return error.message;
    throw error;
  }
  const line = ERASURE.done(subject.id, report.cells, report.responses, report.files);
  journal(s.ss, ERASURE.journal, [line]);
  return line;
}

/** Menu: asks for the ID, shows whose data go, erases on «Да». */
export function runErasePerson(): void {
  const ui = gas().SpreadsheetApp.getUi();
  const answer = ui.prompt(ERASURE.title, ERASURE.promptId, ui.ButtonSet.OK_CANCEL);
  if (answer.getSelectedButton() !== ui.Button.OK) return;
  const id = answer.getResponseText().trim();
  const done = withDocumentLock(() => {
    const subject = findSubject(services().ss, id);
    if (!subject) return alert(ERASURE.title, [ERASURE.notFound(id)]);
    const sure = ui.alert(ERASURE.title, ERASURE.confirm(subject.id, subject.fullName), ui.ButtonSet.YES_NO);
    if (sure !== ui.Button.YES) return alert(ERASURE.title, [ERASURE.cancelled]);
    alert(ERASURE.title, [erase(subject)]);
  });
  if (!done) alert(ERASURE.title, [SETUP.lockBusy]);
}

const EraseSchema = z.strictObject({ personId: z.string().check(z.minLength(1), z.maxLength(40)), confirmed: z.literal(true) });

/** Sidebar: the curator confirmed in the panel; returns the report line. */
export function erasePersonData(request: unknown): { message: string; data: SidebarData } {
  const parsed = EraseSchema.safeParse(request);
  if (!parsed.success) throw new Error(PAIRS.invalidRequest);
  let message = '';
  const done = withDocumentLock(() => {
    const subject = findSubject(services().ss, parsed.data.personId);
    if (!subject) throw new Error(ERASURE.notFound(parsed.data.personId));
    message = erase(subject);
  });
  if (!done) throw new Error(PAIRS.lockBusy);
  return { message, data: getSidebarData() };
}
