/**
 * «Отозвать согласие и удалить данные…»: from the menu (asks for the ID, then confirms) or the
 * sidebar. An erasure an earlier execution began and did not finish is finished first, without
 * asking again: the curator confirmed it, and its intent still holds the person's name.
 */
import * as z from 'zod/mini';
import {
  continueErasure,
  type ErasureServices,
  findSubject,
  isErased,
  loadIntent,
  type Subject,
  startErasure,
} from '../app/erasePerson';
import type { ErasureIntent } from '../app/erasure/intent';
import { DocumentActionError } from '../app/documents/schoolContext';
import { loadPairingRegister } from '../app/pairing/pairingRegister';
import type { SidebarData } from '../app/sidebarApi';
import { declineName } from '../domain/grammar/names';
import { gas } from '../gas/services';
import { getSidebarData } from './sidebarActions';
import { ERASURE } from '../i18n/erasure';
import { PAIRS } from '../i18n/pairing';
import { SETUP } from '../i18n/messages';
import { alert, journal, withDocumentLock } from './execution';

function services(): ErasureServices {
  const { SpreadsheetApp, FormApp, Drive, DocumentApp, PropertiesService, Utilities } = gas();
  return {
    ss: SpreadsheetApp.getActiveSpreadsheet(),
    formApp: FormApp,
    drive: Drive,
    documentApp: DocumentApp,
    documentProperties: PropertiesService.getDocumentProperties()!,
    utilities: Utilities,
  };
}

/** Finishes a recorded erasure; the report's lines. */
function finish(s: ErasureServices, intent: ErasureIntent): string[] {
  return continueErasure(s, intent, new Date(), (lines) => journal(s.ss, ERASURE.journal, lines));
}

/** Erases a person found in a bank; the report's lines (or the refusal). */
function erase(s: ErasureServices, subject: Subject): string[] {
  const pairIds = loadPairingRegister(s.ss)
    .pairs.list.filter((p) => p.mentorId === subject.id || p.menteeIds.includes(subject.id))
    .map((p) => p.id);
  try {
    return finish(s, startErasure(s, subject, pairIds, new Date()));
  } catch (error) {
    // The Advanced Drive service is off: nothing was erased; the message says what to do.
    if (error instanceof DocumentActionError) return [error.message];
    throw error;
  }
}

/** The unfinished erasure, finished (its lines), or null when there is none. */
function finishPending(s: ErasureServices): string[] | null {
  const pending = loadIntent(s.documentProperties);
  if (!pending) return null;
  try {
    return [ERASURE.resumed(pending.id), ...finish(s, pending)];
  } catch (error) {
    if (error instanceof DocumentActionError) return [error.message];
    throw error;
  }
}

/** Menu: an unfinished erasure is finished; otherwise asks for the ID, shows whose data go, erases on «Да». */
export function runErasePerson(): void {
  const ui = gas().SpreadsheetApp.getUi();
  if (loadIntent(gas().PropertiesService.getDocumentProperties()!)) {
    let lines: string[] | null = null;
    const done = withDocumentLock(() => {
      lines = finishPending(services());
    });
    if (!done || lines) {
      alert(ERASURE.title, lines ?? [SETUP.lockBusy]);
      return;
    }
  }
  const answer = ui.prompt(ERASURE.title, ERASURE.promptId, ui.ButtonSet.OK_CANCEL);
  if (answer.getSelectedButton() !== ui.Button.OK) return;
  const id = answer.getResponseText().trim();
  const done = withDocumentLock(() => {
    const s = services();
    const subject = findSubject(s.ss, id);
    if (!subject) return alert(ERASURE.title, [ERASURE.notFound(id)]);
    if (isErased(subject)) return alert(ERASURE.title, [ERASURE.alreadyErased(id)]);
    const sure = ui.alert(
      ERASURE.title,
      ERASURE.confirm(subject.id, subject.fullName, declineName(subject.fullName, 'genitive')),
      ui.ButtonSet.YES_NO,
    );
    if (sure !== ui.Button.YES) return alert(ERASURE.title, [ERASURE.cancelled]);
    alert(ERASURE.title, erase(s, subject));
  });
  if (!done) alert(ERASURE.title, [SETUP.lockBusy]);
}

const EraseSchema = z.strictObject({ personId: z.string().check(z.minLength(1), z.maxLength(40)), confirmed: z.literal(true) });

/** Sidebar: the curator confirmed in the panel; an unfinished erasure is finished first. Returns the report. */
export function erasePersonData(request: unknown): { message: string; data: SidebarData } {
  const parsed = EraseSchema.safeParse(request);
  if (!parsed.success) throw new Error(PAIRS.invalidRequest);
  const id = parsed.data.personId;
  let lines: string[] = [];
  const done = withDocumentLock(() => {
    const s = services();
    const pending = loadIntent(s.documentProperties);
    if (pending) {
      lines = finishPending(s) ?? [];
      if (pending.id === id) return;
    }
    const subject = findSubject(s.ss, id);
    if (!subject) throw new Error(ERASURE.notFound(id));
    lines = isErased(subject) ? [...lines, ERASURE.alreadyErased(id)] : [...lines, ...erase(s, subject)];
  });
  if (!done) throw new Error(PAIRS.lockBusy);
  return { message: lines.join('\n'), data: getSidebarData() };
}
