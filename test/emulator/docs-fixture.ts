/** Shared setup for the DocumentApp emulator tests (not a test file itself). */
import { Emulator, type DocumentState, type EmulatorOptions } from '../../emulator';
import type { DocumentPort } from '../../src/gas/ports';

/** An emulator without a bundle: the tests drive the services the add-on would see. */
export function emulator(options: EmulatorOptions = {}) {
  const emu = new Emulator(options);
  const { DocumentApp, DriveApp } = emu.globals;
  return { emu, DocumentApp, DriveApp };
}

/** The plain state behind a document (read without counting). */
export function docState(emu: Emulator, doc: DocumentPort | string): DocumentState {
  const id = typeof doc === 'string' ? doc : doc.getId();
  return emu.state.docs.documents[id]!;
}
