/** What every menu action shares: the document lock, the journal line, the closing alert. */
import type { LockPort, SpreadsheetPort } from '../gas/ports';
import { gas } from '../gas/services';
import { appendJournal } from '../register/journal';

const LOCK_WAIT_MS = 30000;

/**
 * Runs `work` under the document lock (form-submit triggers may race with menu actions).
 * Returns false when the lock could not be had in time; `work` did not run then.
 */
export function withDocumentLock(work: () => void): boolean {
  const lock: LockPort | null = gas().LockService.getDocumentLock();
  if (lock && !lock.tryLock(LOCK_WAIT_MS)) return false;
  try {
    work();
    return true;
  } finally {
    lock?.releaseLock();
  }
}

export function journal(ss: SpreadsheetPort, action: string, lines: readonly string[]): void {
  appendJournal(ss, { time: new Date(), user: gas().Session.getActiveUser().getEmail(), action, details: lines.join('\n') });
}

export function alert(title: string, lines: readonly string[]): void {
  const ui = gas().SpreadsheetApp.getUi();
  ui.alert(title, lines.join('\n'), ui.ButtonSet.OK);
}
