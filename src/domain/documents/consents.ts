/**
 * 5. Consents, each a separate document signed by one person:
 *  - to the processing of personal data (152-ФЗ ст. 9; a separate document since 01.09.2025):
 *    subject, operator, purpose, data, actions, term, withdrawal. Passport data and the
 *    address are blanks filled in by hand: the workbook must not hold them;
 *  - to the duties of a mentor (ТК РФ ст. 351.8, since 01.03.2025): mentees, content, form,
 *    term, pay, the right of either side to stop early with three working days' notice;
 *  - to the distribution of personal data (152-ФЗ ст. 10.1) for the school site.
 */
import type { Block, DocModel } from '../docModel';
import { genderOf } from '../grammar/names';
import { DOC, DOC_FIELDS, DUTIES_CONSENT, PD_CONSENT, PUBLISH_CONSENT, rubles } from '../../i18n/documents';
import {
  formatDate,
  formatDateOrBlank,
  formatTerm,
  initialsName,
  isDate,
  joinList,
  labelled,
  type Organisation,
  type Person,
  personLine,
  positionOf,
  requireTerm,
  requireText,
} from './common';

export type ParticipantRole = 'mentor' | 'mentee';

const title = (text: string): Block => ({
  type: 'paragraph',
  runs: [{ text, bold: true }],
  align: 'center',
  indent: false,
});

/** Date left (or a blank to fill in), signature and «И.О. Фамилия» right. */
function dateAndSignature(date: Date | null | undefined, fullName: string): Block {
  return { type: 'twoEnds', left: formatDateOrBlank(date), right: DOC.signature(initialsName(fullName)), spaceBefore: 30 };
}

const plain = { indent: false, align: 'left' } as const;

function requireOrganisation(org: Organisation | undefined): { full: string; short: string } {
  return {
    full: requireText(org?.fullName, DOC_FIELDS.orgFullName),
    short: requireText(org?.shortName, DOC_FIELDS.orgShortName),
  };
}

const optional = (value: string | undefined | null): string | null => (value?.trim() ? value.trim() : null);

// ---- 5a. processing ----

export interface PersonalDataConsentInput {
  organisation: Organisation;
  subject: { fullName: string; role: ParticipantRole };
  /** Date of signing; a blank to fill in when absent. */
  date?: Date | null;
  /** Allow transfer to education authorities (the municipal report names people); default true. */
  transfer?: boolean;
}

export function personalDataConsent(input: PersonalDataConsentInput): DocModel {
  const org = requireOrganisation(input.organisation);
  const fullName = requireText(input.subject?.fullName, DOC_FIELDS.participant);
  const actions = [...PD_CONSENT.actions, ...(input.transfer === false ? [] : [PD_CONSENT.transfer])];
  const blocks: Block[] = [
    title(PD_CONSENT.title),
    { type: 'paragraph', runs: [{ text: PD_CONSENT.subject(fullName) }], spaceBefore: 18 },
    { type: 'paragraph', runs: [{ text: PD_CONSENT.passport }], ...plain },
    { type: 'paragraph', runs: [{ text: PD_CONSENT.address(genderOf(fullName)) }], ...plain },
    { type: 'paragraph', runs: [{ text: PD_CONSENT.grant }], ...plain },
    labelled(PD_CONSENT.operatorLabel, PD_CONSENT.operator(org.full, org.short, optional(input.organisation.address))),
    labelled(PD_CONSENT.purposeLabel, PD_CONSENT.purpose(input.subject.role)),
    labelled(PD_CONSENT.dataLabel, `${joinList(PD_CONSENT.data)}.`),
    labelled(PD_CONSENT.actionsLabel, `${joinList(actions, ', ')}.`),
    { type: 'paragraph', runs: [{ text: PD_CONSENT.methods }] },
    labelled(PD_CONSENT.termLabel, PD_CONSENT.term),
    labelled(PD_CONSENT.withdrawalLabel, PD_CONSENT.withdrawal),
    dateAndSignature(input.date, fullName),
  ];
  return { name: PD_CONSENT.fileName(initialsName(fullName)), blocks };
}

// ---- 5b. mentor's duties ----

export interface MentorDutiesConsentInput {
  organisation: Organisation;
  mentor: Person;
  /** May be empty before the pair is formed: a blank line is printed. */
  mentees: readonly Person[];
  form: string;
  kind?: string;
  start: Date;
  end: Date;
  /** Rubles a month, or a text («10 % должностного оклада»); a blank when absent. */
  pay?: number | string | null;
  /** Replaces the default list of duties. */
  duties?: readonly string[];
  date?: Date | null;
}

