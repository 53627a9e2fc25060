/**
 * DocModel → a .docx blob: the package zipped in TypeScript (src/domain/docx/zip.ts) and
 * handed to Apps Script as one blob typed as a Word document, ready for Drive to convert
 * into a Google Doc or to keep as the school's offline copy. One Utilities call.
 */
import type { DocModel } from '../domain/docModel';
import { DOCX_MIME_TYPE, type DocxOptions, docxBytes, signedBytes } from '../domain/docx';
import type { BlobPort, UtilitiesPort } from './ports';

/** The .docx file's name: the document's, with the extension. */
export function docxName(model: Pick<DocModel, 'name'>): string {
  return `${model.name}.docx`;
}

export function docxBlob(utilities: UtilitiesPort, model: DocModel, options: DocxOptions = {}): BlobPort {
  return utilities.newBlob(signedBytes(docxBytes(model, options)), DOCX_MIME_TYPE, docxName(model));
}
