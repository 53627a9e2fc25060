/**
 * The sidebar in Debian's headless Chromium (playwright-core, never a downloaded browser),
 * through the playground on the demo school: a mentee named `<img src=x onerror=alert(1)>`
 * (typed into the grid first) shows as text and nothing runs; search and filters; choose a
 * mentee with the keyboard, see the ranked mentors; create a pair (a bad term first: the error
 * banner); record the consents; fix the pair; a pair missing a consent cannot be fixed and
 * says why; «Подобрать всех», uncheck two, accept the rest; «Пары» then holds exactly the
 * expected rows. Saves test-output/sidebar.png and docs/sidebar.png.
 */
import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { MATCH_UNMATCHED } from '../../src/i18n/matching';
import { STATUS } from '../../src/i18n/messages';
import { CONSENTS, PAIRS } from '../../src/i18n/pairing';
import { SIDEBAR_MATCH, SIDEBAR_PAIRS, SIDEBAR_PROPOSAL } from '../../src/i18n/sidebar';
import {
  api as playgroundApi,
  openStubSidebar,
  type StubAnswers,
  expectText,
  focusedKey,
  idle,
  OUTPUT,
  openSidebar as openSidebarAt,
  records as playgroundRecords,
  ROOT,
  scriptToday,
  sheetRows as playgroundSheetRows,
  useSession,
  dismissDialogs,
  pageErrors,
} from './chromium';

const XSS = '<img src=x onerror=alert(1)>';

jest.setTimeout(120_000);

const session = useSession('sidebar');

const api = <T>(path: string, body?: unknown) => playgroundApi<T>(session().playground, path, body);
const sheetRows = (name: string) => playgroundSheetRows(session().playground, name);
const records = (name: string) => playgroundRecords(session().playground, name);
const openSidebar = (page: Page) => openSidebarAt(page, session().playground.url);