export function mentorDutiesConsent(input: MentorDutiesConsentInput): DocModel {
  const org = requireOrganisation(input.organisation);
  const fullName = requireText(input.mentor?.fullName, DOC_FIELDS.participant);
  const { from, to } = requireTerm(input.start, input.end, DOC_FIELDS.term, DOC_FIELDS.term);
  const mentees = input.mentees ?? [];
  const pay =
    input.pay === undefined || input.pay === null || input.pay === ''
      ? null
      : typeof input.pay === 'number'
        ? rubles(input.pay)
        : input.pay.trim();
  const formKind = [input.form?.trim(), input.kind?.trim()].filter(Boolean).join('; ');
  const duties = input.duties?.length ? input.duties : DUTIES_CONSENT.duties;

  const blocks: Block[] = [
    title(DUTIES_CONSENT.title),
    {
      type: 'paragraph',
      runs: [{ text: DUTIES_CONSENT.intro(fullName, positionOf(input.mentor), org.short) }],
      spaceBefore: 18,
    },
    labelled(
      mentees.length > 1 ? DUTIES_CONSENT.menteesLabel : DUTIES_CONSENT.menteeLabel,
      mentees.length ? `${mentees.map(personLine).join('; ')}.` : DOC.blankLine,
    ),
    labelled(DUTIES_CONSENT.dutiesLabel, `${joinList(duties)}.`),
    labelled(DUTIES_CONSENT.formLabel, `${formKind || DOC.blankLine}.`),
    labelled(DUTIES_CONSENT.termLabel, `${formatTerm(from, to)}.`),
    labelled(DUTIES_CONSENT.payLabel, DUTIES_CONSENT.pay(pay)),
    { type: 'paragraph', runs: [{ text: DUTIES_CONSENT.earlyStop }] },
    dateAndSignature(input.date, fullName),
  ];
  return { name: DUTIES_CONSENT.fileName(initialsName(fullName)), blocks };
}

// ---- 5c. distribution (the school site) ----

export interface PublishConsentInput {
  organisation: Organisation;
  subject: { fullName: string; role: ParticipantRole; email?: string };
  /** The page where data are published, e.g. the «Наставничество» section of the site. */
  siteAddress: string;
  /** Replaces the default list of data offered for publication. */
  data?: readonly string[];
  validUntil?: Date | null;
  date?: Date | null;
}

export function publishConsent(input: PublishConsentInput): DocModel {
  const org = requireOrganisation(input.organisation);
  const fullName = requireText(input.subject?.fullName, DOC_FIELDS.participant);
  const site = requireText(input.siteAddress, DOC_FIELDS.site);
  const o = input.organisation;
  const data = input.data?.length ? input.data : PUBLISH_CONSENT.data;
  const blocks: Block[] = [
    title(PUBLISH_CONSENT.title),
    { type: 'paragraph', runs: [{ text: PUBLISH_CONSENT.subject(fullName) }], spaceBefore: 18 },
    { type: 'paragraph', runs: [{ text: PUBLISH_CONSENT.contacts(optional(input.subject.email)) }], ...plain },
    { type: 'paragraph', runs: [{ text: PUBLISH_CONSENT.grant }], ...plain },
    labelled(
      PUBLISH_CONSENT.operatorLabel,
      PUBLISH_CONSENT.operator(org.full, org.short, optional(o.address), optional(o.inn), optional(o.ogrn)),
    ),
    labelled(PUBLISH_CONSENT.resourceLabel, PUBLISH_CONSENT.resource(site)),
    labelled(PUBLISH_CONSENT.purposeLabel, PUBLISH_CONSENT.purpose(input.subject.role)),
    { type: 'paragraph', runs: [{ text: PUBLISH_CONSENT.dataLabel, bold: true }], ...plain },
    { type: 'table', header: [...PUBLISH_CONSENT.dataHeader], rows: data.map((d) => [d, '', '']), widths: [5, 3, 4] },
    labelled(PUBLISH_CONSENT.conditionsLabel, PUBLISH_CONSENT.conditions),
    labelled(PUBLISH_CONSENT.termLabel, PUBLISH_CONSENT.term(isDate(input.validUntil) ? formatDate(input.validUntil) : null)),
    labelled(PUBLISH_CONSENT.withdrawalLabel, PUBLISH_CONSENT.withdrawal),
    dateAndSignature(input.date, fullName),
  ];
  return { name: PUBLISH_CONSENT.fileName(initialsName(fullName)), blocks };
}
