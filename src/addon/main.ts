/**
 * Entry points of the add-on. Every export becomes a top-level function of build/Code.js
 * (menu handlers, triggers, the sidebar's google.script.run API). Thin: parse, call a use
 * case, show the result.
 */
import { registerStatus } from '../app/registerStatus';
import type { RegisterStatus } from '../app/sidebarApi';
import { setupRegister } from '../app/setupRegister';
import { setupReportLines } from '../app/setupReportText';
import { gas } from '../gas/services';
import { SETUP, SIDEBAR_TITLE } from '../i18n/messages';
import { appendJournal } from '../register/journal';
import { buildMenu } from './menu';

/** Simple trigger; may run in AuthMode.NONE, so it builds the menu and touches no data. */
export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  buildMenu(gas().SpreadsheetApp.getUi());
}

export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}

/** Menu: «Создать или проверить реестр». */
export function runSetupRegister(): void {
  const { SpreadsheetApp, LockService, PropertiesService, Session } = gas();
  const ui = SpreadsheetApp.getUi();
  const lock = LockService.getDocumentLock();
  if (lock && !lock.tryLock(30000)) {
    ui.alert(SETUP.title, SETUP.lockBusy, ui.ButtonSet.OK);
    return;
  }
  try {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const report = setupRegister({
      app: SpreadsheetApp,
      ss,
      documentProperties: PropertiesService.getDocumentProperties()!,
      now: new Date(),
    });
    if (report.blockers.length) {
      ui.alert(SETUP.blockedTitle, setupReportLines(report, false).join('\n\n'), ui.ButtonSet.OK);
      return;
    }
    appendJournal(ss, {
      time: new Date(),
      user: Session.getActiveUser().getEmail(),
      action: SETUP.journalAction,
      details: setupReportLines(report, true).join('\n'),
    });
    ui.alert(SETUP.title, setupReportLines(report, false).join('\n'), ui.ButtonSet.OK);
  } finally {
    lock?.releaseLock();
  }
}

/** Menu: «Открыть панель наставничества». */
export function openSidebar(): void {
  const { SpreadsheetApp, HtmlService } = gas();
  SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(SIDEBAR_TITLE));
}

/** Sidebar API: the register's sheets and their rows. Takes no arguments. */
export function getRegisterStatus(): RegisterStatus {
  return registerStatus(gas().SpreadsheetApp.getActiveSpreadsheet());
}
