/**
 * Drive through the Advanced Drive service (Drive API v3), within the drive.file scope: the
 * add-on reaches only the folder and files it made itself. Each operation is one or two
 * `Drive.Files` calls:
 *   - a folder: files.create with the folder MIME type;
 *   - a Google Doc made straight in the folder: files.create with the Docs MIME type and the
 *     folder as its parent (then DocumentApp.openById writes it), so no file is ever left
 *     outside the folder;
 *   - a file made elsewhere (a form) moved in: files.get for its parent, files.update with
 *     addParents/removeParents (a file has one parent);
 *   - trashing: files.update with `trashed: true` (and the new name in the same call);
 *   - a file by exact name in the folder: files.list with a q query.
 * A file the add-on may not see answers 404 «File not found: <id>.» as if it did not exist.
 */
import type { AdvancedDrivePort, DriveFilesPort } from './ports';

export const FOLDER_MIME_TYPE = 'application/vnd.google-apps.folder';
export const DOCUMENT_MIME_TYPE = 'application/vnd.google-apps.document';

/** Drive.Files, or null when the manifest does not enable the advanced service. */
export function driveFilesOf(drive: AdvancedDrivePort | undefined): DriveFilesPort | null {
  return drive?.Files ?? null;
}

/** Drive's 404 as the advanced service throws it (missing, or not the add-on's under drive.file). */
export function isNotFound(error: unknown): boolean {
  const message = typeof error === 'object' && error !== null && 'message' in error ? error.message : error;
  return /failed with error: File not found/.test(String(message));
}

/** A q string literal: quotes and backslashes escaped with a backslash, as Drive's search syntax asks. */
export function quoted(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** A new folder in the root of My Drive; its ID. */
export function createFolder(files: DriveFilesPort, name: string): string {
  return files.create({ name, mimeType: FOLDER_MIME_TYPE }).id!;
}

export type FolderCheck = 'folder' | 'unreachable' | 'trashed' | 'notFolder';

/** Whether the add-on can file things into this folder. */
export function checkFolder(files: DriveFilesPort, id: string): FolderCheck {
  let found: { mimeType?: string; trashed?: boolean };
  try {
    found = files.get(id, { fields: 'mimeType,trashed' });
  } catch (error) {
    if (isNotFound(error)) return 'unreachable';
    throw error;
  }
  if (found.mimeType !== FOLDER_MIME_TYPE) return 'notFolder';
  return found.trashed ? 'trashed' : 'folder';
}

/** An empty Google Doc made in the folder; its ID. */
export function createDocumentIn(files: DriveFilesPort, name: string, folderId: string): string {
  return files.create({ name, mimeType: DOCUMENT_MIME_TYPE, parents: [folderId] }).id!;
}

/** Moves a file the add-on made into the folder (nothing when it is there already). */
export function moveIntoFolder(files: DriveFilesPort, fileId: string, folderId: string): void {
  const parents = files.get(fileId, { fields: 'parents' }).parents ?? [];
  if (parents.length === 1 && parents[0] === folderId) return;
  files.update({}, fileId, null, { addParents: folderId, removeParents: parents.join(',') });
}

/** Renames and trashes a file in one call; false when it is gone or not the add-on's. */
export function trashFile(files: DriveFilesPort, fileId: string, newName: string): boolean {
  try {
    files.update({ name: newName, trashed: true }, fileId);
    return true;
  } catch (error) {
    if (isNotFound(error)) return false;
    throw error;
  }
}

/** A live (not trashed) file of exactly this name in the folder, if any. */
export function findInFolder(files: DriveFilesPort, name: string, folderId: string): string | null {
  const q = `name = ${quoted(name)} and ${quoted(folderId)} in parents and trashed = false`;
  return files.list({ q, fields: 'files(id)', pageSize: 1 }).files?.[0]?.id ?? null;
}
