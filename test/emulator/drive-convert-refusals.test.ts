/**
 * What Drive refuses when converting an upload into a Google Doc, and what the emulator does not
 * convert: unknown WordprocessingML is an emulator error naming it; a corrupt zip, malformed
 * XML, a missing part or a broken relationship is Drive's 400; Google's size limits; a blob
 * whose type Drive does not import; nothing is made when a conversion is refused. Also: a
 * .docx uploaded without a target type is kept as a file with its bytes; conversion costs
 * emulated time and the day's quotas; a converted Doc survives a snapshot.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { p } from '../../src/domain/docModel';
import { DOCX_MIME_TYPE } from '../../src/domain/docx';
import {
  addDriveFolder,
  CONVERSION_TOO_LARGE_MESSAGE,
  CONVERSION_UNSUPPORTED_MESSAGE,
  ConversionTooLarge,
  DOCS_CREATE_QUOTA_MESSAGE,
  docxToDocument,
  driveFileBytes,
  EXCEEDED_MESSAGE,
  Emulator,
  findText,
  GoogleJsonResponseException,
  MAX_CONVERTED_BYTES,
  MAX_DOCUMENT_CHARACTERS,
  NotEmulatedError,
} from '../../emulator';
import { renderSet } from '../render/renderSet';
import { docState, editPart, emulatorWithFolder, partsOf, signed, thrown, upload, zipParts } from './docx-fixture';

const MODEL = renderSet().pairs!;
const DOCUMENT = 'word/document.xml';
const conversionError = `API call to drive.files.create failed with error: ${CONVERSION_UNSUPPORTED_MESSAGE}`;

/** Uploads `bytes` and returns what the call threw, checking that nothing was made. */
function refused(bytes: Uint8Array, contentType = DOCX_MIME_TYPE): Error {
  const { emu, folder } = emulatorWithFolder();
  const files = emu.state.drive.files.length;
  const error = thrown(() => upload(emu, folder, bytes, 'Приказ', contentType));
  expect(emu.state.drive.files).toHaveLength(files);
  expect(Object.keys(emu.state.docs.documents)).toEqual([]);
  expect(emu.quotas.used('docsCreated')).toBe(0);
  return error;
}

/** Drive's 400 for content it cannot convert; the cause says what the emulator found. */
function expectDriveRefusal(error: Error, cause: RegExp): void {
  expect(error).toBeInstanceOf(GoogleJsonResponseException);
  expect(error.message).toBe(conversionError);
  expect((error as GoogleJsonResponseException).code).toBe(400);
  expect(String((error as Error & { cause?: unknown }).cause)).toMatch(cause);
}

describe('unknown WordprocessingML is an emulator error naming it', () => {
  test.each([
    ['an element in a paragraph', '<w:p>', '<w:p><w:bookmarkStart w:id="0" w:name="x"/>', /w:bookmarkStart/],
    ['an element in run properties', '<w:rPr>', '<w:rPr><w:strike/>', /w:strike/],
    ['an attribute', '<w:jc w:val="both"/>', '<w:jc w:val="both" w:foo="1"/>', /w:foo/],
    ['a value it does not convert', '<w:jc w:val="both"/>', '<w:jc w:val="distribute"/>', /w:jc w:val="distribute"/],
    ['an element of another namespace', '<w:p>', '<w:p xmlns:v="urn:x"><v:shape/>', /\{urn:x\}shape/],
    ['a field other than PAGE', '<w:p>', '<w:p><w:fldSimple w:instr=" DATE "><w:r><w:t>1</w:t></w:r></w:fldSimple>', /DATE/],
    ['a line spacing that is not a multiple', 'w:lineRule="auto"', 'w:lineRule="exact"', /w:lineRule="exact"/],
    ['a merged cell', '<w:tcPr>', '<w:tcPr><w:gridSpan w:val="1"/>', /w:gridSpan/],
  ])('%s', (_what, find, replace, name) => {
    const bytes = zipParts(editPart(partsOf(MODEL), DOCUMENT, (xml) => xml.replace(find, replace)));
    const error = refused(bytes);
    expect(error).toBeInstanceOf(NotEmulatedError);
    expect(error.message).toMatch(name);
  });

  test('a footer (a relationship it does not follow)', () => {
    const parts = editPart(partsOf(MODEL), 'word/_rels/document.xml.rels', (xml) =>
      xml.replace(
        '</Relationships>',
        '<Relationship Id="rIdF" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="header2.xml"/></Relationships>',
      ),
    );
    expect(refused(zipParts(parts)).message).toMatch(/relationship rIdF .*footer/);
  });
});

