/**
 * The playground's files, in Debian's headless Chromium (playwright-core, never a downloaded
 * browser): «Создать или проверить реестр» and «Анкеты → Создать анкеты» from the menu, then
 * «Анкета наставляемого» opened from «Файлы на Диске», filled (a required question left empty
 * first) and submitted: the add-on's real form-submit trigger puts the mentee into
 * «Наставляемые». A pre-filled satisfaction link in «Пары» opens its form with the pair's code.
 * «Документы → Согласия на обработку персональных данных» («Нет» to one file for printing)
 * makes a document per person; one opens as A4 pages with the person's name and a «Печать»
 * button. The demo keeps .docx copies: «.docx» beside the Doc in «Файлы на Диске», the copy
 * listed itself and «Скачать .docx» in its tab download it under its Drive name; a Doc
 * without a copy gets none, and the panel says how to have copies kept. The charts of «Мониторинг» (put into
 * the starting state here until the add-on's own monitoring action draws them) are drawn as
 * SVG. A document whose name and text are markup shows them as text.
 *
 * Screenshots: test-output/playground-files.png (the workbook) and docs/playground-doc.png
 * (a document, kept small for the README).
 */
import { appendFileSync, copyFileSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { Emulator } from '../../emulator';
import { buildDemoSnapshot } from '../../playground/demo/build';
import { Engine } from '../../playground/engine';
import type { FormSubmitted } from '../../playground/protocol';
import { type Playground, startPlayground } from '../../playground/server';
import { expectText, launchChromium, openPlayground as open, OUTPUT, requireChromium, ROOT } from './chromium';

const BUILD = join(ROOT, 'build');
const HOSTILE = '<img src=x onerror="window.__pwned=1">';

jest.setTimeout(60_000);

let stateDir: string;
let userDataDir: string;
let playground: Playground | null = null;
let context: BrowserContext | null = null;

/**
 * The demo school with three charts on «Мониторинг» (pie, columns, bars over a data block, as
 * the add-on's monitoring lays them out) and a document whose name and text are markup.
 */
function startingState(): string {
  const emu = new Emulator({ snapshot: buildDemoSnapshot({ buildDir: BUILD }), buildDir: BUILD });
  const { SpreadsheetApp, Charts, DocumentApp } = emu.globals;
  const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Мониторинг')!;
  sheet.getRange('G1:I4').setValues([
    ['Статус', 'Пары и группы', ''],
    ['действует', 5, ''],
    ['завершена', 2, ''],
    ['прекращена', 1, ''],
  ]);
  sheet.getRange('G6:I8').setValues([
    ['Участники', 'В начале программы', 'По завершении программы'],
    ['Наставляемые', 7.5, 8.6],
    ['Наставники', 8, 9],
  ]);
  sheet.getRange('G10:I13').setValues([
    ['Возрастная группа', 'Наставники', 'Наставляемые'],
    ['до 25 лет', 0, 4],
    ['25–35 лет', 2, 5],
    ['36–50 лет', 5, 2],
  ]);
  const chart = (type: GoogleAppsScript.Charts.ChartType, a1: string, title: string, row: number, column: number) =>
    sheet.insertChart(
      sheet
        .newChart()
        .setChartType(type)
        .addRange(sheet.getRange(a1))
        .setNumHeaders(1)
        .setOption('title', title)
        .setOption('width', 420)
        .setOption('height', 260)
        .setPosition(row, column, 0, 0)
        .build(),
    );
  chart(Charts.ChartType.PIE, 'G1:H4', 'Пары и группы по статусу', 3, 1);
  chart(Charts.ChartType.COLUMN, 'G6:I8', 'Удовлетворённость участников, баллов из 10', 3, 3);
  chart(Charts.ChartType.BAR, 'G10:I13', 'Участники по возрастным группам', 17, 1);
  const doc = DocumentApp.create(HOSTILE);
  doc.getBody().appendParagraph(`<script>window.__pwned=2</script>${HOSTILE}`);
  doc.saveAndClose();
  return emu.snapshot();
}

beforeAll(async () => {
  requireChromium();
  stateDir = mkdtempSync(join(tmpdir(), 'playground-files-'));
  userDataDir = mkdtempSync(join(tmpdir(), 'playground-files-chromium-'));
  writeFileSync(join(stateDir, 'workbook.json'), startingState());
  playground = await startPlayground({ port: 0, stateDir, realClock: false, log: () => {} });
  context = await launchChromium(userDataDir);
});

afterAll(async () => {
  await context?.close();
  await playground?.close();
  for (const dir of [stateDir, userDataDir]) if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Clicks through the add-on's menu: «Расширения» → «Наставничество» → …path. */
async function menu(page: Page, ...path: string[]): Promise<void> {
  await page.click('.menu-label[data-menu="Расширения"]');
  await page.click('.menu .menu-item[aria-haspopup="true"]:has-text("Наставничество")');
  for (const caption of path) await page.click(`.menu .menu-item:has(span:text-is("${caption}"))`);
}

/** Answers the add-on's alert with ОК and waits for the run to finish; returns its message. */
async function acceptAlert(page: Page): Promise<string> {
  return answerAlert(page, 'ОК', true);
}

/** Answers the add-on's alert with `button`; `last`: the run then finishes. Returns its message. */
async function answerAlert(page: Page, button: string, last: boolean): Promise<string> {
  const alert = page.locator('.modal[data-kind="addon-alert"]');
  await alert.waitFor();
  const message = (await alert.locator('.msg').textContent()) ?? '';
  await alert.getByRole('button', { name: button, exact: true }).click();
  if (last) {
    await alert.waitFor({ state: 'detached' });
    await page.locator('#running').waitFor({ state: 'hidden' });
  } else await page.waitForFunction((text) => document.querySelector('.modal .msg')?.textContent !== text, message);
  return message;
}

/** Opens a link that makes a new tab; returns the tab once its script is ready. */
async function popup(page: Page, link: Locator): Promise<Page> {
  const [tab] = await Promise.all([page.context().waitForEvent('page'), link.click()]);
  await tab.waitForSelector('body[data-ready="true"]');
  return tab;
}

async function showFiles(page: Page): Promise<void> {
  if (await page.locator('#files-panel').isHidden()) await page.click('#files-button');
}

/** The question card whose title starts with `title`. */
function question(form: Page, title: string): Locator {
  return form.locator('.form-card.item:visible').filter({ has: form.locator('.item-title', { hasText: title }) });
}

/** The texts of SVG labels as shown: wrapped lines joined with a space, tooltips left out. */
function shownTexts(labels: Locator): Promise<string[]> {
  return labels.evaluateAll((nodes) =>
    nodes.map((n) => {
      const spans = Array.from(n.querySelectorAll('tspan'));
      return spans.length
        ? spans.map((t) => t.textContent).join(' ')
        : Array.from(n.childNodes)
            .filter((c) => c.nodeType === Node.TEXT_NODE)
            .map((c) => c.textContent)
            .join('');
    }),
  );
}

/** 1-based column of a header in row 1 of the shown sheet (waits for the grid to show that sheet). */
async function columnOf(page: Page, header: string): Promise<number> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const column = await page.evaluate((text) => {
      const cells = Array.from(document.querySelectorAll<HTMLElement>('table.grid td[data-r="1"]'));
      const found = cells.find((td) => td.textContent === text);
      return found ? Number(found.dataset.c) : -1;
    }, header);
    if (column >= 0) return column;
    if (Date.now() > deadline) throw new Error(`no column «${header}»`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

test('documents open as A4 pages, forms are answered through the real trigger, charts are drawn', async () => {
  const page = await context!.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  context!.on('page', (tab) => tab.on('pageerror', (e) => errors.push(`${tab.url()}: ${e.message}`)));
  await open(page, playground!.url);

  // The register, then the questionnaires, from the add-on's menu.
  await menu(page, 'Создать или проверить реестр');
  await acceptAlert(page);
  await menu(page, 'Анкеты', 'Создать анкеты');
  expect(await acceptAlert(page)).toMatch(/Созданы анкеты: «Анкета наставляемого»/);

  // «Анкета наставляемого» from «Файлы на Диске», in a new tab.
  await showFiles(page);
  const form = await popup(page, page.locator('#files-list a.file-link', { hasText: 'Анкета наставляемого' }));
  await expectText(form.locator('h1.form-title'), 'Анкета наставляемого');
  expect(await form.locator('.required-note').textContent()).toBe('* Обязательный вопрос');
  // The first page opens with the section «О вас» (a header, not a page of its own).
  await expectText(form.locator('.form-page:visible .section-title .item-title'), 'О вас');
  // The e-mail is required: «Далее» without it is refused on the page.
  await form.getByRole('button', { name: 'Далее' }).click();
  await expectText(form.locator('.form-card.invalid .item-error').first(), 'Это обязательный вопрос.');
  await form.locator('input[type="email"]').fill('m.ivanova@school7.example');
  await question(form, 'Фамилия, имя, отчество').locator('input').fill('Иванова Мария Петровна');
  await question(form, 'Должность').locator('select').selectOption({ index: 1 });
  await question(form, 'Преподаваемый предмет').locator('select').selectOption({ index: 1 });
  await question(form, 'Уровень образования').locator('input[type="radio"]').first().check();
  await question(form, 'Педагогический стаж').locator('input').fill('3');
  await question(form, 'Возрастная группа').locator('input[type="radio"]').first().check();
  // One required question left empty: the page says so and stays.
  await form.getByRole('button', { name: 'Далее' }).click();
  await expectText(question(form, 'К какой категории').locator('.item-error'), 'Это обязательный вопрос.');
  await question(form, 'К какой категории').locator('input[type="radio"]').first().check();
  await form.getByRole('button', { name: 'Далее' }).click();
  await expectText(form.locator('.form-page:visible .section-name'), 'Профессиональные запросы');
  await expectText(form.locator('.form-page:visible .section-tab'), 'Раздел 2 из 2');
  const help = question(form, 'В каких вопросах вам нужна помощь');
  await help.locator('input[type="checkbox"]').first().check();
  await help.locator('input.other-text').fill('Работа с интерактивной доской');
  await question(form, 'Согласие на обработку персональных данных').locator('input[type="checkbox"]').check();
  await form.getByRole('button', { name: 'Отправить' }).click();
  await expectText(form.locator('.confirmation .form-desc'), /Спасибо! Ответ сохранён/);
  await expectText(form.locator('.curator-note'), /строка 2 листа ответов/);
  await form.close();

  // The trigger synced the bank: the main tab heard of it and shows the new mentee.
  await page.click('.tab:has-text("Наставляемые")');
  await expectText(page.locator('table.grid td', { hasText: 'Иванова Мария Петровна' }), 'Иванова Мария Петровна');
  await expectText(page.locator('table.grid td', { hasText: 'm.ivanova@school7.example' }), 'm.ivanova@school7.example');

  // «Анкеты»: the answer link of a cell opens the form too.
  await page.click('.tab:has-text("Анкеты")');
  const answerColumn = await columnOf(page, 'Ссылка для ответов');
  await page.locator(`table.grid td[data-r="2"][data-c="${answerColumn}"]`).click();
  const fromSheet = await popup(page, page.locator('#link-card a.link-open'));
  await expectText(fromSheet.locator('h1.form-title'), 'Анкета наставляемого');
  await fromSheet.close();

  // A pre-filled satisfaction link in «Пары» opens its form with the pair's code and the stage.
  await menu(page, 'Анкеты', 'Ссылки на анкеты удовлетворённости: начало программы');
  await acceptAlert(page);
  await page.click('.tab:has-text("Пары")');
  const linkColumn = await columnOf(page, 'Анкета наставляемого (ссылка)');
  const pairCode = await page.locator('table.grid td[data-r="2"][data-c="1"]').textContent();
  await page.locator(`table.grid td[data-r="2"][data-c="${linkColumn}"]`).click();
  const prefilled = await popup(page, page.locator('#link-card a.link-open'));
  expect(prefilled.url()).toMatch(/\/forms\/d\/e\/[\w-]+\/viewform\?usp=pp_url&entry\.\d+=/);
  expect(await question(prefilled, 'Код пары').locator('input').inputValue()).toBe(pairCode);
  expect(await question(prefilled, 'Этап программы').locator('input[type="radio"]:checked').getAttribute('value')).toBe(
    'начало программы',
  );
  expect(await prefilled.locator('.scale').first().textContent()).toMatch(/^совсем нет12345678910полностью$/);
  await prefilled.close();

  // «Документы → Согласия на обработку персональных данных»: «Нет» to one file for printing, a document per person.
  await menu(page, 'Документы', 'Согласия на обработку персональных данных');
  expect(await answerAlert(page, 'Нет', false)).toMatch(/одним файлом для печати/);
  expect(await acceptAlert(page)).toMatch(/документов — [1-9]/);
  await showFiles(page);
  const docRow = page
    .locator('#files-list li[data-kind="document"]')
    .filter({ hasText: 'Согласие на обработку персональных данных —' })
    .first();
  const docLink = docRow.locator('a.file-link');
  const docName = (await docLink.locator('.file-name').textContent())!;
  // The demo keeps .docx copies: one beside the Doc, and the copy itself listed, both downloaded.
  const docxName = `${docName}.docx`;
  expect(await docRow.locator('a.file-docx').textContent()).toBe('↓ .docx');
  const [fromRow] = await Promise.all([page.waitForEvent('download'), docRow.locator('a.file-docx').click()]);
  expect(fromRow.suggestedFilename()).toBe(docxName);
  const copyRow = page.locator('#files-list li[data-kind="docx"]').filter({ hasText: docxName });
  expect(await copyRow.locator('a.file-link').getAttribute('href')).toBe(
    await docRow.locator('a.file-docx').getAttribute('href'),
  );
  // The document made outside the add-on has no copy: the panel says how to get one.
  await expectText(page.locator('#docx-hint'), /укажите «да» в листе «Настройки», параметр «Копии \.docx для архива»/);
  mkdirSync(OUTPUT, { recursive: true });
  await page.locator('#files-panel').screenshot({ path: join(OUTPUT, 'playground-files-panel.png') });
  const surname = /— (?:[А-ЯЁ]\.){2} ?([А-ЯЁа-яё-]+)/.exec(docName)?.[1];
  if (!surname) throw new Error(`no person in «${docName}»`);
  const doc = await popup(page, docLink);
  await doc.setViewportSize({ width: 1000, height: 760 });
  await expectText(doc.locator('#doc-name'), docName);
  const layout = await doc.evaluate(() => {
    const pages = Array.from(document.querySelectorAll<HTMLElement>('.gdoc .page'));
    const style = getComputedStyle(pages[0]);
    return {
      pages: pages.length,
      width: pages[0].getBoundingClientRect().width,
      minHeight: parseFloat(style.minHeight),
      paddingLeft: parseFloat(style.paddingLeft),
      shadow: style.boxShadow,
      pageRule:
        Array.from(document.styleSheets)
          .flatMap((sheet) => Array.from(sheet.cssRules))
          .find((rule) => rule instanceof CSSPageRule)?.cssText ?? '',
      text: document.querySelector('.gdoc')!.textContent ?? '',
    };
  });
  expect(layout.pages).toBeGreaterThanOrEqual(1);
  expect(layout.width).toBeCloseTo((595.3 * 96) / 72, 0); // A4 width, 210 mm (the .docx's 595.3 pt)
  expect(layout.minHeight).toBeCloseTo((841.9 * 96) / 72, 0); // A4 height, 297 mm
  expect(layout.paddingLeft).toBeCloseTo((56.7 * 96) / 72, 0); // the document's 20 mm left margin
  expect(layout.shadow).not.toBe('none');
  expect(layout.pageRule).toMatch(/size: 595\.3pt 841\.9pt/);
  expect(layout.text).toContain(`Я, ${surname} `);
  // «Скачать .docx» beside «Печать» downloads the copy under its Drive name.
  const [fromViewer] = await Promise.all([doc.waitForEvent('download'), doc.locator('#docx-link').click()]);
  expect(fromViewer.suggestedFilename()).toBe(docxName);
  expect(await doc.locator('#docx-link').textContent()).toBe('Скачать .docx');
  // «Печать» prints the pages; in print the bar is gone.
  await doc.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => void (window as unknown as { printed: number }).printed++;
  });
  await doc.getByRole('button', { name: 'Печать' }).click();
  expect(await doc.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  mkdirSync(join(ROOT, 'docs'), { recursive: true });
  const shot = join(ROOT, 'docs', 'playground-doc.png');
  await doc.screenshot({ path: shot });
  expect(statSync(shot).size).toBeLessThan(200 * 1024);
  await doc.emulateMedia({ media: 'print' });
  expect(await doc.locator('.viewer-bar').isVisible()).toBe(false);
  await doc.close();

  // A document whose name and text are markup shows them as text.
  const hostile = await popup(page, page.locator('#files-list a.file-link', { hasText: HOSTILE }));
  await expectText(hostile.locator('#doc-name'), HOSTILE);
  expect(await hostile.locator('#docx-link').count()).toBe(0); // made without a copy
  await expectText(hostile.locator('.gdoc .page'), (text) => text.includes(`<script>window.__pwned=2</script>${HOSTILE}`));
  expect(
    await hostile.evaluate(() => [
      document.querySelectorAll('.gdoc img, .gdoc script, #doc-name img').length,
      (window as { __pwned?: number }).__pwned ?? 0,
    ]),
  ).toEqual([0, 0]);
  await hostile.close();

  // The charts of «Мониторинг», drawn over the grid.
  await page.click('.tab:has-text("Мониторинг")');
  const charts = page.locator('#grid-wrap .chart');
  await charts.nth(2).waitFor();
  expect(await charts.evaluateAll((nodes) => nodes.map((n) => (n as HTMLElement).dataset.type))).toEqual([
    'PIE',
    'COLUMN',
    'BAR',
  ]);
  const pie = charts.nth(0);
  await expectText(pie.locator('.chart-title'), 'Пары и группы по статусу');
  expect(await pie.locator('.slice').count()).toBe(3);
  expect(await shownTexts(pie.locator('.legend text'))).toEqual(['действует', 'завершена', 'прекращена']);
  expect(await pie.locator('.slices text').allTextContents()).toEqual(['62,5%', '25%', '12,5%']);
  const columns = charts.nth(1);
  expect(await columns.locator('.bar').count()).toBe(4);
  expect(await shownTexts(columns.locator('.legend text'))).toEqual(['В начале программы', 'По завершении программы']);
  expect(await columns.locator('.bar title').first().textContent()).toBe('Наставляемые — В начале программы: 7,5');
  const barChart = charts.nth(2);
  expect(await barChart.locator('.bar').count()).toBe(6);
  expect(await shownTexts(barChart.locator('.bars > text'))).toEqual(['до 25 лет', '25–35 лет', '36–50 лет']);

  await showFiles(page);
  mkdirSync(OUTPUT, { recursive: true });
  await page.screenshot({ path: join(OUTPUT, 'playground-files.png') });
  expect(errors).toEqual([]);
});

test("the form page's refusals are Russian; a failing trigger keeps the response and is reported", () => {
  // The real add-on, except that its form-submit handler fails.
  const buildDir = mkdtempSync(join(tmpdir(), 'playground-build-'));
  try {
    for (const file of ['Code.js', 'Sidebar.html', 'appsscript.json']) copyFileSync(join(BUILD, file), join(buildDir, file));
    appendFileSync(join(buildDir, 'Code.js'), "\nfunction onFormSubmitted() { throw new Error('Сбой обработчика анкет'); }\n");
    const engine = new Engine({ buildDir, stateFile: null, responder: () => ({ button: 'OK' }), realClock: false });
    expect(engine.open().ok).toBe(true);
    expect(engine.run('runCreateQuestionnaires').ok).toBe(true);
    const formId = engine.files().find((f) => f.name === 'Анкета наставника')!.id;
    const form = engine.form(formId)!;
    expect(engine.form(form.publishedId)?.id).toBe(formId);
    const item = (title: string) => form.items.find((i) => i.title.startsWith(title))!;

    const refused = engine.submitForm({
      formId,
      email: 'a.petrov@school7.example',
      answers: { [item('Фамилия').id]: 'Петров Антон Ильич' },
    });
    expect(refused).toEqual({
      ok: false,
      error: { name: 'FormSubmitError', message: expect.stringMatching(/^Нет ответа на обязательные вопросы: «Должность», /) },
    });
    const noEmail = engine.submitForm({ formId, answers: {} });
    expect(noEmail.ok || noEmail.error.message).toBe('Укажите действительный адрес электронной почты.');

    const answers: Record<string, string | string[]> = {};
    for (const i of form.items) {
      if (!i.required && i.type !== 'DATE') continue;
      if (i.type === 'TEXT') answers[i.id] = i.title.startsWith('Фамилия') ? 'Петров Антон Ильич' : '12';
      else if (i.type === 'LIST' || i.type === 'MULTIPLE_CHOICE') answers[i.id] = i.choices[0];
      else if (i.type === 'CHECKBOX') answers[i.id] = [i.choices[0], 'Свой вариант'];
      else if (i.type === 'DATE') answers[i.id] = '2026-05-20';
    }
    const done = engine.submitForm({ formId, email: 'a.petrov@school7.example', answers });
    expect(done.ok).toBe(true);
    const value = (done as { value: FormSubmitted }).value;
    expect(value.row).toBe(2);
    expect(value.triggerError?.message).toBe('Сбой обработчика анкет');
    const stored = engine.emulator.state.forms.forms[formId].responses;
    expect(stored).toHaveLength(1);
    expect(stored[0].answers.find((a) => a.itemId === item('Дата прохождения').id)?.response).toBe('2026-05-20');
    expect(stored[0].answers.find((a) => a.itemId === item('В каких вопросах').id)?.response).toEqual([
      answers[item('В каких вопросах').id][0],
      'Свой вариант',
    ]);
  } finally {
    rmSync(buildDir, { recursive: true, force: true });
  }
});
