/**
 * Daily quotas (quotas page, «Current quotas»): per user, per account kind, each reset 24 hours
 * after its first request; spent ones throw Google's words; counters survive snapshots; tests can
 * spend one at will (`emu.quotas.exhaust`).
 */
import {
  DOCS_CREATE_QUOTA_MESSAGE,
  Emulator,
  PROPERTY_READS_QUOTA_MESSAGE,
  PROPERTY_WRITES_QUOTA_MESSAGE,
  QUOTAS,
  TRIGGER_RUNTIME_QUOTA_MESSAGE,
} from '../../emulator';

const HOUR = 3_600_000;

const code = `
  function makeDocs(n) {
    var made = 0;
    try {
      for (var i = 0; i < n; i++) { DocumentApp.create('Док ' + i); made++; }
    } catch (e) { return made + ' | ' + e.message; }
    return made + ' | ok';
  }
  function props(n) {
    var p = PropertiesService.getScriptProperties();
    for (var i = 0; i < n; i++) p.setProperty('k', String(i));
    return p.getProperty('k');
  }
  function work(minutes) {
    for (var i = 0; i < minutes; i++) {
      Utilities.sleep(60000);
      mark(i + 1);
    }
  }
  function mark(m) { PropertiesService.getScriptProperties().setProperty('minutes', String(m)); }
`;

function docCount(emu: Emulator): number {
  return Object.keys(emu.state.docs.documents).length;
}

describe('the figures, from Google’s table', () => {
  test('consumer and Workspace', () => {
    expect(QUOTAS.docsCreated).toMatchObject({ consumer: 250, workspace: 1500 });
    expect(QUOTAS.propertiesReadWrite).toMatchObject({ consumer: 50_000, workspace: 500_000 });
    expect(QUOTAS.triggerRuntimeMs).toMatchObject({ consumer: 90 * 60_000, workspace: 6 * HOUR });
    expect(new Emulator().quotas.account).toBe('consumer');
    expect(new Emulator({ account: 'workspace' }).quotas.limit('docsCreated')).toBe(1500);
  });
});

describe('documents created', () => {
  test('250 a day on a consumer account, then Google’s words; the same day stays spent, 24 h after the first it is renewed', () => {
    const emu = new Emulator({ now: new Date('2026-09-01T20:00:00+03:00') }).load(code);
    expect(emu.call('makeDocs', [100])).toBe('100 | ok');
    emu.env.clock.advance(2 * HOUR);
    expect(emu.call('makeDocs', [200])).toBe(`150 | ${DOCS_CREATE_QUOTA_MESSAGE}`);
    expect(DOCS_CREATE_QUOTA_MESSAGE).toBe('Service invoked too many times for one day: docs create.');
    expect(docCount(emu)).toBe(250);
    expect(emu.quotas.remaining('docsCreated')).toBe(0);
    // Past midnight is not a new day for the quota: 24 hours from the first document are.
    emu.env.clock.set(new Date('2026-09-02T19:59:59+03:00'));
    expect(emu.call('makeDocs', [1])).toBe(`0 | ${DOCS_CREATE_QUOTA_MESSAGE}`);
    emu.env.clock.advance(1000);
    expect(emu.call('makeDocs', [1])).toBe('1 | ok');
    expect(emu.quotas.used('docsCreated')).toBe(1);
    expect(emu.quotas.resetsAt('docsCreated')).toBe(new Date('2026-09-03T20:00:00+03:00').getTime());
  });

  test('1,500 a day on a Workspace account', () => {
    const emu = new Emulator({ account: 'workspace' }).load(code);
    expect(emu.call('makeDocs', [1501])).toBe(`1500 | ${DOCS_CREATE_QUOTA_MESSAGE}`);
  });

  test('a refused call is not counted; another user has a quota of their own', () => {
    const emu = new Emulator().load(code);
    emu.quotas.exhaust('docsCreated');
    expect(emu.call('makeDocs', [3])).toBe(`0 | ${DOCS_CREATE_QUOTA_MESSAGE}`);
    expect(emu.quotas.used('docsCreated')).toBe(250);
    const deputy = new Emulator({ snapshot: emu.snapshot(), userEmail: 'deputy@school.example' }).load(code);
    expect(deputy.call('makeDocs', [3])).toBe('3 | ok');
  });
});

