import { asText, needsTextGuard, toCell } from '../../src/register/cells';

describe('text written to cells', () => {
  test.each(['=1+1', '+7 912 000-00-00', '-5', '@user', '42', '3,5', '01.09.2026', '2026-09-01', 'TRUE', 'ложь', "'quoted"])(
    '%s is guarded with an apostrophe',
    (text) => {
      expect(needsTextGuard(text)).toBe(true);
      expect(asText(text)).toBe(`'${text}`);
    },
  );

  test.each(['Иванова Мария Петровна', 'НТ-0001', 'учитель, 5 лет', 'ИКТ; работа с родителями'])('%s is kept as is', (text) => {
    expect(asText(text)).toBe(text);
  });

  test('non-strings pass through; null and undefined become blank', () => {
    const date = new Date(2026, 8, 1);
    expect(toCell(date)).toBe(date);
    expect(toCell(7)).toBe(7);
    expect(toCell(false)).toBe(false);
    expect(toCell(null)).toBe('');
    expect(toCell(undefined)).toBe('');
  });
});
