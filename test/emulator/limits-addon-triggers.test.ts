/**
 * An Editor add-on's installable triggers (editor-triggers guide, «Installable triggers in
 * add-ons»): one of each type per user per document, only for its own file, recurring at most
 * hourly; and its time-driven trigger runs with no active spreadsheet (our strict reading).
 */
import {
  ADDON_OTHER_FILE_MESSAGE,
  ADDON_RECURRENCE_MESSAGE,
  addOnTooManyTriggersMessage,
  Emulator,
  NO_UI_MESSAGE,
} from '../../emulator';

const code = `
  function attempt(what) {
    try { return 'ok: ' + ACTIONS[what](); } catch (e) { return e.message; }
  }
  var ACTIONS = {
    inAMinute: function () { return ScriptApp.newTrigger('tick').timeBased().after(60 * 1000).create().getUniqueId(); },
    inTwoHours: function () { return ScriptApp.newTrigger('tick').timeBased().after(2 * 3600 * 1000).create().getUniqueId(); },
    every30Minutes: function () { return ScriptApp.newTrigger('tick').timeBased().everyMinutes(30).create().getUniqueId(); },
    everyHour: function () { return ScriptApp.newTrigger('tick').timeBased().everyHours(1).create().getUniqueId(); },
    onSubmit: function () {
      return ScriptApp.newTrigger('tick').forSpreadsheet(SpreadsheetApp.getActiveSpreadsheet()).onFormSubmit().create().getUniqueId();
    },
    onEditToo: function () {
      return ScriptApp.newTrigger('tick').forSpreadsheet(SpreadsheetApp.getActiveSpreadsheet()).onEdit().create().getUniqueId();
    },
    otherFile: function () { return ScriptApp.newTrigger('tick').forSpreadsheet('another-spreadsheet-id').onEdit().create().getUniqueId(); },
    deleteAll: function () {
      ScriptApp.getProjectTriggers().forEach(function (t) { ScriptApp.deleteTrigger(t); });
      return 'deleted';
    },
  };
  function tick(e) {
    var ss = SpreadsheetApp.getActiveSpreadsheet();
    var ui;
    try { SpreadsheetApp.getUi(); ui = 'ui'; } catch (err) { ui = err.message; }
    PropertiesService.getScriptProperties().setProperty('seen', (ss === null ? 'no spreadsheet' : ss.getName()) + ' | ' + ui);
  }
`;

const ok = (text: unknown) => String(text).startsWith('ok: ');

describe('one trigger of each type per user per document', () => {
  test('a second time-driven trigger is refused in Google’s words, even after the first has fired, until it is deleted', () => {
    const emu = new Emulator().load(code);
    expect(ok(emu.call('attempt', ['inAMinute']))).toBe(true);
    expect(emu.call('attempt', ['inTwoHours'])).toBe(
      'This add-on has created too many time-based triggers in this document for this Google user account.',
    );
    emu.env.clock.advance(60_000);
    expect(emu.runDueClockTriggers()).toEqual(['tick']);
    expect(emu.call('attempt', ['inTwoHours'])).toBe(addOnTooManyTriggersMessage('CLOCK'));
    emu.call('attempt', ['deleteAll']);
    expect(ok(emu.call('attempt', ['inTwoHours']))).toBe(true);
  });

  test('other types are separate; a second form-submit trigger is refused (guessed words)', () => {
    const emu = new Emulator().load(code);
    expect(ok(emu.call('attempt', ['inAMinute']))).toBe(true);
    expect(ok(emu.call('attempt', ['onSubmit']))).toBe(true);
    expect(ok(emu.call('attempt', ['onEditToo']))).toBe(true);
    expect(emu.call('attempt', ['onSubmit'])).toBe(addOnTooManyTriggersMessage('ON_FORM_SUBMIT'));
    expect(emu.state.script.triggers.map((t) => t.eventType)).toEqual(['CLOCK', 'ON_FORM_SUBMIT', 'ON_EDIT']);
  });

  test('another user of the same spreadsheet has a set of their own', () => {
    const emu = new Emulator().load(code);
    emu.call('attempt', ['onSubmit']);
    const deputy = new Emulator({ snapshot: emu.snapshot(), userEmail: 'deputy@school.example' }).load(code);
    expect(ok(deputy.call('attempt', ['onSubmit']))).toBe(true);
    expect(deputy.state.script.triggers.map((t) => t.owner)).toEqual(['curator@school.example', 'deputy@school.example']);
  });
});

test('an add-on makes triggers only for the file it is used in (guessed words)', () => {
  const emu = new Emulator().load(code);
  expect(emu.call('attempt', ['otherFile'])).toBe(ADDON_OTHER_FILE_MESSAGE);
  expect(emu.state.script.triggers).toEqual([]);
});

describe('at most hourly', () => {
  test('a recurring trigger under an hour is refused in Google’s words; hourly is accepted', () => {
    const emu = new Emulator().load(code);
    expect(emu.call('attempt', ['every30Minutes'])).toBe(ADDON_RECURRENCE_MESSAGE);
    expect(ADDON_RECURRENCE_MESSAGE).toBe('The recurrence interval for an Add-on trigger must be at least one hour.');
    expect(ok(emu.call('attempt', ['everyHour']))).toBe(true);
    emu.env.clock.advance(3_600_000);
    expect(emu.runDueClockTriggers()).toEqual(['tick']);
    emu.env.clock.advance(3_600_000);
    expect(emu.runDueClockTriggers()).toEqual(['tick']);
  });

  test('a one-off trigger a minute ahead is accepted (published add-ons use them)', () => {
    const emu = new Emulator().load(code);
    expect(ok(emu.call('attempt', ['inAMinute']))).toBe(true);
    expect(emu.state.script.triggers[0].dueAt).toBe(emu.env.clock.now() + 60_000);
  });
});

describe('an add-on’s time-driven trigger', () => {
  test('runs without an active spreadsheet and without a user interface', () => {
    const emu = new Emulator().load(code);
    emu.call('attempt', ['inAMinute']);
    emu.env.clock.advance(60_000);
    emu.runDueClockTriggers();
    expect(emu.state.properties.script.seen).toBe(`no spreadsheet | ${NO_UI_MESSAGE}`);
    // A menu click afterwards has both again.
    emu.call('tick');
    expect(emu.state.properties.script.seen).toBe('Реестр наставничества | ui');
  });

  test('a form-submit trigger, being the spreadsheet’s, sees it', () => {
    const emu = new Emulator().load(code);
    emu.call('attempt', ['onSubmit']);
    const form = emu.globals.FormApp.create('Анкета', true);
    form.addTextItem().setTitle('ФИО');
    form.setDestination(emu.globals.FormApp.DestinationType.SPREADSHEET, emu.state.spreadsheet.id);
    emu.submitForm(form.getId(), { ФИО: 'Анна' });
    expect(emu.state.properties.script.seen).toBe(`Реестр наставничества | ${NO_UI_MESSAGE}`);
  });
});
