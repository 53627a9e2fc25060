/**
 * Shared by the browser tests: Debian's headless Chromium through playwright-core (never a
 * downloaded browser), the playground on a free port with a temporary state directory, its
 * HTTP API, waiting for text, and opening the sidebar from the menu.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Frame, type FrameLocator, type Locator, type Page } from 'playwright-core';
import type { WorkbookView } from '../../playground/protocol';
import { type Playground, startPlayground } from '../../playground/server';
import { SIDEBAR_TEXT } from '../../src/i18n/sidebar';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];
export const ROOT = resolve(__dirname, '..', '..');
export const OUTPUT = join(ROOT, 'test-output');

/** Fails with what to do when Debian's Chromium is not installed. */
export function requireChromium(): void {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}. Install Debian's package (apt-get install -y chromium) ` +
        `or set CHROMIUM_PATH to a Chromium executable. Browsers are never downloaded.`,
    );
  }
}

export function launchChromium(userDataDir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1400, height: 820 },
    locale: 'ru-RU',
  });
}

/** The playground (demo school, the demo's fixed clock) and a browser, each in its own temp dir. */
export interface BrowserSession {
  stateDir: string;
  playground: Playground;
  context: BrowserContext;
  /** Starts the playground again on the same state (the old one is closed). */
  restart(): Promise<Playground>;
  close(): Promise<void>;
}

export async function startSession(prefix: string): Promise<BrowserSession> {
  requireChromium();
  const stateDir = mkdtempSync(join(tmpdir(), `${prefix}-state-`));
  const userDataDir = mkdtempSync(join(tmpdir(), `${prefix}-chromium-`));
  const start = () => startPlayground({ port: 0, stateDir, realClock: false, log: () => {} });
  const session: BrowserSession = {
    stateDir,
    playground: await start(),
    context: await launchChromium(userDataDir),
    async restart() {
      await session.playground.close();
      session.playground = await start();
      return session.playground;
    },
    async close() {
      await session.context.close().catch(() => {});
      await session.playground.close().catch(() => {});
      for (const dir of [stateDir, userDataDir]) rmSync(dir, { recursive: true, force: true });
    },
  };
  return session;
}

/** The playground's HTTP API: JSON in and out. */
/**
 * One session for the whole test file: started before its first test, closed after its last.
 * Returns a getter, since the session exists only once beforeAll has run.
 */
export function useSession(prefix: string): () => BrowserSession {
  let session: BrowserSession | null = null;
  beforeAll(async () => {
    session = await startSession(prefix);
  });
  afterAll(async () => {
    await session?.close();
  });
  return () => {
    if (!session) throw new Error(`the browser session «${prefix}» has not started`);
    return session;
  };
}

/** Dismisses every dialog the page opens and keeps what it said (with its type, or the message alone). */
export function dismissDialogs(page: Page, withType = true): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(withType ? `${dialog.type()}: ${dialog.message()}` : dialog.message());
    void dialog.dismiss();
  });
  return dialogs;
}

/** The page's uncaught script errors, collected as they happen. */
export function pageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

