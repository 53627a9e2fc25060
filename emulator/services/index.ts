/** The emulated Apps Script services other than SpreadsheetApp (which lives in ../spreadsheet). */
export { asBlob, blobBytes } from './blob';
export * from './html';
export * from './lock';
export * from './properties';
export * from './script-app';
export * from './session';
export * from './ui';
export * from './utilities';
