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

/**
 * The Advanced Drive service's failures. Apps Script raises a GoogleJsonResponseException whose
 * message is «API call to drive.<resource>.<method> failed with error: <the REST error's message>»,
 * as public execution logs show it («GoogleJsonResponseException: API call to drive.files.export
 * failed with error: …», brucemcpherson/gas-fakes notes/oddities.md; «API call to drive.files.copy
 * failed with error: File not found: .», ericyd/gdrive-copy#122). The REST messages are Drive's:
 * «File not found: <id>.» (404; googleapis/google-api-ruby-client#3265), «Increasing the number of
 * parents is not allowed» (403 cannotAddParent; RobinBobin/react-native-google-drive-api-wrapper#35),
 * «The parents field is not directly writable in update requests. Use the addParents and
 * removeParents parameters instead.» (403 fieldNotWritable; same repository, #65), «Invalid field
 * selection <field>» (400; googleworkspace/apps-script-samples#54) and «Invalid Value» for a
 * malformed q (400; assumed from the REST reference's invalid-parameter answers, not seen quoted).
 */
export class GoogleJsonResponseException extends GasException {
  constructor(
    message: string,
    /** The HTTP status Drive answered (not read by the add-on; for tests). */
    readonly code: number,
  ) {
    super(message);
    this.name = 'GoogleJsonResponseException';
  }
}

export function apiError(method: string, code: number, restMessage: string): GoogleJsonResponseException {
  return new GoogleJsonResponseException(`API call to drive.files.${method} failed with error: ${restMessage}`, code);
}

/** 404: the file does not exist, or drive.file does not let the app see it (Drive answers the same). */
export function fileNotFound(method: string, id: string): GoogleJsonResponseException {
  return apiError(method, 404, `File not found: ${id}.`);
}

export function invalidValue(method: string): GoogleJsonResponseException {
  return apiError(method, 400, 'Invalid Value');
}

export function invalidFieldSelection(method: string, field: string): GoogleJsonResponseException {
  return apiError(method, 400, `Invalid field selection ${field}`);
}

export function tooManyParents(method: string): GoogleJsonResponseException {
  return apiError(method, 403, 'Increasing the number of parents is not allowed');
}

/**
 * 400 conversionUnsupportedConversionPath: the upload's type cannot become the requested Google
 * type (verified wording: googleworkspace/php-samples#147). Assumed (guessed) for an upload of a
 * convertible type whose content is broken (a corrupt zip, malformed XML, a missing part).
 */
export const CONVERSION_UNSUPPORTED_MESSAGE = 'Conversion of the uploaded content to the requested output type is not supported.';

export function conversionUnsupported(): GoogleJsonResponseException {
  return apiError('create', 400, CONVERSION_UNSUPPORTED_MESSAGE);
}

/**
 * An upload or its Google Doc beyond Google's documented size limits
 * (https://support.google.com/drive/answer/37603). Guessed wording: Drive's answer was not found
 * quoted.
 */
export const CONVERSION_TOO_LARGE_MESSAGE = 'The file is too large to be converted to a Google Docs document.';

export function conversionTooLarge(): GoogleJsonResponseException {
  return apiError('create', 400, CONVERSION_TOO_LARGE_MESSAGE);
}

export function parentsNotWritable(): GoogleJsonResponseException {
  return apiError(
    'update',
    403,
    'The parents field is not directly writable in update requests. Use the addParents and removeParents parameters instead.',
  );
}

/** A Drive API feature the emulator does not implement: an emulator error, never a Google answer. */
export class NotEmulatedError extends Error {
  constructor(what: string, where = 'emulator/drive/advanced.ts') {
    super(`emulator: ${what} is not emulated (${where})`);
    this.name = 'NotEmulatedError';
  }
}
