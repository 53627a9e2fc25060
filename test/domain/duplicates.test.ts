import { likelyDuplicates, oneEditApart } from '../../src/domain/duplicates';

describe('likely duplicates in one bank', () => {
  test('the same folded name is one person whatever the position; the earlier ID is kept', () => {
    const found = likelyDuplicates([
      { id: 'НЯ-0010', fullName: 'АНДРЕЕВА  Вера Андреевна' },
      { id: 'НЯ-0002', fullName: 'Андреева Вера Андреевна', position: 'учитель' },
      { id: 'НЯ-0003', fullName: 'Андреева Вера' },
    ]);
    expect(found).toEqual([{ olderId: 'НЯ-0002', newerId: 'НЯ-0010', reason: 'sameName' }]);
  });

  test('one letter typed, missed or replaced counts only with the same position and subject', () => {
    const t = { position: 'учитель', subject: 'Математика' };
    const found = likelyDuplicates([
      { id: 'НЯ-0001', fullName: 'Андреева Вера Андреевна', ...t },
      { id: 'НЯ-0002', fullName: 'Андреева Вера Андревна', ...t },
      { id: 'НЯ-0003', fullName: 'Андреева Вера Андреевнаа', ...t },
      { id: 'НЯ-0004', fullName: 'Андреева Вера Андрeевна', position: 'учитель', subject: 'Физика' },
      { id: 'НЯ-0005', fullName: 'Андреева Вера Андревна', position: 'учитель' },
    ]);
    expect(found).toEqual([
      { olderId: 'НЯ-0001', newerId: 'НЯ-0002', reason: 'oneLetter' },
      { olderId: 'НЯ-0001', newerId: 'НЯ-0003', reason: 'oneLetter' },
      { olderId: 'НЯ-0002', newerId: 'НЯ-0005', reason: 'sameName' },
    ]);
  });

  test('two letters apart, or numbered placeholders, are different people', () => {
    expect(oneEditApart('андреева', 'андреев')).toBe(true);
    expect(oneEditApart('андреева', 'андрееву')).toBe(true);
    expect(oneEditApart('андреева', 'андрюева')).toBe(true);
    expect(oneEditApart('андреева', 'ондрюева')).toBe(false);
    const t = { position: 'учитель', subject: 'Математика' };
    expect(
      likelyDuplicates([
        { id: 'НЯ-0001', fullName: 'Молодой1 Иван Петрович', ...t },
        { id: 'НЯ-0002', fullName: 'Молодой2 Иван Петрович', ...t },
      ]),
    ).toEqual([]);
  });
});
