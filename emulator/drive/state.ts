/**
 * Plain-data state of the emulated Drive: files and folders, JSON-serialisable.
 *
 * `openedByApp` is what the drive.file scope lets the Advanced Drive service see: a file or folder
 * the app created (Drive.Files.create, and, assumed, FormApp.create / DocumentApp.create of the same
 * script) or that the user opened with it. Anything else (the bound spreadsheet, a folder the user
 * made in Drive) answers 404 as if it did not exist. DriveApp ignores it: it needs the full `drive`
 * scope, with which every file is visible.
 */
import { driveFolderId } from '../ids';

export const FORM_MIME_TYPE = 'application/vnd.google-apps.form';
export const SPREADSHEET_MIME_TYPE = 'application/vnd.google-apps.spreadsheet';
export const FOLDER_MIME_TYPE = 'application/vnd.google-apps.folder';
export const DOCUMENT_MIME_TYPE = 'application/vnd.google-apps.document';

export interface DriveFileState {
  id: string;
  name: string;
  mimeType: string;
  url: string;
  /** The folder holding the file (Drive items now have exactly one parent). */
  parentId: string;
  trashed: boolean;
  /** Emulated ms of creation. */
  createdAt: number;
  /** Reachable under drive.file: made by the app or opened with it. */
  openedByApp: boolean;
  /** The bytes of an uploaded (not Google) file, base64; absent for Google files and older snapshots. */
  content?: string;
}

export interface DriveFolderState {
  id: string;
  name: string;
  /** null for the root folder. */
  parentId: string | null;
  trashed: boolean;
  createdAt: number;
  /** Reachable under drive.file: made by the app or opened with it (never the root). */
  openedByApp: boolean;
}

export interface DriveState {
  rootFolderId: string;
  files: DriveFileState[];
  folders: DriveFolderState[];
  /** Sequence for deterministic ids. */
  nextSeq: number;
}

/** Google's name for the root folder is "My Drive" whatever the user's language. */
export const ROOT_FOLDER_NAME = 'My Drive';

export function folderUrl(id: string): string {
  return `https://drive.google.com/drive/folders/${id}`;
}

/** A Drive with only the root folder; `seed` makes the ids differ between emulated accounts. */
export function newDriveState(seed = 'drive', now = 0): DriveState {
  const rootFolderId = driveFolderId(`${seed}:root`);
  return {
    rootFolderId,
    files: [],
    folders: [{ id: rootFolderId, name: ROOT_FOLDER_NAME, parentId: null, trashed: false, createdAt: now, openedByApp: false }],
    nextSeq: 1,
  };
}

/**
 * Registers a file in the root folder (FormApp.create and DocumentApp.create do this: made by the
 * app unless `openedByApp` says otherwise, as for the bound spreadsheet).
 */
export function addDriveFile(
  state: DriveState,
  file: { id: string; name: string; mimeType: string; url: string; createdAt: number; openedByApp?: boolean },
): DriveFileState {
  const record: DriveFileState = { ...file, parentId: state.rootFolderId, trashed: false, openedByApp: file.openedByApp ?? true };
  state.files.push(record);
  return record;
}

/**
 * A folder, in the root by default. As a test/playground helper it is one the user made in Drive's
 * UI, which the app cannot see under drive.file; DriveApp.createFolder and Drive.Files.create pass
 * `openedByApp` true.
 */
export function addDriveFolder(
  state: DriveState,
  name: string,
  parentId: string | null = null,
  now = 0,
  openedByApp = false,
): DriveFolderState {
  const folder: DriveFolderState = {
    id: driveFolderId(`folder:${state.rootFolderId}:${state.nextSeq++}`),
    name,
    parentId: parentId ?? state.rootFolderId,
    trashed: false,
    createdAt: now,
    openedByApp,
  };
  state.folders.push(folder);
  return folder;
}

/**
 * Files and folders by ID. The state is plain data that only grows (nothing is ever removed,
 * trashing is a flag), so an index rebuilt when either list grew is always current; without
 * it every call scanned all files, quadratic over a batch of thousands of documents.
 */
const indexes = new WeakMap<
  DriveState,
  { files: number; folders: number; byId: Map<string, DriveFileState | DriveFolderState> }
>();

function indexOf(state: DriveState): Map<string, DriveFileState | DriveFolderState> {
  const cached = indexes.get(state);
  if (cached && cached.files === state.files.length && cached.folders === state.folders.length) return cached.byId;
  const byId = new Map<string, DriveFileState | DriveFolderState>();
  // The first of an ID wins, as find() did.
  for (const folder of [...state.folders].reverse()) byId.set(folder.id, folder);
  for (const file of [...state.files].reverse()) byId.set(file.id, file);
  indexes.set(state, { files: state.files.length, folders: state.folders.length, byId });
  return byId;
}

export function driveFileById(state: DriveState, id: string): DriveFileState | undefined {
  const found = indexOf(state).get(id);
  return found && 'mimeType' in found ? found : undefined;
}

export function driveFolderById(state: DriveState, id: string): DriveFolderState | undefined {
  const found = indexOf(state).get(id);
  return found && !('mimeType' in found) ? found : undefined;
}

/** Test/playground helper: the bytes an upload stored (null for a Google file or an older snapshot's). */
export function driveFileBytes(state: DriveState, id: string): Uint8Array | null {
  const content = driveFileById(state, id)?.content;
  return content === undefined ? null : new Uint8Array(Buffer.from(content, 'base64'));
}

/** Test/playground helper: the files, with the name of the folder each is in (not counted). */
export function driveFiles(state: DriveState): (DriveFileState & { folderName: string })[] {
  return state.files.map((f) => ({
    ...f,
    folderName: state.folders.find((d) => d.id === f.parentId)?.name ?? '',
  }));
}

/**
 * Snapshots from before drive.file was emulated have no `openedByApp`: their files were made by
 * the add-on's FormApp/DocumentApp except the bound spreadsheet, and their folders (but the root)
 * by its DriveApp.createFolder.
 */
export function upgradeDriveState(state: DriveState, spreadsheetId: string): void {
  for (const f of state.files) f.openedByApp ??= f.id !== spreadsheetId;
  for (const d of state.folders) d.openedByApp ??= d.parentId !== null;
}
