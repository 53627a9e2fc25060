/**
 * DocumentApp's messages. Verified where noted (quoted from Apps Script execution logs in
 * public code, or from gas-fakes, which checks its fakes against live Apps Script); the others
 * are guesses in Google's style and say so.
 */
import { GasException, isDate } from '../core';

/** Verified: quoted in a script's comment after saveAndClose() ("Exception: Document is closed, its contents cannot be updated."). */
export const CLOSED_MESSAGE = 'Document is closed, its contents cannot be updated.';

export function closedDocument(): GasException {
  return new GasException(CLOSED_MESSAGE);
}

/**
 * openById with an unknown id (or one of a file that is no document). Users quote
 * "Document <id> is missing (perhaps it was deleted, or you don't have read access?)"; the
 * older wording ended at "deleted?)". The id's place follows error-normalising libraries.
 */
export function missingDocument(id: string): GasException {
  return new GasException(`Document ${id} is missing (perhaps it was deleted, or you don't have read access?)`);
}

/** Verified wording (gas-fakes reproduces the live message): addHeader when one exists. */
export function headerExists(): GasException {
  return new GasException('Document tab already contains a header.');
}

/** Verified: real scripts hit it when removing a section's final paragraph. */
export function lastParagraph(): GasException {
  return new GasException("Can't remove the last paragraph in a document section.");
}

/** Verified: "Index (3) must be less than the content length (2)." from Text.getFontSize(offset). */
export function indexOutOfRange(index: number, length: number): GasException {
  return new GasException(`Index (${index}) must be less than the content length (${length}).`);
}

/** Guessed wording for a start offset after the end offset. */
export function badRange(start: number, end: number): GasException {
  return new GasException(`Invalid argument: the start offset (${start}) is after the end offset (${end}).`);
}

/** Verified wording (a script's log, inserting at a bad index); assumed for getRow/getCell as well. */
export function childIndex(index: number, count: number): GasException {
  return new GasException(`Child index (${index}) must be less than the number of child elements (${count}).`);
}

/** Guessed wording (Google's exact text for these was not found). */
export function invalidArgument(name: string): GasException {
  return new GasException(`Invalid argument: ${name}`);
}

/** Apps Script's name for an argument's type in signature errors: String, number, Boolean, null, Object, T[]. */
function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (v === undefined) return 'undefined';
  if (typeof v === 'string') return 'String';
  if (typeof v === 'number') return 'number';
  if (typeof v === 'boolean') return 'Boolean';
  if (isDate(v)) return 'Date';
  if (Array.isArray(v)) {
    const inner = new Set(v.map(typeName));
    return `${inner.size === 1 ? [...inner][0] : 'Object'}[]`;
  }
  return 'Object';
}

/**
 * Verified format: "The parameters (number,Paragraph) don't match the method signature for
 * DocumentApp.Body.insertParagraph." (the names of the argument types are guessed for arrays).
 */
export function badParameters(method: string, args: readonly unknown[]): GasException {
  return new GasException(
    `The parameters (${args.map(typeName).join(',')}) don't match the method signature for DocumentApp.${method}.`,
  );
}
