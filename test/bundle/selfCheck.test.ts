import { DEFAULT_BUILD_DIR, driveFiles, type Emulator, manifestVariant, withoutAdvancedServices } from '../../emulator';
import { loadAddOn, runMenu, runSetup } from './addon';

const SCOPE = (name: string) => `https://www.googleapis.com/auth/${name}`;

/** Runs the menu item and returns its closing dialog's text. */
const selfCheck = (emu: Emulator) => runMenu(emu, 'runGoogleSelfCheck');

/** Nothing of the check stays: no live file on Drive, no trigger, no property of its own. */
function expectNothingLeft(emu: Emulator): void {
  expect(driveFiles(emu.state.drive).filter((f) => !f.trashed && f.name.includes('проверка'))).toEqual([]);
  expect(emu.state.drive.folders.filter((f) => !f.trashed && f.name.includes('проверка'))).toEqual([]);
  expect(emu.state.script.triggers).toEqual([]);
  expect(JSON.stringify(emu.state.properties)).not.toContain('selfCheck');
}

const withoutScope = (scope: string) =>
  manifestVariant((m) => ({ ...m, oauthScopes: m.oauthScopes!.filter((s) => s !== SCOPE(scope)) }), DEFAULT_BUILD_DIR);

describe('«Проверить работу в Google»', () => {
  test('on a healthy deployment every probe passes, each timed, and nothing of the check is left', () => {
    const emu = loadAddOn();
    emu.executionClock = { callCostMs: 50, limitMs: 6 * 60 * 1000 };
    const text = selfCheck(emu);
    const lines = text.split('\n');
    expect(lines[0]).toBe('Всё работает: можно начинать с пункта «Создать или проверить реестр».');
    expect(lines.slice(1).map((l) => l.replace(/ — [\d,]+ с$/, ''))).toEqual([
      '✓ Таблица реестра',
      '✓ Хранилище настроек надстройки',
      '✓ Блокировка документа',
      '✓ Адрес пользователя',
      '✓ Служба Google Drive API',
      '✓ Папка на Диске',
      '✓ Google Документы',
      '✓ Google Формы',
      '✓ Триггеры',
      '✓ Уборка проверочных файлов',
    ]);
    // At 50 ms a call the document probe (create, id, close, get parent, move) takes 0,25 s.
    expect(text).toContain('✓ Google Документы — 0,25 с');
    expectNothingLeft(emu);
  });

  test('it also works on a register in use, and records itself in «Журнал»', () => {
    const emu = loadAddOn();
    runSetup(emu);
    expect(selfCheck(emu)).toContain('Всё работает');
    const journal = emu.state.spreadsheet.sheets.find((s) => s.name === 'Журнал')!;
    expect(JSON.stringify(journal)).toContain('Проверка работы в Google');
  });

  test('without the Advanced Drive service: says so and how to enable it; the rest is still checked', () => {
    const emu = loadAddOn({ buildDir: manifestVariant(withoutAdvancedServices, DEFAULT_BUILD_DIR) });
    const text = selfCheck(emu);
    expect(text).toMatch(/^Найдены проблемы: 1\./);
    expect(text).toContain('✗ Служба Google Drive API: расширенная служба Drive API (v3) не включена');
    expect(text).toContain('– Папка на Диске: не проверено, для этого нужна служба Drive API');
    expect(text).toContain('проверочные документ и форма «Наставничество: проверка 2026-09-01 (можно удалить)» остались в корне');
    expect(text).toMatch(/✓ Google Документы — /);
    expect(text).toMatch(/✓ Триггеры — /);
  });

  test.each([
    ['forms', 'Google Формы', 'FormApp.create'],
    ['documents', 'Google Документы', 'DocumentApp.create'],
    ['script.scriptapp', 'Триггеры', 'ScriptApp.newTrigger'],
    ['drive.file', 'Папка на Диске', 'Drive.Files.create'],
  ])('without the %s scope: the probe names the method and the scope', (scope, probe, method) => {
    const emu = loadAddOn({ buildDir: withoutScope(scope) });
    const text = selfCheck(emu);
    expect(text).toMatch(
      new RegExp(`✗ ${probe}: нет разрешения на ${method} \\(область [^)]*${SCOPE(scope).replace(/\./g, '\\.')}`),
    );
    expect(text).toContain('переустановите дополнение');
    expect(text).toMatch(/✓ Таблица реестра — /);
  });

  test('without userinfo.email: the address is reported, and the dialog still comes', () => {
    const emu = loadAddOn({ buildDir: withoutScope('userinfo.email') });
    expect(selfCheck(emu)).toContain(
      `✗ Адрес пользователя: нет разрешения на Session.getActiveUser (область ${SCOPE('userinfo.email')}`,
    );
  });

  test('documents created today are used up: the quota, and when it comes back', () => {
    const emu = loadAddOn();
    emu.quotas.exhaust('docsCreated');
    const text = selfCheck(emu);
    expect(text).toContain('✗ Google Документы: исчерпана дневная квота Google (docs create)');
    expect(text).toMatch(/✓ Google Формы — /);
    expectNothingLeft(emu);
  });

  test("a time-based trigger already there (an older version's): the trigger limit is explained", () => {
    const emu = loadAddOn();
    emu.globals.ScriptApp.newTrigger('continueBatches')
      .timeBased()
      .after(3600 * 1000)
      .create();
    expect(selfCheck(emu)).toContain('✗ Триггеры: Google не даёт создать ещё один триггер');
  });
});
