/**
 * What each AuthMode allows, as Google's guide to Editor add-on authorization tabulates it:
 * NONE builds the menu and uses Utilities and the user's locale; LIMITED also reads and writes the
 * current spreadsheet and properties, but shows no dialog and touches no other file, trigger or
 * identity; FULL is limited only by scopes.
 */
import { allowedInAuthMode, Emulator, gridValues } from '../../emulator';

const code = `
  function menu() {
    SpreadsheetApp.getUi().createAddonMenu().addItem('Открыть', 'open').addSeparator().addToUi();
    return 'menu';
  }
  function attempt(what) {
    try { return 'ok: ' + String(ACTIONS[what]()); } catch (e) { return e.name + ': ' + e.message; }
  }
  var ACTIONS = {
    utilities: function () { return Utilities.formatDate(new Date(0), 'UTC', 'yyyy'); },
    locale: function () { return Session.getActiveUserLocale(); },
    timeZone: function () { return Session.getScriptTimeZone(); },
    user: function () { return Session.getActiveUser().getEmail(); },
    read: function () { return SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange('A1').getValue(); },
    write: function () { SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange('B1').setValue('x'); return 'written'; },
    toast: function () { SpreadsheetApp.getActiveSpreadsheet().toast('Готово'); return 'toast'; },
    properties: function () { return PropertiesService.getDocumentProperties().getProperty('k'); },
    lock: function () { return LockService.getDocumentLock().tryLock(10); },
    alert: function () { return SpreadsheetApp.getUi().alert('Привет'); },
    sidebar: function () { SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutputFromFile('Sidebar')); return 'shown'; },
    triggers: function () { return ScriptApp.getProjectTriggers().length; },
    newTrigger: function () { return ScriptApp.newTrigger('menu').timeBased().after(3600000).create().getUniqueId(); },
    document: function () { return DocumentApp.create('Приказ').getId(); },
    form: function () { return FormApp.create('Анкета').getId(); },
  };
`;

function attempts(mode: 'NONE' | 'LIMITED' | 'FULL'): Record<string, string> {
  const emu = new Emulator().load(code);
  emu.state.ui.script.push({ button: 'OK' });
  const out: Record<string, string> = { menu: String(emu.call('menu', [], { authMode: mode })) };
  for (const what of [
    'utilities',
    'locale',
    'timeZone',
    'user',
    'read',
    'write',
    'toast',
    'properties',
    'lock',
    'alert',
    'sidebar',
    'triggers',
    'newTrigger',
    'document',
    'form',
  ]) {
    out[what] = String(emu.call('attempt', [what], { authMode: mode }));
  }
  return out;
}

const ok = (text: string) => text.startsWith('ok: ') || text === 'menu';

describe('AuthMode.NONE: the menu, Utilities and the locale only', () => {
  const results = attempts('NONE');

  test('allowed', () => {
    expect(Object.keys(results).filter((k) => ok(results[k]))).toEqual(['menu', 'utilities', 'locale']);
  });

  test('a call that needs a scope is refused as an unauthorized call is, naming the scope', () => {
    expect(results.read).toBe(
      'Exception: You do not have permission to call SpreadsheetApp.getActiveSpreadsheet. Required permissions: ' +
        '(https://www.googleapis.com/auth/spreadsheets.currentonly || https://www.googleapis.com/auth/spreadsheets). ' +
        'For more information, see https://developers.google.com/apps-script/guides/support/troubleshooting#authorization-is',
    );
    expect(results.triggers).toMatch(
      /^Exception: You do not have permission to call ScriptApp\.getProjectTriggers\. Required permissions: https:\/\/www\.googleapis\.com\/auth\/script\.scriptapp\./,
    );
  });

  test('properties, though they need no scope, are not there (guessed wording, naming the mode)', () => {
    expect(results.properties).toBe(
      'Exception: You do not have permission to call PropertiesService.getDocumentProperties in AuthMode.NONE.',
    );
  });
});

