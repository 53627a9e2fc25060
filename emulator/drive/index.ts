/** The emulated DriveApp and Advanced Drive service (v3): factories, state and test/playground helpers. */
export { createDriveApp, EmuDriveApp } from './app';
export {
  type AdvancedDriveHooks,
  createAdvancedDrive,
  type DocumentCreatedHook,
  EmuAdvancedDrive,
  EmuDriveFiles,
} from './advanced';
export { advancedServiceSymbols, DRIVE_SERVICE } from './manifest';
export { EmuFile, type RenameHook } from './file';
export { EmuFolder } from './folder';
export { GoogleJsonResponseException, NO_ITEM_MESSAGE, NotEmulatedError } from './errors';
export { parseQuery, type QueryItem } from './query';
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
  upgradeDriveState,
} from './state';
export type { DriveFileState, DriveFolderState, DriveState } from './state';
