/**
 * 1. Приказ об утверждении Положения о системе наставничества педагогических работников и
 * дорожной карты, с назначением куратора. Appendix 1 is the Положение composed from
 * «Настройки» (or the school's own text when the caller supplies it), appendix 2 the roadmap
 * («Дорожная карта» sheet), appendix 3 the curator's duties. The basis cites the law, the
 * regional and municipal acts, the pedagogical council's protocol and the trade union's
 * opinion (273-ФЗ ст. 30 ч. 3); all staff of the banks acknowledge on «Лист ознакомления».
 */
import type { Block, DocModel } from '../docModel';
import { APPROVAL_ORDER, DOC_FIELDS, foldRussian } from '../../i18n/documents';
import { APPROVAL_BASIS, ROADMAP_ORDER } from '../../i18n/regulation';
import {
  enumerated,
  formatTerm,
  initialsName,
  item,
  type OrderRef,
  type Person,
  positionOf,
  requireNonEmpty,
  requireText,
} from './common';
import {
  type AcknowledgementSheet,
  appendixRef,
  byAppendix,
  composeOrder,
  type ControlClause,
  type OrderAppendix,
  type OrderRequisites,
  regulationCitation,
} from './orderFrame';
import { personInCase, surnameInitials } from '../grammar/names';
import { type RegulationInput, regulationBlocks } from './regulation';

/** A row of «Дорожная карта». */
export interface RoadmapRow {
  /** As typed in the sheet («1», «2.3»); rows are numbered 1…n when absent. */
  number?: string;
  stage: string;
  activity: string;
  content?: string;
  from?: Date | null;
  to?: Date | null;
  /** Free-text term («в течение года») used when there are no dates. */
  term?: string;
  responsible: string;
}

export interface ApprovalOrderInput {
  requisites: OrderRequisites;
  /** «2026/2027». */
  schoolYear?: string;
  curator: Person;
  roadmap: readonly RoadmapRow[];
  /** The school's own Положение, one paragraph per entry; composed from `regulation` when absent. */
  regulationText?: readonly string[];
  /** Settings the composed Положение quotes (pay, mentor cap, site, acts). */
  regulation?: Omit<RegulationInput, 'shortName' | 'curatorPosition'>;
  /** The curator's duties (appendix 3), replacing the default list. */
  curatorDuties?: readonly string[];
  /** «от 28.08.2026 № 1»: the pedagogical council's protocol; a blank to fill in when absent. */
  councilProtocol?: string;
  /** The trade union's opinion, «от 27.08.2026 № 3»; «нет» when there is no union; a blank when absent. */
  unionOpinion?: string;
  /** Everyone in the banks (mentors, mentees): they acknowledge on «Лист ознакомления». */
  staff?: readonly Person[];
  control?: ControlClause;
}

/**
 * The acknowledgement sheet: the curator, then everyone in the banks, in one name form;
 * the director signs and is left out;
 * the same person twice (the curator is also a mentor) once. The list form is «Фамилия И.О.»
 * (src/domain/grammar), whatever form the register holds.
 */
/** «Фамилия И.О.»; a name the grammar helper cannot read (digits, odd shapes) is turned round from «И.О. Фамилия». */
function listName(fullName: string): string {
  const form = surnameInitials(fullName);
  if (/\p{L}\.$/u.test(form) || !/\s/.test(form)) return form;
  const [initials, ...rest] = initialsName(fullName).split(' ');
  return rest.length && /^(?:\p{L}\.)+$/u.test(initials) ? `${rest.join(' ')} ${initials}` : form;
}

export function acknowledgementPeople(curator: Person, staff: readonly Person[], director: Person): AcknowledgementSheet {
  const seen = new Set([foldRussian(listName(director.fullName ?? ''))]);
  const people: AcknowledgementSheet['people'][number][] = [];
  for (const person of [curator, ...staff]) {
    const name = listName(person.fullName ?? '');
    const key = foldRussian(name);
    if (!name || seen.has(key)) continue;
    seen.add(key);
    people.push({ name, position: positionOf(person) });
  }
  return { people };
}

/** «Назначить заместителя директора … А.И. Петрову куратором …», or the colon form when a word cannot be declined. */
function appointCurator(curator: Person, fullName: string, ref: string): string {
  const accusative = personInCase({ position: curator.position, fullName: initialsName(fullName) }, 'accusative');
  return accusative
    ? APPROVAL_BASIS.appointCuratorDeclined(accusative, ref)
    : APPROVAL_BASIS.appointCurator(curator.position, initialsName(fullName), ref);
}

/** Roadmap rows as table rows; a stage repeated on consecutive rows is printed once. */
export function roadmapTableRows(rows: readonly RoadmapRow[]): string[][] {
  return rows.map((row, i) => {
    const sameStage = i > 0 && rows[i - 1].stage.trim() === row.stage.trim();
    const activity = row.content?.trim() ? `${row.activity.trim()}\n${row.content.trim()}` : row.activity.trim();
    const term = row.term?.trim() || formatTerm(row.from, row.to);
    return [row.number?.trim() || String(i + 1), sameStage ? '' : row.stage.trim(), activity, term, row.responsible.trim()];
  });
}

