/** The emulated DriveApp: factory, state and test/playground helpers. */
export { createDriveApp, EmuDriveApp } from './app';
export { EmuFile, type RenameHook } from './file';
export { EmuFolder } from './folder';
export { NO_ITEM_MESSAGE } from './errors';
export {
  addDriveFile,
  addDriveFolder,
  DOCUMENT_MIME_TYPE,
  driveFiles,
  FOLDER_MIME_TYPE,
  FORM_MIME_TYPE,
  newDriveState,
  ROOT_FOLDER_NAME,
  SPREADSHEET_MIME_TYPE,
} from './state';
export type { DriveFileState, DriveFolderState, DriveState } from './state';
