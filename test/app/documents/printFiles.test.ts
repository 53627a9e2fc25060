/** Groups of a batch printed for many: at most 300 subjects, and IDs that fit a document property. */
import { PRINT_FILE_SUBJECTS, PRINT_GROUP_ID_BYTES, printGroups } from '../../../src/app/documents/printFiles';

describe('printGroups', () => {
  test('300 a group, in order, nobody lost or repeated', () => {
    const ids = Array.from({ length: 700 }, (_, i) => `НЯ-${String(i + 1).padStart(4, '0')}`);
    const groups = printGroups(ids);
    expect(groups.map((g) => g.length)).toEqual([PRINT_FILE_SUBJECTS, PRINT_FILE_SUBJECTS, 100]);
    expect(groups.flat()).toEqual(ids);
  });

  test('long hand-typed IDs make smaller groups: a group’s IDs stay within the property budget', () => {
    const ids = Array.from({ length: 300 }, (_, i) => `Наставляемая-учительница-начальных-классов-${i}`);
    const groups = printGroups(ids);
    expect(groups.length).toBeGreaterThan(1);
    expect(groups.flat()).toEqual(ids);
    for (const group of groups) expect(Buffer.byteLength(group.join('\n'), 'utf8')).toBeLessThanOrEqual(PRINT_GROUP_ID_BYTES);
  });

  test('nothing to group: no groups', () => {
    expect(printGroups([])).toEqual([]);
  });
});