describe('what Drive itself refuses is its 400, and nothing is made', () => {
  test('malformed XML', () => {
    const unclosed = zipParts(editPart(partsOf(MODEL), DOCUMENT, (xml) => xml.replace('</w:document>', '')));
    expectDriveRefusal(refused(unclosed), /malformed XML.*an unclosed element <w:document>/);
    const cut = zipParts(editPart(partsOf(MODEL), DOCUMENT, (xml) => xml.slice(0, xml.length / 2)));
    expectDriveRefusal(refused(cut), /malformed XML/);
  });

  test('an unknown entity, a mismatched tag', () => {
    expectDriveRefusal(
      refused(zipParts(editPart(partsOf(MODEL), DOCUMENT, (xml) => xml.replace('№', '&nbsp;')))),
      /unknown entity/,
    );
    expectDriveRefusal(
      refused(zipParts(editPart(partsOf(MODEL), DOCUMENT, (xml) => xml.replace('</w:t>', '</w:r>')))),
      /<\/w:r> closes <w:t>/,
    );
  });

  test('a corrupt zip: a changed byte in a deflated entry, a truncated archive, not a zip at all', () => {
    const bytes = zipParts(partsOf(MODEL));
    const flipped = bytes.slice();
    flipped[Math.floor(bytes.length / 3)]! ^= 0xff;
    expectDriveRefusal(refused(flipped), /corrupt zip/);
    expectDriveRefusal(refused(bytes.slice(0, bytes.length - 10)), /corrupt zip/);
    expectDriveRefusal(refused(new TextEncoder().encode('not a zip')), /corrupt zip/);
  });

  test('a stored entry whose CRC does not match', () => {
    const bytes = zipParts(partsOf(MODEL), 'store');
    const at = Buffer.from(bytes).indexOf(Buffer.from('ПРИКАЗ'));
    const flipped = bytes.slice();
    flipped[at]! ^= 0x01;
    expectDriveRefusal(refused(flipped), /fails its CRC-32/);
  });

  test('a missing part, a relationship to a missing part, a header reference to no relationship', () => {
    const withoutStyles = partsOf(MODEL).filter((part) => part.path !== 'word/styles.xml');
    expectDriveRefusal(refused(zipParts(withoutStyles)), /missing part word\/styles\.xml/);
    const withoutDocument = partsOf(MODEL).filter((part) => part.path !== DOCUMENT);
    expectDriveRefusal(refused(zipParts(withoutDocument)), /missing part word\/document\.xml/);
    const brokenRef = editPart(partsOf(MODEL), DOCUMENT, (xml) => xml.replace(/r:id="rIdHeaderFirst"/g, 'r:id="rIdNowhere"'));
    expectDriveRefusal(refused(zipParts(brokenRef)), /relationship rIdNowhere, which does not exist/);
  });

  test('a blob whose type Drive does not import into Docs; a type it imports that the emulator does not convert', () => {
    const bytes = zipParts(partsOf(MODEL));
    expect(refused(bytes, 'application/zip').message).toBe(conversionError);
    expect(refused(bytes, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet').message).toBe(conversionError);
    const error = refused(new TextEncoder().encode('привет'), 'text/plain');
    expect(error).toBeInstanceOf(NotEmulatedError);
    expect(error.message).toMatch(/converting text\/plain into a Google Doc/);
  });
});

describe('Google’s limits: 1.02 million characters in a Doc, 50 MB for a converted file (support.google.com/drive/answer/37603)', () => {
  test('a document of 1,020,000 characters is converted; one more is refused and nothing is made', () => {
    // The text is put into the XML directly: the generator's typography is slow on a 1M-letter word.
    const at = (n: number) =>
      zipParts(
        editPart(partsOf({ name: 'Длинный', blocks: [p('Ж')] }), DOCUMENT, (xml) => xml.replace('>Ж<', `>${'я'.repeat(n)}<`)),
      );
    const { emu, folder } = emulatorWithFolder();
    const id = upload(emu, folder, at(MAX_DOCUMENT_CHARACTERS));
    expect(emu.globals.DocumentApp.openById(id).getBody().getText()).toHaveLength(1_020_000);
    const error = refused(at(MAX_DOCUMENT_CHARACTERS + 1));
    expect(error.message).toBe(`API call to drive.files.create failed with error: ${CONVERSION_TOO_LARGE_MESSAGE}`);
    expect((error as Error & { cause?: unknown }).cause).toBeInstanceOf(ConversionTooLarge);
  });

  test('an upload over 50 MB is refused before it is read', () => {
    expect(MAX_CONVERTED_BYTES).toBe(50_000_000);
    expect(() => docxToDocument(new Uint8Array(MAX_CONVERTED_BYTES + 1), 'id', 'x', 0)).toThrow(ConversionTooLarge);
    // At the limit it is read (and here refused for what it is: not a zip).
    expect(() => docxToDocument(new Uint8Array(MAX_CONVERTED_BYTES), 'id', 'x', 0)).toThrow(/corrupt zip/);
  });
});

test('a .docx uploaded without a target type is a Word file in Drive with its bytes, not a Doc', () => {
  const { emu, folder } = emulatorWithFolder();
  const bytes = zipParts(partsOf(MODEL));
  const blob = emu.globals.Utilities.newBlob(signed(bytes), DOCX_MIME_TYPE, 'Приказ.docx');
  const file = emu.globals.Drive.Files.create({ name: 'Приказ.docx', parents: [folder] }, blob, { fields: 'id,mimeType' });
  expect(file.mimeType).toBe(DOCX_MIME_TYPE);
  expect(driveFileBytes(emu.state.drive, file.id!)).toEqual(bytes);
  expect(emu.state.docs.documents[file.id!]).toBeUndefined();
  expect(emu.quotas.used('filesConverted')).toBe(0);
  // Erasure's search reads what the file says (a no-break space matches a space).
  const hits = findText(emu.state, 'О закреплении наставнических пар');
  expect(hits.map((h) => h.where)).toEqual(['Drive file 2 «Приказ.docx» content']);
  expect(findText(emu.state, 'Муниципальное бюджетное').map((h) => h.where)).toEqual(['Drive file 2 «Приказ.docx» content']);
  // The bytes survive a snapshot.
  const again = new Emulator({ snapshot: emu.snapshot() });
  expect(driveFileBytes(again.state.drive, file.id!)).toEqual(bytes);
});

describe('a conversion costs emulated time and the day’s quotas', () => {
  const PROBE = `
    function convert(bytes) {
      var blob = Utilities.newBlob(bytes, '${DOCX_MIME_TYPE}', 'a.docx');
      return Drive.Files.create({ name: 'Приказ', mimeType: 'application/vnd.google-apps.document' }, blob, { fields: 'id' }).id;
    }`;
  const dir = mkdtempSync(join(tmpdir(), 'drive-convert-'));
  writeFileSync(
    join(dir, 'appsscript.json'),
    JSON.stringify({ dependencies: { enabledAdvancedServices: [{ userSymbol: 'Drive', serviceId: 'drive', version: 'v3' }] } }),
  );
  const bytes = signed(zipParts(partsOf(MODEL)));

  test('conversionCostMs on top of each call’s cost; 0 by default', () => {
    const emu = new Emulator({ buildDir: dir }).load(PROBE);
    let start = emu.env.clock.now();
    emu.call('convert', [bytes]);
    expect(emu.env.clock.now() - start).toBe(0);
    emu.executionClock = { callCostMs: 50, limitMs: 6 * 60_000, conversionCostMs: 2000 };
    start = emu.env.clock.now();
    const id = emu.call('convert', [bytes]) as string;
    expect(emu.env.clock.now() - start).toBe(2 * 50 + 2000);
    expect(docState(emu, id).name).toBe('Приказ');
  });

  test('past the execution’s limit the conversion stops it: the Doc exists, the script never got its id', () => {
    const emu = new Emulator({ buildDir: dir }).load(PROBE);
    emu.executionClock = { callCostMs: 50, limitMs: 1000, conversionCostMs: 2000 };
    expect(() => emu.call('convert', [bytes])).toThrow(EXCEEDED_MESSAGE);
    expect(Object.keys(emu.state.docs.documents)).toHaveLength(1);
  });

  test('documents created and files converted: one each; a spent quota refuses the conversion with Google’s words', () => {
    const { emu, folder } = emulatorWithFolder();
    upload(emu, folder, zipParts(partsOf(MODEL)));
    expect(emu.quotas.used('docsCreated')).toBe(1);
    expect(emu.quotas.used('filesConverted')).toBe(1);
    emu.quotas.exhaust('docsCreated');
    const files = emu.state.drive.files.length;
    expect(() => upload(emu, folder, zipParts(partsOf(MODEL)))).toThrow(DOCS_CREATE_QUOTA_MESSAGE);
    expect(emu.state.drive.files).toHaveLength(files);
    expect(emu.quotas.used('filesConverted')).toBe(1);
  });
});

test('a converted Doc survives a snapshot and reopens with DocumentApp', () => {
  const { emu, folder } = emulatorWithFolder();
  const id = upload(emu, folder, zipParts(partsOf(MODEL)));
  const text = emu.globals.DocumentApp.openById(id).getBody().getText();
  const again = new Emulator({ snapshot: emu.snapshot() });
  expect(again.globals.DocumentApp.openById(id).getBody().getText()).toBe(text);
  expect(again.state.docs.documents[id]).toEqual(emu.state.docs.documents[id]);
});

test('the folder must be the app’s: a conversion into a folder it did not make is Drive’s 404 and converts nothing', () => {
  const emu = new Emulator();
  const folder = addDriveFolder(emu.state.drive, 'Папка куратора');
  const error = thrown(() => upload(emu, folder.id, zipParts(partsOf(MODEL))));
  expect(error.message).toMatch(/File not found/);
  expect(Object.keys(emu.state.docs.documents)).toEqual([]);
});

test('a table is never first nor last, nor next to another table: Docs keeps a paragraph around each', () => {
  const model = {
    name: 'Таблицы',
    blocks: [
      { type: 'table' as const, header: ['А'], rows: [['1']] },
      { type: 'table' as const, header: ['Б'], rows: [['2']] },
    ],
  };
  const { emu, folder } = emulatorWithFolder();
  const doc = docState(emu, upload(emu, folder, zipParts(partsOf(model))));
  expect(doc.body.map((c) => (c.kind === 'paragraph' ? `p:${c.text}` : c.kind))).toEqual(['p:', 'table', 'p:', 'table', 'p:']);
});
