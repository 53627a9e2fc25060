/** Folder: a view over one DriveFolderState. */
import { Service } from '../core';
import type { FolderPort } from '../../src/gas/ports';
import { folderUrl, type DriveFolderState } from './state';

export class EmuFolder extends Service implements FolderPort {
  readonly serviceName = 'Folder';
  readonly #f: DriveFolderState;

  constructor(folder: DriveFolderState) {
    super();
    this.#f = folder;
  }

  _state(): DriveFolderState {
    return this.#f;
  }

  getId(): string {
    return this.#f.id;
  }

  getName(): string {
    return this.#f.name;
  }

  getUrl(): string {
    return folderUrl(this.#f.id);
  }
}