export function approvalOrder(input: ApprovalOrderInput): DocModel {
  const shortName = requireText(input.requisites.organisation?.shortName, DOC_FIELDS.orgShortName);
  const curatorName = requireText(input.curator?.fullName, DOC_FIELDS.curator);
  const roadmap = requireNonEmpty(input.roadmap, DOC_FIELDS.roadmap);
  const year = input.schoolYear?.trim() || undefined;

  const duties = input.curatorDuties?.length ? input.curatorDuties : APPROVAL_ORDER.curatorDuties;
  const dutyBlocks: Block[] = duties.map((text, i) => ({
    type: 'paragraph',
    runs: [{ text: `${i + 1}. ${text.trim().replace(/[.;,]+$/, '')}${i === duties.length - 1 ? '.' : ';'}` }],
  }));
  const regulation: OrderAppendix = input.regulationText?.length
    ? { title: APPROVAL_ORDER.regulationAppendixTitle(shortName), paragraphs: input.regulationText }
    : {
        title: APPROVAL_ORDER.regulationAppendixTitle(shortName),
        blocks: regulationBlocks({ ...input.regulation, shortName, curatorPosition: input.curator.position }),
      };
  const appendices: OrderAppendix[] = [
    regulation,
    {
      title: APPROVAL_ORDER.roadmapAppendixTitle(shortName, year),
      table: { header: [...APPROVAL_ORDER.roadmapHeader], rows: roadmapTableRows(roadmap), widths: [1, 4, 7, 3, 4] },
    },
    { title: APPROVAL_BASIS.curatorAppendixTitle, blocks: dutyBlocks },
  ];

  const items = [
    item(APPROVAL_ORDER.approveRegulation(shortName, appendixRef(0, appendices.length))),
    item(APPROVAL_ORDER.approveRoadmap(year, appendixRef(1, appendices.length))),
    item(appointCurator(input.curator, curatorName, byAppendix(2, appendices.length))),
    item(APPROVAL_BASIS.curatorLead, enumerated(APPROVAL_BASIS.curatorItems)),
  ];

  const acts = [input.regulation?.regionalAct, input.regulation?.municipalAct]
    .map((a) =>
      (a ?? '')
        .replace(/\s+/g, ' ')
        .trim()
        .replace(/[.;,]+$/, ''),
    )
    .filter(Boolean);
  const union = (input.unionOpinion ?? '').trim();
  return composeOrder({
    requisites: input.requisites,
    title: APPROVAL_ORDER.title,
    basis: APPROVAL_BASIS.basis(
      shortName,
      acts,
      APPROVAL_BASIS.protocol((input.councilProtocol ?? '').trim()),
      APPROVAL_BASIS.noUnion.test(union) ? null : APPROVAL_BASIS.protocol(union),
    ),
    items,
    control: input.control,
    acknowledged: [curatorName],
    appendices,
    acknowledgementSheet: acknowledgementPeople(input.curator, input.staff ?? [], input.requisites.director),
  });
}

export interface RoadmapOrderInput {
  requisites: OrderRequisites;
  /** «2027/2028». */
  schoolYear?: string;
  curator: Person;
  roadmap: readonly RoadmapRow[];
  /** The order that approved the Положение (it stays in force), cited in the basis when known. */
  regulation?: OrderRef;
  control?: ControlClause;
}

/**
 * The roadmap of a new school year on its own (seed 000 is such an order): the Положение
 * approved earlier stays in force and is cited; one appendix, the roadmap.
 */
export function roadmapOrder(input: RoadmapOrderInput): DocModel {
  const shortName = requireText(input.requisites.organisation?.shortName, DOC_FIELDS.orgShortName);
  const curatorName = requireText(input.curator?.fullName, DOC_FIELDS.curator);
  const roadmap = requireNonEmpty(input.roadmap, DOC_FIELDS.roadmap);
  const year = input.schoolYear?.trim() || undefined;
  return composeOrder({
    requisites: input.requisites,
    title: ROADMAP_ORDER.title(year),
    basis: ROADMAP_ORDER.basis(regulationCitation(shortName, input.regulation), year),
    items: [
      item(ROADMAP_ORDER.approve(year, appendixRef(0, 1))),
      item(ROADMAP_ORDER.curatorLead, enumerated(ROADMAP_ORDER.curatorItems)),
    ],
    control: input.control,
    acknowledged: [curatorName],
    appendices: [
      {
        title: ROADMAP_ORDER.appendixTitle(shortName, year),
        table: { header: [...APPROVAL_ORDER.roadmapHeader], rows: roadmapTableRows(roadmap), widths: [1, 4, 7, 3, 4] },
      },
    ],
  });
}
