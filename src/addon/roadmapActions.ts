/** Menu actions of the roadmap and the monitoring («Дорожная карта и мониторинг» submenu). */
import { updateMonitoring } from '../app/monitoring/updateMonitoring';
import { fillRoadmap, refreshRoadmapStatuses } from '../app/roadmap/roadmapActions';
import { gas } from '../gas/services';
import { SETUP } from '../i18n/messages';
import { MONITORING_ACTIONS } from '../i18n/monitoring';
import { ROADMAP_MESSAGES, ROADMAP_TITLE } from '../i18n/roadmap';
import { alert, journal, withDocumentLock } from './execution';

function services() {
  const { SpreadsheetApp, PropertiesService, FormApp, Charts } = gas();
  return {
    app: SpreadsheetApp,
    ss: SpreadsheetApp.getActiveSpreadsheet(),
    documentProperties: PropertiesService.getDocumentProperties()!,
    formApp: FormApp,
    charts: Charts,
  };
}

function locked(title: string, work: () => void): void {
  if (!withDocumentLock(work)) alert(title, [SETUP.lockBusy]);
}

/** Menu: «Заполнить дорожную карту по шаблону». */
export function runFillRoadmap(): void {
  locked(ROADMAP_TITLE, () => {
    const s = services();
    const ui = s.app.getUi();
    const lines = fillRoadmap(
      s,
      new Date(),
      (question) => ui.alert(ROADMAP_TITLE, question, ui.ButtonSet.YES_NO) === ui.Button.YES,
    );
    if (!lines.length) return;
    journal(s.ss, ROADMAP_MESSAGES.journalFill, lines);
    alert(ROADMAP_TITLE, lines);
  });
}

/** Menu: «Обновить статусы дорожной карты». */
export function runRefreshRoadmap(): void {
  locked(ROADMAP_TITLE, () => {
    const s = services();
    const lines = refreshRoadmapStatuses(s, new Date());
    journal(s.ss, ROADMAP_MESSAGES.journalStatuses, lines);
    alert(ROADMAP_TITLE, lines);
  });
}

/** Menu: «Обновить мониторинг». */
export function runUpdateMonitoring(): void {
  locked(MONITORING_ACTIONS.title, () => {
    const s = services();
    const lines = updateMonitoring(s, new Date());
    journal(s.ss, MONITORING_ACTIONS.journal, lines);
    alert(MONITORING_ACTIONS.title, lines);
  });
}
