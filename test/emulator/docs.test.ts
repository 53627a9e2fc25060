import { GasException } from '../../emulator/core';
import { CLOSED_MESSAGE, DOCUMENT_MIME_TYPE, driveFiles, Emulator, ROOT_FOLDER_NAME } from '../../emulator';
import { docState, emulator } from './docs-fixture';

describe('DocumentApp enums', () => {
  test('Attribute, HorizontalAlignment, ParagraphHeading and GlyphType are frozen, their members are their names', () => {
    const { DocumentApp } = emulator();
    expect(DocumentApp.Attribute.BOLD).toBe('BOLD');
    expect(DocumentApp.Attribute.HORIZONTAL_ALIGNMENT).toBe('HORIZONTAL_ALIGNMENT');
    expect({ ...DocumentApp.HorizontalAlignment }).toEqual({
      LEFT: 'LEFT',
      CENTER: 'CENTER',
      RIGHT: 'RIGHT',
      JUSTIFY: 'JUSTIFY',
    });
    expect(Object.keys(DocumentApp.ParagraphHeading)).toEqual([
      'NORMAL',
      'HEADING1',
      'HEADING2',
      'HEADING3',
      'HEADING4',
      'HEADING5',
      'HEADING6',
      'TITLE',
      'SUBTITLE',
    ]);
    expect(Object.keys(DocumentApp.GlyphType)).toEqual([
      'BULLET',
      'HOLLOW_BULLET',
      'SQUARE_BULLET',
      'NUMBER',
      'LATIN_UPPER',
      'LATIN_LOWER',
      'ROMAN_UPPER',
      'ROMAN_LOWER',
    ]);
    for (const e of [
      DocumentApp.Attribute,
      DocumentApp.HorizontalAlignment,
      DocumentApp.ParagraphHeading,
      DocumentApp.GlyphType,
    ]) {
      expect(Object.isFrozen(e)).toBe(true);
    }
  });
});

describe('creating and opening documents', () => {
  test('a new document: Google-looking id, URL, one empty paragraph, 72 pt margins on Letter, no header', () => {
    const { DocumentApp } = emulator();
    const doc = DocumentApp.create('Приказ о наставничестве');
    expect(doc.getId()).toMatch(/^1[A-Za-z0-9_-]{43}$/);
    expect(doc.getName()).toBe('Приказ о наставничестве');
    expect(doc.getUrl()).toBe(`https://docs.google.com/document/d/${doc.getId()}/edit`);
    const body = doc.getBody();
    expect(body.getNumChildren()).toBe(1);
    expect(body.getText()).toBe('');
    expect([body.getMarginTop(), body.getMarginBottom(), body.getMarginLeft(), body.getMarginRight()]).toEqual([72, 72, 72, 72]);
    expect([body.getPageWidth(), body.getPageHeight()]).toEqual([612, 792]);
    expect(doc.getHeader()).toBeNull();
  });

  test('ids are deterministic per run and differ between documents', () => {
    const a = emulator().DocumentApp.create('A').getId();
    expect(emulator().DocumentApp.create('A').getId()).toBe(a);
    const { DocumentApp } = emulator();
    expect(DocumentApp.create('A').getId()).not.toBe(DocumentApp.create('A').getId());
  });

  test('the document is a Drive file in the root; setName renames both', () => {
    const { emu, DocumentApp, DriveApp } = emulator();
    const doc = DocumentApp.create('Черновик');
    const file = DriveApp.getFileById(doc.getId());
    expect(file.getMimeType()).toBe(DOCUMENT_MIME_TYPE);
    expect(file.getMimeType()).toBe('application/vnd.google-apps.document');
    expect(file.getUrl()).toBe(`https://docs.google.com/document/d/${doc.getId()}/edit?usp=drivesdk`);
    expect(doc.setName('Приказ № 1')).toBe(doc);
    expect(doc.getName()).toBe('Приказ № 1');
    expect(DriveApp.getFileById(doc.getId()).getName()).toBe('Приказ № 1');
    expect(DocumentApp.openById(doc.getId()).getName()).toBe('Приказ № 1');
    expect(driveFiles(emu.state.drive).find((f) => f.id === doc.getId())!.folderName).toBe(ROOT_FOLDER_NAME);
    expect(() => doc.setName(5 as unknown as string)).toThrow(
      "The parameters (number) don't match the method signature for DocumentApp.Document.setName.",
    );
  });

  test('a document is moved into a folder through Drive', () => {
    const { emu, DocumentApp, DriveApp } = emulator();
    const doc = DocumentApp.create('Отчёт');
    const folder = DriveApp.createFolder('Документы');
    DriveApp.getFileById(doc.getId()).moveTo(folder);
    expect(driveFiles(emu.state.drive).find((f) => f.id === doc.getId())!.folderName).toBe('Документы');
  });

  test('an empty name is refused (guessed message)', () => {
    const { DocumentApp } = emulator();
    expect(() => DocumentApp.create('')).toThrow(GasException);
    expect(() => DocumentApp.create(null as unknown as string)).toThrow('Invalid argument: name');
  });

  test("openById opens the same content, or throws Google's message for an unknown id or a non-document", () => {
    const { emu, DocumentApp } = emulator();
    const doc = DocumentApp.create('Документ');
    doc.getBody().appendParagraph('Текст');
    const again = DocumentApp.openById(doc.getId());
    expect(again.getBody().getText()).toBe('\nТекст');
    expect(() => DocumentApp.openById('1nope')).toThrow(
      "Document 1nope is missing (perhaps it was deleted, or you don't have read access?)",
    );
    expect(() => DocumentApp.openById('toString')).toThrow(GasException);
    // The bound spreadsheet is a Drive file, but no document.
    expect(() => DocumentApp.openById(emu.state.spreadsheet.id)).toThrow(/is missing/);
  });
});

