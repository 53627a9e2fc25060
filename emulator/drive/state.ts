/** Plain-data state of the emulated Drive: files and folders, JSON-serialisable. */
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
}

export interface DriveFolderState {
  id: string;
  name: string;
  /** null for the root folder. */
  parentId: string | null;
  trashed: boolean;
  createdAt: number;
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
    folders: [{ id: rootFolderId, name: ROOT_FOLDER_NAME, parentId: null, trashed: false, createdAt: now }],
    nextSeq: 1,
  };
}

/** Registers a file in the root folder (FormApp.create and DocumentApp.create do this). */
export function addDriveFile(
  state: DriveState,
  file: { id: string; name: string; mimeType: string; url: string; createdAt: number },
): DriveFileState {
  const record: DriveFileState = { ...file, parentId: state.rootFolderId, trashed: false };
  state.files.push(record);
  return record;
}

/** A folder in the root by default: DriveApp.createFolder, or (test/playground helper) one made in Drive's UI. */
export function addDriveFolder(state: DriveState, name: string, parentId: string | null = null, now = 0): DriveFolderState {
  const folder: DriveFolderState = {
    id: driveFolderId(`folder:${state.rootFolderId}:${state.nextSeq++}`),
    name,
    parentId: parentId ?? state.rootFolderId,
    trashed: false,
    createdAt: now,
  };
  state.folders.push(folder);
  return folder;
}

/** Test/playground helper: the files, with the name of the folder each is in (not counted). */
export function driveFiles(state: DriveState): (DriveFileState & { folderName: string })[] {
  return state.files.map((f) => ({
    ...f,
    folderName: state.folders.find((d) => d.id === f.parentId)?.name ?? '',
  }));
}
