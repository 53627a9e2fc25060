/**
 * What a pair needs before it can be fixed by order: each participant's consent to the
 * processing of personal data (152-ФЗ), not withdrawn, and the mentor's written consent to
 * the mentoring duties (ТК РФ ст. 351.8). Returns, in Russian, exactly what is missing.
 * A consent counts from its date: one dated after the order (or after today) does not count.
 */
import { CONSENTS } from '../i18n/pairing';
import { toIsoDate, toRussianDate } from './isoDate';
import { consentIsWithdrawn } from './matching';

export interface ConsentHolder {
  id: string;
  fullName: string;
  consentData?: Date | null;
  consentWithdrawn?: Date | null;
}

const isDate = (v: unknown): v is Date => Object.prototype.toString.call(v) === '[object Date]';

/** Dated on or before `asOf` (calendar days). */
const datedBy = (date: unknown, asOf: Date): date is Date => isDate(date) && toIsoDate(date) <= toIsoDate(asOf);

/** A consent dated later than `asOf` (typed ahead, or a slip of the year). */
const datedAfter = (date: unknown, asOf: Date): date is Date => isDate(date) && toIsoDate(date) > toIsoDate(asOf);

/** The state of the person's consent to data processing on `asOf` (a later-dated one is missing). */
export function dataConsentState(person: ConsentHolder, asOf: Date): 'given' | 'missing' | 'withdrawn' {
  if (consentIsWithdrawn(person)) return 'withdrawn';
  return datedBy(person.consentData, asOf) ? 'given' : 'missing';
}

export function missingConsents(
  mentor: ConsentHolder | undefined,
  mentees: readonly (ConsentHolder | undefined)[],
  menteeIds: readonly string[],
  mentorId: string,
  dutiesConsent: Date | null | undefined,
  asOf: Date,
): string[] {
  const missing: string[] = [];
  const check = (person: ConsentHolder | undefined, id: string) => {
    if (!person) return missing.push(CONSENTS.unknownPerson(id));
    const state = dataConsentState(person, asOf);
    if (state === 'withdrawn') missing.push(CONSENTS.withdrawn(person.fullName));
    else if (datedAfter(person.consentData, asOf)) {
      missing.push(CONSENTS.dataDatedLater(person.fullName, toRussianDate(person.consentData), toRussianDate(asOf)));
    } else if (state === 'missing') missing.push(CONSENTS.menteeData(person.fullName));
  };
  check(mentor, mentorId);
  if (mentor && datedAfter(dutiesConsent, asOf)) {
    missing.push(CONSENTS.dutiesDatedLater(mentor.fullName, toRussianDate(dutiesConsent), toRussianDate(asOf)));
  } else if (mentor && !datedBy(dutiesConsent, asOf)) missing.push(CONSENTS.duties(mentor.fullName));
  mentees.forEach((m, i) => check(m, menteeIds[i]));
  return missing;
}
