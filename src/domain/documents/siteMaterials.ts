/**
 * «Материалы для сайта»: what the school may publish in its «Наставничество» section —
 * mentors who signed the consent to publication (name, position, subject only) and the
 * programmes finished this year with their results. Nobody else's data: mentees are never
 * named, and a mentor without the consent is not named either.
 */
import type { DocModel } from '../docModel';
import { SITE_MATERIALS } from '../../i18n/documents';
import { formatTerm, heading, requireText } from './common';

export interface PublishableMentor {
  fullName: string;
  position: string;
  subject: string;
  /** The consent to publication (ст. 10.1 152-ФЗ) is on file and not withdrawn. */
  consentToPublish: boolean;
}

export interface FinishedProgramme {
  form: string;
  kind: string;
  start: Date | null;
  end: Date | null;
  result: string;
  /** The mentor, named only when they consented to publication. */
  mentor?: PublishableMentor;
}

export interface SiteMaterialsInput {
  organisationShortName: string;
  schoolYear: string;
  mentors: readonly PublishableMentor[];
  programmes: readonly FinishedProgramme[];
}

export function siteMaterials(input: SiteMaterialsInput): DocModel {
  const org = requireText(input.organisationShortName, SITE_MATERIALS.mentorsHeading);
  const publishable = input.mentors.filter((m) => m.consentToPublish);
  const blocks: DocModel['blocks'] = [
    heading(SITE_MATERIALS.title(org)),
    { type: 'paragraph', runs: [{ text: SITE_MATERIALS.intro(input.schoolYear) }], spaceBefore: 12 },
    {
      type: 'paragraph',
      runs: [{ text: SITE_MATERIALS.mentorsHeading, bold: true }],
      align: 'left',
      indent: false,
      spaceBefore: 12,
    },
  ];
  if (publishable.length) {
    blocks.push({
      type: 'table',
      header: [...SITE_MATERIALS.mentorsHeader],
      rows: publishable.map((m, i) => [String(i + 1), m.fullName, m.position, m.subject]),
      widths: [1, 6, 5, 5],
    });
    blocks.push({ type: 'paragraph', runs: [{ text: SITE_MATERIALS.mentorsNote }], small: true, indent: false });
  } else {
    blocks.push({ type: 'paragraph', runs: [{ text: SITE_MATERIALS.noMentors }] });
  }
  blocks.push({
    type: 'paragraph',
    runs: [{ text: SITE_MATERIALS.programmesHeading, bold: true }],
    align: 'left',
    indent: false,
    spaceBefore: 12,
  });
  if (input.programmes.length) {
    blocks.push({
      type: 'table',
      header: [...SITE_MATERIALS.programmesHeader],
      rows: input.programmes.map((p, i) => {
        const mentor = p.mentor?.consentToPublish ? `\n${SITE_MATERIALS.mentorOf(p.mentor.fullName)}` : '';
        return [String(i + 1), p.form, p.kind, formatTerm(p.start, p.end), `${p.result}${mentor}`];
      }),
      widths: [1, 5, 4, 4, 6],
    });
  } else {
    blocks.push({ type: 'paragraph', runs: [{ text: SITE_MATERIALS.noProgrammes }] });
  }
  return { name: SITE_MATERIALS.fileName(org, input.schoolYear), blocks };
}
