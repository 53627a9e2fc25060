import { Env, GasException } from '../../emulator/core';
import {
  createPropertiesService,
  newPropertiesState,
  PROPERTY_STORE_LIMIT_BYTES,
  PROPERTY_VALUE_LIMIT_BYTES,
  storeBytes,
} from '../../emulator/services/properties';
import {
  createLockService,
  endExecution,
  holdLockElsewhere,
  LOCK_TIMEOUT_MESSAGE,
  newLockState,
  releaseLockElsewhere,
} from '../../emulator/services/lock';
import type { LockServicePort, PropertiesServicePort } from '../../src/gas/ports';

const QUOTA = 'You have exceeded the property storage quota. Please remove some properties and try again.';

function props() {
  const env = new Env();
  const state = newPropertiesState();
  const service: PropertiesServicePort = env.expose(createPropertiesService(env, state));
  return { env, state, service };
}

describe('PropertiesService', () => {
  test('three stores; values are strings; missing keys give null', () => {
    const { service, state, env } = props();
    const doc = service.getDocumentProperties()!;
    doc.setProperty('count', 5 as unknown as string).setProperty('flag', true as unknown as string);
    service.getScriptProperties().setProperty('version', '1');
    service.getUserProperties().setProperty('lang', 'ru');
    expect(doc.getProperty('count')).toBe('5');
    expect(doc.getProperty('flag')).toBe('true');
    expect(doc.getProperty('missing')).toBeNull();
    expect(state).toEqual({
      document: { count: '5', flag: 'true' },
      user: { [env.userEmail]: { lang: 'ru' } },
      script: { version: '1' },
    });
  });

  test('getProperties is a copy; setProperties, getKeys, delete', () => {
    const { service } = props();
    const p = service.getScriptProperties();
    p.setProperties({ a: '1', b: '2', n: 3 as unknown as string });
    const copy = p.getProperties();
    copy.a = 'changed';
    expect(p.getProperty('a')).toBe('1');
    expect(p.getProperties()).toEqual({ a: '1', b: '2', n: '3' });
    expect(p.getKeys().sort()).toEqual(['a', 'b', 'n']);
    p.deleteProperty('a');
    expect(p.getKeys().sort()).toEqual(['b', 'n']);
    p.deleteAllProperties();
    expect(p.getProperties()).toEqual({});
  });

  test('a key like __proto__ is just a key', () => {
    const { service } = props();
    const p = service.getScriptProperties();
    p.setProperty('__proto__', 'x');
    expect(p.getProperty('__proto__')).toBe('x');
    expect(p.getKeys()).toEqual(['__proto__']);
  });

  test('no document: getDocumentProperties is null', () => {
    const env = new Env();
    const service = createPropertiesService(env, newPropertiesState({ hasDocument: false }));
    expect(service.getDocumentProperties()).toBeNull();
  });

  test("a value over 9 KB (9,216 bytes of UTF-8) is refused in Google's words and nothing is written", () => {
    const { service } = props();
    const p = service.getDocumentProperties()!;
    expect(PROPERTY_VALUE_LIMIT_BYTES).toBe(9216);
    p.setProperty('ok', 'x'.repeat(PROPERTY_VALUE_LIMIT_BYTES));
    expect(() => p.setProperty('big', 'x'.repeat(PROPERTY_VALUE_LIMIT_BYTES + 1))).toThrow(new GasException(QUOTA));
    expect(() => p.setProperty('big', 'я'.repeat(5000))).toThrow(QUOTA); // 5000 characters, 10000 bytes in UTF-8
    p.setProperty('cyrillic', 'я'.repeat(4608)); // exactly 9216 bytes
    expect(() => p.setProperties({ small: 'y', big: 'x'.repeat(10_000) })).toThrow(GasException);
    expect(p.getKeys()).toEqual(['ok', 'cyrillic']);
  });

  test('the key does not count toward the 9 KB of its value, but toward the store', () => {
    const { service } = props();
    const p = service.getScriptProperties();
    const longKey = 'k'.repeat(PROPERTY_VALUE_LIMIT_BYTES * 2);
    p.setProperty(longKey, 'v'.repeat(PROPERTY_VALUE_LIMIT_BYTES));
    expect(p.getProperty(longKey)).toHaveLength(PROPERTY_VALUE_LIMIT_BYTES);
    // 512,000 bytes in all: 27,648 used by the pair above, so 484,352 more fit and not one byte over.
    const room = PROPERTY_STORE_LIMIT_BYTES - 3 * PROPERTY_VALUE_LIMIT_BYTES;
    const perKey = 9000 + 4; // 'a' + 3 digits of key, 9000 of value
    let n = 0;
    while ((n + 1) * perKey <= room) p.setProperty(`a${String(n++).padStart(3, '0')}`, 'v'.repeat(9000));
    const left = room - n * perKey;
    expect(() => p.setProperty('z', 'v'.repeat(left))).toThrow(QUOTA); // 1 byte of key too many
    p.setProperty('z', 'v'.repeat(left - 1));
    expect(storeBytes(p.getProperties())).toBe(PROPERTY_STORE_LIMIT_BYTES);
  });

  test('a store over 500 KB is refused; overwriting counts the new value only', () => {
    const { service } = props();
    const p = service.getScriptProperties();
    const value = 'v'.repeat(9000);
    let n = 0;
    expect(() => {
      for (;;) p.setProperty(`k${n++}`, value);
    }).toThrow(QUOTA);
    expect(n).toBe(57); // 56 fit: 56 * 9003 bytes <= 512000 < 57 * 9003
    expect(p.getKeys()).toHaveLength(56);
    p.setProperty('k0', 'small');
    p.setProperty('k56', value); // room again
    expect(p.getKeys()).toHaveLength(57);
  });
});

