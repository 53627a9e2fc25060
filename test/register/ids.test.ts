import { formatId, maxIdNumber, nextIds } from '../../src/register/ids';

test('IDs continue after the highest one and ignore foreign ones', () => {
  expect(formatId('НТ', 7)).toBe('НТ-0007');
  expect(maxIdNumber('НТ', ['НТ-0003', 'НЯ-0100', '', 'НТ-0012', 'НТ-x'])).toBe(12);
  expect(nextIds('П', ['П-0002', 'П-0001'], 2)).toEqual(['П-0003', 'П-0004']);
  expect(nextIds('П', [], 1)).toEqual(['П-0001']);
});
