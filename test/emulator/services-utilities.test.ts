import * as vm from 'node:vm';
import { Env, GasException } from '../../emulator/core';
import { createUtilities, newUtilitiesState } from '../../emulator/services/utilities';
import { createSession, newSessionState } from '../../emulator/services/session';
import type { SessionPort, UtilitiesPort } from '../../src/gas/ports';

function utilities(seed?: number) {
  const env = new Env();
  const state = newUtilitiesState(seed);
  const u: UtilitiesPort = env.expose(createUtilities(env, state));
  return { env, state, u };
}

// 2026-09-01 09:05:09.045 in Moscow, a Tuesday.
const SEPT_1 = new Date(Date.UTC(2026, 8, 1, 6, 5, 9, 45));

describe('Utilities.formatDate: pattern letters (Europe/Moscow)', () => {
  const { u } = utilities();
  const cases: [string, string][] = [
    ['yyyy', '2026'],
    ['yy', '26'],
    ['y', '2026'],
    ['yyyyy', '02026'],
    ['M', '9'],
    ['MM', '09'],
    ['MMM', 'Sep'],
    ['MMMM', 'September'],
    ['d', '1'],
    ['dd', '01'],
    ['D', '244'],
    ['H', '9'],
    ['HH', '09'],
    ['h', '9'],
    ['hh', '09'],
    ['k', '9'],
    ['K', '9'],
    ['a', 'AM'],
    ['m', '5'],
    ['mm', '05'],
    ['s', '9'],
    ['ss', '09'],
    ['S', '45'],
    ['SSS', '045'],
    ['E', 'Tue'],
    ['EEE', 'Tue'],
    ['EEEE', 'Tuesday'],
    ['u', '2'],
    ['G', 'AD'],
    ['Z', '+0300'],
    ['X', '+03'],
    ['XX', '+0300'],
    ['XXX', '+03:00'],
    ['z', 'MSK'],
    ['zzzz', 'Moscow Standard Time'],
    ["dd.MM.yyyy 'г.'", '01.09.2026 г.'],
    ["hh 'o''clock' a", "09 o'clock AM"],
    ["''", "'"],
    ["yyyy-MM-dd'T'HH:mm:ssXXX", '2026-09-01T09:05:09+03:00'],
    ['dd.MM.yyyy HH:mm', '01.09.2026 09:05'],
    ['EEE, d MMM yyyy HH:mm:ss Z', 'Tue, 1 Sep 2026 09:05:09 +0300'],
  ];
  test.each(cases)('%s', (pattern, expected) => {
    expect(u.formatDate(SEPT_1, 'Europe/Moscow', pattern)).toBe(expected);
  });

  test('12- and 24-hour clocks around noon and midnight', () => {
    const afternoon = new Date(Date.UTC(2026, 8, 1, 12, 0)); // 15:00 MSK
    expect(u.formatDate(afternoon, 'Europe/Moscow', 'h hh a H k K')).toBe('3 03 PM 15 15 3');
    const midnight = new Date(Date.UTC(2026, 8, 1, 21, 0)); // 00:00 MSK on 2 September
    expect(u.formatDate(midnight, 'Europe/Moscow', 'dd h a H k K')).toBe('02 12 AM 0 24 0');
    const noon = new Date(Date.UTC(2026, 8, 1, 9, 0));
    expect(u.formatDate(noon, 'Europe/Moscow', 'h a')).toBe('12 PM');
  });

  test('week fields follow Java US rules', () => {
    // Tuesday 29 December 2026: its week (27 Dec - 2 Jan) holds 1 January, so it is week 1 of 2027.
    const d = new Date(Date.UTC(2026, 11, 29, 12));
    expect(u.formatDate(d, 'UTC', 'YYYY ww W F D')).toBe('2027 01 5 5 363');
    expect(u.formatDate(d, 'UTC', 'yyyy')).toBe('2026');
  });
});

