/** Menu actions of the register itself and the sidebar's status call. */
import { registerStatus } from '../app/registerStatus';
import { setupRegister } from '../app/setupRegister';
import { setupReportLines } from '../app/setupReportText';
import type { RegisterStatus } from '../app/sidebarApi';
import { gas } from '../gas/services';
import { SETUP, SIDEBAR_TITLE } from '../i18n/messages';
import { alert, journal, withDocumentLock } from './execution';

/** Menu: «Создать или проверить реестр». */
export function runSetupRegister(): void {
  const done = withDocumentLock(() => {
    const { SpreadsheetApp, PropertiesService } = gas();
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const report = setupRegister({
      app: SpreadsheetApp,
      ss,
      documentProperties: PropertiesService.getDocumentProperties()!,
      now: new Date(),
    });
    if (report.blockers.length) return alert(SETUP.blockedTitle, [setupReportLines(report, false).join('\n\n')]);
    journal(ss, SETUP.journalAction, setupReportLines(report, true));
    alert(SETUP.title, setupReportLines(report, false));
  });
  if (!done) alert(SETUP.title, [SETUP.lockBusy]);
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
