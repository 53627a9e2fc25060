/** The add-on menu «Наставничество»: every item names a real global function. */
import type { UiPort } from '../gas/ports';
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

export const QUESTIONNAIRE_ITEMS: readonly MenuItem[] = [
  { caption: MENU.createQuestionnaires, handler: 'runCreateQuestionnaires' },
  { caption: MENU.syncBanks, handler: 'runSyncBanks' },
  { caption: MENU.refreshChoices, handler: 'runRefreshFormChoices' },
  { caption: MENU.linksStart, handler: 'runSatisfactionLinksStart' },
  { caption: MENU.linksEnd, handler: 'runSatisfactionLinksEnd' },
];

export function buildMenu(ui: UiPort): void {
  const menu = ui.createAddonMenu();
  for (const item of MENU_ITEMS) menu.addItem(item.caption, item.handler);
  const forms = ui.createMenu(MENU.questionnaires);
  for (const item of QUESTIONNAIRE_ITEMS) forms.addItem(item.caption, item.handler);
  menu.addSeparator().addSubMenu(forms).addToUi();
}
