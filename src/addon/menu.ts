/** The add-on menu «Наставничество»: every item names a real global function. */
import type { MenuPort, UiPort } from '../gas/ports';
import { MENU } from '../i18n/messages';

interface MenuItem {
  caption: string;
  /** An exported entry point of src/addon/main.ts. */
  handler: string;
}

export const MENU_ITEMS: readonly MenuItem[] = [
  { caption: MENU.setupRegister, handler: 'runSetupRegister' },
  { caption: MENU.openSidebar, handler: 'openSidebar' },
];

/** After the submenus: rare and irreversible, so kept apart. */
export const CLOSING_ITEMS: readonly MenuItem[] = [
  { caption: MENU.selfCheck, handler: 'runGoogleSelfCheck' },
  { caption: MENU.erasePerson, handler: 'runErasePerson' },
];

export const QUESTIONNAIRE_ITEMS: readonly MenuItem[] = [
  { caption: MENU.createQuestionnaires, handler: 'runCreateQuestionnaires' },
  { caption: MENU.syncBanks, handler: 'runSyncBanks' },
  { caption: MENU.refreshChoices, handler: 'runRefreshFormChoices' },
  { caption: MENU.linksStart, handler: 'runSatisfactionLinksStart' },
  { caption: MENU.linksEnd, handler: 'runSatisfactionLinksEnd' },
];

export const DOCUMENT_ITEMS: readonly (MenuItem | null)[] = [
  { caption: MENU.approvalOrder, handler: 'runApprovalOrder' },
  { caption: MENU.roadmapOrder, handler: 'runRoadmapOrder' },
  { caption: MENU.pairsOrder, handler: 'runPairsOrder' },
  { caption: MENU.completionOrder, handler: 'runCompletionOrder' },
  { caption: MENU.rewardOrder, handler: 'runRewardOrder' },
  null,
  { caption: MENU.programmes, handler: 'runProgrammes' },
  { caption: MENU.dataConsents, handler: 'runDataConsents' },
  { caption: MENU.dutiesConsents, handler: 'runDutiesConsents' },
  { caption: MENU.mentorAgreements, handler: 'runMentorAgreements' },
  { caption: MENU.refusalNotices, handler: 'runRefusalNotices' },
  { caption: MENU.publishConsents, handler: 'runPublishConsents' },
  null,
  { caption: MENU.mentorReports, handler: 'runMentorReports' },
  { caption: MENU.monitoringNote, handler: 'runMonitoringNote' },
];

export const ROADMAP_ITEMS: readonly MenuItem[] = [
  { caption: MENU.fillRoadmap, handler: 'runFillRoadmap' },
  { caption: MENU.refreshRoadmap, handler: 'runRefreshRoadmap' },
  { caption: MENU.updateMonitoring, handler: 'runUpdateMonitoring' },
  { caption: MENU.siteMaterials, handler: 'runSiteMaterials' },
];

function submenu(ui: UiPort, caption: string, items: readonly (MenuItem | null)[]): MenuPort {
  const menu = ui.createMenu(caption);
  for (const item of items) {
    if (item) menu.addItem(item.caption, item.handler);
    else menu.addSeparator();
  }
  return menu;
}

export function buildMenu(ui: UiPort): void {
  const menu = ui.createAddonMenu();
  for (const item of MENU_ITEMS) menu.addItem(item.caption, item.handler);
  menu
    .addSeparator()
    .addSubMenu(submenu(ui, MENU.questionnaires, QUESTIONNAIRE_ITEMS))
    .addSubMenu(submenu(ui, MENU.documents, DOCUMENT_ITEMS))
    .addSubMenu(submenu(ui, MENU.roadmapAndMonitoring, ROADMAP_ITEMS))
    .addSeparator();
  for (const item of CLOSING_ITEMS) menu.addItem(item.caption, item.handler);
  menu.addToUi();
}
