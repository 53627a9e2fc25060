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
    // 50 ms a call and 2 s a conversion (the assumptions for Drive converting a .docx).
    emu.executionClock = { callCostMs: 50, limitMs: 6 * 60 * 1000, conversionCostMs: 2000 };
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
      '✓ Google Документы (документ из .docx)',
      '✓ Google Формы',
      '✓ Триггеры',
      '✓ Уборка проверочных файлов',
    ]);
    // The document probe: the .docx blob, Drive's conversion into the folder (2 s on top of its
    // call), the file recorded for a later cleanup, then DocumentApp reads it back (openById,
    // getBody, getText): 6 calls, 2,3 s.
    expect(text).toContain('✓ Google Документы (документ из .docx) — 2,30 с');
    // It was made inside the probe folder, by one conversion, and its text arrived.
    const probeDoc = driveFiles(emu.state.drive).find((f) => f.mimeType === 'application/vnd.google-apps.document');
    expect(probeDoc?.name).toBe('Наставничество: проверка 2026-09-01 (можно удалить)');
    const probeFolder = emu.state.drive.folders.find((f) => f.name === probeDoc?.name);
    expect(probeDoc?.parentId).toBe(probeFolder?.id);
    expect(emu.counts()['Drive.Files.create']).toBe(2); // the folder and the document
    expect(emu.counts()['DocumentApp.create']).toBeUndefined();
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
    // The document is made by Drive itself, so without it there is none: only the form is left.
    expect(text).toContain('– Google Документы (документ из .docx): не проверено, для этого нужна служба Drive API');
    expect(text).toContain('проверочная форма «Наставничество: проверка 2026-09-01 (можно удалить)» осталась в корне');
    expect(
      driveFiles(emu.state.drive)
        .filter((f) => !f.trashed && f.name.includes('проверка'))
        .map((f) => f.mimeType),
    ).toEqual(['application/vnd.google-apps.form']);
    expect(text).toMatch(/✓ Триггеры — /);
  });

  test.each([
    ['forms', 'Google Формы', 'FormApp.create'],
    // The Doc is made by Drive (drive.file); reading it back is what needs documents.
    ['documents', 'Google Документы \\(документ из \\.docx\\)', 'DocumentApp.openById'],
    // The probe first looks for a probe trigger a stopped check left.
    ['script.scriptapp', 'Триггеры', 'ScriptApp.getProjectTriggers'],
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

  // A conversion spends a document created and a file converted: either used up stops it.
  test.each([
    ['docsCreated', 'docs create'],
    ['filesConverted', 'file conversion'],
  ] as const)('%s used up today: the conversion names the quota, and when it comes back', (quota, service) => {
    const emu = loadAddOn();
    emu.quotas.exhaust(quota);
    const text = selfCheck(emu);
    expect(text).toContain(
      `✗ Google Документы (документ из .docx): исчерпана дневная квота Google (${service}). Что сделать: продолжите через сутки`,
    );
    expect(text).toMatch(/✓ Google Формы — /);
    expect(text).toMatch(/✓ Уборка проверочных файлов — /);
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
