/**
 * What a pair needs before it can be fixed by order: each participant's consent to the
 * processing of personal data (152-ФЗ), not withdrawn, and the mentor's written consent to
 * the mentoring duties (ТК РФ ст. 351.8). Returns, in Russian, exactly what is missing.
 */
import { CONSENTS } from '../i18n/pairing';
import { consentIsWithdrawn } from './matching';

export interface ConsentHolder {
  id: string;
  fullName: string;
  consentData?: Date | null;
  consentWithdrawn?: Date | null;
}

const isDate = (v: unknown): v is Date => Object.prototype.toString.call(v) === '[object Date]';

export function dataConsentState(person: ConsentHolder): 'given' | 'missing' | 'withdrawn' {
  if (consentIsWithdrawn(person)) return 'withdrawn';
  return isDate(person.consentData) ? 'given' : 'missing';
}

export function missingConsents(
  mentor: ConsentHolder | undefined,
  mentees: readonly (ConsentHolder | undefined)[],
  menteeIds: readonly string[],
  mentorId: string,
  dutiesConsent: Date | null | undefined,
): string[] {
  const missing: string[] = [];
  const check = (person: ConsentHolder | undefined, id: string) => {
    if (!person) return missing.push(CONSENTS.unknownPerson(id));
    const state = dataConsentState(person);
    if (state === 'missing') missing.push(CONSENTS.menteeData(person.fullName));
    if (state === 'withdrawn') missing.push(CONSENTS.withdrawn(person.fullName));
  };
  check(mentor, mentorId);
  if (mentor && !isDate(dutiesConsent)) missing.push(CONSENTS.duties(mentor.fullName));
  mentees.forEach((m, i) => check(m, menteeIds[i]));
  return missing;
}
