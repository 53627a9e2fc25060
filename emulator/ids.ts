/**
 * Deterministic, Google-looking ids. Google's ids are random; the emulator derives them from a
 * seed and a counter kept in the state, so a run (and a restored snapshot) gives the same ids.
 */
import { createHash } from 'node:crypto';

function digest(seed: string): Buffer {
  return createHash('sha256').update(seed).digest();
}

/** Base64url text of any length (hashing seed#0, seed#1... as needed). */
export function idText(seed: string, length: number): string {
  let out = '';
  for (let i = 0; out.length < length; i++) out += digest(`${seed}#${i}`).toString('base64url');
  return out.slice(0, length);
}

/** A Drive file id as Docs editors' files have them: 44 characters starting with "1". */
export function driveFileId(seed: string): string {
  return '1' + idText(seed, 43);
}

/** A Drive folder id: 33 characters starting with "1". */
export function driveFolderId(seed: string): string {
  return '1' + idText(seed, 32);
}

/** A form's published id, as in https://docs.google.com/forms/d/e/<id>/viewform (56 chars). */
export function publishedFormId(seed: string): string {
  return '1FAIpQLS' + idText(seed, 48);
}

/** A large positive int like Google's item ids (9-10 digits, below 2^31). */
export function largeIntId(seed: string): number {
  const n = digest(seed).readUInt32BE(0);
  return 100_000_000 + (n % (2_147_483_647 - 100_000_000));
}
