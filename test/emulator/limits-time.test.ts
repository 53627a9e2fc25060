/**
 * Time limits of one execution: 6 minutes (quotas page, «Script runtime») and 30 seconds for a
 * simple trigger (triggers guide, «Restrictions»). Time is emulated: each service call costs
 * `executionClock.callCostMs` and Utilities.sleep moves the clock.
 */
import { EXCEEDED_MESSAGE, EXECUTION_LIMIT_MS, Emulator, SIMPLE_TRIGGER_LIMIT_MS } from '../../emulator';

const code = `
  function tick(n) {
    var props = PropertiesService.getDocumentProperties();
    for (var i = 0; i < n; i++) props.setProperty('ticks', String(i + 1));
  }
  function onOpen(e) { tick(1000); }
  function onEdit(e) { tick(1000); }
  function onInstall(e) { tick(1000); }
  function sleepy(minutes) {
    for (var i = 0; i < minutes; i++) {
      Utilities.sleep(60000);
      PropertiesService.getDocumentProperties().setProperty('minutes', String(i + 1));
    }
  }
`;

function ticks(emu: Emulator): number {
  return Number(emu.state.properties.document?.ticks ?? 0);
}

describe('one execution', () => {
  test('Google’s figures', () => {
    expect(EXECUTION_LIMIT_MS).toBe(6 * 60_000);
    expect(SIMPLE_TRIGGER_LIMIT_MS).toBe(30_000);
  });

  test('a menu click runs up to 6 minutes and is stopped at the first call past them', () => {
    const emu = new Emulator().load(code);
    expect(() => emu.call('sleepy', [10])).toThrow(EXCEEDED_MESSAGE);
    // A call at 6:00 exactly still runs (the 7th sleep); the next, at 7:00, is refused.
    expect(emu.state.properties.document?.minutes).toBe('6');
    expect(emu.call('sleepy', [5])).toBeUndefined(); // the next execution has 6 minutes of its own
  });

  test.each(['onOpen', 'onEdit', 'onInstall'])('the simple trigger %s is stopped after 30 seconds', (name) => {
    const emu = new Emulator().load(code);
    emu.executionClock = { callCostMs: 100, limitMs: EXECUTION_LIMIT_MS };
    expect(() => emu.call(name, [{}])).toThrow(EXCEEDED_MESSAGE);
    // getDocumentProperties takes the first 100 ms; 299 writes fit in 30 s, the 300th call is past them.
    expect(ticks(emu)).toBe(299);
  });

  test('the same function from a menu click has 6 minutes', () => {
    const emu = new Emulator().load(code);
    emu.executionClock = { callCostMs: 100, limitMs: EXECUTION_LIMIT_MS };
    emu.call('tick', [1000]);
    expect(ticks(emu)).toBe(1000);
  });

  test('a tighter executionClock limit still applies to a simple trigger', () => {
    const emu = new Emulator().load(code);
    emu.executionClock = { callCostMs: 100, limitMs: 10_000 };
    expect(() => emu.call('onOpen', [{}])).toThrow(EXCEEDED_MESSAGE);
    expect(ticks(emu)).toBe(99);
  });
});
