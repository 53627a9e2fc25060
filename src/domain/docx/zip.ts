/**
 * The .docx file's bytes: its parts zipped (deflate) in plain TypeScript, so that making a
 * document costs one Utilities call (newBlob of these bytes) instead of one per part plus
 * Utilities.zip. Entries are stamped with the document's creation time, or 1 January 1980
 * (the zip format's epoch) when none is given: the same model gives the same bytes. UTF-8 by
 * fflate's own encoder: Apps Script's V8 has no TextEncoder.
 */
import { strToU8, zipSync } from 'fflate';
import type { DocModel } from '../docModel';
import { type DocxOptions, docxParts } from './package';

const ZIP_EPOCH = new Date(1980, 0, 1);

export function docxBytes(model: DocModel, options: DocxOptions = {}): Uint8Array {
  const entries: Record<string, Uint8Array> = {};
  for (const part of docxParts(model, options)) entries[part.path] = strToU8(part.xml);
  return zipSync(entries, { level: 6, mtime: options.created ?? ZIP_EPOCH });
}

/** Bytes as Apps Script's Byte[] wants them: signed, -128…127 (a Java byte each). */
export function signedBytes(bytes: Uint8Array): number[] {
  return Array.from(bytes, (b) => (b > 127 ? b - 256 : b));
}
