import { Env, Service, unwrap } from '../../emulator/core';

class Thing extends Service {
  readonly serviceName = 'Thing';
  child(): Thing {
    return new Thing();
  }
  value(): number {
    return 42;
  }
}

describe('counting proxy', () => {
  test('counts each method call by class and method, and wraps returned services', () => {
    const env = new Env();
    const thing = env.expose(new Thing());
    expect(thing.value()).toBe(42);
    const child = thing.child();
    child.value();
    expect(env.counter.byMethod()).toEqual({ 'Thing.child': 1, 'Thing.value': 2 });
    expect(unwrap(child)).toBeInstanceOf(Thing);
    expect(env.counter.total()).toBe(3);
    env.counter.reset();
    expect(env.counter.total()).toBe(0);
  });
});
