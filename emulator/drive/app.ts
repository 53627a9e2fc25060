/** DriveApp: lookups of files and folders by id over DriveState, and new folders. */
import { Service, type Env } from '../core';
import type { DriveAppPort } from '../../src/gas/ports';
import { invalidId, invalidName, noItem } from './errors';
import { EmuFile, type RenameHook } from './file';
import { EmuFolder } from './folder';
import { EmuFileIterator } from './iterator';
import { addDriveFolder, type DriveState } from './state';

export class EmuDriveApp extends Service implements DriveAppPort {
  readonly serviceName = 'DriveApp';
  readonly #env: Env;
  readonly #state: DriveState;
  readonly #onRename: RenameHook | null;

  constructor(env: Env, state: DriveState, onRename: RenameHook | null = null) {
    super();
    this.#env = env;
    this.#state = state;
    this.#onRename = onRename;
  }

  /** Trashed files are still found by id, as in Drive (they are only hidden from listings). */
  getFileById(id: string): EmuFile {
    if (typeof id !== 'string' || id === '') throw invalidId();
    const f = this.#state.files.find((x) => x.id === id);
    if (!f) throw noItem();
    return new EmuFile(this.#state, f, this.#onRename);
  }

  getFolderById(id: string): EmuFolder {
    if (typeof id !== 'string' || id === '') throw invalidId();
    const f = this.#state.folders.find((x) => x.id === id);
    if (!f) throw noItem();
    return new EmuFolder(f);
  }

  /** A new folder in the root of My Drive, as documented (made by the app); an empty name is refused (guessed). */
  createFolder(name: string): EmuFolder {
    if (typeof name !== 'string' || name === '') throw invalidName();
    return new EmuFolder(addDriveFolder(this.#state, name, null, this.#env.clock.now(), true));
  }

  /**
   * Files with exactly this name, in creation order. Like Drive's search, trashed files are
   * included (Drive's `title = …` query does not exclude them): callers check isTrashed().
   */
  getFilesByName(name: string): EmuFileIterator {
    if (typeof name !== 'string') throw invalidName();
    const files = this.#state.files.filter((f) => f.name === name).map((f) => new EmuFile(this.#state, f, this.#onRename));
    return new EmuFileIterator(files);
  }

  /** Google's DriveApp has it; handy for tests (not in the port, so the add-on can't call it). */
  getRootFolder(): EmuFolder {
    return new EmuFolder(this.#state.folders.find((x) => x.id === this.#state.rootFolderId)!);
  }
}

/**
 * The raw DriveApp service over `state` (wrap it with env.expose for the add-on); `onRename` lets
 * the document or spreadsheet behind a renamed file follow.
 */
export function createDriveApp(env: Env, state: DriveState, onRename?: RenameHook): EmuDriveApp {
  return new EmuDriveApp(env, state, onRename ?? null);
}