test('the sidebar pairs, records consents, fixes pairs and accepts a proposal; user data stays text', async () => {
  const page = await session().context.newPage();
  const dialogs = dismissDialogs(page);
  const errors = pageErrors(page);

  // A mentee named like an HTML tag, typed into «Наставляемые» before the sidebar opens.
  const mentees = await sheetRows('Наставляемые');
  const nameColumn = mentees.rows[0].indexOf('ФИО') + 1;
  const xssRow = mentees.rows.findIndex((r) => r[0] === 'НЯ-0004') + 1;
  expect(nameColumn).toBeGreaterThan(0);
  expect(xssRow).toBeGreaterThan(1);
  expect(await api('/api/edit', { sheetId: mentees.sheetId, row: xssRow, column: nameColumn, input: XSS })).toEqual({ ok: true });

  const { side, frame } = await openSidebar(page);
  await side.getByText('записей: 10').first().waitFor();

  // The name is text: no <img> was made anywhere in the sidebar, no alert ran.
  await expectText(side.locator('[data-mentee-id="НЯ-0004"] .name'), XSS);
  expect(await frame().evaluate(() => document.querySelectorAll('img').length)).toBe(0);

  // Search: case and ё/е do not matter; filters narrow the list.
  const options = side.locator('.mentees [role="option"]');
  await expectText(side.locator('.count'), SIDEBAR_MATCH.awaiting(10, 10));
  await side.locator('input.search').fill('АРТЕМ');
  await expectText(side.locator('.count'), SIDEBAR_MATCH.awaiting(1, 10));
  await expectText(options.first().locator('.name'), 'Никитин Артём Юрьевич');
  await side.locator('input.search').fill('');
  await side.getByText(SIDEBAR_MATCH.filters(0)).click();
  await side.getByLabel(SIDEBAR_MATCH.consent).selectOption('missing');
  await expectText(side.locator('.count'), SIDEBAR_MATCH.awaiting(3, 10));
  expect(await options.evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-mentee-id')))).toEqual([
    'НЯ-0004',
    'НЯ-0008',
    'НЯ-0012',
  ]);
  await side.getByRole('button', { name: SIDEBAR_MATCH.resetFilters }).click();
  await expectText(side.locator('.count'), SIDEBAR_MATCH.awaiting(10, 10));

  // Choose a mentee by keyboard: type, ArrowDown into the list, Enter.
  await side.locator('input.search').fill('воронина');
  await side.locator('input.search').press('ArrowDown');
  expect(await focusedKey(frame())).toBe('mentee:НЯ-0008');
  await page.keyboard.press('Enter');
  await side.locator('.candidate').first().waitFor();
  await idle(side);
  expect(await focusedKey(frame())).toBe('ranking-title');

  // The picture for the README: the mentee, the ranked mentors with their bars and reasons.
  mkdirSync(OUTPUT, { recursive: true });
  await page.screenshot({ path: join(OUTPUT, 'sidebar.png') });
  const docShot = join(ROOT, 'docs', 'sidebar.png');
  await page.setViewportSize({ width: 1400, height: 1100 });
  await frame().evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const panel = (await page.locator('#side-panel').boundingBox())!;
  await page.screenshot({ path: docShot, clip: { x: panel.x, y: panel.y, width: panel.width, height: panel.height } });
  expect(statSync(docShot).size).toBeLessThan(200 * 1024);
  await page.setViewportSize({ width: 1400, height: 820 });

  // Ranked mentors, best first; the bar of the best is full; the candidates ruled out are folded.
  const candidates = await side.locator('.candidate').evaluateAll((nodes) =>
    nodes.map((n) => ({
      id: n.getAttribute('data-mentor-id'),
      score: Number(n.getAttribute('data-score')),
      bar: (n.querySelector('.bar-fill') as HTMLElement).style.width,
    })),
  );
  expect(candidates.length).toBeGreaterThanOrEqual(5);
  expect(candidates[0]).toEqual({ id: 'НТ-0008', score: 55, bar: '100%' });
  for (let i = 1; i < candidates.length; i++) expect(candidates[i].score).toBeLessThanOrEqual(candidates[i - 1].score);
  const best = side.locator('.candidate[data-mentor-id="НТ-0008"]');
  await expectText(best.locator('.chip'), SIDEBAR_MATCH.load(0, 1));
  await expectText(best.locator('.reasons li').first(), /совпадение запросов: активные методы обучения \(\+15\)/);
  await expectText(side.locator('details summary', { hasText: 'Не подходят' }), SIDEBAR_MATCH.excluded(2));
  // Максимова has a pair in «проект» (П-0001): the mentee may join it as a group.
  await side
    .locator('.candidate[data-mentor-id="НТ-0003"]')
    .getByRole('button', { name: SIDEBAR_MATCH.addToGroupLabel('П-0001', 'Максимова Софья Павловна') })
    .waitFor();

  // Arrow keys move between candidates; Enter opens «Создать пару»; Escape closes it.
  await best.focus();
  await page.keyboard.press('ArrowDown');
  expect(await focusedKey(frame())).toBe(`candidate:${candidates[1].id}`);
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  const form = best.locator('form.inline-form');
  await form.waitFor();
  expect(await focusedKey(frame())).toBe('create:НТ-0008:form');
  await page.keyboard.press('Escape');
  await form.waitFor({ state: 'detached' });
  expect(await focusedKey(frame())).toBe('candidate:НТ-0008');

  // A term of one month: the server refuses, the banner says why, in Russian.
  await best.getByRole('button', { name: SIDEBAR_MATCH.createPairLabel('Кузнецов Сергей Викторович') }).click();
  await form.getByLabel('Цель').fill('Возвращение к преподаванию после перерыва');
  await form.getByLabel('Плановое окончание').fill('2026-10-01');
  await form.getByRole('button', { name: 'Создать' }).click();
  const banner = side.locator('[role="alert"]');
  await expectText(banner, (t) => t.includes(PAIRS.termTooShort));
  await banner.getByRole('button', { name: 'Закрыть сообщение' }).click();
  await banner.waitFor({ state: 'detached' });

  // The pair, for the school year.
  await form.getByLabel('Плановое окончание').fill('2027-05-31');
  await form.getByRole('button', { name: 'Создать' }).click();
  await expectText(side.locator('.banner-info .banner-text'), (t) => t.includes(SIDEBAR_MATCH.pairCreated('П-0003')));
  await idle(side);
  expect(await side.locator('[data-mentee-id="НЯ-0008"]').count()).toBe(0);

  // «Пары»: the new pair cannot be fixed yet, and says exactly what is missing, for whom.
  await side.getByRole('tab', { name: /Пары/ }).click();
  const card = side.locator('[data-pair-id="П-0003"]');
  const fix = card.getByRole('button', { name: SIDEBAR_PAIRS.actionLabel('Закрепить', 'П-0003') });
  expect(await fix.isDisabled()).toBe(true);
  expect(await card.locator('.missing-box li').allTextContents()).toEqual([
    CONSENTS.mentorData('Кузнецов Сергей Викторович'),
    CONSENTS.duties('Кузнецов Сергей Викторович'),
    CONSENTS.menteeData('Воронина Валентина Михайловна'),
  ]);

  // One click per consent, dated today by the script's clock (the demo's), whatever the browser's says.
  const today = (await scriptToday(session().playground)).ru;
  const line = (key: string) => card.locator(`[data-consent="${key}"]`);
  await line('П-0003:data:НТ-0008')
    .getByRole('button', { name: SIDEBAR_PAIRS.markLabel(SIDEBAR_PAIRS.consentData, 'Кузнецов Сергей Викторович') })
    .click();
  await expectText(line('П-0003:data:НТ-0008').locator('.consent-state'), SIDEBAR_PAIRS.given(today));
  await line('П-0003:duties').getByLabel(SIDEBAR_PAIRS.scanLink).fill('https://drive.example/scan-003');
  await line('П-0003:duties')
    .getByRole('button', { name: SIDEBAR_PAIRS.markLabel(SIDEBAR_PAIRS.consentDuties, 'Кузнецов Сергей Викторович') })
    .click();
  await expectText(line('П-0003:duties').locator('.consent-state'), SIDEBAR_PAIRS.given(today));
  await line('П-0003:data:НЯ-0008')
    .getByRole('button', { name: SIDEBAR_PAIRS.markLabel(SIDEBAR_PAIRS.consentData, 'Воронина Валентина Михайловна') })
    .click();
  await expectText(line('П-0003:data:НЯ-0008').locator('.consent-state'), SIDEBAR_PAIRS.given(today));
  await idle(side);
  expect(await card.locator('.missing-box').count()).toBe(0);
  expect(await fix.isDisabled()).toBe(false);
  await fix.click();
  await expectText(card.locator('.badge'), 'закреплена');

  // The demo's П-0001 lacks the mentor's consent to the duties: disabled, and it says so...
  const draft = side.locator('[data-pair-id="П-0001"]');
  expect(await draft.getByRole('button', { name: SIDEBAR_PAIRS.actionLabel('Закрепить', 'П-0001') }).isDisabled()).toBe(true);
  expect(await draft.locator('.missing-box').textContent()).toBe(
    SIDEBAR_PAIRS.cannotFix + CONSENTS.duties('Максимова Софья Павловна'),
  );
  // ... and the server refuses it too, whoever calls it.
  const refused = await frame().evaluate(
    () =>
      new Promise<string>((done) => {
        const run = (window as unknown as { google: { script: { run: any } } }).google.script.run;
        run
          .withSuccessHandler(() => done('fixed'))
          .withFailureHandler((e: Error) => done(e.message))
          .setPairStatus({ pairId: 'П-0001', status: 'закреплена' });
      }),
  );
  expect(refused).toBe(PAIRS.cannotFix('П-0001', [CONSENTS.duties('Максимова Софья Павловна')]));

  // «Подобрать всех»: every proposal checked; the mentee nobody fits is listed with why.
  await side.getByRole('tab', { name: /Подбор/ }).click();
  await side.getByRole('button', { name: SIDEBAR_MATCH.proposeAll }).click();
  await side.locator('.proposal').first().waitFor();
  await idle(side);
  const checks = side.locator('.proposal input[type="checkbox"]');
  const proposed = await checks.evaluateAll((nodes) =>
    nodes.map((n) => ({
      mentorId: n.getAttribute('data-mentor-id')!,
      menteeId: n.getAttribute('data-mentee-id')!,
      checked: (n as HTMLInputElement).checked,
    })),
  );
  expect(proposed.length).toBeGreaterThanOrEqual(5);
  expect(proposed.every((p) => p.checked)).toBe(true);
  expect(proposed.some((p) => p.menteeId === 'НЯ-0008')).toBe(false); // already paired
  await side.getByText(SIDEBAR_PROPOSAL.unmatchedTitle(1)).click();
  await expectText(side.locator('.unmatched [data-mentee-id="НЯ-0010"] .meta'), MATCH_UNMATCHED.nothingInCommon);
  await side.getByText(SIDEBAR_PROPOSAL.unmatchedNote).waitFor();

  // Keyboard: Enter on a proposal unfolds its reasons, arrows move on.
  await checks.first().focus();
  await page.keyboard.press('Enter');
  await side.locator('.proposal').first().locator('.reasons').waitFor();
  expect(await focusedKey(frame())).toBe(`proposal:${proposed[0].mentorId}\n${proposed[0].menteeId}`);
  await page.keyboard.press('ArrowDown');
  expect(await focusedKey(frame())).toBe(`proposal:${proposed[1].mentorId}\n${proposed[1].menteeId}`);

  // Uncheck the last two and accept the rest.
  await checks.nth(proposed.length - 1).uncheck();
  await checks.nth(proposed.length - 2).uncheck();
  const accepted = proposed.slice(0, -2);
  await side.getByRole('button', { name: SIDEBAR_PROPOSAL.accept(accepted.length) }).click();
  await expectText(side.locator('.banner-info .banner-text'), SIDEBAR_PROPOSAL.accepted(accepted.length));
  await idle(side);

  // «Пары» holds exactly: the demo's two, the one made here (fixed), the accepted ones (drafts).
  const pairs = await records('Пары');
  const summary = pairs.map((p) => ({
    id: p['ID'],
    mentor: p['ID наставника'],
    mentees: p['ID наставляемых'],
    status: p['Статус'],
  }));
  expect(summary.slice(0, 3)).toEqual([
    { id: 'П-0001', mentor: 'НТ-0003', mentees: 'НЯ-0003', status: 'проект' },
    { id: 'П-0002', mentor: 'НТ-0002', mentees: 'НЯ-0002', status: 'активна' },
    { id: 'П-0003', mentor: 'НТ-0008', mentees: 'НЯ-0008', status: 'закреплена' },
  ]);
  expect(pairs[2]['Согласие наставника на обязанности: дата']).toBe(today);
  expect(pairs[2]['Скан согласия (ссылка)']).toBe('https://drive.example/scan-003');
  expect(pairs[2]['Цель']).toBe('Возвращение к преподаванию после перерыва');
  expect(pairs[2]['Плановая дата окончания']).toBe('31.05.2027');
  const rest = summary.slice(3);
  expect(rest.map((p) => p.id)).toEqual(accepted.map((_, i) => `П-${String(i + 4).padStart(4, '0')}`));
  expect(rest.every((p) => p.status === 'проект')).toBe(true);
  const key = (p: { mentor?: string; mentorId?: string; mentees?: string; menteeId?: string }) =>
    `${p.mentor ?? p.mentorId}→${p.mentees ?? p.menteeId}`;
  expect(rest.map(key).sort()).toEqual(accepted.map(key).sort());
  // The mentees' and mentors' consents landed in their banks.
  const people = [...(await records('Наставники')), ...(await records('Наставляемые'))];
  for (const id of ['НТ-0008', 'НЯ-0008'])
    expect(people.find((p) => p['ID'] === id)!['Согласие на обработку ПДн: дата']).toBe(today);

  // The sidebar shows the same; the tag-named mentee's missing consent is text as well.
  await side.getByRole('tab', { name: /Пары/ }).click();
  expect(await side.locator('.pair').count()).toBe(3 + accepted.length);
  if (accepted.some((p) => p.menteeId === 'НЯ-0004')) {
    await side
      .locator('.missing-box li', { hasText: CONSENTS.menteeData(XSS) })
      .first()
      .waitFor();
  }
  expect(await frame().evaluate(() => document.querySelectorAll('img').length)).toBe(0);

  expect(dialogs).toEqual([]);
  expect(errors).toEqual([]);
});

