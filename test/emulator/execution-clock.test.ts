import { EXCEEDED_MESSAGE, Emulator } from '../../emulator';

const code = `
  function work(n) {
    var props = PropertiesService.getScriptProperties();
    for (var i = 0; i < n; i++) props.setProperty('done', String(i + 1));
    return Date.now();
  }
  function tick() { PropertiesService.getScriptProperties().setProperty('ticked', 'yes'); }
`;

describe('emulated execution time', () => {
  test('each call costs emulated time; past the limit the execution stops at that call, as Apps Script stops it', () => {
    const emu = new Emulator().load(code);
    emu.executionClock = { callCostMs: 1000, limitMs: 10_000 };
    const start = emu.env.clock.now();
    expect(() => emu.call('work', [100])).toThrow(EXCEEDED_MESSAGE);
    // getScriptProperties + setProperty calls: the 11th call passes 10 s and is refused.
    expect(emu.state.properties.script.done).toBe('9');
    expect(emu.env.clock.now() - start).toBe(11_000);
    // The next execution has its own 10 s.
    expect(emu.call('work', [3])).toBe(emu.env.clock.now());
  });

  test('due one-off time-driven triggers run without a UI, once', () => {
    const emu = new Emulator().load(code);
    emu.globals.ScriptApp.newTrigger('tick').timeBased().after(60_000).create();
    expect(emu.runDueClockTriggers()).toEqual([]);
    emu.env.clock.advance(60_000);
    expect(emu.runDueClockTriggers()).toEqual(['tick']);
    expect(emu.state.properties.script.ticked).toBe('yes');
    expect(emu.runDueClockTriggers()).toEqual([]);
  });
});

describe('onCall, the test hook between two calls of an execution', () => {
  test('runs before each call with its key and place, lets a test act in between, and does not call itself again', () => {
    const emu = new Emulator().load(code);
    const seen: string[] = [];
    emu.onCall = ({ key, index }) => {
      seen.push(`${index} ${key}`);
      // Someone else writes between the add-on's calls; its own calls do not reach the hook.
      if (index === 2) emu.globals.PropertiesService.getScriptProperties().setProperty('other', 'typed');
    };
    emu.call('work', [2]);
    expect(seen).toEqual(['1 PropertiesService.getScriptProperties', '2 Properties.setProperty', '3 Properties.setProperty']);
    expect(emu.state.properties.script).toMatchObject({ done: '2', other: 'typed' });
    // Each execution counts from 1.
    seen.length = 0;
    emu.call('tick');
    expect(seen[0]).toBe('1 PropertiesService.getScriptProperties');
    emu.onCall = null;
  });
});
