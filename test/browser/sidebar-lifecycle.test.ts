/**
 * The running programme from the sidebar, in Debian's headless Chromium through the playground
 * on the demo school (П-0001 a draft, П-0002 active): a programme for П-0002 gives a
 * docs.google.com link opening in a new tab and writes its starting plan; a meeting logged
 * moves the plan progress; an extension within 12 months goes through, one past 12 months is
 * refused with the server's Russian message until a reason is given; the mentee of П-0001 gets
 * another mentor (П-0001 closes with its reason and date, a new pair opens); an early stop at a
 * participant's request asks for the notice date; «Что скоро» lists its five sections; a
 * mentee's data are erased after their ID is typed, and their name is gone from
 * «Наставляемые». Saves test-output/sidebar-lifecycle.png. Then, with google.script.run
 * stubbed: the plan line and a closed pair's end, the mentors offered as replacements, only
 * docs.google.com addresses made links, a filled «Что скоро», an erasure the server refuses.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { FrameLocator, Locator } from 'playwright-core';
import { DOC_ACTIONS, DOCUMENT_KIND_LABELS } from '../../src/i18n/documents';
import { PAIRS } from '../../src/i18n/pairing';
import { SIDEBAR_DOCS, SIDEBAR_ERASE, SIDEBAR_LIFECYCLE, SIDEBAR_PAIRS, SIDEBAR_UPCOMING } from '../../src/i18n/sidebar';
import {
  expectText,
  idle,
  OUTPUT,
  openSidebar,
  openStubSidebar,
  records,
  scriptToday,
  sheetRows,
  useSession,
  dismissDialogs,
  pageErrors,
} from './chromium';

jest.setTimeout(120_000);

const session = useSession('sidebar-lifecycle');

const pair = (side: FrameLocator, id: string) => side.locator(`[data-pair-id="${id}"]`);

async function value(locator: Locator): Promise<string> {
  return locator.inputValue();
}

test('meetings, extension, documents, another mentor, early stop, «Что скоро» and erasure from the sidebar', async () => {
  const page = await session().context.newPage();
  const dialogs = dismissDialogs(page);
  const errors = pageErrors(page);
  const { side, frame } = await openSidebar(page, session().playground.url);
  const today = await scriptToday(session().playground);
  const banner = side.locator('[role="alert"]');
  const notice = side.locator('.banner-info .banner-text');

  await side.getByRole('tab', { name: /Пары/ }).click();
  const active = pair(side, 'П-0002');
  await expectText(active.locator('.plan'), SIDEBAR_LIFECYCLE.noPlan);

  // «Программа»: one call, a link to the document in a new tab, the server's line; the
  // starting plan it wrote shows as the pair's progress.
  await active.getByRole('button', { name: SIDEBAR_DOCS.programmeLabel('П-0002') }).click();
  const programme = active.locator('.doc-result[data-place="П-0002:programme"]');
  const link = programme.locator('a.doc-link');
  await link.waitFor();
  await idle(side);
  expect(await link.getAttribute('href')).toMatch(/^https:\/\/docs\.google\.com\/document\/d\/[\w-]+\/edit$/);
  expect(await link.getAttribute('target')).toBe('_blank');
  expect(await link.getAttribute('rel')).toBe('noopener');
  await expectText(programme.locator('.doc-lines'), DOC_ACTIONS.documents(1, DOCUMENT_KIND_LABELS.programme));
  const planText = active.locator('.plan-text');
  await expectText(planText, /^План: 0 из \d+, встреч ещё не было$/);
  const planned = Number(/из (\d+)/.exec((await planText.textContent())!)![1]);
  expect(planned).toBeGreaterThan(0);

  // «Записать встречу»: dated today by default; the progress counts it.
  await active.getByRole('button', { name: SIDEBAR_LIFECYCLE.meetingLabel('П-0002') }).click();
  const meeting = active.locator('form.inline-form');
  expect(await value(meeting.getByLabel(SIDEBAR_LIFECYCLE.meetingDate))).toBe(today.iso);
  await meeting.getByLabel(SIDEBAR_LIFECYCLE.meetingTopic).fill('Разбор открытого урока');
  await meeting.getByLabel(SIDEBAR_LIFECYCLE.meetingResult).fill('План урока доработан, следующий — через две недели');
  await meeting.getByRole('button', { name: SIDEBAR_LIFECYCLE.meetingSave }).click();
  await expectText(notice, SIDEBAR_LIFECYCLE.meetingLogged('П-0002', today.ru));
  await expectText(planText, SIDEBAR_LIFECYCLE.plan(1, planned + 1, today.ru));
  const logged = (await records(session().playground, 'Программы')).filter(
    (r) => r['ID пары'] === 'П-0002' && Object.values(r).includes('Разбор открытого урока'),
  );
  expect(logged).toHaveLength(1);

  // «Продлить» within 12 months of the start (01.09.2026): no reason asked, it goes through.
  const dates = active.locator('.pair-dates');
  await active.getByRole('button', { name: SIDEBAR_LIFECYCLE.extendLabel('П-0002') }).click();
  const extend = active.locator('form.inline-form');
  const reason = extend.getByLabel(SIDEBAR_LIFECYCLE.overrideReason);
  expect(await value(extend.getByLabel(SIDEBAR_LIFECYCLE.newEnd))).toBe('2027-05-31');
  await extend.getByLabel(SIDEBAR_LIFECYCLE.newEnd).fill('2027-08-31');
  expect(await reason.isVisible()).toBe(false);
  await extend.getByRole('button', { name: SIDEBAR_LIFECYCLE.extendSave }).click();
  await expectText(notice, SIDEBAR_LIFECYCLE.extended('П-0002', '31.08.2027'));
  await expectText(dates, '01.09.2026 — 31.08.2027');

  // Past 12 months: the reason field appears; without a reason the server refuses, in Russian.
  await active.getByRole('button', { name: SIDEBAR_LIFECYCLE.extendLabel('П-0002') }).click();
  await extend.getByLabel(SIDEBAR_LIFECYCLE.newEnd).fill('2027-12-31');
  await reason.waitFor({ state: 'visible' });
  await extend.getByRole('button', { name: SIDEBAR_LIFECYCLE.extendSave }).click();
  await expectText(banner.locator('.pre'), PAIRS.extendTooLong);
  await idle(side);
  await expectText(dates, '01.09.2026 — 31.08.2027');
  expect((await records(session().playground, 'Пары')).find((p) => p['ID'] === 'П-0002')!['Плановая дата окончания']).toBe(
    '31.08.2027',
  );
  // With the reason it goes through (the form kept what was typed).
  await reason.fill('Длительная болезнь наставляемой');
  await extend.getByRole('button', { name: SIDEBAR_LIFECYCLE.extendSave }).click();
  await expectText(notice, SIDEBAR_LIFECYCLE.extended('П-0002', '31.12.2027'));
  expect(await banner.count()).toBe(0);
  await expectText(dates, '01.09.2026 — 31.12.2027');

  // The picture: the active pair's card, from its head, with progress, actions and the link.
  mkdirSync(OUTPUT, { recursive: true });
  await page.setViewportSize({ width: 1400, height: 1150 });
  await active.evaluate((card) => card.scrollIntoView({ block: 'start' }));
  await frame().evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.screenshot({ path: join(OUTPUT, 'sidebar-lifecycle.png') });
  await page.setViewportSize({ width: 1400, height: 820 });

  // «Сменить наставника» for П-0001's mentee: П-0001 closes with its reason and date, a new
  // pair opens with the same mentee.
  const draft = pair(side, 'П-0001');
  const mentee = (await records(session().playground, 'Наставляемые')).find((m) => m['ID'] === 'НЯ-0003')!['ФИО'];
  expect(mentee).toBeTruthy();
  await draft.getByRole('button', { name: SIDEBAR_LIFECYCLE.replaceLabel('П-0001') }).click();
  const replace = draft.locator('form.inline-form');
  await replace.getByText(SIDEBAR_LIFECYCLE.replaceExplain('П-0001')).waitFor();
  const choices = await replace
    .locator('select option')
    .evaluateAll((nodes) => nodes.map((n) => (n as HTMLOptionElement).value).filter(Boolean));
  expect(choices.length).toBeGreaterThan(0);
  expect(choices).not.toContain('НТ-0003');
  const candidates = await frame().evaluate(
    (id) =>
      new Promise<string[]>((done, fail) => {
        const run = (window as unknown as { google: { script: { run: any } } }).google.script.run;
        run
          .withSuccessHandler((r: { candidates: { mentorId: string }[] }) => done(r.candidates.map((c) => c.mentorId)))
          .withFailureHandler(fail)
          .rankMentorsFor(id);
      }),
    'НЯ-0003',
  );
  const mentorId = choices.find((c) => candidates.includes(c))!;
  expect(mentorId).toBeTruthy();
  await replace.getByLabel(SIDEBAR_LIFECYCLE.newMentor).selectOption(mentorId);
  await replace.getByRole('button', { name: SIDEBAR_LIFECYCLE.replaceSave }).click();
  await expectText(notice, (t) => t.startsWith('Пара П-0001 прекращена; открыта пара П-0003'));
  await expectText(draft.locator('.badge'), 'прекращена');
  await expectText(draft.locator('.closed-reason'), PAIRS.replaceReason);
  await expectText(draft.locator('.closed-on'), /^\d\d\.\d\d\.\d{4}$/);
  const replaced = pair(side, 'П-0003');
  await expectText(replaced.locator('.facts dd').nth(1), mentee);
  expect(await replaced.getAttribute('data-status')).toBe('проект');

  // «Прекратить» at a participant's request: the notice date (today) and the earliest end.
  await replaced.getByRole('button', { name: SIDEBAR_PAIRS.actionLabel('Прекратить', 'П-0003') }).click();
  const stop = replaced.locator('form.inline-form');
  expect(await stop.getByLabel(SIDEBAR_PAIRS.notice).count()).toBe(0);
  await stop.getByLabel(SIDEBAR_PAIRS.reason).selectOption('по инициативе наставника');
  const noticeDate = stop.getByLabel(SIDEBAR_PAIRS.notice);
  expect(await value(noticeDate)).toBe(today.iso);
  expect(await value(stop.getByLabel(SIDEBAR_PAIRS.endDateOptional))).toBe('');
  await noticeDate.fill('2026-11-20'); // a Friday: three working days on is Wednesday
  await expectText(stop.locator('.hint'), SIDEBAR_PAIRS.noticeHint('25.11.2026'));
  await page.keyboard.press('Escape');
  await stop.waitFor({ state: 'detached' });

  // «Что скоро»: five sections, each with its count, or «Нет».
  await side.getByRole('tab', { name: SIDEBAR_UPCOMING.title }).click();
  const sections = side.locator('.upcoming-section');
  await sections.first().waitFor();
  await idle(side);
  expect(await sections.locator('.up-name').allTextContents()).toEqual([
    SIDEBAR_UPCOMING.roadmapDue,
    SIDEBAR_UPCOMING.roadmapOverdue,
    SIDEBAR_UPCOMING.pairsEnding,
    SIDEBAR_UPCOMING.pairsWithoutProgramme,
    SIDEBAR_UPCOMING.peopleWithoutConsent,
  ]);
  for (const section of await sections.all()) {
    const count = Number(await section.locator('.up-count').textContent());
    expect(await section.locator('.up-item').count()).toBe(count);
    if (!count) await expectText(section.locator('.up-none'), SIDEBAR_UPCOMING.none);
  }
  const withoutProgramme = side.locator('[data-section="pairsWithoutProgramme"] .up-item');
  expect(await withoutProgramme.evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-item')))).toEqual(['П-0003']);
  expect(Number(await side.locator('[data-section="peopleWithoutConsent"] .up-count').textContent())).toBeGreaterThan(0);
  // A pair's ID leads to its card.
  await withoutProgramme
    .first()
    .getByRole('button', { name: SIDEBAR_UPCOMING.openPair('П-0003') })
    .click();
  await replaced.waitFor();
  expect(await frame().evaluate(() => document.activeElement?.getAttribute('data-key'))).toBe('pair:П-0003');

  // «Удалить данные…»: a warning in the panel; only the exact ID arms the button.
  const line = replaced.locator('[data-consent="П-0003:data:НЯ-0003"]');
  await line.getByRole('button', { name: SIDEBAR_ERASE.actionLabel(mentee) }).click();
  const erase = line.locator('form.danger-form');
  await expectText(erase.locator('.danger-note'), SIDEBAR_ERASE.warning(mentee, 'НЯ-0003'));
  const confirm = erase.getByRole('button', { name: SIDEBAR_ERASE.confirm });
  expect(await confirm.isDisabled()).toBe(true);
  await erase.getByLabel(SIDEBAR_ERASE.typeId('НЯ-0003')).fill('НЯ-000');
  expect(await confirm.isDisabled()).toBe(true);
  await erase.getByLabel(SIDEBAR_ERASE.typeId('НЯ-0003')).fill('НЯ-0003');
  expect(await confirm.isDisabled()).toBe(false);
  await confirm.click();
  await expectText(notice, /^Данные НЯ-0003 удалены: ячеек — \d+/);
  await idle(side);

  // The name is gone from «Наставляемые» (and from the panel); the row keeps its ID.
  const { rows } = await sheetRows(session().playground, 'Наставляемые');
  expect(rows.some((r) => r[0] === 'НЯ-0003')).toBe(true);
  expect(rows.flat().some((cell) => cell.includes(mentee))).toBe(false);
  expect(await frame().evaluate((name) => document.body.textContent!.includes(name), mentee)).toBe(false);

  expect(dialogs).toEqual([]);
  expect(errors).toEqual([]);
});

// ---- states the demo school does not reach, with google.script.run stubbed ----

const HOSTILE = '<img src=x onerror=alert(1)>';

function person(id: string, fullName: string, extra: Record<string, unknown> = {}) {
  return {
    id,
    fullName,
    position: 'учитель',
    subject: 'Математика',
    level: 'основное общее',
    experience: 5,
    email: '',
    status: 'активен',
    consentData: '2026-08-28',
    consentWithdrawn: null,
    consentState: 'given',
    ...extra,
  };
}

const mentor = (id: string, fullName: string, load: number, capacity: number, extra: Record<string, unknown> = {}) => ({
  ...person(id, fullName, extra),
  competences: [],
  qualification: '',
  load,
  capacity,
  consentDuties: '2026-08-28',
  consentPublish: null,
});

function pairView(extra: Record<string, unknown>) {
  return {
    id: 'П-0001',
    mentorId: 'НТ-0001',
    mentorName: 'Иванова Анна Петровна',
    menteeIds: ['НЯ-0001'],
    menteeNames: ['Смирнов Олег Игоревич'],
    form: 'педагог – педагог',
    kind: 'традиционное',
    goal: '',
    status: 'активна',
    start: '2026-09-01',
    plannedEnd: '2027-05-31',
    dutiesConsent: '2026-08-28',
    consentScan: '',
    completionReason: '',
    endDate: null,
    orderNumber: '112-о',
    orderDate: '2026-08-31',
    missing: [],
    next: ['завершена', 'прекращена'],
    planDone: 3,
    planTotal: 8,
    lastMeeting: '2026-11-20',
    ...extra,
  };
}

const STUB_DATA = {
  ready: true,
  message: '',
  mentors: [
    mentor('НТ-0001', 'Иванова Анна Петровна', 1, 2),
    mentor('НТ-0002', 'Петров Пётр Петрович', 2, 2), // full
    mentor('НТ-0003', 'Сидорова Ирина Львовна', 0, 2, { status: 'кандидат' }), // not active
    mentor('НТ-0004', 'Кузнецова Мария Сергеевна', 0, 1),
  ],
  mentees: [
    {
      ...person('НЯ-0001', 'Смирнов Олег Игоревич', { status: 'в паре' }),
      requests: [],
      menteeCategory: '',
      wishedMentor: '',
      awaiting: false,
    },
  ],
  pairs: [
    pairView({}),
    pairView({
      id: 'П-0000',
      status: 'завершена',
      next: [],
      planDone: 8,
      completionReason: 'программа выполнена полностью',
      endDate: '2026-06-30',
      lastMeeting: '2026-06-20',
    }),
  ],
  forms: ['педагог – педагог'],
  kinds: ['традиционное'],
  completionReasons: ['программа выполнена полностью', 'по инициативе наставника', 'по инициативе наставляемого'],
  defaultStart: '2026-09-01',
  defaultEnd: '2027-05-31',
  issues: [],
  batches: [],
};

test('plan progress and closed pairs; only docs.google.com links become links; «Что скоро» lists items; a refused erasure says why', async () => {
  const refusal = 'НЯ-0001: нет такой записи в листах «Наставники» и «Наставляемые».';
  const { page, calls } = await openStubSidebar(session().context, {
    getSidebarData: { ok: true, value: STUB_DATA },
    generateDocuments: {
      ok: true,
      value: {
        urls: [
          'javascript:alert(1)',
          'https://docs.google.com.evil.example/document/d/x/edit',
          'https://docs.google.com/document/d/x"onmouseover="alert(1)/edit',
          'https://docs.google.com/document/d/ok-1/edit',
        ],
        lines: [HOSTILE],
        data: STUB_DATA,
      },
    },
    getUpcoming: {
      ok: true,
      value: {
        roadmapDue: [{ id: 'ДК-0003', activity: HOSTILE, to: '2026-12-01', status: 'в работе' }],
        roadmapOverdue: [{ id: 'ДК-0001', activity: 'Утвердить Положение о наставничестве', to: '2026-09-15' }],
        pairsEnding: [{ id: 'П-0001', mentorName: 'Иванова Анна Петровна', plannedEnd: '2026-12-15' }],
        pairsWithoutProgramme: [],
        peopleWithoutConsent: [{ id: 'НЯ-0009', fullName: 'Орлова Дарья Андреевна', state: 'withdrawn' }],
      },
    },
    erasePersonData: { ok: false, value: `Exception: ${refusal}` },
  });
  const dialogs = dismissDialogs(page, false);
  await page.getByRole('tab', { name: /Пары/ }).click();

  // The plan, as the curator reads it; a closed pair says when and why it ended, and offers
  // neither the running programme's actions nor the mentor's consent.
  const active = page.locator('[data-pair-id="П-0001"]');
  await expectText(active.locator('.plan-text'), 'План: 3 из 8, последняя встреча 20.11.2026');
  expect(await active.locator('.plan-bar').getAttribute('aria-valuenow')).toBe('3');
  const closed = page.locator('[data-pair-id="П-0000"]');
  await expectText(closed.locator('.closed-on'), '30.06.2026');
  await expectText(closed.locator('.closed-reason'), 'программа выполнена полностью');
  expect(await closed.locator('.lifecycle-actions').count()).toBe(0);
  expect(await closed.locator('[data-document="dutiesConsent"]').count()).toBe(0);
  expect(await closed.locator('[data-document="programme"]').count()).toBe(1);

  // Another mentor: only active mentors with room for the pair's mentees are offered.
  await active.getByRole('button', { name: SIDEBAR_LIFECYCLE.replaceLabel('П-0001') }).click();
  const offered = await active
    .locator('select option')
    .evaluateAll((nodes) => nodes.map((n) => (n as HTMLOptionElement).value).filter(Boolean));
  expect(offered).toEqual(['НТ-0004']);
  await page.keyboard.press('Escape');
  await active.locator('form.inline-form').waitFor({ state: 'detached' });

  // Of four addresses only the docs.google.com one becomes a link; the line stays text.
  await active.getByRole('button', { name: SIDEBAR_DOCS.dutiesConsentLabel('П-0001') }).click();
  const result = active.locator('.doc-result[data-place="П-0001:dutiesConsent"]');
  await result.locator('a.doc-link').waitFor();
  expect(await result.locator('a').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('href')))).toEqual([
    'https://docs.google.com/document/d/ok-1/edit',
  ]);
  await expectText(result.locator('.hint'), SIDEBAR_DOCS.badLink);
  await expectText(result.locator('.doc-lines'), HOSTILE);
  // Focus went to the link, for the keyboard.
  expect(await page.evaluate(() => document.activeElement?.getAttribute('data-key'))).toBe('П-0001:dutiesConsent:doc:0');

  // «Что скоро» by keyboard from the tabs: loaded when it opens; items are text.
  await page.getByRole('tab', { name: /Пары/ }).focus();
  await page.keyboard.press('ArrowRight');
  await page.locator('.upcoming-section').first().waitFor();
  const count = (key: string) => page.locator(`[data-section="${key}"] .up-count`).textContent();
  expect(await count('roadmapDue')).toBe('1');
  await expectText(page.locator('[data-section="roadmapDue"] .up-main'), HOSTILE);
  await expectText(page.locator('[data-section="roadmapDue"] .meta'), 'до 01.12.2026 · в работе');
  await expectText(page.locator('[data-section="roadmapOverdue"] .meta'), SIDEBAR_UPCOMING.overdue('15.09.2026'));
  await expectText(page.locator('[data-section="pairsEnding"] .up-main'), `П-0001 — ${SIDEBAR_UPCOMING.ending('15.12.2026')}`);
  await expectText(page.locator('[data-section="pairsWithoutProgramme"] .up-none'), SIDEBAR_UPCOMING.none);
  await expectText(
    page.locator('[data-section="peopleWithoutConsent"] .meta'),
    `НЯ-0009 · ${SIDEBAR_UPCOMING.consent.withdrawn}`,
  );

  // An erasure the server refuses: its Russian message, the form still open, nothing reloaded.
  await page.getByRole('tab', { name: /Пары/ }).click();
  const line = active.locator('[data-consent="П-0001:data:НЯ-0001"]');
  await line.getByRole('button', { name: SIDEBAR_ERASE.actionLabel('Смирнов Олег Игоревич') }).click();
  await line.getByLabel(SIDEBAR_ERASE.typeId('НЯ-0001')).fill('НЯ-0001');
  await line.getByRole('button', { name: SIDEBAR_ERASE.confirm }).click();
  await expectText(page.locator('[role="alert"] .pre'), refusal);
  expect(await line.locator('form.danger-form').count()).toBe(1);

  expect(await calls()).toEqual(['getSidebarData', 'generateDocuments', 'getUpcoming', 'erasePersonData']);
  expect(await page.evaluate(() => document.querySelectorAll('img').length)).toBe(0);
  expect(dialogs).toEqual([]);
  await page.close();
});
