/**
 * Drive through the Advanced Drive service (Drive API v3), within the drive.file scope: the
 * add-on reaches only the folder and files it made itself. Each operation is one or two
 * `Drive.Files` calls:
 *   - a folder: files.create with the folder MIME type;
 *   - a file the script made elsewhere (FormApp.create puts a form in My Drive's root)
 *     moved into the folder: files.get for its parent (once: every new file has the same),
 *     files.update with addParents/removeParents (a file has exactly one parent);
 *   - trashing: files.update with `trashed: true` (and a new name in the same call);
 *   - deleting for good (an upload erasure can't empty): files.delete (`remove`);
 *   - files of the add-on's by exact name: files.list with a q query.
 * Documents are made by files.create in one call (see googleDocs.ts).
 * A file the add-on may not see answers 404 «File not found: <id>.» as if it did not exist.
 */
import type { AdvancedDrivePort, DriveFilesPort } from './ports';

export const FOLDER_MIME_TYPE = 'application/vnd.google-apps.folder';

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

/** The folder a file of the add-on's is in now. */
export function parentOf(files: DriveFilesPort, fileId: string): string {
  return files.get(fileId, { fields: 'parents' }).parents?.[0] ?? '';
}

/** Moves a file of the add-on's from its parent into the folder (nothing when it is there). */
export function moveFile(files: DriveFilesPort, fileId: string, fromParent: string, folderId: string): void {
  if (fromParent === folderId) return;
  files.update({}, fileId, null, { addParents: folderId, removeParents: fromParent });
}

/** Trashes a file (renamed in the same call when `newName` is given); false when it is gone or not the add-on's. */
export function trashFile(files: DriveFilesPort, fileId: string, newName?: string): boolean {
  try {
    files.update(newName === undefined ? { trashed: true } : { name: newName, trashed: true }, fileId);
    return true;
  } catch (error) {
    if (isNotFound(error)) return false;
    throw error;
  }
}

/**
 * Deletes a file of the add-on's for good, without the trash (Drive's files.delete); false when
 * it is gone or not the add-on's. For uploads whose bytes can't be emptied (a .docx copy).
 */
export function deleteFile(files: DriveFilesPort, fileId: string): boolean {
  try {
    files.remove(fileId);
    return true;
  } catch (error) {
    if (isNotFound(error)) return false;
    throw error;
  }
}

/** Every live file of the add-on's with exactly this name (IDs), wherever it is. */
export function filesNamed(files: DriveFilesPort, name: string): string[] {
  const q = `name = ${quoted(name)} and trashed = false`;
  return (files.list({ q, fields: 'files(id)', pageSize: 100 }).files ?? []).map((f) => f.id!);
}

/** Live files of the add-on's with exactly this name in this folder (IDs), oldest first. */
export function filesNamedIn(files: DriveFilesPort, name: string, folderId: string): string[] {
  const q = `name = ${quoted(name)} and ${quoted(folderId)} in parents and trashed = false`;
  return (files.list({ q, fields: 'files(id)', pageSize: 100 }).files ?? []).map((f) => f.id!);
}
