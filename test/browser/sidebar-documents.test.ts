/**
 * «Документы» in the sidebar, in Debian's headless Chromium through the playground on the demo
 * school (П-0001 a draft still missing a consent, П-0002 active under order 112-о): the tab is
 * reached by keyboard and the five tabs fit 300 px; the approval order is refused (the roadmap
 * is empty) and the pairs order is refused naming П-0001, both in the error banner; once the
 * missing consents are recorded in «Пары», the pairs order gives a docs.google.com link opening
 * in a new tab, П-0001 is fixed by it (register and panel); «Материалы для сайта» shows the
 * server's lines. Saves test-output/sidebar-documents.png. Then, with google.script.run
 * stubbed: buttons disabled while a call runs, a signed order's confirmation (Escape, «Отмена»,
 * «Сформировать новый» with newWhenSigned), only docs.google.com addresses made links, the
 * server's lines as text, a refusal in the banner.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { DOC_ACTIONS, DOC_BATCH, DOCUMENT_KIND_LABELS } from '../../src/i18n/documents';
import { SIDEBAR_BATCHES, SIDEBAR_DOCS, SIDEBAR_PAIRS, SIDEBAR_SCHOOL_DOCS, SIDEBAR_TABS } from '../../src/i18n/sidebar';
import {
  expectText,
  focusedKey,
  idle,
  OUTPUT,
  openSidebar,
  openStubSidebar,
  records,
  sheetRows,
  api,
  useSession,
  dismissDialogs,
  pageErrors,
} from './chromium';

jest.setTimeout(120_000);

const session = useSession('sidebar-documents');

const T = SIDEBAR_SCHOOL_DOCS;
const DOC_URL = /^https:\/\/docs\.google\.com\/document\/d\/[\w-]+\/edit$/;

test('orders and documents for everyone from «Документы»: refusals in the banner, a link once the consents are in', async () => {
  const page = await session().context.newPage();
  const dialogs = dismissDialogs(page);
  const errors = pageErrors(page);
  const { side, frame } = await openSidebar(page, session().playground.url);
  const banner = side.locator('[role="alert"] .pre');

  // Five tabs in 300 px: nothing sticks out, «Документы» has no badge.
  const layout = await frame().evaluate(() => {
    const list = document.querySelector('.tabs')!.getBoundingClientRect();
    return {
      overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      width: document.documentElement.clientWidth,
      inside: Array.from(document.querySelectorAll('.tab')).every((t) => {
        const r = t.getBoundingClientRect();
        return r.left >= list.left - 0.5 && r.right <= list.right + 0.5 && t.scrollWidth <= t.clientWidth;
      }),
    };
  });
  expect(layout.width).toBeLessThanOrEqual(300);
  expect(layout).toEqual({ ...layout, overflow: 0, inside: true });
  expect(await side.getByRole('tab').allTextContents()).toEqual(['Подбор10', 'Пары2', 'Что скоро', 'Реестр', 'Документы']);

  // By keyboard: End is «Документы», the arrows go round.
  await side.getByRole('tab', { name: /Подбор/ }).focus();
  await page.keyboard.press('End');
  const tab = side.getByRole('tab', { name: SIDEBAR_TABS.documents });
  expect(await tab.getAttribute('aria-selected')).toBe('true');
  expect(await focusedKey(frame())).toBe('tab:documents');
  await page.keyboard.press('ArrowLeft');
  expect(await focusedKey(frame())).toBe('tab:register');
  await page.keyboard.press('ArrowRight');
  expect(await focusedKey(frame())).toBe('tab:documents');
  expect(
    await side.locator('[data-section="orders"] .school-doc > button').evaluateAll((nodes) => nodes.map((n) => n.textContent)),
  ).toEqual([T.orders.approval, T.orders.pairs, T.orders.completion, T.orders.reward]);
  expect(await side.locator('[data-section="all"] .school-doc > button').allTextContents()).toEqual(Object.values(T.all));

  // A refusal is the server's Russian message in the banner: the roadmap is empty.
  await side.getByRole('button', { name: T.orderLabel(T.orders.approval) }).click();
  await expectText(banner, DOC_ACTIONS.roadmapEmpty);
  await idle(side);

  // The pairs order: П-0001, the only pair, lacks a consent, so nothing is ordered and the message names it.
  const pairsButton = side.getByRole('button', { name: T.orderLabel(T.orders.pairs) });
  await pairsButton.click();
  // No pair is ready: nothing is ordered (with some ready, those would be fixed and the rest listed).
  await expectText(banner, (text) => text.startsWith('Ни одну пару нельзя закрепить приказом'));
  await idle(side);
  const refusal = (await banner.textContent())!;
  expect(refusal).toContain('П-0001');
  expect(refusal).not.toContain('П-0002');
  expect(await side.locator('[data-place="order:pairs"] .doc-result').count()).toBe(0);
  expect(await focusedKey(frame())).toBe('order:pairs:make');
  expect((await records(session().playground, 'Приказы')).filter((r) => Object.values(r).some(Boolean))).toEqual([]);

  // The missing consents, recorded in «Пары».
  await side.getByRole('tab', { name: /Пары/ }).click();
  const draft = side.locator('[data-pair-id="П-0001"]');
  const marks = draft.locator('.consent-missing button[data-key$=":mark"]');
  const missing = await marks.count();
  expect(missing).toBeGreaterThan(0);
  for (let i = 0; i < missing; i++) {
    await marks.first().click();
    await expectText(side.locator('.banner-info .banner-text'), SIDEBAR_PAIRS.consentRecorded);
    await idle(side);
    await side.locator('.banner-info .icon-btn').click();
  }
  expect(await marks.count()).toBe(0);

  // Pairs are fixed only after the Положение is approved: its order, issued in an earlier year,
  // is typed into «Приказы» as a school would.
  const journal = await sheetRows(session().playground, 'Приказы');
  const put = (title: string, input: string) =>
    api(session().playground, '/api/edit', {
      sheetId: journal.sheetId,
      row: 2,
      column: journal.rows[0]!.indexOf(title) + 1,
      input,
    });
  await put('ID', 'ПР-0001');
  await put('Приказ: номер', '45-од');
  await put('Дата', '30.08.2021');
  await put('Вид приказа', 'Об утверждении Положения и дорожной карты');
  await put('Статус', 'подписан');

  // Again: the order is made; its link opens the Google document in a new tab.
  await side.getByRole('tab', { name: SIDEBAR_TABS.documents }).click();
  await pairsButton.click();
  const result = side.locator('[data-place="order:pairs"] .doc-result');
  const link = result.locator('a.doc-link');
  await link.waitFor();
  await idle(side);
  expect(await side.locator('[role="alert"]').count()).toBe(0);
  expect(await link.getAttribute('href')).toMatch(DOC_URL);
  expect(await link.getAttribute('target')).toBe('_blank');
  expect(await link.getAttribute('rel')).toBe('noopener');
  await expectText(link, `${T.openOrder} (${SIDEBAR_DOCS.newTab}) ↗`);
  expect(await focusedKey(frame())).toBe('order:pairs:doc:0');
  const lines = await result.locator('.doc-lines .pre').allTextContents();
  expect(lines[0]).toMatch(/^Сформирован приказ № \S+ «.+»\.$/);
  expect(lines).toContain(DOC_ACTIONS.pairsMarked(1));
  expect(lines.join('\n')).not.toContain('https://');

  // The register: the order is a draft in «Приказы», П-0001 is fixed by it.
  const number = /№ (\S+)/.exec(lines[0])![1];
  const orders = await records(session().playground, 'Приказы');
  expect(orders.filter((o) => Object.values(o).includes(number))).toHaveLength(1);
  const p1 = (await records(session().playground, 'Пары')).find((p) => p.ID === 'П-0001')!;
  expect(p1.Статус).toBe('закреплена');
  expect(p1['Приказ: номер']).toBe(number);

  // «Материалы для сайта»: the server's line under the button.
  await side.getByRole('button', { name: T.allLabel(T.all.siteMaterials) }).click();
  const site = side.locator('[data-place="all:siteMaterials"] .doc-result .doc-lines');
  await expectText(site, (text) => text.startsWith(`${DOCUMENT_KIND_LABELS.siteMaterials}: `));
  await idle(side);
  expect([
    DOC_BATCH.finished(DOCUMENT_KIND_LABELS.siteMaterials, 1),
    DOC_BATCH.paused(DOCUMENT_KIND_LABELS.siteMaterials, 0, 1),
  ]).toContain(await site.textContent());
  expect(await side.locator('[role="alert"]').count()).toBe(0);
  expect(await focusedKey(frame())).toBe('all:siteMaterials:make');
  expect(await side.getByRole('button', { name: T.allLabel(T.all.siteMaterials) }).getAttribute('aria-describedby')).toBe(
    await site.getAttribute('id'),
  );

  mkdirSync(OUTPUT, { recursive: true });
  await pairsButton.scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(OUTPUT, 'sidebar-documents.png') });

  // The answer's data refreshed the panel: П-0001 shows as fixed in «Пары».
  await side.getByRole('tab', { name: /Пары/ }).click();
  await expectText(draft.locator('.badge'), 'закреплена');

  expect(dialogs).toEqual([]);
  expect(errors).toEqual([]);
});

// ---- the signed-order confirmation and hostile answers, with google.script.run stubbed ----

const HOSTILE = '<img src=x onerror=alert(1)>';
const GOOD = 'https://docs.google.com/document/d/order-113/edit';
const SIGNED = 'https://docs.google.com/document/d/order-112/edit';
const EVIL = 'https://docs.google.com.evil.example/document/d/x/edit';

function stubData(pairs: number, batches: { kind: string; done: number; total: number }[] = []) {
  return {
    ready: true,
    message: '',
    mentors: [],
    mentees: [],
    pairs: Array.from({ length: pairs }, (_, i) => ({
      id: `П-000${i + 1}`,
      mentorId: 'НТ-0001',
      mentorName: 'Иванова Анна Петровна',
      menteeIds: ['НЯ-0001'],
      menteeNames: ['Смирнов Олег Игоревич'],
      form: 'педагог – педагог',
      kind: 'традиционное',
      goal: '',
      status: 'закреплена',
      start: '2026-09-01',
      plannedEnd: '2027-05-31',
      dutiesConsent: '2026-08-28',
      consentScan: '',
      completionReason: '',
      endDate: null,
      orderNumber: '113-о',
      orderDate: '2026-09-02',
      missing: [],
      next: ['активна'],
      planDone: 0,
      planTotal: 0,
      lastMeeting: null,
    })),
    forms: ['педагог – педагог'],
    kinds: ['традиционное'],
    completionReasons: [],
    defaultStart: '2026-09-01',
    defaultEnd: '2027-05-31',
    issues: [],
    batches,
  };
}

type Answer = { ok: boolean; value: unknown };

/**
 * Replaces the stub's google.script.run by one answering each call from a queue (by function
 * name), recording the arguments, and holding calls while `hold` is set.
 */
