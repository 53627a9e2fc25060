/**
 * A Google Doc in one Drive call: Drive API v3 files.create with the Google Docs type as the
 * target, the folder as the parent, and a .docx blob as the media; Google converts the
 * upload («Import to Google Workspace types»,
 * https://developers.google.com/workspace/drive/api/guides/manage-uploads#import-docs).
 * Layout (page, margins, header with the page number, fonts) travels inside the .docx, so
 * no DocumentApp call follows.
 */
import type { BlobPort, DriveFilesPort } from './ports';

export const GOOGLE_DOC_MIME_TYPE = 'application/vnd.google-apps.document';

export interface WrittenDocument {
  id: string;
  url: string;
}

/** The link every Docs file has; built from the ID so that it never depends on Drive's form of it. */
export function docLinkOf(fileId: string): string {
  return `https://docs.google.com/document/d/${fileId}/edit`;
}

/** Uploads the .docx and has Drive convert it into a Google Doc named `name` in `folderId`. */
export function createGoogleDoc(files: DriveFilesPort, docx: BlobPort, name: string, folderId: string): WrittenDocument {
  const made = files.create({ name, mimeType: GOOGLE_DOC_MIME_TYPE, parents: [folderId] }, docx, { fields: 'id' });
  return { id: made.id!, url: docLinkOf(made.id!) };
}

/** Keeps the .docx itself beside the Doc (no target type: Drive stores it as uploaded): the school's offline copy. */
export function keepDocxFile(files: DriveFilesPort, docx: BlobPort, folderId: string): string {
  return files.create({ name: docx.getName() ?? undefined, parents: [folderId] }, docx, { fields: 'id' }).id!;
}