describe('the header', () => {
  test("addHeader gives one empty paragraph; a second addHeader throws Google's message", () => {
    const { emu, DocumentApp } = emulator();
    const doc = DocumentApp.create('С колонтитулом');
    const header = doc.addHeader();
    expect(header.getText()).toBe('');
    header.appendParagraph('МБОУ «Школа № 1»').setAlignment(DocumentApp.HorizontalAlignment.CENTER);
    expect(header.getText()).toBe('\nМБОУ «Школа № 1»');
    expect(doc.getHeader()!.getText()).toBe('\nМБОУ «Школа № 1»');
    expect(() => doc.addHeader()).toThrow('Document tab already contains a header.');
    expect(header.clear()).toBe(header);
    expect(header.getText()).toBe('');
    expect(docState(emu, doc).header).toHaveLength(1);
  });
});

describe('saveAndClose', () => {
  test('is counted, then the handle and every element reached through it refuse calls; openById reopens', () => {
    const { emu, DocumentApp } = emulator();
    const doc = DocumentApp.create('Закрываемый');
    const body = doc.getBody();
    const paragraph = body.appendParagraph('Абзац');
    const text = paragraph.editAsText();
    const id = doc.getId();
    emu.resetCounts();
    doc.saveAndClose();
    expect(emu.counts()).toEqual({ 'Document.saveAndClose': 1 });
    expect(() => doc.getBody()).toThrow(CLOSED_MESSAGE);
    expect(() => doc.getUrl()).toThrow('Document is closed, its contents cannot be updated.');
    expect(() => body.appendParagraph('ещё')).toThrow(CLOSED_MESSAGE);
    expect(typeof paragraph.getText).toBe('function'); // reading a property is not a call
    expect(() => paragraph.setAlignment(DocumentApp.HorizontalAlignment.LEFT)).toThrow(CLOSED_MESSAGE);
    expect(() => text.setBold(true)).toThrow(CLOSED_MESSAGE);
    expect(() => doc.saveAndClose()).toThrow(CLOSED_MESSAGE);
    const reopened = DocumentApp.openById(id);
    expect(reopened.getBody().getText()).toBe('\nАбзац');
    reopened.getBody().appendParagraph('ещё');
    expect(DocumentApp.openById(id).getBody().getNumChildren()).toBe(3);
  });
});