async function queueRunner(page: Page, queue: Record<string, Answer[]>): Promise<void> {
  await page.evaluate((q) => {
    const w = window as unknown as Record<string, unknown> & { google: { script: { run: unknown } } };
    const held: (() => void)[] = [];
    const log: { name: string; args: unknown[] }[] = [];
    w.__log = log;
    w.__hold = false;
    w.__release = () => {
      w.__hold = false;
      for (const go of held.splice(0)) go();
    };
    type Fn = (v: unknown) => void;
    const runner = (ok: Fn, fail: Fn): unknown =>
      new Proxy(
        {},
        {
          get: (_, name: string) => {
            if (name === 'withSuccessHandler') return (f: Fn) => runner(f, fail);
            if (name === 'withFailureHandler') return (f: Fn) => runner(ok, f);
            return (...args: unknown[]) => {
              log.push({ name, args: JSON.parse(JSON.stringify(args)) });
              const answer = q[name]?.shift();
              const go = () =>
                setTimeout(() => (answer?.ok ? ok(answer.value) : fail(new Error(String(answer?.value ?? name)))), 10);
              if (w.__hold) held.push(go);
              else go();
            };
          },
        },
      );
    w.google.script.run = runner(
      () => {},
      () => {},
    );
  }, queue);
}

test('a signed order asks first; only docs.google.com addresses become links; lines stay text; buttons wait for the call', async () => {
  const { page } = await openStubSidebar(session().context, { getSidebarData: { ok: true, value: stubData(0) } });
  const dialogs = dismissDialogs(page, false);
  const signed = (number: string) => ({
    ok: true,
    value: { lines: [DOC_ACTIONS.signedExists(number)], url: SIGNED, signedNumber: number, data: stubData(0) },
  });
  await page.getByRole('tab', { name: SIDEBAR_TABS.documents }).waitFor();
  await queueRunner(page, {
    makeOrder: [
      signed('112-о'),
      signed('112-о'),
      signed('112-о'),
      {
        ok: true,
        value: {
          lines: [`Сформирован приказ № 113-о «О закреплении».\n${GOOD}`, DOC_ACTIONS.pairsMarked(1)],
          url: GOOD,
          signedNumber: null,
          data: stubData(1),
        },
      },
      { ok: true, value: { lines: [`Сформирован приказ № 114-о.\n${EVIL}`], url: EVIL, signedNumber: null, data: stubData(1) } },
      { ok: true, value: { lines: [HOSTILE], url: 'javascript:alert(1)', signedNumber: null, data: stubData(1) } },
      { ok: false, value: `Exception: ${DOC_ACTIONS.noRewards}` },
    ],
    makeDocumentsForAll: [
      {
        ok: true,
        value: { lines: [HOSTILE, DOC_BATCH.paused(DOCUMENT_KIND_LABELS.dataConsent, 40, 300)], data: stubData(1) },
      },
    ],
  });
  const log = () => page.evaluate(() => (window as unknown as { __log: { name: string; args: unknown[] }[] }).__log);
  const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-key') ?? null);
  await page.getByRole('tab', { name: SIDEBAR_TABS.documents }).click();

  // While the call runs, every button of the tab is disabled.
  await page.evaluate(() => void ((window as unknown as { __hold: boolean }).__hold = true));
  const pairsButton = page.getByRole('button', { name: T.orderLabel(T.orders.pairs) });
  await pairsButton.click();
  await page.locator('.spinner').waitFor();
  const buttons = page.locator('.school-docs button');
  expect(await buttons.count()).toBe(13);
  expect(await buttons.evaluateAll((nodes) => nodes.every((n) => (n as HTMLButtonElement).disabled))).toBe(true);
  await page.evaluate(() => (window as unknown as { __release: () => void }).__release());

  // Signed already: the question in the panel, with the signed order's link; Escape cancels.
  const confirm = page.locator('[data-confirm="pairs"]');
  await expectText(confirm.locator('.form-title'), T.signed('112-о'));
  expect(await confirm.getAttribute('role')).toBe('group');
  expect(await confirm.locator('a').getAttribute('href')).toBe(SIGNED);
  expect(await focused()).toBe('order:pairs:new');
  expect(await page.locator('[data-place="order:pairs"] .doc-result').count()).toBe(0);
  await page.keyboard.press('Escape');
  await confirm.waitFor({ state: 'detached' });
  expect(await focused()).toBe('order:pairs:make');

  // «Отмена»: nothing is called.
  await pairsButton.click();
  await confirm.getByRole('button', { name: T.cancelLabel('112-о') }).click();
  await confirm.waitFor({ state: 'detached' });
  expect(await focused()).toBe('order:pairs:make');
  expect((await log()).map((c) => c.name)).toEqual(['makeOrder', 'makeOrder']);

  // «Сформировать новый»: called again with newWhenSigned; the new order's link, the lines
  // without the address; the answer's data refreshed the panel (one pair now).
  await pairsButton.click();
  await confirm.getByRole('button', { name: T.makeNewLabel(T.orders.pairs) }).click();
  const result = page.locator('[data-place="order:pairs"] .doc-result');
  await result.locator('a.doc-link').waitFor();
  await confirm.waitFor({ state: 'detached' });
  expect(await result.locator('a').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('href')))).toEqual([GOOD]);
  expect(await result.locator('.doc-lines .pre').allTextContents()).toEqual([
    'Сформирован приказ № 113-о «О закреплении».',
    DOC_ACTIONS.pairsMarked(1),
  ]);
  expect(await focused()).toBe('order:pairs:doc:0');
  await expectText(page.getByRole('tab', { name: /Пары/ }), 'Пары1');
  expect((await log()).map((c) => c.args[0])).toEqual([
    { kind: 'pairs' },
    { kind: 'pairs' },
    { kind: 'pairs' },
    { kind: 'pairs', newWhenSigned: true },
  ]);

  // An address off docs.google.com is no link: it stays in the line as text.
  await page.getByRole('button', { name: T.orderLabel(T.orders.completion) }).click();
  const completion = page.locator('[data-place="order:completion"] .doc-result');
  await expectText(completion.locator('.doc-lines'), `Сформирован приказ № 114-о.\n${EVIL}`);
  expect(await completion.locator('a').count()).toBe(0);
  await expectText(completion.locator('.hint'), SIDEBAR_DOCS.badLink);
  expect(await focused()).toBe('order:completion:make');
  await page.getByRole('button', { name: T.orderLabel(T.orders.approval) }).click();
  const approval = page.locator('[data-place="order:approval"] .doc-result');
  await expectText(approval.locator('.doc-lines'), HOSTILE);
  expect(await approval.locator('a').count()).toBe(0);

  // A refusal: the banner, without the runtime's prefix; nothing shown under the button.
  await page.getByRole('button', { name: T.orderLabel(T.orders.reward) }).click();
  await expectText(page.locator('[role="alert"] .pre'), DOC_ACTIONS.noRewards);
  expect(await page.locator('[data-place="order:reward"] .doc-result').count()).toBe(0);

  // Documents for everyone: the server's lines, as text.
  await page.getByRole('button', { name: T.allLabel(T.all.dataConsent) }).click();
  const consents = page.locator('[data-place="all:dataConsent"] .doc-result .doc-lines .pre');
  await consents.first().waitFor();
  expect(await consents.allTextContents()).toEqual([HOSTILE, DOC_BATCH.paused(DOCUMENT_KIND_LABELS.dataConsent, 40, 300)]);
  expect(await page.locator('[role="alert"]').count()).toBe(0);
  // One file for printing unless the curator unticks it.
  expect((await log()).at(-1)).toEqual({ name: 'makeDocumentsForAll', args: [{ kind: 'dataConsent', print: true }] });
  await page.getByLabel(T.printOneFile).uncheck();
  const calls = (await log()).length;
  await page.getByRole('button', { name: T.allLabel(T.all.dataConsent) }).click();
  for (let i = 0; i < 50 && (await log()).length === calls; i++) await page.waitForTimeout(100);
  expect((await log()).at(-1)).toEqual({ name: 'makeDocumentsForAll', args: [{ kind: 'dataConsent', print: false }] });

  expect(await page.evaluate(() => document.querySelectorAll('img').length)).toBe(0);
  expect(await page.locator('.school-docs a').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('href')))).toEqual([GOOD]);
  expect(dialogs).toEqual([]);
  await page.close();
});

