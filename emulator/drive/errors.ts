/**
 * Drive's messages. "No item with the given ID could be found. Possibly because you have not
 * edited this item or you do not have permission to access it." is what DriveApp.getFileById
 * throws for an unknown id (quoted from an Apps Script execution log in a 2024 GitHub issue);
 * getFolderById is assumed to say the same (not verified). "Invalid argument: id" for an empty
 * id is quoted by users too.
 */
import { GasException } from '../core';

export const NO_ITEM_MESSAGE =
  'No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.';

export function noItem(): GasException {
  return new GasException(NO_ITEM_MESSAGE);
}

export function invalidId(): GasException {
  return new GasException('Invalid argument: id');
}

/** Guessed wording for createFolder without a name. */
export function invalidName(): GasException {
  return new GasException('Invalid argument: name');
}
