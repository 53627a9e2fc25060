/**
 * DocModel → a .docx blob: the parts from src/domain/docx, each a blob named by its path in
 * the package, zipped with Utilities.zip (the blobs' names become the entry paths, folders
 * by '/') and typed as a Word document so that Drive converts it into a Google Doc.
 * Costs one Utilities call per part, one zip and one setContentType: local work of the
 * Apps Script runtime, no Google service round trip.
 */
import type { DocModel } from '../domain/docModel';
import { DOCX_MIME_TYPE, type DocxOptions, docxParts } from '../domain/docx';
import type { BlobPort, UtilitiesPort } from './ports';

export function docxBlob(utilities: UtilitiesPort, model: DocModel, options: DocxOptions = {}): BlobPort {
  const parts = docxParts(model, options).map((part) => utilities.newBlob(part.xml, 'application/xml', part.path));
  return utilities.zip(parts, `${model.name}.docx`).setContentType(DOCX_MIME_TYPE);
}
