/**
 * PropertiesService: document, user and script stores of string values, with Google's storage
 * limits enforced so the add-on meets them here first
 * (https://developers.google.com/apps-script/guides/services/quotas, «Current limitations»:
 * «Properties value size 9 KB / val», «Properties total storage 500 KB / property store»).
 *
 * Counting: a value's UTF-8 bytes against 9 KB (9,216 bytes: a value of 9,217 characters fails,
 * as users report); keys and values together against the store's 500 KB (512,000 bytes), as
 * tanaikech measured ("Report: Specification of Properties Service", 2023: "the maximum size of
 * PropertiesService is required to be considered with both the key and value sizes"). The same
 * report measured more than the documented figures (a 1-byte key with a 524,287-byte value); the
 * documented figures, the stricter, are enforced.
 *
 * Message: «You have exceeded the property storage quota. Please remove some properties and try
 * again.» is Google's for a full store (lucasvtiradentes/gcal-sync#115). For a single value over
 * 9 KB no message of Google's is known: the same text is used (guessed).
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
export const PROPERTY_QUOTA_MESSAGE =
  'You have exceeded the property storage quota. Please remove some properties and try again.';

/** The bytes a value (or key) takes, as Google counts them: UTF-8. */
export function utf8Bytes(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}

/** Keys and values both count against the store (as Google measures it). */
export function storeBytes(store: PropertyStore): number {
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

  constructor(private readonly store: PropertyStore) {
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
      if (bytes > PROPERTY_VALUE_LIMIT_BYTES) throw new GasException(PROPERTY_QUOTA_MESSAGE);
      put(next, k, value);
    }
    const total = storeBytes(next);
    if (total > PROPERTY_STORE_LIMIT_BYTES) throw new GasException(PROPERTY_QUOTA_MESSAGE);
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
    return this.state.document ? new Properties(this.state.document) : null;
  }

  getUserProperties(): Properties {
    const email = this.env.userEmail;
    if (!has(this.state.user, email)) this.state.user[email] = {};
    return new Properties(this.state.user[email]!);
  }

  getScriptProperties(): Properties {
    return new Properties(this.state.script);
  }
}

export function createPropertiesService(env: Env, state: PropertiesState): PropertiesService {
  return new PropertiesService(env, state);
}
