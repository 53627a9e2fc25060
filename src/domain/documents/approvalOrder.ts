/**
 * 1. Приказ об утверждении Положения о системе наставничества педагогических работников и
 * дорожной карты, с назначением куратора. The Положение itself is the school's text: the
 * order refers to it as appendix 1 and carries it only if the caller supplies it; the
 * roadmap («Дорожная карта» sheet) is appendix 2, a table.
 */
import type { DocModel } from '../docModel';
import { APPROVAL_ORDER, DOC_FIELDS } from '../../i18n/documents';
import { enumerated, formatTerm, initialsName, item, type Person, requireNonEmpty, requireText } from './common';
import { appendixRef, composeOrder, type ControlClause, type OrderAppendix, type OrderRequisites } from './orderFrame';

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
  /** The school's Положение, one paragraph per entry; a placeholder line when absent. */
  regulationText?: readonly string[];
  /** The curator's duties, replacing the default list. */
  curatorDuties?: readonly string[];
  control?: ControlClause;
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

  const appendices: OrderAppendix[] = [
    {
      title: APPROVAL_ORDER.regulationAppendixTitle(shortName),
      paragraphs: input.regulationText?.length ? input.regulationText : [APPROVAL_ORDER.regulationPlaceholder],
    },
    {
      title: APPROVAL_ORDER.roadmapAppendixTitle(shortName, year),
      table: { header: [...APPROVAL_ORDER.roadmapHeader], rows: roadmapTableRows(roadmap), widths: [1, 4, 7, 3, 4] },
    },
  ];

  const duties = input.curatorDuties?.length ? input.curatorDuties : APPROVAL_ORDER.curatorDuties;
  const items = [
    item(APPROVAL_ORDER.approveRegulation(shortName, appendixRef(0, appendices.length))),
    item(APPROVAL_ORDER.approveRoadmap(year, appendixRef(1, appendices.length))),
    item(APPROVAL_ORDER.appointCurator(input.curator.position, initialsName(curatorName))),
    item(APPROVAL_ORDER.curatorDutiesLead, enumerated(duties)),
  ];

  return composeOrder({
    requisites: input.requisites,
    title: APPROVAL_ORDER.title,
    basis: APPROVAL_ORDER.basis(shortName),
    items,
    control: input.control,
    acknowledged: [curatorName],
    appendices,
  });
}
