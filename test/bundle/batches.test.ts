import { type Emulator, EXCEEDED_MESSAGE } from '../../emulator';
import { records, schoolWithSettings, fill } from './school';

/** Deterministic pseudo-random numbers (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PEOPLE = 300;

function schoolOf300(): Emulator {
  const emu = schoolWithSettings();
  fill(
    emu,
    'Наставляемые',
    Array.from({ length: PEOPLE }, (_, i) => ({
      ID: `НЯ-${String(i + 1).padStart(4, '0')}`,
      ФИО: `Учитель${i + 1} Без Согласия`,
      Статус: 'ожидает пару',
    })),
  );
  return emu;
}

/** Runs an execution; an execution stopped by the time limit is what the test wants to see. */
function attempt(run: () => void): 'done' | 'stopped' {
  try {
    run();
    return 'done';
  } catch (error) {
    if (String(error).includes(EXCEEDED_MESSAGE)) return 'stopped';
    throw error;
  }
}

function consentDocs(emu: Emulator) {
  return emu.state.drive.files.filter((f) => !f.trashed && f.name.startsWith('Согласие на обработку персональных данных'));
}

describe('a batch of 300 consent documents stopped at random points', () => {
  test.each(Array.from({ length: 20 }, (_, run) => run))(
    'run %i ends with exactly 300 documents, none twice, and a journal',
    (run) => {
      const emu = schoolOf300();
      const next = random(1000 + run);
      // Each service call costs 40–80 ms of emulated time; every execution is stopped after a
      // random 5 s to 400 s (some within the add-on's own 4.5-minute budget, some not).
      const stops: string[] = [];
      let executions = 0;
      const execute = (go: () => void) => {
        emu.executionClock = { callCostMs: 40 + Math.floor(next() * 40), limitMs: 5000 + Math.floor(next() * 395_000) };
        stops.push(attempt(go));
        executions++;
      };
      execute(() => {
        emu.state.ui.script.push({ button: 'OK' });
        emu.call('runDataConsents');
      });
      // An hour passes each time; the continuation trigger fires until the job is done.
      while (Object.keys(emu.state.properties.document ?? {}).some((k) => k.startsWith('batch.'))) {
        expect(executions).toBeLessThan(400);
        emu.env.clock.advance(61 * 60_000);
        execute(() => emu.runDueClockTriggers());
      }
      expect(stops).toContain('stopped');

      const docs = consentDocs(emu);
      expect(docs).toHaveLength(PEOPLE);
      expect(new Set(docs.map((d) => d.name)).size).toBe(PEOPLE);
      const remembered = Object.keys(emu.state.properties.document ?? {}).filter((k) => k.startsWith('doc.dataConsent.'));
      expect(remembered).toHaveLength(PEOPLE);
      // No continuation is left behind.
      expect(emu.state.script.triggers.filter((t) => t.handlerFunction === 'continueBatches')).toHaveLength(0);
      const journal = records(emu, 'Журнал').map((r) => String(r['Подробности']));
      expect(journal.some((line) => line.includes(`готово, документов — ${PEOPLE}`))).toBe(true);
    },
  );
});

test('running the menu item again goes on where the batch stopped, without waiting for the trigger', () => {
  const emu = schoolOf300();
  // Each execution has 40 s of service calls: a few documents each.
  emu.executionClock = { callCostMs: 50, limitMs: 40_000 };
  const progress = () => {
    const raw = emu.state.properties.document?.['batch.docs.dataConsent'];
    return raw ? (JSON.parse(raw) as { done: number }).done : PEOPLE;
  };
  expect(attempt(() => emu.call('runDataConsents'))).toBe('stopped');
  const first = progress();
  expect(first).toBeGreaterThan(0);
  expect(first).toBeLessThan(PEOPLE);
  expect(attempt(() => emu.call('runDataConsents'))).toBe('stopped');
  expect(progress()).toBeGreaterThan(first);
  expect(emu.state.script.triggers.filter((t) => t.handlerFunction === 'continueBatches')).toHaveLength(1);
});
