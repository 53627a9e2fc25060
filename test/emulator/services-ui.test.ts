import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Env, GasException } from '../../emulator/core';
import { createUi, newUiState, NO_UI_MESSAGE, type DialogRequest } from '../../emulator/services/ui';
import { createHtmlService } from '../../emulator/services/html';
import type { HtmlServicePort, UiPort } from '../../src/gas/ports';

function setup(addonName = 'Наставничество') {
  const env = new Env();
  const state = newUiState();
  const ui: UiPort = env.expose(createUi(env, state, { addonName }));
  return { env, state, ui, raw: ui as unknown as { script: { button: string; text?: string }[] } };
}

describe('Ui enums', () => {
  test('Button and ButtonSet have Google member names as values', () => {
    const { ui } = setup();
    expect({ ...ui.Button }).toEqual({ OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO', CLOSE: 'CLOSE' });
    expect({ ...ui.ButtonSet }).toEqual({
      OK: 'OK',
      OK_CANCEL: 'OK_CANCEL',
      YES_NO: 'YES_NO',
      YES_NO_CANCEL: 'YES_NO_CANCEL',
    });
  });
});

describe('menus', () => {
  test('addToUi records the tree; the add-on menu is titled by the add-on name', () => {
    const { ui, state, env } = setup();
    const sub = ui.createMenu('Отчёты').addItem('За месяц', 'reportMonth');
    ui.createAddonMenu().addItem('Открыть панель', 'showSidebar').addSeparator().addSubMenu(sub).addToUi();
    expect(state.menus).toEqual([
      {
        caption: 'Наставничество',
        addon: true,
        items: [
          { kind: 'item', caption: 'Открыть панель', functionName: 'showSidebar' },
          { kind: 'separator' },
          { kind: 'submenu', caption: 'Отчёты', items: [{ kind: 'item', caption: 'За месяц', functionName: 'reportMonth' }] },
        ],
      },
    ]);
    expect(env.counter.get('Menu.addItem')).toBe(2);
    expect(env.counter.get('Ui.createAddonMenu')).toBe(1);
    expect(JSON.parse(JSON.stringify(state))).toEqual(state); // plain, serialisable
  });

  test('adding the same menu again replaces it; other menus stay', () => {
    const { ui, state } = setup();
    ui.createAddonMenu().addItem('Старое', 'old').addToUi();
    ui.createMenu('Другое').addItem('X', 'x').addToUi();
    ui.createAddonMenu().addItem('Новое', 'fresh').addToUi();
    expect(state.menus.map((m) => m.caption)).toEqual(['Наставничество', 'Другое']);
    expect(state.menus[0]!.items).toEqual([{ kind: 'item', caption: 'Новое', functionName: 'fresh' }]);
  });
});

describe('dialogs', () => {
  test('alert overloads take scripted answers and are logged', () => {
    const { ui, state, raw } = setup();
    raw.script.push({ button: 'OK' }, { button: 'YES' }, { button: 'CANCEL' });
    expect(ui.alert('Готово')).toBe(ui.Button.OK);
    expect(ui.alert('Удалить?', ui.ButtonSet.YES_NO)).toBe(ui.Button.YES);
    expect(ui.alert('Внимание', 'Продолжить?', ui.ButtonSet.OK_CANCEL)).toBe(ui.Button.CANCEL);
    expect(state.dialogs).toEqual([
      { kind: 'alert', title: '', prompt: 'Готово', buttons: 'OK', answer: { button: 'OK' } },
      { kind: 'alert', title: '', prompt: 'Удалить?', buttons: 'YES_NO', answer: { button: 'YES' } },
      { kind: 'alert', title: 'Внимание', prompt: 'Продолжить?', buttons: 'OK_CANCEL', answer: { button: 'CANCEL' } },
    ]);
    expect(state.script).toEqual([]);
  });

  test('prompt overloads return a PromptResponse', () => {
    const { ui, state, raw, env } = setup();
    raw.script.push({ button: 'OK', text: 'Иванова' }, { button: 'CLOSE' }, { button: 'NO', text: 'x' });
    const r1 = ui.prompt('Фамилия?');
    expect(r1.getResponseText()).toBe('Иванова');
    expect(r1.getSelectedButton()).toBe(ui.Button.OK);
    const r2 = ui.prompt('Фамилия?', ui.ButtonSet.OK_CANCEL);
    expect(r2.getSelectedButton()).toBe(ui.Button.CLOSE); // the close box is always there
    expect(r2.getResponseText()).toBe('');
    const r3 = ui.prompt('Заголовок', 'Текст', ui.ButtonSet.YES_NO_CANCEL);
    expect(r3.getSelectedButton()).toBe(ui.Button.NO);
    expect(state.dialogs.map((d) => [d.kind, d.title, d.buttons])).toEqual([
      ['prompt', '', 'OK'],
      ['prompt', '', 'OK_CANCEL'],
      ['prompt', 'Заголовок', 'YES_NO_CANCEL'],
    ]);
    expect(env.counter.get('PromptResponse.getResponseText')).toBe(2);
  });

  test('a dialog without a scripted answer fails clearly, and is still logged', () => {
    const { ui, state } = setup();
    expect(() => ui.alert('Удалить строку?', ui.ButtonSet.YES_NO)).toThrow(
      /no scripted answer for alert "Удалить строку\?".*ui\.script\.push/,
    );
    expect(state.dialogs).toEqual([{ kind: 'alert', title: '', prompt: 'Удалить строку?', buttons: 'YES_NO', answer: null }]);
  });

  test('an answer that is not a button of the set is a test error', () => {
    const { ui, raw } = setup();
    raw.script.push({ button: 'YES' });
    expect(() => ui.alert('Готово')).toThrow(/YES is not a button/);
  });

  test('a custom responder replaces the script', () => {
    const env = new Env();
    const state = newUiState();
    const seen: DialogRequest[] = [];
    const ui = env.expose(
      createUi(env, state, {
        addonName: 'A',
        responder: (req) => {
          seen.push(req);
          return { button: 'OK', text: 'из плейграунда' };
        },
      }),
    );
    expect(ui.prompt('Имя?').getResponseText()).toBe('из плейграунда');
    expect(seen).toEqual([{ kind: 'prompt', title: '', prompt: 'Имя?', buttons: 'OK' }]);
  });
});

describe('context without a user interface', () => {
  test('the factory and the Ui throw Google error when uiAvailable is false', () => {
    const env = new Env();
    const state = newUiState();
    const ui = env.expose(createUi(env, state, { addonName: 'A' }));
    state.uiAvailable = false;
    expect(() => createUi(env, state, { addonName: 'A' })).toThrow(GasException);
    expect(() => createUi(env, state, { addonName: 'A' })).toThrow(NO_UI_MESSAGE);
    expect(NO_UI_MESSAGE).toBe('Cannot call SpreadsheetApp.getUi() from this context.');
    expect(() => ui.alert('x')).toThrow(NO_UI_MESSAGE);
    expect(() => ui.createAddonMenu()).toThrow(NO_UI_MESSAGE);
  });
});

describe('HtmlService and sidebar', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'emu-html-'));
  fs.writeFileSync(path.join(dir, 'Sidebar.html'), '<!DOCTYPE html><title>ignored</title><p>Привет</p>');
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('reads <buildDir>/<name>.html with or without the suffix', () => {
    const env = new Env();
    const html: HtmlServicePort = env.expose(createHtmlService(dir));
    const a = html.createHtmlOutputFromFile('Sidebar');
    const b = html.createHtmlOutputFromFile('Sidebar.html');
    expect(a.getContent()).toContain('<p>Привет</p>');
    expect(b.getContent()).toBe(a.getContent());
    expect(a.getTitle()).toBe(''); // the <title> element is ignored
    expect(a.setTitle('Наставничество').getTitle()).toBe('Наставничество');
    expect(env.counter.get('HtmlService.createHtmlOutputFromFile')).toBe(2);
  });

  test('a missing file throws Google error', () => {
    const html = createHtmlService(dir);
    expect(() => html.createHtmlOutputFromFile('Dialog')).toThrow('No HTML file named Dialog was found.');
    expect(() => html.createHtmlOutputFromFile('Dialog.html')).toThrow('No HTML file named Dialog was found.');
    expect(() => html.createHtmlOutputFromFile('../etc/passwd')).toThrow(/No HTML file named/);
  });

  test('showSidebar records title and content', () => {
    const { ui, state, env } = setup();
    const html = env.expose(createHtmlService(dir));
    ui.showSidebar(html.createHtmlOutputFromFile('Sidebar').setTitle('Панель'));
    expect(state.sidebar).toEqual({ title: 'Панель', content: expect.stringContaining('Привет') });
  });
});
