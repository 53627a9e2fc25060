/**
 * Every user action (menu items, sidebar calls, triggers), stopped at service calls spread
 * over its whole run — Apps Script stops an execution wherever it is — and then run again,
 * ends in the same state as one run never stopped: the same sheets, live files, forms,
 * triggers and properties (no duplicate file, form, row, number or trigger, nothing
 * half-written). The figures (actions, runs, inconsistent endings) are printed.
 */
import { Emulator } from '../../emulator';
import { ACTIONS, type ActionCase, budgetRegister, MORE_ACTIONS } from '../../scripts/actionBudgets';
import { type Ending, ending } from './stopAnywhere';

jest.setTimeout(20 * 60_000);

/** Stop points per action: spread evenly over its calls, the first and the last included. */
const STOPS_PER_ACTION = 8;
const UNLIMITED = { callCostMs: 0, limitMs: 6 * 60 * 1000 };

const snapshot = budgetRegister(5);

function fresh(): Emulator {
  return new Emulator({ snapshot }).load();
}

/** Call numbers to stop at, 1 … calls. */
function stopPoints(calls: number): number[] {
  const points = new Set<number>([1, calls]);
  for (let i = 1; i < STOPS_PER_ACTION - 1; i++) points.add(Math.max(1, Math.round((i * calls) / (STOPS_PER_ACTION - 1))));
  return [...points].sort((a, b) => a - b);
}

/** What differs between two endings, as short lines (empty: the same). */
function differences(expected: Ending, actual: Ending): string[] {
  const out: string[] = [];
  for (const key of ['files', 'forms', 'triggers', 'properties'] as const) {
    if (JSON.stringify(expected[key]) !== JSON.stringify(actual[key]))
      out.push(`${key}: ${JSON.stringify(expected[key])} ≠ ${JSON.stringify(actual[key])}`);
  }
  const names = new Set([...Object.keys(expected.sheets), ...Object.keys(actual.sheets)]);
  for (const name of names) {
    const a = expected.sheets[name] ?? [];
    const b = actual.sheets[name] ?? [];
    if (JSON.stringify(a) === JSON.stringify(b)) continue;
    const row = Array.from({ length: Math.max(a.length, b.length) }, (_, i) => i).find(
      (i) => JSON.stringify(a[i]) !== JSON.stringify(b[i]),
    )!;
    out.push(`«${name}» row ${row + 1}: ${JSON.stringify(a[row] ?? null)} ≠ ${JSON.stringify(b[row] ?? null)}`);
  }
  return out;
}

interface Outcome {
  action: string;
  stopAt: number;
  differences: string[];
}

/**
 * Runs the action; a refusal in Russian (nothing to make, already done) is an ending like any
 * other — the state is what is compared — while any other error fails the test.
 */
function run(action: ActionCase, emu: Emulator): void {
  try {
    action.run(emu);
  } catch (error) {
    if (!/[а-яё]/i.test(String(error))) throw error;
  }
  emu.state.ui.script.length = 0;
}

function tryAction(action: ActionCase): { calls: number; outcomes: Outcome[] } {
  const reference = fresh();
  reference.resetCounts();
  run(action, reference);
  const calls = reference.totalCalls();
  const expected = ending(reference);
  const outcomes: Outcome[] = [];
  for (const stopAt of stopPoints(calls)) {
    const emu = fresh();
    emu.executionClock = { callCostMs: 1000, limitMs: stopAt * 1000 - 1 };
    try {
      run(action, emu);
    } catch (error) {
      if (!String(error).includes('Exceeded maximum execution time')) throw error;
      emu.state.ui.script.length = 0;
    }
    emu.executionClock = UNLIMITED;
    // Run again after it took effect, a sidebar call may refuse in Russian (e.g. «already
    // extended»): the state still has to be the one run's.
    run({ ...action, run: action.again ?? action.run }, emu);
    outcomes.push({ action: action.name, stopAt, differences: differences(expected, ending(emu)) });
  }
  return { calls, outcomes };
}

test('every action stopped anywhere and run again ends as one uninterrupted run', () => {
  const all = [...ACTIONS, ...MORE_ACTIONS];
  const outcomes = all.flatMap((action) => tryAction(action).outcomes);
  const inconsistent = outcomes.filter((o) => o.differences.length);
  console.log(
    `stop-anywhere: ${all.length} actions, ${outcomes.length} stopped runs, inconsistent endings: ${inconsistent.length}`,
  );
  expect(inconsistent.map((o) => `${o.action} (stopped at call ${o.stopAt}): ${o.differences.join('; ')}`)).toEqual([]);
});
