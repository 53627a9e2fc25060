/**
 * File: a view over one DriveFileState.
 *
 * Trash (documented for setTrashed: "Sets whether the File is in the trash of the user's Drive.
 * Only the owner may trash the File"): a trashed file stays findable by id with isTrashed() true,
 * and the service that made it (DocumentApp, FormApp, SpreadsheetApp) still opens it here
 * (guessed: the owner can open a trashed file by id; nothing is deleted until the trash is
 * emptied). Renaming a document's or the spreadsheet's file renames the document or spreadsheet,
 * which are the file's name in Google; a form keeps its own title (see FormApp).
 */
import { GasException, Service, unwrap } from '../core';
import type { FilePort, FolderPort } from '../../src/gas/ports';
import { EmuFolder } from './folder';
import type { DriveFileState, DriveState } from './state';

/** Called after a file is renamed, so the document or spreadsheet behind it follows. */
export type RenameHook = (fileId: string, name: string) => void;

export class EmuFile extends Service implements FilePort {
  readonly serviceName = 'File';
  readonly #drive: DriveState;
  readonly #f: DriveFileState;
  readonly #onRename: RenameHook | null;

  constructor(drive: DriveState, file: DriveFileState, onRename: RenameHook | null = null) {
    super();
    this.#drive = drive;
    this.#f = file;
    this.#onRename = onRename;
  }

  getId(): string {
    return this.#f.id;
  }

  getName(): string {
    return this.#f.name;
  }

  getUrl(): string {
    return this.#f.url;
  }

  getMimeType(): string {
    return this.#f.mimeType;
  }

  isTrashed(): boolean {
    return this.#f.trashed;
  }

  setTrashed(trashed: boolean): EmuFile {
    this.#f.trashed = !!trashed;
    return this;
  }

  /** An empty name is refused (guessed wording, as createFolder's). */
  setName(name: string): EmuFile {
    if (typeof name !== 'string' || name === '') throw new GasException('Invalid argument: name');
    this.#f.name = name;
    this.#onRename?.(this.#f.id, name);
    return this;
  }

  /** Documented: moves the item into the destination folder (its only parent from then on). */
  moveTo(destination: FolderPort): EmuFile {
    const target = unwrap(destination);
    // Guessed wording: Google's message for a non-folder argument was not verified.
    if (!(target instanceof EmuFolder)) throw new GasException('Invalid argument: destination');
    const folder = this.#drive.folders.find((d) => d.id === target.getId());
    if (!folder) throw new GasException('Invalid argument: destination');
    this.#f.parentId = folder.id;
    return this;
  }
}