export async function api<T>(playground: Playground, path: string, body?: unknown): Promise<T> {
  const response = await fetch(new URL(path, playground.url), {
    method: body === undefined ? 'GET' : 'POST',
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

/** Today by the script's clock (the playground's emulated one) in its zone, as the sidebar dates things. */
export async function scriptToday(playground: Playground): Promise<{ iso: string; ru: string }> {
  const { now } = await api<WorkbookView>(playground, '/api/state');
  const ru = new Date(now).toLocaleDateString('ru-RU', { timeZone: 'Europe/Moscow' });
  return { iso: ru.split('.').reverse().join('-'), ru };
}

/** A sheet's display values, header first (as the grid shows them). */
export async function sheetRows(playground: Playground, name: string): Promise<{ sheetId: number; rows: string[][] }> {
  const all = await api<WorkbookView>(playground, '/api/state');
  const tab = all.sheets.find((s) => s.name === name);
  if (!tab) throw new Error(`no sheet ${name}`);
  const view = await api<WorkbookView>(playground, `/api/state?sheet=${tab.sheetId}`);
  const sheet = view.sheet!;
  const rows = sheet.cells.slice(0, sheet.lastRow).map((row) => row.map((c) => c?.t ?? ''));
  return { sheetId: tab.sheetId, rows };
}

/** Records of a sheet as objects keyed by header text. */
export async function records(playground: Playground, name: string): Promise<Record<string, string>[]> {
  const { rows } = await sheetRows(playground, name);
  const [header, ...body] = rows;
  return body.map((row) => Object.fromEntries(header.map((h, i) => [h, row[i] ?? ''])));
}

/**
 * Waits until the element's text matches (playwright-core has no test matchers). With
 * BROWSER_DEBUG set, a failure saves test-output/browser-failure.png.
 */
export async function expectText(
  locator: Locator,
  expected: string | RegExp | ((text: string) => boolean),
  timeoutMs = 10_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last: string | null = null;
  for (;;) {
    last = await locator
      .first()
      .textContent({ timeout: Math.max(1, deadline - Date.now()) })
      .catch(() => null);
    const ok =
      last !== null &&
      (typeof expected === 'string' ? last === expected : typeof expected === 'function' ? expected(last) : expected.test(last));
    if (ok) return;
    if (Date.now() > deadline) {
      if (process.env.BROWSER_DEBUG) await locator.page().screenshot({ path: join(OUTPUT, 'browser-failure.png') });
      throw new Error(`expected ${String(expected)} in ${locator}, got ${JSON.stringify(last)}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Opens the playground's document and waits until it is drawn. */
export async function openPlayground(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForSelector('body[data-ready="true"]');
}

/** Расширения → Наставничество → item. */
export async function addonMenu(page: Page, item: string): Promise<void> {
  await page.click('.menu-label[data-menu="Расширения"]');
  await page.click('.menu .menu-item[aria-haspopup="true"]:has-text("Наставничество")');
  await page.click(`.menu .menu-item:has-text("${item}")`);
}

/** The playground, then the sidebar from the menu, loaded. */
export async function openSidebar(page: Page, url: string): Promise<{ side: FrameLocator; frame: () => Frame }> {
  await openPlayground(page, url);
  await addonMenu(page, 'Открыть панель наставничества');
  const side = page.frameLocator('#sidebar-frame');
  await side.getByText(SIDEBAR_TEXT.ready).waitFor();
  const frame = () => page.frames().find((f) => f.url().includes('/sidebar'))!;
  return { side, frame };
}

/** No call running: the sidebar's busy indicator is gone. */
export async function idle(side: FrameLocator): Promise<void> {
  await side.locator('.spinner').waitFor({ state: 'detached' });
}

/** The data-key of the sidebar's focused element. */
export async function focusedKey(frame: Frame): Promise<string | null> {
  return frame.evaluate(() => document.activeElement?.getAttribute('data-key') ?? null);
}

/** What the stubbed google.script.run answers, by function name: a value, or a failure message. */
export type StubAnswers = Record<string, { ok: boolean; value: unknown }>;

/**
 * build/Sidebar.html on its own, google.script.run replaced by a stub that answers from a
 * table (or fails), to see the states the demo school never reaches. `calls` lists the
 * functions called, in order.
 */
export async function openStubSidebar(
  context: BrowserContext,
  answers: StubAnswers,
): Promise<{ page: Page; calls: () => Promise<string[]> }> {
  const html = readFileSync(join(ROOT, 'build', 'Sidebar.html'), 'utf8');
  const stub = `<script>
    window.__calls = [];
    const answers = ${JSON.stringify(answers)};
    const runner = (ok, fail) => new Proxy({}, { get: (_, name) => {
      if (name === 'withSuccessHandler') return (f) => runner(f, fail);
      if (name === 'withFailureHandler') return (f) => runner(ok, f);
      return (...args) => { window.__calls.push(name); const a = answers[name];
        setTimeout(() => a && a.ok ? ok(a.value) : fail(new Error(a ? a.value : 'Script function not found: ' + name)), 10); };
    } });
    window.google = { script: { run: runner(() => {}, () => {}) } };
  </script>`;
  const page = await context.newPage();
  await page.setContent(html.replace('<head>', () => `<head>${stub}`));
  return { page, calls: () => page.evaluate(() => (window as unknown as { __calls: string[] }).__calls) };
}
