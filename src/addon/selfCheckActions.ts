/** Menu: «Проверить работу в Google» — what a school runs first after installing the add-on. */
import { runSelfCheck, selfCheckLines } from '../app/selfCheck/selfCheck';
import { gas } from '../gas/services';
import { SELF_CHECK } from '../i18n/selfCheck';
import { alert, journal } from './execution';

export function runGoogleSelfCheck(): void {
  const g = gas();
  const ss = g.SpreadsheetApp.getActiveSpreadsheet();
  const report = runSelfCheck(
    {
      ss,
      documentProperties: g.PropertiesService.getDocumentProperties()!,
      lockService: g.LockService,
      session: g.Session,
      drive: g.Drive,
      utilities: g.Utilities,
      documentApp: g.DocumentApp,
      formApp: g.FormApp,
      scriptApp: g.ScriptApp,
    },
    new Date(),
  );
  const lines = selfCheckLines(report);
  try {
    journal(ss, SELF_CHECK.journal, lines);
  } catch {
    // The journal itself needs what may be missing (the user's address): the dialog still says it all.
  }
  alert(SELF_CHECK.title, lines);
}

/** The probe trigger's handler: the check deletes that trigger at once, so this never has work. */
export function selfCheckTrigger(): void {}
