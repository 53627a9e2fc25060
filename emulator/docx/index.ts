/** The emulator's .docx → Google Docs conversion (what Drive.Files.create does with a Word upload). */
export { ConversionTooLarge, documentCharacters, docxToDocument, MAX_CONVERTED_BYTES, MAX_DOCUMENT_CHARACTERS } from './convert';
export { InvalidDocx } from './errors';
export { parseXml, XmlError, type XmlElement, type XmlNode } from './xml';
