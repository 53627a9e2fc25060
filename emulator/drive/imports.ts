/**
 * What Drive converts into a Google Doc on upload: the source types Drive lists for the Google
 * Docs target in `about.importFormats`
 * (https://developers.google.com/workspace/drive/api/reference/rest/v3/about, field
 * importFormats: "A map of source MIME type to possible targets for all supported imports"; the
 * table «Import to Google Docs types» in
 * https://developers.google.com/workspace/drive/api/guides/manage-uploads#import-to-google-docs).
 * Files.create with the Google Docs type and a blob of any other type is refused with Drive's
 * 400 «Conversion of the uploaded content to the requested output type is not supported.»
 * (reason conversionUnsupportedConversionPath, as quoted in googleworkspace/php-samples#147).
 * Of the convertible types the emulator converts only .docx; the others are emulator errors.
 */

export const DOCX_MIME_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Source MIME types Drive imports into Google Docs (about.importFormats, target application/vnd.google-apps.document). */
export const IMPORTS_TO_DOCUMENT: readonly string[] = [
  DOCX_MIME_TYPE,
  'application/vnd.openxmlformats-officedocument.wordprocessingml.template',
  'application/vnd.ms-word.document.macroenabled.12',
  'application/vnd.ms-word.template.macroenabled.12',
  'application/msword',
  'application/vnd.oasis.opendocument.text',
  'application/x-vnd.oasis.opendocument.text',
  'application/rtf',
  'text/rtf',
  'text/richtext',
  'text/html',
  'text/plain',
  'text/markdown',
  'application/pdf',
  'image/jpeg',
  'image/jpg',
  'image/pjpeg',
  'image/png',
  'image/x-png',
  'image/gif',
  'image/bmp',
];

/** The one import the emulator converts. */
export const CONVERTED_BY_EMULATOR: readonly string[] = [DOCX_MIME_TYPE];
