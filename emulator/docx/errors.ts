/**
 * The converter's two kinds of failure. `InvalidDocx`: the upload is not a valid package or
 * WordprocessingML document (a corrupt zip, malformed XML, a missing part, a broken
 * relationship, a value the schema forbids) — Drive refuses such a file, and Drive.Files.create
 * turns this into Drive's answer. `notConverted`: valid WordprocessingML that the emulator does
 * not convert (an element, attribute or value it does not know) — an emulator error naming it,
 * never a silent pass.
 */
import { NotEmulatedError } from '../drive/errors';

export class InvalidDocx extends Error {
  constructor(message: string) {
    super(`invalid .docx: ${message}`);
    this.name = 'InvalidDocx';
  }
}

export function notConverted(what: string): NotEmulatedError {
  return new NotEmulatedError(`converting ${what} of a .docx`, 'emulator/docx/');
}
