/** DocModel → WordprocessingML (.docx) parts, pure: no Apps Script global, no Node API. */
export { type DocxOptions, type DocxPart, DOCX_MIME_TYPE, docxParts } from './package';
export { docxBytes, signedBytes } from './zip';
export { type TableLayout, tableLayout } from './columns';
export { NBSP, typographicSpaces } from './typography';
