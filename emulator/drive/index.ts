/** The emulated DriveApp and Advanced Drive service (v3): factories, state and test/playground helpers. */
export { createDriveApp, EmuDriveApp } from './app';
export {
  type AdvancedDriveHooks,
  createAdvancedDrive,
  type DocumentCreatedHook,
  type DocumentConvertedHook,
  EmuAdvancedDrive,
  EmuDriveFiles,
} from './advanced';
export { advancedServiceSymbols, DRIVE_SERVICE } from './manifest';
export { EmuFile, type RenameHook } from './file';
export { EmuFolder } from './folder';
export {
  CONVERSION_TOO_LARGE_MESSAGE,
  CONVERSION_UNSUPPORTED_MESSAGE,
  GoogleJsonResponseException,
  NO_ITEM_MESSAGE,
  NotEmulatedError,
} from './errors';
export { parseQuery, type QueryItem } from './query';
export { CONVERTED_BY_EMULATOR, DOCX_MIME_TYPE, IMPORTS_TO_DOCUMENT } from './imports';
export {
  addDriveFile,
  addDriveFolder,
  DOCUMENT_MIME_TYPE,
  driveFileBytes,
  driveFiles,
  FOLDER_MIME_TYPE,
  FORM_MIME_TYPE,
  newDriveState,
  ROOT_FOLDER_NAME,
  SPREADSHEET_MIME_TYPE,
  upgradeDriveState,
} from './state';
export type { DriveFileState, DriveFolderState, DriveState } from './state';
