/**
 * Blob: bytes with a content type and a name, as Apps Script's Base.Blob. Blobs live only
 * during an execution (nothing of them is kept in the emulator's state), as in Apps Script.
 *
 * getBytes() gives Java bytes: signed, -128..127 (Google's reference prints
 * Utilities.base64Decode's bytes so: [71, 111, …, -29, -126, -80, …]).
 * https://developers.google.com/apps-script/reference/base/blob
 */
import { GasException, Service, unwrap } from '../core';
import type { BlobPort } from '../../src/gas/ports';

export class Blob extends Service implements BlobPort {
  readonly serviceName = 'Blob';
  #bytes: Uint8Array;
  #contentType: string | null;
  #name: string | null;

  constructor(bytes: Uint8Array, contentType: string | null = null, name: string | null = null) {
    super();
    this.#bytes = bytes;
    this.#contentType = contentType;
    this.#name = name;
  }

  /** The bytes as stored, for other emulated services (never counted; not Google's API). */
  _bytes(): Uint8Array {
    return this.#bytes;
  }

  getBytes(): number[] {
    return Array.from(this.#bytes, (b) => (b << 24) >> 24);
  }

  getBlob(): Blob {
    return this;
  }

  getContentType(): string | null {
    return this.#contentType;
  }

  getDataAsString(charset?: string): string {
    if (charset !== undefined && typeof charset !== 'string') {
      throw new GasException("The parameters (Object) don't match the method signature for Blob.getDataAsString.");
    }
    let decoder: TextDecoder;
    try {
      decoder = new TextDecoder(charset ?? 'utf-8');
    } catch {
      // Assumed wording (Java's UnsupportedCharsetException surfaces with the charset's name).
      throw new GasException(`Unsupported charset: ${charset}`);
    }
    return decoder.decode(this.#bytes);
  }

  getName(): string | null {
    return this.#name;
  }

  setContentType(contentType: string | null): Blob {
    if (contentType !== null && typeof contentType !== 'string') {
      throw new GasException("The parameters (Object) don't match the method signature for Blob.setContentType.");
    }
    this.#contentType = contentType;
    return this;
  }

  setName(name: string): Blob {
    if (typeof name !== 'string') {
      throw new GasException("The parameters (Object) don't match the method signature for Blob.setName.");
    }
    this.#name = name;
    return this;
  }
}

/** The emulated Blob behind a value the add-on passed (its proxy), or null for anything else. */
export function asBlob(value: unknown): Blob | null {
  const target = unwrap(value);
  return target instanceof Blob ? target : null;
}

/** A blob's bytes, uncounted: for Drive and other services that receive a blob, and for tests. */
export function blobBytes(value: unknown): Uint8Array {
  const blob = asBlob(value);
  if (!blob) throw new TypeError('not an emulated Blob');
  return blob._bytes();
}