test('an unfinished batch: «… сделано 125 из 300 — Продолжить» above the tabs; pressing it goes on and says what it did', async () => {
  const what = T.all.dataConsent;
  const label = DOCUMENT_KIND_LABELS.dataConsent;
  const pending = (done: number) => [{ kind: 'dataConsent', done, total: 300 }];
  const { page } = await openStubSidebar(session().context, { getSidebarData: { ok: true, value: stubData(1, pending(125)) } });
  const dialogs = dismissDialogs(page, false);
  const box = page.locator('.pending-batches');
  await expectText(box.locator('.pending-batch'), `${SIDEBAR_BATCHES.line(what, 125, 300)} — ${SIDEBAR_BATCHES.continue}`);
  expect(await box.getAttribute('aria-labelledby')).toBe('pending-batches-title');
  await queueRunner(page, {
    continueDocuments: [
      { ok: true, value: { lines: [DOC_BATCH.paused(label, 250, 300)], data: stubData(1, pending(250)) } },
      { ok: true, value: { lines: [HOSTILE, DOC_BATCH.finished(label, 300)], data: stubData(1) } },
    ],
  });
  const log = () => page.evaluate(() => (window as unknown as { __log: { name: string; args: unknown[] }[] }).__log);
  const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-key') ?? null);

  // The line is above the tabs, on every tab.
  await page.getByRole('tab', { name: /Пары/ }).click();
  await page.getByRole('button', { name: SIDEBAR_BATCHES.continueLabel(what, 125, 300) }).click();
  await expectText(box.locator('.pending-count'), SIDEBAR_BATCHES.line(what, 250, 300));
  await expectText(page.locator('.banner-info .banner-text'), DOC_BATCH.paused(label, 250, 300));
  expect(await focused()).toBe('batch:dataConsent:continue');

  // Done: the line goes; what the server said is shown as text.
  await page.getByRole('tab', { name: SIDEBAR_TABS.documents }).click();
  await page.getByRole('button', { name: SIDEBAR_BATCHES.continueLabel(what, 250, 300) }).click();
  await box.waitFor({ state: 'detached' });
  await expectText(page.locator('.banner-info .banner-text'), `${HOSTILE} ${DOC_BATCH.finished(label, 300)}`);
  expect(await focused()).toBe('notice:dismiss');
  expect(await page.evaluate(() => document.querySelectorAll('img').length)).toBe(0);
  expect(await log()).toEqual([
    { name: 'continueDocuments', args: [{ kind: 'dataConsent' }] },
    { name: 'continueDocuments', args: [{ kind: 'dataConsent' }] },
  ]);
  expect(dialogs).toEqual([]);
  await page.close();
});
