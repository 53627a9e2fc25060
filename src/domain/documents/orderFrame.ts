/**
 * The frame every order shares, with the requisites in the order ГОСТ Р 7.0.97 sets for a
 * распорядительный документ: organisation (full name, short name in brackets), kind
 * («ПРИКАЗ»), date and number on one line, place, title, text (basis, «ПРИКАЗЫВАЮ:»,
 * numbered items, control item), signature, acknowledgement list; appendices follow, each
 * from a new page with its mark. Layout (fonts, margins, indents) is the renderer's job.
 */
import type { Block, DocModel, NumberedItem, TableBlock } from '../docModel';
import { surnameInitials } from '../grammar/names';
import { depthOf } from '../docModel';
import { DOC, DOC_ERRORS, DOC_FIELDS, foldRussian, LAW } from '../../i18n/documents';
import {
  bareNumber,
  distinct,
  DocumentInputError,
  formatDate,
  initialsName,
  isDate,
  item,
  type OrderRef,
  type Organisation,
  type Person,
  requireDate,
  requireText,
} from './common';

/** ГОСТ-style orders stop at four levels (1.2.3.4.). */
export const MAX_ITEM_DEPTH = 4;

/** Requisites from «Настройки» and the register of orders. */
export interface OrderRequisites {
  organisation: Organisation;
  date: Date;
  /** «45-од» (with the suffix from «Настройки»); a leading «№» is dropped. */
  number: string;
  /** Who signs: position («Директор») and name (any form; printed «И.О. Фамилия»). */
  director: Person;
}

/** Who keeps control: the director («оставляю за собой») or a named person. */
export type ControlClause = { by: 'director' } | { by: 'assigned'; person: Person };

export interface OrderAppendix {
  title: string;
  /** Paragraphs under the title (e.g. the school's own text of a Положение). */
  paragraphs?: readonly string[];
  table?: Omit<TableBlock, 'type'>;
  /** Blocks after the paragraphs and the table (a composed act such as the Положение). */
  blocks?: readonly Block[];
}

/** A name held only with initials («А.М. Киселёва», «Киселёва А.М.»), not in full. */
const heldAsInitials = (name: string) => /\p{Lu}\./u.test(name);

/**
 * Everyone who acknowledges, once each, as «Фамилия И.О.». People are told apart by their full
 * names — two colleagues may share «Иванова А.А.» and each must sign; a name held only with
 * initials is the same person as a full name of that short form (the curator is held so in
 * «Настройки» and in full in a bank).
 */
export function acknowledgementNames(names: readonly string[]): string[] {
  const people = distinct(names);
  const fullShort = new Set(people.filter((n) => !heldAsInitials(n)).map((n) => foldRussian(surnameInitials(n))));
  const initialsSeen = new Set<string>();
  const out: string[] = [];
  for (const name of people) {
    const short = surnameInitials(name);
    const key = foldRussian(short);
    if (heldAsInitials(name)) {
      if (fullShort.has(key) || initialsSeen.has(key)) continue;
      initialsSeen.add(key);
    }
    out.push(short);
  }
  return out;
}

/** The acknowledgement as a sheet of its own after the appendices: number, name, position, signature, date. */
export interface AcknowledgementSheet {
  people: readonly { name: string; position: string }[];
}

export interface OrderFrameInput {
  requisites: OrderRequisites;
  /** «О…/Об…», no final stop. */
  title: string;
  /** «В соответствии с …», no final punctuation: «ПРИКАЗЫВАЮ:» follows. */
  basis: string;
  /** Operative items; the control item is added as the last one. */
  items: readonly NumberedItem[];
  control?: ControlClause;
  /** Full names of the people the order names, as in the register. */
  acknowledged: readonly string[];
  appendices?: readonly OrderAppendix[];
  /** When given, everyone acknowledges on «Лист ознакомления» after the appendices instead. */
  acknowledgementSheet?: AcknowledgementSheet;
}

export class ItemDepthError extends DocumentInputError {
  constructor(readonly depth: number) {
    super(DOC_ERRORS.depth(depth));
    this.name = 'ItemDepthError';
  }
}

/** Throws when the items nest deeper than four levels. */
export function checkItemDepth(items: readonly NumberedItem[]): void {
  const depth = depthOf(items as NumberedItem[]);
  if (depth > MAX_ITEM_DEPTH) throw new ItemDepthError(depth);
}

/** One appendix is not numbered (ГОСТ Р 7.0.97); several are 1, 2, … */
export function appendixIndex(index: number, total: number): number | null {
  return total > 1 ? index + 1 : null;
}

/** «(приложение 2)» / «(приложение)» for the item that refers to an appendix. */
export function appendixRef(index: number, total: number): string {
  return DOC.appendixRef(appendixIndex(index, total));
}

/** «согласно приложению 2» / «согласно приложению». */
export function byAppendix(index: number, total: number): string {
  return DOC.byAppendix(appendixIndex(index, total));
}

function controlItem(control: ControlClause): NumberedItem {
  return control.by === 'director'
    ? item(DOC.controlByDirector)
    : item(DOC.controlAssigned(control.person.position, initialsName(control.person.fullName)));
}

