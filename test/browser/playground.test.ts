/**
 * The playground in Debian's headless Chromium (playwright-core, never a downloaded browser):
 * run «Создать или проверить реестр» from the menu and answer its alert, edit cells (one
 * accepted, one rejected by validation, one picked from a drop-down), open the sidebar, reload
 * the page and restart the server on the same state and see the work kept. Saves a screenshot
 * to test-output/playground.png.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { SETUP, SIDEBAR_TITLE } from '../../src/i18n/messages';
import { SIDEBAR_TEXT } from '../../src/i18n/sidebar';
import { addonMenu, expectText, OUTPUT, openPlayground as open, useSession, pageErrors } from './chromium';

jest.setTimeout(90_000);

const session = useSession('playground');

function cell(page: Page, row: number, column: number) {
  return page.locator(`table.grid td[data-r="${row}"][data-c="${column}"]`);
}

/** 1-based column of a header in row 1 of the shown sheet. */
async function columnOf(page: Page, header: string): Promise<number> {
  const column = await page.evaluate((text) => {
    const cells = Array.from(document.querySelectorAll<HTMLElement>('table.grid td[data-r="1"]'));
    const found = cells.find((td) => td.textContent === text);
    return found ? Number(found.dataset.c) : -1;
  }, header);
  if (column < 0) throw new Error(`no column «${header}»`);
  return column;
}

const menu = addonMenu;

async function typeInto(page: Page, row: number, column: number, text: string): Promise<void> {
  await cell(page, row, column).click();
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

test('the add-on works in the playground, and the work survives a reload and a restart', async () => {
  const page = await session().context.newPage();
  const errors = pageErrors(page);
  await open(page, session().playground.url);

  // The demo school, on the active sheet «Наставники».
  await expectText(page.locator('#doc-title'), 'Реестр наставничества — МБОУ СОШ № 7');
  await expectText(page.locator('.tab.active'), 'Наставники');
  await expectText(cell(page, 2, 1), 'НТ-0001');

  // «Создать или проверить реестр»: its alert is answered in the page, then the run finishes.
  await menu(page, 'Создать или проверить реестр');
  const alert = page.locator('.modal[data-kind="addon-alert"]');
  await expectText(alert.locator('h2'), SETUP.title);
  await expectText(alert.locator('.msg'), (text) => text.startsWith(SETUP.nothingChanged));
  await alert.getByRole('button', { name: 'ОК' }).click();
  await alert.waitFor({ state: 'detached' });
  await page.locator('#running').waitFor({ state: 'hidden' });

  // Edits go through the emulator: a number, a rejected list value, a drop-down pick.
  const experience = await columnOf(page, 'Педагогический стаж, лет');
  const status = await columnOf(page, 'Статус');
  await typeInto(page, 2, experience, '26');
  await expectText(cell(page, 2, experience), '26');
  await typeInto(page, 3, status, 'чепуха');
  const rejected = page.locator('.modal[data-kind="rejected"]');
  await expectText(rejected.locator('.msg'), /Выберите значение из списка/);
  await rejected.getByRole('button', { name: 'ОК' }).click();
  await rejected.waitFor({ state: 'detached' });
  await expectText(cell(page, 3, status), /активен/);
  await cell(page, 3, status).locator('.dd-arrow').click();
  await page.locator('.dropdown .opt', { hasText: 'приостановлен' }).click();
  await expectText(cell(page, 3, status), /приостановлен/);

  // The real Sidebar.html, its google.script.run bridged to the emulator.
  await menu(page, 'Открыть панель наставничества');
  await expectText(page.locator('#side-title'), SIDEBAR_TITLE);
  const sidebar = page.frameLocator('#sidebar-frame');
  await sidebar.getByText(SIDEBAR_TEXT.ready).waitFor();
  await sidebar.getByText('записей: 10').first().waitFor();
  // The bridge keeps Google's rules: a Date argument reaches the failure handler, with the user object.
  const frame = page.frames().find((f) => f.url().includes('/sidebar'))!;
  const failure = await frame.evaluate(
    () =>
      new Promise((resolve) => {
        const run = (window as unknown as { google: { script: { run: any } } }).google.script.run;
        run
          .withFailureHandler((error: Error, user: unknown) => resolve([error instanceof Error, error.message, user]))
          .withSuccessHandler(() => resolve('succeeded'))
          .withUserObject('карточка')
          .getRegisterStatus(new Date());
      }),
  );
  expect(failure).toEqual([true, 'Failed due to illegal value in property: 0', 'карточка']);

  // The journal got the run (the execution went on after the alert was answered).
  await page.click('.tab:has-text("Журнал")');
  await expectText(cell(page, 3, 3), SETUP.journalAction);
  await page.click('.tab:has-text("Наставники")');
  await expectText(cell(page, 2, experience), '26');

  mkdirSync(OUTPUT, { recursive: true });
  await page.screenshot({ path: join(OUTPUT, 'playground.png') });

  // A reload reopens the document: the edits are there, the sidebar is closed.
  await open(page, session().playground.url);
  await expectText(cell(page, 2, experience), '26');
  await page.locator('#side-panel').waitFor({ state: 'hidden' });

  // A restart of the server on the same state keeps them too.
  const restarted = await session().restart();
  await open(page, restarted.url);
  await expectText(cell(page, 2, experience), '26');
  await expectText(cell(page, 3, status), /приостановлен/);

  expect(errors).toEqual([]);
});
