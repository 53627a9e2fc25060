/**
 * Document-wide defaults: word/styles.xml (Times New Roman 14 pt, Russian, single spacing,
 * no space after, widow control; the Normal paragraph style) and word/settings.xml (tab
 * stops every 1.25 cm, no automatic hyphenation, Word 2013+ layout, «,» as decimal sign).
 */
import { FIRST_LINE_INDENT_MM, FONT, SIZE_PT, twips } from './layout';
import { escapeAttribute, NS, xmlPart } from './xml';

export function stylesXml(): string {
  const font = escapeAttribute(FONT);
  const rPr = `<w:rPr><w:rFonts w:ascii="${font}" w:hAnsi="${font}" w:eastAsia="${font}" w:cs="${font}"/><w:sz w:val="${SIZE_PT.text * 2}"/><w:szCs w:val="${SIZE_PT.text * 2}"/><w:lang w:val="ru-RU" w:eastAsia="ru-RU" w:bidi="ar-SA"/></w:rPr>`;
  const pPr = '<w:pPr><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>';
  return xmlPart(
    [
      `<w:styles xmlns:w="${NS.w}">`,
      `<w:docDefaults><w:rPrDefault>${rPr}</w:rPrDefault><w:pPrDefault>${pPr}</w:pPrDefault></w:docDefaults>`,
      '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/><w:pPr><w:widowControl/></w:pPr></w:style>',
      '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>',
      '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:semiHidden/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>',
      '</w:styles>',
    ].join(''),
  );
}

export function settingsXml(): string {
  return xmlPart(
    [
      `<w:settings xmlns:w="${NS.w}">`,
      `<w:defaultTabStop w:val="${twips(FIRST_LINE_INDENT_MM)}"/>`,
      '<w:autoHyphenation w:val="false"/>',
      '<w:characterSpacingControl w:val="doNotCompress"/>',
      '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>',
      '<w:themeFontLang w:val="ru-RU"/>',
      '<w:decimalSymbol w:val=","/>',
      '<w:listSeparator w:val=";"/>',
      '</w:settings>',
    ].join(''),
  );
}