function sameName(a: string, b: string): boolean {
  return foldRussian(initialsName(a)) === foldRussian(initialsName(b));
}

/** The checked requisites, formatted. */
export function orderHeader(requisites: OrderRequisites): { date: string; number: string } {
  const date = requireDate(requisites.date, DOC_FIELDS.orderDate);
  const number = bareNumber(requireText(requisites.number, DOC_FIELDS.orderNumber));
  return { date: formatDate(date), number };
}

export function composeOrder(input: OrderFrameInput): DocModel {
  const { requisites } = input;
  const org = requisites.organisation;
  const fullName = requireText(org?.fullName, DOC_FIELDS.orgFullName);
  const shortName = requireText(org?.shortName, DOC_FIELDS.orgShortName);
  const place = requireText(org?.place, DOC_FIELDS.place);
  const directorName = requireText(requisites.director?.fullName, DOC_FIELDS.director);
  const { date, number } = orderHeader(requisites);
  const title = input.title.trim().replace(/\.+$/, '');
  const control = input.control ?? { by: 'director' };
  const items = [...input.items, controlItem(control)];
  checkItemDepth(items);

  const blocks: Block[] = [
    { type: 'paragraph', runs: [{ text: fullName, bold: true }], align: 'center', indent: false },
    { type: 'paragraph', runs: [{ text: DOC.shortNameInBrackets(shortName), bold: true }], align: 'center', indent: false },
    { type: 'paragraph', runs: [{ text: DOC.orderWord, bold: true }], align: 'center', indent: false, spaceBefore: 18 },
    { type: 'twoEnds', left: date, right: DOC.numberSign(number), spaceBefore: 12 },
    { type: 'paragraph', runs: [{ text: place }], align: 'center', indent: false, spaceBefore: 6 },
    { type: 'paragraph', runs: [{ text: title, bold: true }], align: 'center', indent: false, spaceBefore: 18 },
    { type: 'paragraph', runs: [{ text: input.basis.trim().replace(/[.,;:]+$/, '') }], spaceBefore: 18 },
    { type: 'paragraph', runs: [{ text: DOC.orderVerb }], align: 'left', indent: false, spaceBefore: 12 },
    { type: 'numbered', items },
    { type: 'twoEnds', left: requisites.director.position.trim(), right: initialsName(directorName), spaceBefore: 36 },
  ];

  // The director signs the order; everyone else it names acknowledges it.
  const names = [...input.acknowledged, ...(control.by === 'assigned' ? [control.person.fullName] : [])];
  // One form for the whole list: «Фамилия И.О.», whether the register holds «А.М. Киселёва» or a full name.
  const acknowledged = acknowledgementNames(names).filter((n) => !sameName(n, directorName));
  if (acknowledged.length && !input.acknowledgementSheet) {
    blocks.push(
      { type: 'paragraph', runs: [{ text: DOC.acknowledgement }], align: 'left', indent: false, spaceBefore: 24 },
      { type: 'table', header: [...DOC.acknowledgementHeader], rows: acknowledged.map((n) => [n, '', '']), widths: [6, 3, 2] },
    );
  }

  if (input.acknowledgementSheet?.people.length)
    blocks.push(
      { type: 'paragraph', runs: [{ text: DOC.acknowledgement }], align: 'left', indent: false, spaceBefore: 24 },
      { type: 'paragraph', runs: [{ text: DOC.acknowledgementBySheet }], align: 'left', indent: false },
    );

  const appendices = input.appendices ?? [];
  appendices.forEach((appendix, i) => {
    blocks.push(
      { type: 'pageBreak' },
      {
        type: 'paragraph',
        runs: [{ text: DOC.appendixMark(appendixIndex(i, appendices.length), date, number) }],
        align: 'right',
        indent: false,
        small: true,
      },
      { type: 'paragraph', runs: [{ text: appendix.title, bold: true }], align: 'center', indent: false, spaceBefore: 12 },
    );
    for (const text of appendix.paragraphs ?? []) blocks.push({ type: 'paragraph', runs: [{ text }] });
    if (appendix.table) blocks.push({ type: 'table', ...appendix.table });
    if (appendix.blocks) blocks.push(...appendix.blocks);
  });

  const sheet = input.acknowledgementSheet;
  if (sheet?.people.length) {
    blocks.push(
      { type: 'pageBreak' },
      { type: 'paragraph', runs: [{ text: DOC.acknowledgementSheetTitle, bold: true }], align: 'center', indent: false },
      { type: 'paragraph', runs: [{ text: DOC.acknowledgementSheetOf(date, number, title) }], align: 'center', indent: false },
      {
        type: 'table',
        header: [...DOC.acknowledgementSheetHeader],
        rows: sheet.people.map((p, i) => [String(i + 1), p.name, p.position, '', '']),
        widths: [1, 5, 5, 3, 2],
      },
    );
  }

  return { name: DOC.orderFileName(date, number, title), blocks };
}

/** «Положением о системе наставничества … , утверждённым приказом от … № …». */
export function regulationCitation(shortName: string, ref?: OrderRef): string {
  return LAW.regulation(
    shortName,
    ref && isDate(ref.date) ? { date: formatDate(ref.date), number: bareNumber(ref.number) } : undefined,
  );
}
