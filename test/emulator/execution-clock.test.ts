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
