/** Menu actions and the trigger of the questionnaires («Анкеты» submenu). */
import { createQuestionnaires } from '../app/createQuestionnaires';
import { readFormRegistry } from '../app/formRegistry';
import { refreshFormChoices } from '../app/refreshFormChoices';
import { type SurveyStage, writeSatisfactionLinks } from '../app/satisfactionLinks';
import { syncBanks } from '../app/syncBanks';
import { formIdOfUrl } from '../gas/forms';
import type { FormSubmitEventPort, RangePort } from '../gas/ports';
import { gas } from '../gas/services';
import { FORMS, PURPOSE_LABELS, SATISFACTION_LINKS, SYNC } from '../i18n/forms';
import { SETUP, WRITE_CONFLICTS } from '../i18n/messages';
import { alert, journal, withDocumentLock } from './execution';

/** Unusable answers listed in the closing dialog; the rest are counted. */
const SHOWN_PROBLEMS = 15;

function services() {
  const { SpreadsheetApp, FormApp, Drive, ScriptApp, PropertiesService } = gas();
  return {
    ss: SpreadsheetApp.getActiveSpreadsheet(),
    formApp: FormApp,
    drive: Drive,
    scriptApp: ScriptApp,
    documentProperties: PropertiesService.getDocumentProperties()!,
    now: new Date(),
  };
}

/** Runs a menu action under the lock, or tells the curator to retry. */
function locked(title: string, work: () => void): void {
  if (!withDocumentLock(work)) alert(title, [SETUP.lockBusy]);
}

/** Menu: «Создать анкеты». */
export function runCreateQuestionnaires(): void {
  locked(FORMS.title, () => {
    const s = services();
    const report = createQuestionnaires(s);
    if (report.error) return alert(FORMS.title, [report.error]);
    const lines: string[] = [];
    if (report.created.length) lines.push(FORMS.created(report.created.map((p) => PURPOSE_LABELS[p])), FORMS.links);
    if (report.recovered.length) lines.push(FORMS.recovered(report.recovered.map((p) => PURPOSE_LABELS[p])));
    if (report.existed.length) lines.push(FORMS.existed(report.existed.map((p) => PURPOSE_LABELS[p])));
    if (report.closed.length) lines.push(FORMS.closedOld(report.closed.map((p) => PURPOSE_LABELS[p])));
    if (report.triggerCreated) lines.push(FORMS.triggerCreated);
    lines.push(...report.folderNotes);
    journal(s.ss, FORMS.journalCreate, lines);
    alert(FORMS.title, lines);
  });
}

/** Menu: «Обновить банки из анкет». */
export function runSyncBanks(): void {
  locked(SYNC.title, () => {
    const s = services();
    const report = syncBanks(s, { allProblems: true });
    if (report.error) return alert(SYNC.title, [report.error]);
    const lines = [...report.summary, ...report.proposals, ...report.problems];
    const applied = report.applied.length ? [SYNC.appliedTitle, ...report.applied] : [];
    journal(s.ss, SYNC.journal, [...lines, ...applied]);
    // The dialog stays readable however many answers were unusable; «Журнал» has them all.
    const hidden = report.proposals.length + report.problems.length - SHOWN_PROBLEMS;
    alert(SYNC.title, hidden > 0 ? [...lines.slice(0, lines.length - hidden), SETUP.moreIssues(hidden)] : lines);
  });
}

/** Menu: «Обновить варианты ответов в анкетах». */
export function runRefreshFormChoices(): void {
  locked(FORMS.title, () => {
    const s = services();
    const report = refreshFormChoices(s);
    const lines = [...(report.updatedItems ? [FORMS.refreshed(report.updatedItems)] : []), ...report.notes];
    journal(s.ss, FORMS.journalRefresh, lines);
    alert(FORMS.title, lines);
  });
}

function satisfactionLinks(stage: SurveyStage): void {
  locked(SATISFACTION_LINKS.journal, () => {
    const s = services();
    const report = writeSatisfactionLinks(s, stage);
    const conflicts = report.conflicts?.length ? [...report.conflicts, WRITE_CONFLICTS.advice] : [];
    const lines = [report.error ?? SATISFACTION_LINKS.written(report.written, report.stageLabel), ...conflicts];
    if (!report.error) journal(s.ss, SATISFACTION_LINKS.journal, lines);
    alert(SATISFACTION_LINKS.journal, lines);
  });
}

/** Menu: «Ссылки на анкеты удовлетворённости: начало программы». */
export function runSatisfactionLinksStart(): void {
  satisfactionLinks('start');
}

/** Menu: «Ссылки на анкеты удовлетворённости: завершение программы». */
export function runSatisfactionLinksEnd(): void {
  satisfactionLinks('end');
}

/**
 * Installable trigger: a form answered into this spreadsheet. Runs without a user
 * interface, so it reports to «Журнал» only. Syncs the bank of that one form.
 */
export function onFormSubmitted(e?: FormSubmitEventPort): void {
  // Anyone may call a global function with anything (google.script.run): only an event whose
  // range is a real Range is a form answer; anything else has nothing to sync.
  const range: unknown = e !== null && typeof e === 'object' ? e.range : null;
  if (range === null || typeof range !== 'object' || typeof (range as { getSheet?: unknown }).getSheet !== 'function') return;
  const s = services();
  const sheet = (range as RangePort).getSheet();
  const formId = formIdOfUrl(sheet?.getFormUrl() ?? null) ?? formIdBySheetName(sheet?.getName());
  if (!formId) return;
  const done = withDocumentLock(() => {
    const report = syncBanks(s, { onlyFormId: formId, allProblems: false });
    if (report.changed || report.problems.length || report.proposals.length) {
      const applied = report.applied.length ? [SYNC.appliedTitle, ...report.applied] : [];
      journal(s.ss, SYNC.journalTrigger, [...report.summary, ...report.proposals, ...report.problems, ...applied]);
    }
  });
  if (!done) journal(s.ss, SYNC.journalTrigger, [SYNC.lockBusy]);
}

function formIdBySheetName(name: string | undefined): string | null {
  if (!name) return null;
  const registry = readFormRegistry(gas().SpreadsheetApp.getActiveSpreadsheet());
  return registry?.records.find((r) => r.responsesSheet === name)?.formId ?? null;
}
