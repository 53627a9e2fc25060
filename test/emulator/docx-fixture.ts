/**
 * Test helpers for Drive's .docx conversion: a DocModel made into .docx bytes with the add-on's
 * generator (docxParts) zipped by the emulator's zip writer (deflated, or stored), uploaded
 * through Drive.Files.create with the Google Docs target type; and the same .docx with a part
 * edited, to inject what Drive or the emulator must refuse.
 */
import type { DocModel } from '../../src/domain/docModel';
import { DOCX_MIME_TYPE, docxParts } from '../../src/domain/docx';
import { DOCUMENT_MIME_TYPE, type DocumentState, Emulator, FOLDER_MIME_TYPE } from '../../emulator';
import { writeZip } from '../../emulator/services/zip';
import type { WallTime } from '../../emulator/time';

export type ZipMethod = 'deflate' | 'store';

const STAMP: WallTime = { year: 2026, month: 9, day: 1, hour: 9, minute: 0, second: 0, millisecond: 0, weekday: 2 };

export interface Part {
  path: string;
  xml: string;
}

/** The generator's parts of `model`. */
export function partsOf(model: DocModel): Part[] {
  return docxParts(model).map((p) => ({ path: p.path, xml: p.xml }));
}

/** Zipped parts, as the add-on uploads them. */
export function zipParts(parts: readonly Part[], method: ZipMethod = 'deflate'): Uint8Array {
  return writeZip(
    parts.map((p) => ({ name: p.path, bytes: new TextEncoder().encode(p.xml) })),
    STAMP,
    method,
  );
}

/** The parts with one part's XML changed by `edit` (the test fails when the edit changes nothing). */
export function editPart(parts: readonly Part[], path: string, edit: (xml: string) => string): Part[] {
  return parts.map((p) => {
    if (p.path !== path) return p;
    const xml = edit(p.xml);
    if (xml === p.xml) throw new Error(`the edit of ${path} changed nothing`);
    return { path, xml };
  });
}

/** An emulator with a folder of the app's to upload into. */
export function emulatorWithFolder(options: ConstructorParameters<typeof Emulator>[0] = {}): { emu: Emulator; folder: string } {
  const emu = new Emulator(options);
  const folder = emu.globals.Drive.Files.create({ name: 'Документы', mimeType: FOLDER_MIME_TYPE }).id!;
  return { emu, folder };
}

/** Java bytes, as Utilities.newBlob takes them. */
export function signed(bytes: Uint8Array): number[] {
  return Array.from(bytes, (b) => (b << 24) >> 24);
}

/** Drive.Files.create of a Google Doc from `bytes` typed `contentType`; the new file's id. */
export function upload(
  emu: Emulator,
  folder: string,
  bytes: Uint8Array,
  name = 'Документ',
  contentType = DOCX_MIME_TYPE,
): string {
  const blob = emu.globals.Utilities.newBlob(signed(bytes), contentType, `${name}.docx`);
  return emu.globals.Drive.Files.create({ name, mimeType: DOCUMENT_MIME_TYPE, parents: [folder] }, blob, { fields: 'id' }).id!;
}

/** The converted document's state (uncounted). */
export function docState(emu: Emulator, id: string): DocumentState {
  const doc = emu.state.docs.documents[id];
  if (!doc) throw new Error(`no document ${id}`);
  return doc;
}

/** The error a call throws (fails the test when it throws none). */
export function thrown(run: () => unknown): Error {
  try {
    run();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the call to throw');
}
