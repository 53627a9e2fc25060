import { dataConsentState, missingConsents } from '../../src/domain/consents';

const d = (y: number, m: number, day: number) => new Date(y, m - 1, day);
const mentor = { id: 'НТ-0001', fullName: 'Петрова Анна Ивановна', consentData: d(2026, 8, 28) };
const mentee = { id: 'НЯ-0001', fullName: 'Иванов Олег Петрович', consentData: d(2026, 8, 30) };

describe('consents count from their date', () => {
  const orderDate = d(2026, 9, 1);

  test('consents dated on or before the order let the pair through', () => {
    expect(missingConsents(mentor, [mentee], ['НЯ-0001'], 'НТ-0001', d(2026, 9, 1), orderDate)).toEqual([]);
  });

  test('a consent dated after the order (a slip of the year) does not count, and says so', () => {
    const late = { ...mentee, consentData: d(2027, 6, 1) };
    expect(missingConsents(mentor, [late], ['НЯ-0001'], 'НТ-0001', d(2027, 6, 1), orderDate)).toEqual([
      'Петрова Анна Ивановна: согласие на выполнение обязанностей наставника датировано 01.06.2027, позже 01.09.2026, и пока не действует',
      'Иванов Олег Петрович: согласие на обработку персональных данных датировано 01.06.2027, позже 01.09.2026, и пока не действует',
    ]);
    expect(dataConsentState(late, orderDate)).toBe('missing');
    expect(dataConsentState(late, d(2027, 6, 1))).toBe('given');
  });

  test('the day itself counts, whatever the time of day', () => {
    expect(dataConsentState(mentee, new Date(2026, 7, 30, 0, 0))).toBe('given');
    expect(dataConsentState(mentee, new Date(2026, 7, 29, 23, 59))).toBe('missing');
  });

  test('a withdrawal still wins over a consent given before it', () => {
    const withdrawn = { ...mentee, consentWithdrawn: d(2026, 8, 31) };
    expect(missingConsents(mentor, [withdrawn], ['НЯ-0001'], 'НТ-0001', d(2026, 9, 1), orderDate)).toEqual([
      'Иванов Олег Петрович: согласие на обработку персональных данных отозвано',
    ]);
  });
});
