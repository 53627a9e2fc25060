/** The curator-facing summary of «Создать или проверить реестр». */
import { SETUP } from '../i18n/messages';
import { type SetupReport, setupChangedAnything } from './setupRegister';

const SHOWN_ISSUES = 10;

export function setupReportLines(report: SetupReport, allIssues: boolean): string[] {
  if (report.blockers.length) return [...report.blockers, SETUP.blocked];
  const lines: string[] = [];
  if (report.createdSheets.length) lines.push(SETUP.createdSheets(report.createdSheets));
  for (const added of report.addedColumns) lines.push(SETUP.addedColumns(added.sheet, added.headers));
  if (report.addedSettings) lines.push(SETUP.addedSettings(report.addedSettings));
  if (report.addedVocabularies.length) lines.push(SETUP.addedVocabularies(report.addedVocabularies));
  for (const ids of report.assignedIds) lines.push(SETUP.assignedIds(ids.sheet, ids.count));
  lines.unshift(setupChangedAnything(report) ? SETUP.done : SETUP.nothingChanged);
  lines.push(...report.warnings);
  if (report.issues.length) {
    lines.push(SETUP.rowIssues(report.issues.length));
    const shown = allIssues ? report.issues : report.issues.slice(0, SHOWN_ISSUES);
    lines.push(...shown.map((i) => `• ${i.message}`));
    if (shown.length < report.issues.length) lines.push(SETUP.moreIssues(report.issues.length - shown.length));
  }
  return lines;
}
