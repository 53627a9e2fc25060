/**
 * LockService. The emulator runs one execution at a time, so a lock is either free, held by
 * this execution (until releaseLock or endExecution) or held by "another execution" that a test
 * set up with holdLockElsewhere. Waiting never sleeps: it moves the emulated clock.
 *
 * Verified message: "Lock timeout: another process was holding the lock for too long."
 * (waitLock, as users quote Google's exception).
 */
import { type Env, GasException, Service } from '../core';
import type { LockPort, LockServicePort } from '../../src/gas/ports';

export type LockKind = 'document' | 'script' | 'user';

export interface LockSlot {
  holder: 'none' | 'this' | 'other';
  /** When the other execution lets go (emulated ms since epoch); null = not before any timeout. */
  otherUntil: number | null;
}

export interface LockState {
  /** null when the script runs without a document (getDocumentLock returns null then). */
  document: LockSlot | null;
  script: LockSlot;
  user: LockSlot;
}

export function newLockState(options: { hasDocument?: boolean } = {}): LockState {
  const free = (): LockSlot => ({ holder: 'none', otherUntil: null });
  return { document: options.hasDocument === false ? null : free(), script: free(), user: free() };
}

export const LOCK_TIMEOUT_MESSAGE = 'Lock timeout: another process was holding the lock for too long.';

function slotOf(state: LockState, kind: LockKind): LockSlot {
  const slot = state[kind];
  if (!slot) throw new Error(`emulator: there is no ${kind} lock (no document)`);
  return slot;
}

/** Test side: another execution holds the lock, until `untilMs` (emulated time) or for good. */
export function holdLockElsewhere(state: LockState, kind: LockKind, untilMs: number | null = null): void {
  const slot = slotOf(state, kind);
  slot.holder = 'other';
  slot.otherUntil = untilMs;
}

/** Test side: the other execution lets go now. */
export function releaseLockElsewhere(state: LockState, kind: LockKind): void {
  const slot = slotOf(state, kind);
  if (slot.holder === 'other') {
    slot.holder = 'none';
    slot.otherUntil = null;
  }
}

/** Google releases an execution's locks when it ends; the runner calls this after each run. */
export function endExecution(state: LockState): void {
  for (const slot of [state.document, state.script, state.user]) {
    if (slot && slot.holder === 'this') slot.holder = 'none';
  }
}

export class Lock extends Service implements LockPort {
  readonly serviceName = 'Lock';

  constructor(
    private readonly env: Env,
    private readonly slot: LockSlot,
  ) {
    super();
  }

  hasLock(): boolean {
    return this.slot.holder === 'this';
  }

  releaseLock(): void {
    // Documented: no effect when the lock is not held.
    if (this.slot.holder === 'this') this.slot.holder = 'none';
  }

  tryLock(timeoutInMillis: number): boolean {
    return this._acquire(timeoutInMillis);
  }

  waitLock(timeoutInMillis: number): void {
    if (!this._acquire(timeoutInMillis)) throw new GasException(LOCK_TIMEOUT_MESSAGE);
  }

  /** Succeeds at once when free or already ours; otherwise waits (on the emulated clock). */
  private _acquire(timeoutInMillis: number): boolean {
    const timeout = Math.max(0, Number(timeoutInMillis) || 0);
    const slot = this.slot;
    if (slot.holder === 'other') {
      const now = this.env.clock.now();
      if (slot.otherUntil === null || slot.otherUntil > now + timeout) {
        this.env.clock.advance(timeout);
        return false;
      }
      if (slot.otherUntil > now) this.env.clock.advance(slot.otherUntil - now);
      slot.otherUntil = null;
    }
    slot.holder = 'this';
    return true;
  }
}

export class LockService extends Service implements LockServicePort {
  readonly serviceName = 'LockService';

  constructor(
    private readonly env: Env,
    private readonly state: LockState,
  ) {
    super();
  }

  getDocumentLock(): Lock | null {
    return this.state.document ? new Lock(this.env, this.state.document) : null;
  }

  getScriptLock(): Lock {
    return new Lock(this.env, this.state.script);
  }

  getUserLock(): Lock {
    return new Lock(this.env, this.state.user);
  }
}

export function createLockService(env: Env, state: LockState): LockService {
  return new LockService(env, state);
}