const sidebarWithStub = (answers: StubAnswers) => openStubSidebar(session().context, answers);

test('without a register the sidebar says what to do; a failed load shows a dismissible error; register issues are listed', async () => {
  const notReady = {
    ready: false,
    message: STATUS.notCreated,
    mentors: [],
    mentees: [],
    pairs: [],
    forms: [],
    kinds: [],
    completionReasons: [],
    defaultStart: '',
    defaultEnd: '',
    issues: [],
    batches: [],
  };
  const empty = await sidebarWithStub({ getSidebarData: { ok: true, value: notReady } });
  await empty.page.getByText(STATUS.notCreated).waitFor();
  expect(await empty.page.locator('[role="tablist"]').count()).toBe(0);
  expect(await empty.calls()).toEqual(['getSidebarData']); // one call loads everything
  await empty.page.close();

  const failing = await sidebarWithStub({ getSidebarData: { ok: false, value: 'Exception: Доступ запрещён' } });
  const alert = failing.page.locator('[role="alert"]');
  await expectText(alert.locator('.pre'), 'Доступ запрещён');
  await alert.getByRole('button', { name: 'Закрыть сообщение' }).press('Enter');
  await alert.waitFor({ state: 'detached' });
  await failing.page.close();

  const issue = `Наставляемые, строка 7, столбец «Педагогический стаж, лет»: ${XSS}`;
  const withIssues = await sidebarWithStub({
    getSidebarData: { ok: true, value: { ...notReady, ready: true, message: '', issues: [issue] } },
  });
  const box = withIssues.page.locator('details.box-warn');
  await box.locator('summary').click();
  await expectText(box.locator('.issues li'), issue);
  await withIssues.page.getByText(SIDEBAR_MATCH.noneAwaiting).waitFor();
  expect(await withIssues.page.evaluate(() => document.querySelectorAll('img').length)).toBe(0);
  await withIssues.page.close();
});
