/**
 * ТК РФ ст. 351.8 for a pair: the дополнительное соглашение к трудовому договору (duties,
 * mentees, form, term, pay, early end with three working days' notice) and the template of
 * the mentor's written notice of refusal. Names stay in the nominative (after a dash or a
 * colon); the addressee of the notice is declined by the grammar helper or worded neutrally.
 */
import type { Block, DocModel } from '../docModel';
import { DOC, DOC_FIELDS, DUTIES_CONSENT, rubles } from '../../i18n/documents';
import { MENTOR_AGREEMENT, REFUSAL_NOTICE } from '../../i18n/regulation';
import { declineInitialsName, declinePosition } from '../grammar/names';
import {
  formatTerm,
  initialsName,
  type Organisation,
  type Person,
  personLine,
  requireNonEmpty,
  requireTerm,
  requireText,
  signatureLine,
} from './common';

export interface MentorAgreementInput {
  organisation: Organisation;
  director: Person;
  pairId: string;
  mentor: Person;
  mentees: readonly Person[];
  form: string;
  kind?: string;
  start: Date;
  end: Date;
  /** Rubles a month, or a text («10 % должностного оклада»); a blank to fill in when absent. */
  pay?: number | string | null;
  duties?: readonly string[];
}

const centred = (text: string, bold = false, spaceBefore?: number): Block => ({
  type: 'paragraph',
  runs: [{ text, bold }],
  align: 'center',
  indent: false,
  ...(spaceBefore ? { spaceBefore } : {}),
});
const para = (text: string): Block => ({ type: 'paragraph', runs: [{ text }] });

function payText(pay: MentorAgreementInput['pay']): string | null {
  if (pay === undefined || pay === null || pay === '') return null;
  return typeof pay === 'number' ? rubles(pay) : pay.trim().replace(/[.;]+$/, '') || null;
}

function checked(input: MentorAgreementInput) {
  const org = input.organisation;
  requireText(org?.fullName, DOC_FIELDS.orgFullName);
  requireText(org?.shortName, DOC_FIELDS.orgShortName);
  const mentorName = requireText(input.mentor?.fullName, DOC_FIELDS.mentor(input.pairId));
  const mentees = requireNonEmpty(input.mentees, DOC_FIELDS.mentees(input.pairId));
  const { from, to } = requireTerm(input.start, input.end, DOC_FIELDS.pairStart(input.pairId), DOC_FIELDS.pairEnd(input.pairId));
  return { org, mentorName, mentees, term: formatTerm(from, to) };
}

/** The addendum to the mentor's labour contract for one pair (group). */
export function mentorAgreement(input: MentorAgreementInput): DocModel {
  const { org, mentorName, mentees, term } = checked(input);
  const directorName = requireText(input.director?.fullName, DOC_FIELDS.director);
  const duties = input.duties?.length ? input.duties : DUTIES_CONSENT.duties;
  const formKind = [input.form?.trim(), input.kind?.trim()].filter(Boolean).join('; ');
  const p = MENTOR_AGREEMENT.points;
  const place = MENTOR_AGREEMENT.placeAndDate(org.place?.trim() || '');
  const n = (i: number, text: string) => para(`${i}. ${text}`);
  const blocks: Block[] = [
    centred(MENTOR_AGREEMENT.title, true),
    centred(MENTOR_AGREEMENT.contractRef),
    centred(MENTOR_AGREEMENT.subtitle, true),
    { type: 'twoEnds', left: place.left, right: place.right, spaceBefore: 12 },
    {
      type: 'paragraph',
      runs: [
        {
          text: MENTOR_AGREEMENT.employer(
            org.fullName.trim(),
            org.shortName.trim(),
            input.director.position,
            initialsName(directorName),
          ),
        },
      ],
      spaceBefore: 12,
    },
    para(MENTOR_AGREEMENT.employee(personLine({ ...input.mentor, fullName: mentorName }))),
    para(MENTOR_AGREEMENT.agreed),
    n(1, p.duty),
    n(2, mentees.length > 1 ? p.mentees(mentees.map(personLine).join('; ')) : p.menteeOne(personLine(mentees[0]))),
    n(3, p.contentLead),
    ...duties.map((d, i) => para(`— ${d.trim().replace(/[.;,]+$/, '')}${i === duties.length - 1 ? '.' : ';'}`)),
    n(4, p.formKind(formKind || DOC.blankLine)),
    n(5, p.term(term)),
    n(6, p.pay(payText(input.pay))),
    n(7, p.early),
    n(8, p.rest),
    signatureLine(MENTOR_AGREEMENT.employerSign, directorName, 24),
    signatureLine(MENTOR_AGREEMENT.employeeSign, mentorName),
    { type: 'paragraph', runs: [{ text: MENTOR_AGREEMENT.copyReceived }], indent: false, spaceBefore: 12 },
  ];
  return { name: MENTOR_AGREEMENT.fileName(input.pairId, initialsName(mentorName)), blocks };
}

/** The template of the mentor's notice of refusal (at least three working days ahead). */
export function refusalNotice(input: Omit<MentorAgreementInput, 'pay' | 'duties'>): DocModel {
  const { org, mentorName, mentees, term } = checked(input);
  const directorName = requireText(input.director?.fullName, DOC_FIELDS.director);
  const position = declinePosition(input.director.position, 'dative');
  const name = declineInitialsName(directorName, 'dative');
  const addressee =
    position && name
      ? REFUSAL_NOTICE.addressee(position.charAt(0).toUpperCase() + position.slice(1), org.shortName.trim(), name)
      : REFUSAL_NOTICE.addresseeNeutral(org.shortName.trim(), input.director.position, initialsName(directorName));
  const right = (text: string): Block => ({ type: 'paragraph', runs: [{ text }], align: 'right', indent: false });
  const blocks: Block[] = [
    ...addressee.split('\n').map(right),
    right(REFUSAL_NOTICE.from(personLine({ ...input.mentor, fullName: mentorName }))),
    centred(REFUSAL_NOTICE.title, true, 24),
    {
      type: 'paragraph',
      runs: [{ text: REFUSAL_NOTICE.body(mentees.map((m) => m.fullName.trim()).join(', '), term) }],
      spaceBefore: 12,
    },
    para(REFUSAL_NOTICE.lastDay),
    para(REFUSAL_NOTICE.reason),
    signatureLine(REFUSAL_NOTICE.signature, mentorName, 24),
    { type: 'paragraph', runs: [{ text: DOC.dateBlank }], indent: false },
    { type: 'paragraph', runs: [{ text: REFUSAL_NOTICE.received }], indent: false, spaceBefore: 18 },
  ];
  return { name: REFUSAL_NOTICE.fileName(input.pairId, initialsName(mentorName)), blocks };
}