describe('AuthMode.LIMITED: the current spreadsheet and properties too, no dialogs, no other file, trigger or identity', () => {
  const results = attempts('LIMITED');

  test('allowed', () => {
    expect(Object.keys(results).filter((k) => ok(results[k]))).toEqual([
      'menu',
      'utilities',
      'locale',
      'timeZone',
      'read',
      'write',
      'toast',
      'properties',
      'lock',
    ]);
  });

  test('refused', () => {
    expect(results.user).toMatch(/^Exception: You do not have permission to call Session\.getActiveUser/);
    expect(results.alert).toBe('Exception: You do not have permission to call Ui.alert in AuthMode.LIMITED.');
    expect(results.sidebar).toMatch(/^Exception: You do not have permission to call Ui\.showSidebar\. Required permissions:/);
    expect(results.triggers).toMatch(/^Exception: You do not have permission to call ScriptApp\.getProjectTriggers\./);
    expect(results.newTrigger).toMatch(/^Exception: You do not have permission to call ScriptApp\.newTrigger\./);
    expect(results.document).toMatch(/^Exception: You do not have permission to call DocumentApp\.create\./);
    expect(results.form).toMatch(/^Exception: You do not have permission to call FormApp\.create\./);
  });
});

describe('AuthMode.FULL', () => {
  test('everything here is allowed', () => {
    const results = attempts('FULL');
    expect(Object.keys(results).filter((k) => !ok(results[k]))).toEqual([]);
  });
});

describe('simple triggers run in their AuthMode', () => {
  const triggerCode = `
    function onOpen(e) {
      SpreadsheetApp.getUi().createAddonMenu().addItem('Открыть', 'open').addToUi();
      PropertiesService.getDocumentProperties().setProperty('opened', String(e.authMode));
      DocumentApp.create('Не должен появиться');
    }
    function onInstall(e) { DocumentApp.create('Можно: FULL'); }
  `;

  test('onOpen without an explicit mode is LIMITED: the menu and properties, no document', () => {
    const emu = new Emulator().load(triggerCode);
    expect(() => emu.call('onOpen', [emu.openEvent()])).toThrow(
      /You do not have permission to call DocumentApp\.create\. Required permissions: https:\/\/www\.googleapis\.com\/auth\/documents\./,
    );
    expect(emu.state.ui.menus).toHaveLength(1);
    expect(emu.state.properties.document?.opened).toBe('LIMITED');
    expect(Object.keys(emu.state.docs.documents)).toEqual([]);
  });

  test('onOpen in NONE stops at the properties; onInstall runs in FULL', () => {
    const emu = new Emulator().load(triggerCode);
    expect(() => emu.call('onOpen', [emu.openEvent('NONE')], { authMode: 'NONE' })).toThrow(/AuthMode\.NONE/);
    expect(emu.state.ui.menus).toHaveLength(1);
    expect(emu.state.properties.document).toEqual({});
    emu.call('onInstall', [emu.openEvent('FULL')]);
    expect(Object.values(emu.state.docs.documents).map((d) => d.name)).toEqual(['Можно: FULL']);
  });

  test('a cell written in LIMITED is there', () => {
    const emu = new Emulator().load(code);
    emu.call('attempt', ['write'], { authMode: 'LIMITED' });
    expect(gridValues(emu.state.spreadsheet, 'Лист1', 'B1')).toEqual([['x']]);
  });
});

test('the rule itself, for calls the add-on makes', () => {
  expect(allowedInAuthMode('NONE', 'Menu.addSubMenu')).toBe(true);
  expect(allowedInAuthMode('NONE', 'ScriptApp.getUserTriggers')).toBe(false);
  expect(allowedInAuthMode('LIMITED', 'Range.setValues')).toBe(true);
  expect(allowedInAuthMode('LIMITED', 'Drive.Files.create')).toBe(false);
  expect(allowedInAuthMode('LIMITED', 'DriveApp.getFileById')).toBe(false);
  expect(allowedInAuthMode('LIMITED', 'Session.getTemporaryActiveUserKey')).toBe(false);
  expect(allowedInAuthMode('FULL', 'Drive.Files.create')).toBe(true);
});
