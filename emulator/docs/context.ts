/**
 * What every Docs service object shares. A Document handle (what create/openById return) and
 * every element reached through it share one `DocHandle`: after saveAndClose() all of them
 * refuse further calls, while a new openById gives a fresh, open handle.
 */
import { Service, type Env } from '../core';
import type { DriveState } from '../drive/state';
import { closedDocument } from './errors';
import type { DocsState, DocumentState } from './state';

export interface DocsContext {
  env: Env;
  state: DocsState;
  /** DocumentApp.create files each document in Drive's root; setName renames the file. */
  drive: DriveState;
}

/** Not state: an open handle lives only within an execution, as Google's does. */
export interface DocHandle {
  closed: boolean;
}

export interface DocScope {
  ctx: DocsContext;
  doc: DocumentState;
  handle: DocHandle;
}

/** Base of every object reached through a Document (body, elements, text). */
export abstract class DocNode extends Service {
  readonly #scope: DocScope;

  constructor(scope: DocScope) {
    super();
    this.#scope = scope;
  }

  _scope(): DocScope {
    return this.#scope;
  }
}

/**
 * Makes every public method of the class fail once its document handle is closed. Documented:
 * "A closed Document can't be edited"; the emulator refuses reads too (guessed; the add-on
 * reads the id and URL before closing), which is the safer side for the add-on.
 */
export function guardClosed(cls: abstract new (...args: never[]) => DocNode): void {
  const proto = cls.prototype as unknown as Record<string, unknown>;
  for (const name of Object.getOwnPropertyNames(proto)) {
    const method = proto[name];
    if (name === 'constructor' || name.startsWith('_') || typeof method !== 'function') continue;
    Object.defineProperty(proto, name, {
      value: function (this: DocNode, ...args: unknown[]) {
        if (this._scope().handle.closed) throw closedDocument();
        return (method as (...a: unknown[]) => unknown).apply(this, args);
      },
      writable: true,
      configurable: true,
    });
  }
}

export function documentUrl(id: string): string {
  return `https://docs.google.com/document/d/${id}/edit`;
}