describe('Utilities.formatDate: zones', () => {
  const { u } = utilities();
  const pattern = 'yyyy-MM-dd HH:mm:ss Z z';

  test('Moscow midnight of 2026-03-29 in three zones', () => {
    const d = new Date('2026-03-28T21:00:00Z');
    expect(u.formatDate(d, 'Europe/Moscow', pattern)).toBe('2026-03-29 00:00:00 +0300 MSK');
    expect(u.formatDate(d, 'Asia/Yekaterinburg', pattern)).toBe('2026-03-29 02:00:00 +0500 YEKT');
    expect(u.formatDate(d, 'UTC', pattern)).toBe('2026-03-28 21:00:00 +0000 UTC');
  });

  test('2026-03-29, when Europe moves clocks forward, Moscow stays at +03:00', () => {
    const before = new Date('2026-03-29T00:30:00Z');
    const after = new Date('2026-03-29T01:30:00Z');
    expect(u.formatDate(before, 'Europe/Moscow', pattern)).toBe('2026-03-29 03:30:00 +0300 MSK');
    expect(u.formatDate(after, 'Europe/Moscow', pattern)).toBe('2026-03-29 04:30:00 +0300 MSK');
    expect(u.formatDate(before, 'Europe/Berlin', pattern)).toBe('2026-03-29 01:30:00 +0100 CET');
    expect(u.formatDate(after, 'Europe/Berlin', pattern)).toBe('2026-03-29 03:30:00 +0200 CEST');
    expect(u.formatDate(after, 'Asia/Yekaterinburg', pattern)).toBe('2026-03-29 06:30:00 +0500 YEKT');
  });

  test('no summer time in Moscow, and history is honoured (+04:00 in 2013)', () => {
    expect(u.formatDate(new Date('2026-07-15T12:00:00Z'), 'Europe/Moscow', 'HH:mm XXX')).toBe('15:00 +03:00');
    expect(u.formatDate(new Date('2013-01-01T12:00:00Z'), 'Europe/Moscow', 'HH:mm XXX')).toBe('16:00 +04:00');
  });

  test('UTC gives Z for X; custom GMT offsets; unknown zones fall back to GMT as in Java', () => {
    expect(u.formatDate(SEPT_1, 'UTC', 'HH:mm X XXX')).toBe('06:05 Z Z');
    expect(u.formatDate(SEPT_1, 'GMT+05:30', 'HH:mm X XX XXX z')).toBe('11:35 +05 +0530 +05:30 GMT+05:30');
    expect(u.formatDate(SEPT_1, 'Mars/Olympus', 'HH:mm Z z')).toBe('06:05 +0000 GMT');
  });
});

describe('Utilities.formatDate: errors and realms', () => {
  const { u } = utilities();

  test('unknown letters and unterminated quotes throw', () => {
    expect(() => u.formatDate(SEPT_1, 'UTC', 'yyyy q')).toThrow("Illegal pattern character 'q'");
    expect(() => u.formatDate(SEPT_1, 'UTC', "'open")).toThrow('Unterminated quote');
  });

  test('a non-Date throws the signature error', () => {
    expect(() => u.formatDate('2026-09-01' as unknown as Date, 'UTC', 'yyyy')).toThrow(GasException);
    expect(() => u.formatDate('2026-09-01' as unknown as Date, 'UTC', 'yyyy')).toThrow(
      "The parameters (String,String,String) don't match the method signature for Utilities.formatDate.",
    );
  });

  test('a Date of another realm (the add-on vm) is accepted', () => {
    const foreign = vm.runInNewContext('new Date(Date.UTC(2026, 8, 1, 6, 5, 9, 45))') as Date;
    expect(foreign instanceof Date).toBe(false);
    expect(u.formatDate(foreign, 'Europe/Moscow', 'dd.MM.yyyy HH:mm')).toBe('01.09.2026 09:05');
  });
});

describe('Utilities.getUuid and sleep', () => {
  const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

  test('v4 shape, unique, reproducible from the seed', () => {
    const a = utilities(7);
    const b = utilities(7);
    const c = utilities(8);
    const ids = Array.from({ length: 1000 }, () => a.u.getUuid());
    for (const id of ids) expect(id).toMatch(UUID_V4);
    expect(new Set(ids).size).toBe(1000);
    expect(Array.from({ length: 1000 }, () => b.u.getUuid())).toEqual(ids);
    expect(c.u.getUuid()).not.toBe(ids[0]);
    expect(a.state.uuidCount).toBe(1000);
  });

  test('the sequence continues after the state is saved and reloaded', () => {
    const a = utilities(3);
    a.u.getUuid();
    const saved = JSON.parse(JSON.stringify(a.state));
    const env = new Env();
    const reloaded = createUtilities(env, saved);
    expect(reloaded.getUuid()).toBe(a.u.getUuid());
  });

  test('sleep moves the emulated clock only', () => {
    const { u, env } = utilities();
    const t0 = env.clock.now();
    const real0 = Date.now();
    u.sleep(120_000);
    expect(env.clock.now() - t0).toBe(120_000);
    expect(Date.now() - real0).toBeLessThan(1000);
    expect(env.counter.get('Utilities.sleep')).toBe(1);
  });
});

describe('Session', () => {
  test('user, zone, locale and a stable temporary key', () => {
    const env = new Env();
    const state = newSessionState();
    const session: SessionPort = env.expose(createSession(env, state));
    expect(session.getActiveUser().getEmail()).toBe('curator@school.example');
    expect(session.getEffectiveUser().getEmail()).toBe('curator@school.example');
    expect(session.getScriptTimeZone()).toBe('Europe/Moscow');
    expect(session.getActiveUserLocale()).toBe('ru');
    const key = session.getTemporaryActiveUserKey();
    expect(key).toMatch(/^[A-Za-z0-9_-]{20,}$/);
    expect(session.getTemporaryActiveUserKey()).toBe(key);
    state.activeUserEmail = '';
    expect(session.getActiveUser().getEmail()).toBe('');
    expect(env.counter.get('User.getEmail')).toBe(3);
  });

  test('another user has another key', () => {
    const a = createSession(new Env({ userEmail: 'a@school.example' }), newSessionState());
    const b = createSession(new Env({ userEmail: 'b@school.example' }), newSessionState());
    expect(a.getTemporaryActiveUserKey()).not.toBe(b.getTemporaryActiveUserKey());
  });
});
