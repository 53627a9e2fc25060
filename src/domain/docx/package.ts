/**
 * The .docx package (Open Packaging Conventions): every part as a path and its XML, the
 * content types, the relationships, and the core properties (title, language, created).
 * Zipping the parts gives the file; the paths are the zip's entry names.
 */
import type { DocModel } from '../docModel';
import { documentXml } from './body';
import { firstHeaderXml, HEADER_PARTS, HEADER_REL, numberedHeaderXml } from './section';
import { settingsXml, stylesXml } from './styles';
import { escapeAttribute, escapeText, NS, xmlPart } from './xml';

export const DOCX_MIME_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export interface DocxPart {
  /** Path inside the package, the zip entry's name: "word/document.xml". */
  path: string;
  xml: string;
}

const WORD_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml';
const REL_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

const PARTS = {
  document: { path: 'word/document.xml', type: `${WORD_TYPE}.document.main+xml` },
  styles: { path: 'word/styles.xml', type: `${WORD_TYPE}.styles+xml` },
  settings: { path: 'word/settings.xml', type: `${WORD_TYPE}.settings+xml` },
  numberedHeader: { path: HEADER_PARTS.numbered, type: `${WORD_TYPE}.header+xml` },
  firstHeader: { path: HEADER_PARTS.first, type: `${WORD_TYPE}.header+xml` },
  core: { path: 'docProps/core.xml', type: 'application/vnd.openxmlformats-package.core-properties+xml' },
} as const;

function contentTypesXml(): string {
  const overrides = Object.values(PARTS)
    .map((p) => `<Override PartName="/${p.path}" ContentType="${p.type}"/>`)
    .join('');
  return xmlPart(
    `<Types xmlns="${NS.ct}"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${overrides}</Types>`,
  );
}

function relationshipsXml(relations: readonly [id: string, type: string, target: string][]): string {
  const items = relations.map(
    ([id, type, target]) => `<Relationship Id="${id}" Type="${type}" Target="${escapeAttribute(target)}"/>`,
  );
  return xmlPart(`<Relationships xmlns="${NS.rel}">${items.join('')}</Relationships>`);
}

const fileName = (path: string) => path.slice(path.lastIndexOf('/') + 1);

function coreXml(title: string, created: Date | undefined): string {
  const date = created
    ? `<dcterms:created xsi:type="dcterms:W3CDTF">${created.toISOString().replace(/\.\d{3}Z$/, 'Z')}</dcterms:created>`
    : '';
  return xmlPart(
    `<cp:coreProperties xmlns:cp="${NS.cp}" xmlns:dc="${NS.dc}" xmlns:dcterms="${NS.dcterms}" xmlns:xsi="${NS.xsi}"><dc:title>${escapeText(title)}</dc:title><dc:language>ru-RU</dc:language>${date}</cp:coreProperties>`,
  );
}

export interface DocxOptions {
  /** Written into the core properties when given (the domain reads no clock). */
  created?: Date;
}

/** Every part of the .docx of `model`, [Content_Types].xml first. */
export function docxParts(model: DocModel, options: DocxOptions = {}): DocxPart[] {
  return [
    { path: '[Content_Types].xml', xml: contentTypesXml() },
    {
      path: '_rels/.rels',
      xml: relationshipsXml([
        ['rIdDocument', `${REL_TYPE}/officeDocument`, PARTS.document.path],
        ['rIdCore', 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties', PARTS.core.path],
      ]),
    },
    { path: PARTS.document.path, xml: documentXml(model) },
    {
      path: 'word/_rels/document.xml.rels',
      xml: relationshipsXml([
        ['rIdStyles', `${REL_TYPE}/styles`, fileName(PARTS.styles.path)],
        ['rIdSettings', `${REL_TYPE}/settings`, fileName(PARTS.settings.path)],
        [HEADER_REL.numbered, `${REL_TYPE}/header`, fileName(PARTS.numberedHeader.path)],
        [HEADER_REL.first, `${REL_TYPE}/header`, fileName(PARTS.firstHeader.path)],
      ]),
    },
    { path: PARTS.styles.path, xml: stylesXml() },
    { path: PARTS.settings.path, xml: settingsXml() },
    { path: PARTS.numberedHeader.path, xml: numberedHeaderXml() },
    { path: PARTS.firstHeader.path, xml: firstHeaderXml() },
    { path: PARTS.core.path, xml: coreXml(model.name, options.created) },
  ];
}
