import { ACTIONS, budgetRegister, MORE_ACTIONS } from '../../scripts/actionBudgets';
import { Emulator } from '../../emulator';

/**
 * «Google-true»: every entry point of the add-on — menu items, sidebar calls, simple, form and
 * time-driven triggers — on a register of 5,000 people, with the manifest's scopes checked
 * against Google's reference, every documented limit on, 50 ms a service call against the
 * 6-minute execution and a consumer account's daily quotas. Each action starts from the same
 * register; none may be refused a scope, overfill a property or fail with anything but a
 * Russian message of its own.
 */
const PEOPLE = 5000;
const TOUR = [...ACTIONS, ...MORE_ACTIONS];
const PROPERTY_VALUE_MAX = 9 * 1024;
const PROPERTY_STORE_MAX = 500 * 1024;

const utf8 = (s: string) => Buffer.byteLength(s, 'utf8');

describe(`the tour of every entry point on ${PEOPLE} people`, () => {
  const snapshot = budgetRegister(PEOPLE);
  let largestValue = 0;
  let largestStore = 0;
  /** Global functions the tour ran (menu, sidebar, triggers). */
  const ran = new Set<string>();

  test.each(TOUR.map((a) => [a.name, a] as const))('%s', (_name, action) => {
    const emu = new Emulator({ snapshot }).load();
    const { call, callFromSidebar } = emu;
    emu.call = (name, ...rest) => {
      ran.add(name);
      return call.call(emu, name, ...rest);
    };
    emu.callFromSidebar = (name, ...rest) => {
      ran.add(name);
      return callFromSidebar.call(emu, name, ...rest);
    };
    emu.executionClock = { callCostMs: 50, limitMs: 6 * 60 * 1000 };
    let failure: unknown = null;
    try {
      action.run(emu);
    } catch (error) {
      failure = error;
    }
    expect(emu.scopeRefusals()).toEqual([]);
    // A refusal in the add-on's own words is an answer (e.g. «нет пар»); Google's errors are not.
    if (failure) expect(String((failure as Error).message)).toMatch(/[А-Яа-яЁё]/);
    const { document, script, user } = emu.state.properties;
    for (const store of [document ?? {}, script, ...Object.values(user)]) {
      let total = 0;
      for (const [key, value] of Object.entries(store)) {
        expect({ key, bytes: utf8(value) <= PROPERTY_VALUE_MAX }).toEqual({ key, bytes: true });
        largestValue = Math.max(largestValue, utf8(value));
        total += utf8(key) + utf8(value);
      }
      expect(total).toBeLessThanOrEqual(PROPERTY_STORE_MAX);
      largestStore = Math.max(largestStore, total);
    }
  });

  // Declared after the tour, so it runs after it: every global function of the bundle was run.
  test('the tour ran every global function of the bundle', () => {
    const globals = new Emulator().load().globalNames();
    expect(globals.length).toBeGreaterThan(40);
    expect(globals.filter((name) => !ran.has(name))).toEqual([]);
  });

  afterAll(() => {
    console.log(`tour on ${PEOPLE} people: largest property value ${largestValue} B, largest store ${largestStore} B`);
  });
});
