/** File: a view over one DriveFileState. */
import { GasException, Service, unwrap } from '../core';
import type { FilePort, FolderPort } from '../../src/gas/ports';
import { EmuFolder } from './folder';
import type { DriveFileState, DriveState } from './state';

export class EmuFile extends Service implements FilePort {
  readonly serviceName = 'File';
  readonly #drive: DriveState;
  readonly #f: DriveFileState;

  constructor(drive: DriveState, file: DriveFileState) {
    super();
    this.#drive = drive;
    this.#f = file;
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
