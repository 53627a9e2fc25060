/**
 * Session and User: who runs the script, in which zone and language. Defaults come from the
 * Env; state can override the e-mails (Google returns "" for the active user in some contexts).
 */
import { type Env, Service } from '../core';
import type { SessionPort, UserPort } from '../../src/gas/ports';

export interface SessionState {
  /** Active user's e-mail; null means env.userEmail. */
  activeUserEmail: string | null;
  /** Effective user's e-mail (whose authority the script runs with); null means env.userEmail. */
  effectiveUserEmail: string | null;
}

export function newSessionState(): SessionState {
  return { activeUserEmail: null, effectiveUserEmail: null };
}

export class User extends Service implements UserPort {
  readonly serviceName = 'User';
  constructor(private readonly email: string) {
    super();
  }
  getEmail(): string {
    return this.email;
  }
}

/** FNV-1a, to derive a stable per-user key without any real secret. */
function fnv1a(text: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

export class Session extends Service implements SessionPort {
  readonly serviceName = 'Session';

  constructor(
    private readonly env: Env,
    private readonly state: SessionState,
  ) {
    super();
  }

  getActiveUser(): User {
    return new User(this.state.activeUserEmail ?? this.env.userEmail);
  }

  getEffectiveUser(): User {
    return new User(this.state.effectiveUserEmail ?? this.env.userEmail);
  }

  getScriptTimeZone(): string {
    return this.env.timeZone;
  }

  /** Google gives the language code ("ru", "en"), not the full locale. */
  getActiveUserLocale(): string {
    return this.env.locale.split(/[_-]/)[0] ?? '';
  }

  /** Stable for one user and script, opaque, URL-safe base64 like Google's. */
  getTemporaryActiveUserKey(): string {
    const email = this.state.activeUserEmail ?? this.env.userEmail;
    const bytes: number[] = [];
    for (let i = 0; i < 8; i++) {
      const w = fnv1a(email, 0x811c9dc5 + i);
      bytes.push(w >>> 24, (w >>> 16) & 0xff, (w >>> 8) & 0xff, w & 0xff);
    }
    return Buffer.from(bytes).toString('base64url');
  }
}

export function createSession(env: Env, state: SessionState): Session {
  return new Session(env, state);
}