describe('LockService', () => {
  function locks() {
    const env = new Env();
    const state = newLockState();
    const service: LockServicePort = env.expose(createLockService(env, state));
    return { env, state, service };
  }

  test('a free lock is taken at once and held until released', () => {
    const { env, service, state } = locks();
    const lock = service.getScriptLock();
    const t0 = env.clock.now();
    expect(lock.hasLock()).toBe(false);
    expect(lock.tryLock(1000)).toBe(true);
    expect(lock.hasLock()).toBe(true);
    lock.waitLock(1000); // already ours
    expect(env.clock.now()).toBe(t0);
    lock.releaseLock();
    expect(lock.hasLock()).toBe(false);
    lock.releaseLock(); // no effect when not held
    expect(state.script.holder).toBe('none');
  });

  test('the end of the execution releases its locks', () => {
    const { service, state } = locks();
    service.getDocumentLock()!.waitLock(10);
    service.getUserLock().waitLock(10);
    endExecution(state);
    expect([state.document!.holder, state.user.holder]).toEqual(['none', 'none']);
  });

  test('held elsewhere: waitLock times out with Google error, the clock moves by the timeout', () => {
    const { env, service, state } = locks();
    holdLockElsewhere(state, 'script');
    const lock = service.getScriptLock();
    const t0 = env.clock.now();
    expect(() => lock.waitLock(30_000)).toThrow(GasException);
    expect(env.clock.now() - t0).toBe(30_000);
    expect(() => lock.waitLock(30_000)).toThrow(LOCK_TIMEOUT_MESSAGE);
    expect(LOCK_TIMEOUT_MESSAGE).toBe('Lock timeout: another process was holding the lock for too long.');
    expect(lock.hasLock()).toBe(false);
  });

  test('held elsewhere: tryLock returns false after the timeout', () => {
    const { env, service, state } = locks();
    holdLockElsewhere(state, 'document');
    const t0 = env.clock.now();
    expect(service.getDocumentLock()!.tryLock(5000)).toBe(false);
    expect(env.clock.now() - t0).toBe(5000);
    releaseLockElsewhere(state, 'document');
    expect(service.getDocumentLock()!.tryLock(5000)).toBe(true);
    expect(env.clock.now() - t0).toBe(5000);
  });

  test('released elsewhere within the timeout: acquired when it is let go', () => {
    const { env, service, state } = locks();
    const t0 = env.clock.now();
    holdLockElsewhere(state, 'user', t0 + 2000);
    const lock = service.getUserLock();
    lock.waitLock(10_000);
    expect(lock.hasLock()).toBe(true);
    expect(env.clock.now() - t0).toBe(2000);
  });

  test('no document: getDocumentLock is null', () => {
    const env = new Env();
    expect(createLockService(env, newLockState({ hasDocument: false })).getDocumentLock()).toBeNull();
  });
});
