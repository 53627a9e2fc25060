import { foldHeader, headerWidth, mapHeaders } from '../../src/register/headers';
import { sheetSpec } from '../../src/register/spec';

describe('headers', () => {
  test('fold case, spaces, ё and dashes', () => {
    expect(foldHeader('  Удовлетворённость,\u00a0 БАЛЛЫ ')).toBe('удовлетворенность, баллы');
    expect(foldHeader('педагог – педагог')).toBe(foldHeader('Педагог - педагог'));
    expect(foldHeader(null)).toBe('');
  });

  test('maps reordered columns, reports missing, extra and duplicate headers', () => {
    const spec = sheetSpec('mentees');
    const header = ['фио', 'Моя заметка', 'ID', '', 'ФИО '];
    const map = mapHeaders(header, spec.columns);
    expect(map.index.get('fullName')).toBe(0);
    expect(map.index.get('id')).toBe(2);
    expect(map.missing.map((c) => c.key)).toContain('email');
    expect(map.extra).toEqual([
      { index: 1, header: 'Моя заметка' },
      { index: 4, header: 'ФИО' },
    ]);
    expect(map.duplicates).toEqual(['ФИО']);
  });

  test('header width ignores trailing blanks', () => {
    expect(headerWidth(['a', '', 'b', '', ''])).toBe(3);
    expect(headerWidth(['', ''])).toBe(0);
  });
});
