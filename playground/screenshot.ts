/**
 * Takes the README's screenshot, docs/playground.png: the demo school in the playground with
 * the sidebar open and the add-on's menu unfolded. Uses Debian's Chromium (CHROMIUM_PATH or
 * /usr/bin/chromium) and a throw-away state, so the curator's own workbook is not touched.
 *
 *   npm run build && npx tsx playground/screenshot.ts [output.png]
 */
process.env.TZ = 'Europe/Moscow';

import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { startPlayground } from './server';

async function main(): Promise<void> {
  const output = resolve(process.argv[2] ?? join(__dirname, '..', 'docs', 'playground.png'));
  const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (!existsSync(executablePath))
    throw new Error(`No Chromium at ${executablePath}: apt-get install -y chromium, or set CHROMIUM_PATH.`);
  const stateDir = mkdtempSync(join(tmpdir(), 'playground-shot-'));
  const userDataDir = mkdtempSync(join(tmpdir(), 'playground-chromium-'));
  const playground = await startPlayground({ port: 0, stateDir, realClock: false, log: () => {} });
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
    viewport: { width: 1280, height: 720 },
    locale: 'ru-RU',
  });
  try {
    const page = await context.newPage();
    await page.goto(playground.url);
    await page.waitForSelector('body[data-ready="true"]');
    const openAddonMenu = async () => {
      await page.click('.menu-label[data-menu="Расширения"]');
      await page.click('.menu .menu-item[aria-haspopup="true"]:has-text("Наставничество")');
    };
    await openAddonMenu();
    await page.click('.menu .menu-item:has-text("Открыть панель наставничества")');
    await page.frameLocator('#sidebar-frame').getByText('Реестр создан.').waitFor();
    await page.locator('table.grid td[data-r="4"][data-c="2"]').click();
    await openAddonMenu();
    await page.locator('.menu .menu-item:has-text("Создать или проверить реестр")').hover();
    mkdirSync(dirname(output), { recursive: true });
    await page.screenshot({ path: output });
    console.log(`Снимок сохранён / screenshot saved: ${output}`);
  } finally {
    await context.close();
    await playground.close();
    rmSync(stateDir, { recursive: true, force: true });
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
