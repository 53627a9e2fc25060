/**
 * PropertiesService: document, user and script stores of string values, with Google's storage
 * limits (9 KB per value, 500 KB per store; quotas page) enforced so the add-on meets them here
 * first.
 *
 * Messages: "You have exceeded the property storage quota. Please remove some properties and try
 * again." is Google's (seen in users' reports); Google has no documented separate message for
 * a single oversized value, so that case uses the same text with the limit named after it.
 */
import { type Env, GasException, Service } from '../core';
import type { PropertiesPort, PropertiesServicePort } from '../../src/gas/ports';

export type PropertyStore = Record<string, string>;

export interface PropertiesState {
  /** Properties of the document the add-on runs in; null when there is no document. */
  document: PropertyStore | null;
  /** One store per user e-mail. */
  user: Record<string, PropertyStore>;
  script: PropertyStore;
}

export function newPropertiesState(options: { hasDocument?: boolean } = {}): PropertiesState {
  return { document: options.hasDocument === false ? null : {}, user: {}, script: {} };
}

export const PROPERTY_VALUE_LIMIT_BYTES = 9 * 1024;
export const PROPERTY_STORE_LIMIT_BYTES = 500 * 1024;
const QUOTA_MESSAGE = 'You have exceeded the property storage quota. Please remove some properties and try again.';

function utf8Bytes(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}

/** Keys and values both count against the store (as Google measures it). */
function storeBytes(store: PropertyStore): number {
  let sum = 0;
  for (const [k, v] of Object.entries(store)) sum += utf8Bytes(k) + utf8Bytes(v);
  return sum;
}

function has(store: object, key: string): boolean {
  return Object.hasOwn(store, key);
}

/** defineProperty so that a key such as "__proto__" is stored, not interpreted. */
function put(store: PropertyStore, key: string, value: string): void {
  Object.defineProperty(store, key, { value, writable: true, enumerable: true, configurable: true });
}

export class Properties extends Service implements PropertiesPort {
  readonly serviceName = 'Properties';

  constructor(
    private readonly store: PropertyStore,
    /** "document", "user" or "script", for messages. */
    private readonly kind: string,
  ) {
    super();
  }

  getProperty(key: string): string | null {
    const k = String(key);
    return has(this.store, k) ? this.store[k]! : null;
  }

  /** A copy: changing it doesn't change the store (documented). */
  getProperties(): { [key: string]: string } {
    const copy: PropertyStore = {};
    for (const [k, v] of Object.entries(this.store)) put(copy, k, v);
    return copy;
  }

  getKeys(): string[] {
    return Object.keys(this.store);
  }

  setProperty(key: string, value: string): Properties {
    return this._setAll([[String(key), value]]);
  }

  setProperties(properties: { [key: string]: string }): Properties {
    if (properties === null || typeof properties !== 'object') {
      throw new GasException(
        `The parameters (${properties === null ? 'null' : typeof properties}) don't match the method signature for PropertiesService.Properties.setProperties.`,
      );
    }
    return this._setAll(Object.entries(properties));
  }

  deleteProperty(key: string): Properties {
    delete this.store[String(key)];
    return this;
  }

  deleteAllProperties(): Properties {
    for (const k of Object.keys(this.store)) delete this.store[k];
    return this;
  }

  /** All or nothing: limits are checked on the would-be store before anything is written. */
  private _setAll(entries: [string, unknown][]): Properties {
    const next: PropertyStore = {};
    for (const [k, v] of Object.entries(this.store)) put(next, k, v);
    for (const [k, raw] of entries) {
      // Documented: values that aren't strings are converted to strings.
      const value = String(raw);
      const bytes = utf8Bytes(value);
      if (bytes > PROPERTY_VALUE_LIMIT_BYTES) {
        throw new GasException(
          `${QUOTA_MESSAGE} (emulator: ${this.kind} property "${k}" is ${bytes} bytes; the limit is 9 KB per value)`,
        );
      }
      put(next, k, value);
    }
    const total = storeBytes(next);
    if (total > PROPERTY_STORE_LIMIT_BYTES) {
      throw new GasException(
        `${QUOTA_MESSAGE} (emulator: ${this.kind} properties would take ${total} bytes; the limit is 500 KB per store)`,
      );
    }
    for (const [k, v] of Object.entries(next)) put(this.store, k, v);
    return this;
  }
}

export class PropertiesService extends Service implements PropertiesServicePort {
  readonly serviceName = 'PropertiesService';

  constructor(
    private readonly env: Env,
    private readonly state: PropertiesState,
  ) {
    super();
  }

  getDocumentProperties(): Properties | null {
    return this.state.document ? new Properties(this.state.document, 'document') : null;
  }

  getUserProperties(): Properties {
    const email = this.env.userEmail;
    if (!has(this.state.user, email)) this.state.user[email] = {};
    return new Properties(this.state.user[email]!, 'user');
  }

  getScriptProperties(): Properties {
    return new Properties(this.state.script, 'script');
  }
}

export function createPropertiesService(env: Env, state: PropertiesState): PropertiesService {
  return new PropertiesService(env, state);
}