describe('property reads and writes', () => {
  test('each Properties call counts; past 50,000 a day writes and reads are refused', () => {
    const emu = new Emulator().load(code);
    expect(emu.call('props', [10])).toBe('9');
    expect(emu.quotas.used('propertiesReadWrite')).toBe(11); // 10 writes and a read; getScriptProperties is free
    emu.quotas.setUsed('propertiesReadWrite', 49_999);
    expect(() => emu.call('props', [2])).toThrow(PROPERTY_WRITES_QUOTA_MESSAGE);
    expect(emu.state.properties.script.k).toBe('0');
    emu.quotas.setUsed('propertiesReadWrite', 49_999);
    expect(() => emu.call('props', [1])).toThrow(PROPERTY_READS_QUOTA_MESSAGE);
    expect(PROPERTY_WRITES_QUOTA_MESSAGE).toBe('Service invoked too many times for one day: graphite property writes.');
  });
});

describe('triggers’ total run time', () => {
  const triggerRun = { ui: false, trigger: 'installable' as const };

  test('90 minutes a day of trigger executions on a consumer account; menu clicks do not count', () => {
    const emu = new Emulator().load(code);
    for (let i = 0; i < 18; i++) emu.call('work', [5], triggerRun);
    expect(emu.quotas.used('triggerRuntimeMs')).toBe(90 * 60_000);
    expect(() => emu.call('work', [1], triggerRun)).toThrow(TRIGGER_RUNTIME_QUOTA_MESSAGE);
    expect(TRIGGER_RUNTIME_QUOTA_MESSAGE).toBe('Service using too much computer time for one day.');
    emu.call('work', [5]); // a menu click
    expect(emu.state.properties.script.minutes).toBe('5');
    expect(emu.quotas.used('triggerRuntimeMs')).toBe(90 * 60_000);
  });

  test('a trigger is stopped where the day’s run time runs out; simple triggers count too', () => {
    const emu = new Emulator().load(`${code}\nfunction onEdit(e) { Utilities.sleep(20000); mark('edit'); }`);
    emu.quotas.setUsed('triggerRuntimeMs', 87 * 60_000);
    expect(() => emu.call('work', [5], triggerRun)).toThrow(TRIGGER_RUNTIME_QUOTA_MESSAGE);
    expect(emu.state.properties.script.minutes).toBe('3');
    expect(() => emu.call('onEdit', [{}])).toThrow(TRIGGER_RUNTIME_QUOTA_MESSAGE);
    // 24 hours after the first trigger of the window, they run again.
    emu.env.clock.advance(24 * HOUR);
    emu.call('onEdit', [{}]);
    expect(emu.state.properties.script.minutes).toBe('edit');
    expect(emu.quotas.used('triggerRuntimeMs')).toBe(20_000);
  });

  test('6 hours on Workspace', () => {
    const emu = new Emulator({ account: 'workspace' }).load(code);
    emu.quotas.setUsed('triggerRuntimeMs', 90 * 60_000);
    emu.call('work', [5], triggerRun);
    expect(emu.quotas.remaining('triggerRuntimeMs')).toBe(6 * HOUR - 95 * 60_000);
  });
});

describe('snapshots', () => {
  test('keep the counters and the account kind; an option overrides the kind', () => {
    const emu = new Emulator({ account: 'workspace' }).load(code);
    emu.call('makeDocs', [7]);
    const again = new Emulator({ snapshot: emu.snapshot() });
    expect(again.quotas.account).toBe('workspace');
    expect(again.quotas.used('docsCreated')).toBe(7);
    const consumer = new Emulator({ snapshot: emu.snapshot(), account: 'consumer' });
    expect(consumer.quotas.remaining('docsCreated')).toBe(243);
  });

  test('a snapshot from before quotas restores with none used', () => {
    const emu = new Emulator();
    const old = JSON.parse(emu.snapshot());
    delete old.quotas;
    const again = new Emulator({ snapshot: JSON.stringify(old) }).load(code);
    expect(again.quotas.used('docsCreated')).toBe(0);
    expect(again.call('makeDocs', [1])).toBe('1 | ok');
  });
});
