/** The add-on menu «Наставничество»: every item names a real global function. */
import type { UiPort } from '../gas/ports';
import { MENU } from '../i18n/messages';

/** Handler names are the exported entry points of src/addon/main.ts. */
export const MENU_ITEMS = [
  { caption: MENU.setupRegister, handler: 'runSetupRegister' },
  { caption: MENU.openSidebar, handler: 'openSidebar' },
] as const;

export function buildMenu(ui: UiPort): void {
  const menu = ui.createAddonMenu();
  for (const item of MENU_ITEMS) menu.addItem(item.caption, item.handler);
  menu.addToUi();
}
