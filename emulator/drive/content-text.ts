/**
 * The text an uploaded file holds, for searching (find-text.ts): a .docx is read as Drive would
 * convert it (its body and headers), or, when the converter refuses it, as the text of its XML
 * parts; any other upload as UTF-8. Test helper, never counted.
 */
import { documentText } from '../docs/section';
import { docxToDocument } from '../docx';
import { readZip } from '../services/unzip';
import { DOCX_MIME_TYPE } from './imports';

const ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function xmlText(xml: string): string {
  return xml
    .replace(/<[^>]*>/g, '')
    .replace(/&(lt|gt|amp|quot|apos);/g, (_m, e: string) => ENTITIES[e]!)
    .replace(/&#(x[0-9a-f]+|\d+);/gi, (_m, n: string) =>
      String.fromCodePoint(n[0] === 'x' || n[0] === 'X' ? Number.parseInt(n.slice(1), 16) : Number(n)),
    );
}

export function uploadedText(mimeType: string, base64: string): string {
  const bytes = new Uint8Array(Buffer.from(base64, 'base64'));
  if (mimeType === DOCX_MIME_TYPE) {
    try {
      return documentText(docxToDocument(bytes, '', '', 0));
    } catch {
      try {
        return readZip(bytes)
          .filter((e) => e.name.endsWith('.xml'))
          .map((e) => xmlText(new TextDecoder().decode(e.bytes)))
          .join('\n');
      } catch {
        // Not even a zip: searched as bytes below.
      }
    }
  }
  return new TextDecoder().decode(bytes);
}
