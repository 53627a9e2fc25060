import { Env, GasException } from '../../emulator/core';
import {
  createScriptApp,
  dueClockTriggers,
  MAX_TRIGGERS_PER_USER,
  newScriptAppState,
  spreadsheetTriggers,
  TOO_MANY_TRIGGERS_MESSAGE,
} from '../../emulator/services/script-app';
import type { ScriptAppPort, SpreadsheetPort } from '../../src/gas/ports';

const spreadsheet = { getId: () => 'sheet-1' } as unknown as SpreadsheetPort;
const otherSpreadsheet = { getId: () => 'sheet-2' } as unknown as SpreadsheetPort;

function setup(userEmail?: string, state = newScriptAppState()) {
  const env = new Env(userEmail ? { userEmail } : {});
  const app: ScriptAppPort = env.expose(createScriptApp(env, state));
  return { env, state, app };
}

describe('ScriptApp enums', () => {
  test('AuthMode, EventType, TriggerSource carry Google member names', () => {
    const { app } = setup();
    expect({ ...app.AuthMode }).toEqual({ NONE: 'NONE', CUSTOM_FUNCTION: 'CUSTOM_FUNCTION', LIMITED: 'LIMITED', FULL: 'FULL' });
    expect(Object.keys(app.EventType)).toEqual(
      expect.arrayContaining(['CLOCK', 'ON_OPEN', 'ON_EDIT', 'ON_FORM_SUBMIT', 'ON_CHANGE']),
    );
    expect(app.EventType.ON_FORM_SUBMIT).toBe('ON_FORM_SUBMIT');
    expect({ ...app.TriggerSource }).toEqual({
      SPREADSHEETS: 'SPREADSHEETS',
      CLOCK: 'CLOCK',
      FORMS: 'FORMS',
      DOCUMENTS: 'DOCUMENTS',
      CALENDAR: 'CALENDAR',
    });
  });
});

describe('triggers', () => {
  test('a form-submit trigger for a spreadsheet', () => {
    const { app, state, env } = setup();
    const t = app.newTrigger('onFormSubmitHandler').forSpreadsheet(spreadsheet).onFormSubmit().create();
    expect(t.getHandlerFunction()).toBe('onFormSubmitHandler');
    expect(t.getEventType()).toBe(app.EventType.ON_FORM_SUBMIT);
    expect(t.getTriggerSource()).toBe(app.TriggerSource.SPREADSHEETS);
    expect(t.getTriggerSourceId()).toBe('sheet-1');
    expect(t.getUniqueId()).toMatch(/^\d+$/);
    expect(state.triggers).toHaveLength(1);
    expect(spreadsheetTriggers(state, 'sheet-1', 'ON_FORM_SUBMIT').map((r) => r.uniqueId)).toEqual([t.getUniqueId()]);
    expect(env.counter.get('SpreadsheetTriggerBuilder.create')).toBe(1);
    expect(JSON.parse(JSON.stringify(state))).toEqual(state);
  });

  test('a clock trigger after(ms) is due at now + ms', () => {
    const { app, state, env } = setup();
    const t = app.newTrigger('later').timeBased().after(60_000).create();
    expect(t.getEventType()).toBe(app.EventType.CLOCK);
    expect(t.getTriggerSource()).toBe(app.TriggerSource.CLOCK);
    expect(t.getTriggerSourceId()).toBeNull();
    expect(dueClockTriggers(state, env.clock.now())).toEqual([]);
    env.clock.advance(60_000);
    expect(dueClockTriggers(state, env.clock.now()).map((r) => r.handlerFunction)).toEqual(['later']);
  });

  test('builders without an event refuse to create', () => {
    const { app } = setup();
    expect(() => app.newTrigger('f').forSpreadsheet(spreadsheet).create()).toThrow(GasException);
    expect(() => app.newTrigger('f').timeBased().create()).toThrow(GasException);
  });

  test("project and user triggers are the current user's; deleteTrigger removes one", () => {
    const state = newScriptAppState();
    const mine = setup('curator@school.example', state);
    const theirs = setup('teacher@school.example', state);
    const a = mine.app.newTrigger('a').forSpreadsheet(spreadsheet).onOpen().create();
    mine.app.newTrigger('b').forSpreadsheet(otherSpreadsheet).onEdit().create();
    mine.app.newTrigger('c').timeBased().after(1000).create();
    theirs.app.newTrigger('d').forSpreadsheet(spreadsheet).onChange().create();

    expect(mine.app.getProjectTriggers().map((t) => t.getHandlerFunction())).toEqual(['a', 'b', 'c']);
    expect(mine.app.getUserTriggers(spreadsheet).map((t) => t.getHandlerFunction())).toEqual(['a']);
    expect(theirs.app.getUserTriggers(spreadsheet).map((t) => t.getHandlerFunction())).toEqual(['d']);

    mine.app.deleteTrigger(a);
    expect(mine.app.getProjectTriggers().map((t) => t.getHandlerFunction())).toEqual(['b', 'c']);
    // a trigger got back from getProjectTriggers deletes just as well
    mine.app.deleteTrigger(mine.app.getProjectTriggers()[0]!);
    expect(state.triggers.map((t) => t.handlerFunction)).toEqual(['c', 'd']);
  });

  test('at most 20 triggers per user; deleting one makes room', () => {
    const state = newScriptAppState();
    const { app } = setup(undefined, state);
    for (let i = 0; i < MAX_TRIGGERS_PER_USER; i++) app.newTrigger(`f${i}`).timeBased().after(1000).create();
    expect(() => app.newTrigger('one-more').forSpreadsheet(spreadsheet).onFormSubmit().create()).toThrow(
      TOO_MANY_TRIGGERS_MESSAGE,
    );
    expect(TOO_MANY_TRIGGERS_MESSAGE).toBe(
      'This script has too many triggers. Triggers must be deleted from the script before more can be added.',
    );
    // another user has a budget of their own
    setup('teacher@school.example', state).app.newTrigger('theirs').timeBased().after(1).create();
    app.deleteTrigger(app.getProjectTriggers()[0]!);
    app.newTrigger('one-more').forSpreadsheet(spreadsheet).onFormSubmit().create();
    expect(app.getProjectTriggers()).toHaveLength(MAX_TRIGGERS_PER_USER);
  });
});
