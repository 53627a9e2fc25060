/**
 * Table column widths: every column at least as wide as its widest word (measured with the
 * Times New Roman widths) plus padding, the rest shared by the relative widths; 11 pt, then
 * breaks after hyphens, when the words cannot fit.
 */
import { tableLayout } from '../../../src/domain/docx';
import { CELL_PADDING_TWIPS, shareWidths } from '../../../src/domain/docx/columns';
import { textWidthMm, twips } from '../../../src/domain/docx/layout';
import { textWidthPt, words } from '../../../src/domain/docx/measure';

const TEXT_WIDTH = twips(textWidthMm(false));

describe('measure', () => {
  test('Times New Roman widths: «a» is 0.444 em, a space 0.25 em, bold is wider', () => {
    expect(textWidthPt('a', 10)).toBeCloseTo(4.44);
    expect(textWidthPt(' ', 12)).toBeCloseTo(3);
    expect(textWidthPt('Наставничество', 12, true)).toBeGreaterThan(textWidthPt('Наставничество', 12));
  });

  test('a character outside the table is counted wide, never narrow', () => {
    expect(textWidthPt('漢', 10)).toBeGreaterThanOrEqual(textWidthPt('Ш', 10));
  });

  test('words break at ordinary spaces and line breaks, not at no-break spaces', () => {
    expect(words('А.И.\u00a0Петрова, учитель\n(математика)')).toEqual(['А.И.\u00a0Петрова,', 'учитель', '(математика)']);
  });
});

describe('shareWidths', () => {
  test('by the relative widths when every share is above its minimum', () => {
    expect(shareWidths(1000, [10, 10, 10], [1, 2, 2])).toEqual([200, 400, 400]);
  });

  test('a column below its minimum gets the minimum, the others share the rest by their weights', () => {
    expect(shareWidths(1000, [300, 10, 10], [1, 1, 2])).toEqual([300, 700 / 3, 1400 / 3]);
  });

  test('impossible when the minimums exceed the total', () => {
    expect(shareWidths(100, [60, 50], [1, 1])).toBeNull();
  });
});

describe('tableLayout', () => {
  /** A word's width in twips with the cell's padding and 2 pt of slack: the least a column may be. */
  const widthOf = (word: string, sizePt: number, bold = false) =>
    (textWidthPt(word, sizePt, bold) + 2) * 20 + 2 * CELL_PADDING_TWIPS;

  test('the widths add up to the text width; a narrow «№» column still fits «№» in bold', () => {
    const layout = tableLayout(
      { header: ['№', 'Мероприятие', 'Срок'], rows: [['1', 'Установочная встреча', 'до 15.12.2026']], widths: [1, 20, 6] },
      TEXT_WIDTH,
    );
    expect(layout).toMatchObject({ sizePt: 12, fit: 'words' });
    expect(layout.widths.reduce((a, b) => a + b, 0)).toBe(TEXT_WIDTH);
    expect(layout.widths[0]).toBeGreaterThanOrEqual(widthOf('№', 12, true));
    expect(layout.widths[1]! / layout.widths[2]!).toBeCloseTo(20 / 6, 1);
  });

  test('a long word widens its column beyond its relative share', () => {
    const table = {
      header: ['№', 'Наименование', 'Ответственный'],
      rows: [['1', 'Тест', 'Заместитель директора по УВР']],
      widths: [1, 20, 2],
    };
    const layout = tableLayout(table, TEXT_WIDTH);
    expect(layout.widths[2]).toBeGreaterThanOrEqual(widthOf('Ответственный', 12, true));
    expect(layout.widths[2]).toBeGreaterThan((TEXT_WIDTH * 2) / 23);
  });

  const longWords = ['Высокопрофессиональный', 'Непосредственный', 'Самоопределяющийся', 'Индивидуализированный'];

  test('11 pt when the words cannot fit at 12 pt', () => {
    // As many columns of one word as 12 pt cannot hold, but 11 pt can.
    const word = 'Результат';
    const columns = Math.floor(TEXT_WIDTH / widthOf(word, 12, true)) + 1;
    const header = new Array(columns).fill(word);
    expect(columns * widthOf(word, 11, true)).toBeLessThan(TEXT_WIDTH);
    const layout = tableLayout({ header, rows: [] }, TEXT_WIDTH);
    expect(layout).toMatchObject({ sizePt: 11, fit: 'words' });
    for (const w of layout.widths) expect(w).toBeGreaterThanOrEqual(widthOf(word, 11, true));
  });

  test('breaks after hyphens, then nothing, when even 11 pt is too wide', () => {
    const hyphened = longWords.map((w) => `${w}-${w}`);
    expect(tableLayout({ header: ['а', 'б', 'в', 'г'], rows: [hyphened] }, TEXT_WIDTH)).toMatchObject({
      fit: 'hyphens',
      sizePt: 11,
    });
    const layout = tableLayout({ header: ['а', 'б', 'в', 'г'], rows: [longWords.map((w) => w.repeat(2))] }, TEXT_WIDTH);
    expect(layout.fit).toBe('none');
    expect(layout.widths.reduce((a, b) => a + b, 0)).toBe(TEXT_WIDTH);
  });
});
