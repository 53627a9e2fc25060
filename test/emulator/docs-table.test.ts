import { GasException } from '../../emulator/core';
import { docState, emulator } from './docs-fixture';

function newTable(
  cells: string[][] = [
    ['№', 'ФИО', 'Роль'],
    ['1', 'Иванова А. А.', 'наставник'],
    ['2', 'Петров Б. Б.', 'наставляемый'],
  ],
) {
  const { emu, DocumentApp } = emulator();
  const doc = DocumentApp.create('Таблица');
  const body = doc.getBody();
  const table = body.appendTable(cells);
  return { emu, DocumentApp, doc, body, table };
}

describe('Table, TableRow, TableCell', () => {
  test('rows and cells by index; texts joined by "\\n"', () => {
    const { table } = newTable();
    expect(table.getNumRows()).toBe(3);
    const row = table.getRow(1);
    expect(row.getNumCells()).toBe(3);
    expect(row.getText()).toBe('1\nИванова А. А.\nнаставник');
    expect(row.getCell(1).getText()).toBe('Иванова А. А.');
    expect(table.getCell(2, 2).getText()).toBe('наставляемый');
    expect(table.getText()).toBe('№\nФИО\nРоль\n1\nИванова А. А.\nнаставник\n2\nПетров Б. Б.\nнаставляемый');
  });

  test("indexes out of range throw Google's child-index message", () => {
    const { table } = newTable();
    expect(() => table.getRow(3)).toThrow('Child index (3) must be less than the number of child elements (3).');
    expect(() => table.getCell(0, 5)).toThrow('Child index (5) must be less than the number of child elements (3).');
    expect(() => table.getRow(0).getCell(-1)).toThrow(GasException);
    expect(() => table.getRow('0' as unknown as number)).toThrow(/\(String\) don't match .*Table\.getRow/);
  });

  test('border width (1 pt by default), column widths (null until set), cell widths', () => {
    const { emu, doc, table } = newTable();
    expect(table.getBorderWidth()).toBe(1);
    expect(table.setBorderWidth(0)).toBe(table);
    expect(table.getBorderWidth()).toBe(0);
    expect(table.getColumnWidth(0)).toBeNull();
    table.setColumnWidth(0, 28.35).setColumnWidth(2, 100);
    expect([table.getColumnWidth(0), table.getColumnWidth(1), table.getColumnWidth(2)]).toEqual([28.35, null, 100]);
    expect(() => table.setColumnWidth(3, 10)).toThrow('Child index (3) must be less than the number of child elements (3).');
    expect(() => table.setColumnWidth(0, -5)).toThrow(GasException);
    const cell = table.getCell(1, 1);
    expect(cell.getWidth()).toBeNull();
    expect(table.getCell(1, 0).getWidth()).toBe(28.35); // the column's
    expect(cell.setWidth(150).getWidth()).toBe(150);
    expect(docState(emu, doc).body[1]).toMatchObject({ kind: 'table', columnWidths: [28.35, null, 100], borderWidth: 0 });
  });

  test('setAttributes: BORDER_WIDTH and text keys on a table, WIDTH and text keys on a cell; paragraph keys ignored', () => {
    const { DocumentApp, table } = newTable();
    const a = DocumentApp.Attribute;
    table.setAttributes({ [a.BORDER_WIDTH]: 2, [a.FONT_SIZE]: 12, [a.FONT_FAMILY]: 'Times New Roman' });
    expect(table.getBorderWidth()).toBe(2);
    expect(table.editAsText().getFontSize()).toBe(12);
    const cell = table.getCell(0, 1);
    cell.setAttributes({ [a.WIDTH]: 200, [a.BOLD]: true, [a.HORIZONTAL_ALIGNMENT]: DocumentApp.HorizontalAlignment.RIGHT });
    expect(cell.getAttributes()).toMatchObject({ WIDTH: 200, BOLD: true, FONT_SIZE: 12, FONT_FAMILY: 'Times New Roman' });
    const paragraph = cell.getChild(0).asParagraph();
    expect(paragraph.getAlignment()).toBe('LEFT'); // as on Body: paragraph keys don't reach the paragraphs
    paragraph.setAlignment(DocumentApp.HorizontalAlignment.RIGHT);
    expect(paragraph.getAlignment()).toBe('RIGHT');
    expect(() => cell.setAttributes({ [a.WIDTH]: 'wide' })).toThrow(GasException);
    expect(() => table.setAttributes(null)).toThrow(/\(null\) don't match .*Table\.setAttributes/);
  });

  test('editAsText of a table, a row and a cell reach exactly their text', () => {
    const { body, table } = newTable();
    table.editAsText().setFontSize(12);
    table.getRow(0).editAsText().setBold(true);
    table.getCell(1, 1).editAsText().setItalic(0, 6, true);
    expect(table.getRow(0).editAsText().isBold()).toBe(true);
    expect(table.getRow(1).editAsText().isBold()).toBeNull();
    expect(table.editAsText().isBold()).toBeNull();
    expect(table.getCell(1, 1).editAsText().isItalic(6)).toBe(true);
    expect(table.getCell(1, 1).editAsText().isItalic(7)).toBeNull();
    expect(table.editAsText().getFontSize()).toBe(12);
    body.appendParagraph('после таблицы');
    expect(body.editAsText().getFontSize()).toBeNull(); // the body's other text is unset
    expect(table.getRow(0).editAsText().getText()).toBe('№\nФИО\nРоль');
  });

  test('a 500-row table appended with one appendTable call is one counted call', () => {
    const { emu, DocumentApp } = emulator();
    const doc = DocumentApp.create('Большая');
    const body = doc.getBody();
    const rows = Array.from({ length: 500 }, (_, i) => [String(i + 1), `Педагог ${i + 1}`, 'наставник']);
    emu.resetCounts();
    body.appendTable([['№', 'ФИО', 'Роль'], ...rows]);
    expect(emu.counts()).toEqual({ 'Body.appendTable': 1 });
    expect(emu.totalCalls()).toBe(1);
    const table = docState(emu, doc).body[1]!;
    expect(table.kind === 'table' && table.rows.length).toBe(501);
  });
});