describe('counting and snapshots', () => {
  test('every call is counted per Class.method', () => {
    const { emu, DocumentApp } = emulator();
    emu.resetCounts();
    const doc = DocumentApp.create('Счёт');
    const body = doc.getBody();
    body.appendParagraph('a');
    body.appendParagraph('b').editAsText().setBold(true).setItalic(0, 0, true);
    body.appendListItem('c').setGlyphType(DocumentApp.GlyphType.BULLET);
    body
      .appendTable([['x']])
      .getCell(0, 0)
      .editAsText()
      .setFontSize(12);
    body.appendPageBreak().getType();
    doc.saveAndClose();
    expect(emu.counts()).toEqual({
      'Body.appendListItem': 1,
      'Body.appendPageBreak': 1,
      'Body.appendParagraph': 2,
      'Body.appendTable': 1,
      'Document.getBody': 1,
      'Document.saveAndClose': 1,
      'DocumentApp.create': 1,
      'ListItem.setGlyphType': 1,
      'PageBreak.getType': 1,
      'Paragraph.editAsText': 1,
      'Table.getCell': 1,
      'TableCell.editAsText': 1,
      'Text.setBold': 1,
      'Text.setFontSize': 1,
      'Text.setItalic': 1,
    });
  });

  test('documents survive a snapshot round trip; the state is plain JSON', () => {
    const { emu, DocumentApp } = emulator();
    const doc = DocumentApp.create('Снимок');
    const body = doc.getBody().setMarginLeft(85);
    body.appendParagraph('Заголовок').setHeading(DocumentApp.ParagraphHeading.HEADING1).editAsText().setBold(0, 2, true);
    body.appendListItem('пункт');
    body.appendTable([['a', 'b']]).setColumnWidth(1, 120);
    body.appendPageBreak();
    doc.addHeader().appendParagraph('Шапка');
    expect(JSON.parse(JSON.stringify(emu.state.docs))).toEqual(emu.state.docs);
    const saved = emu.snapshot();
    const again = new Emulator({ snapshot: saved });
    expect(again.snapshot()).toBe(saved);
    const reopened = again.globals.DocumentApp.openById(doc.getId());
    expect(reopened.getBody().getText()).toBe(doc.getBody().getText());
    expect(reopened.getBody().getMarginLeft()).toBe(85);
    expect(reopened.getHeader()!.getText()).toBe('\nШапка');
    expect(again.globals.DriveApp.getFileById(doc.getId()).getName()).toBe('Снимок');
    // Ids keep counting from where the snapshot left off.
    expect(again.globals.DocumentApp.create('Второй').getId()).toBe(emu.globals.DocumentApp.create('Второй').getId());
  });

  test('a snapshot from before documents existed restores with an empty docs state', () => {
    const old = JSON.parse(new Emulator().snapshot());
    delete old.docs;
    const emu = new Emulator({ snapshot: JSON.stringify(old) });
    expect(emu.state.docs).toEqual({ documents: {}, nextSeq: 1 });
    expect(emu.globals.DocumentApp.create('Новый').getBody().getNumChildren()).toBe(1);
  });
});

describe("inside the add-on's realm", () => {
  test("DocumentApp is a global; enums compare and attribute maps are the realm's objects", () => {
    const emu = new Emulator().load(`
      function makeDoc() {
        var doc = DocumentApp.create('Из бандла');
        var p = doc.getBody().appendParagraph('Текст');
        var attrs = {};
        attrs[DocumentApp.Attribute.HORIZONTAL_ALIGNMENT] = DocumentApp.HorizontalAlignment.JUSTIFY;
        attrs[DocumentApp.Attribute.FONT_SIZE] = 14;
        p.setAttributes(attrs);
        var got = p.getAttributes();
        return {
          id: doc.getId(),
          same: p.getAlignment() === DocumentApp.HorizontalAlignment.JUSTIFY,
          plain: Object.getPrototypeOf(got) === Object.prototype,
          size: got[DocumentApp.Attribute.FONT_SIZE],
        };
      }
    `);
    const result = emu.call('makeDoc') as { id: string; same: boolean; plain: boolean; size: number };
    expect(result).toMatchObject({ same: true, plain: true, size: 14 });
    expect(emu.state.docs.documents[result.id]!.body[1]).toMatchObject({ text: 'Текст', attributes: { alignment: 'JUSTIFY' } });
  });
});
