/**
 * The four orders of the mentoring cycle, each made from the register: numbered, filed,
 * recorded in «Приказы», and made again into the same draft when its basis is unchanged.
 */
import { registerSheet } from '../../register/workbook';
import { last } from '../../domain/lists';
import { missingConsents } from '../../domain/consents';
import { toIsoDate, toRussianDate } from '../../domain/isoDate';
import { isClosed } from '../../domain/pairs';
import type { DocModel } from '../../domain/docModel';
import {
  approvalOrder,
  completionOrder,
  type OrderRef,
  type OrderRequisites,
  pairsOrder,
  type Person,
  rewardOrder,
  roadmapOrder,
  type RoadmapRow,
} from '../../domain/documents';
import { DOC_ACTIONS, ORDER_KIND_LABELS } from '../../i18n/documents';
import { WRITE_CONFLICTS } from '../../i18n/messages';
import { SHEET_TITLES } from '../../i18n/register';
import { sheetSpec } from '../../register/spec';
import { parseTable } from '../../register/table';
import { type CellChange, conflictLines, writeChanges } from '../../register/tableWrite';
import { loadPairingRegister, type PairingRegister, type PairRecord } from '../pairing/pairingRegister';
import { DocumentStore, type DocumentServices, docIdOfUrl } from './documentStore';
import {
  addOrder,
  findOrder,
  nextOrderNumber,
  orderWithNumber,
  ORDER_STATUS,
  type OrderRecord,
  type OrderRegister,
  ordersAbout,
  overlappingDraft,
  readOrderRegister,
  updateDraft,
} from './orderRegister';
import { approvalExtras } from './regulationContext';
import { DocumentActionError, type SchoolContext, schoolContext } from './schoolContext';

export type OrderKind = keyof typeof ORDER_KIND_LABELS;

export interface OrderResult {
  /** Set when the same order is signed already and the caller must ask before a new one. */
  signedExisting?: OrderRecord;
  number: string;
  date: Date;
  url: string;
  reused: boolean;
  lines: string[];
}

/** What the curator is asked while an order is made (the menu's dialogs, the panel's fields). */
export interface OrderQuestions {
  /**
   * The number and date to register a new order under, given the next free ones of «Приказы»;
   * null: the curator cancelled. Not asked when a draft is made again (it keeps its number).
   */
  choose?: (proposed: OrderRef) => OrderRef | null;
  /** Pairs starting before the order's date («П-0001 с 01.09.2026»): fix them anyway? */
  confirmEarlyStart?: (pairs: string[], date: Date) => boolean;
  /** The same order is signed already: make a new one. */
  newWhenSigned?: boolean;
}

interface OrderPlan {
  basis: string[];
  /** The plan as of the order's date, when that changes it (consents dated later, start dates). */
  at?: (date: Date) => OrderPlan;
  /** Lines said before the order's own (e.g. pairs left for a later order). */
  notes?: string[];
  /** Pairs starting before the order's date, to be confirmed. */
  earlyStarts?: string[];
  compose: (requisites: OrderRequisites) => DocModel;
  /** After the order is written: e.g. its number into the pairs. */
  after?: (ref: OrderRef) => string[];
}

/** The Положение's approval order, when there is one, for the basis of later orders. */
function regulationRef(orders: OrderRegister): OrderRef | undefined {
  const order = last(orders.orders.filter((o) => o.kind === ORDER_KIND_LABELS.approval && o.date));
  return order ? { number: order.number, date: order.date! } : undefined;
}

/**
 * The earliest approval order of the Положение, signed or a draft, dated on or before `date`
 * (any date when null).
 */
function approvalBy(orders: OrderRegister, date: Date | null): OrderRecord | undefined {
  return orders.orders
    .filter(
      (o) =>
        o.kind === ORDER_KIND_LABELS.approval &&
        (o.status === ORDER_STATUS.signed || o.status === ORDER_STATUS.draft) &&
        o.date &&
        (date === null || toIsoDate(o.date) <= toIsoDate(date)),
    )
    .sort((a, b) => a.date!.getTime() - b.date!.getTime())[0];
}

const person = (p: { fullName: string; position?: string; subject?: string }): Person => ({
  fullName: p.fullName,
  position: p.position ?? '',
  subject: p.subject,
});

function people(reg: PairingRegister, pair: PairRecord) {
  const mentor = reg.mentors.list.find((m) => m.id === pair.mentorId);
  const mentees = pair.menteeIds.map((id) => reg.mentees.list.find((m) => m.id === id));
  return { mentor, mentees };
}

function writePairsOrderRef(reg: PairingRegister, pairs: PairRecord[], ref: OrderRef): string[] {
  const { sheet, grid, table } = reg.pairs;
  const changes: CellChange[] = [];
  const set = (pair: PairRecord, key: 'orderNumber' | 'orderDate' | 'status', value: unknown) => {
    const column = table.headers.index.get(key);
    if (column !== undefined) changes.push({ row: pair.row, column, value });
  };
  for (const pair of pairs) {
    set(pair, 'orderNumber', ref.number);
    set(pair, 'orderDate', ref.date);
    if (pair.status === 'проект') set(pair, 'status', 'закреплена');
  }
  const width = grid[0].length;
  const formulas = () => sheet.getRange(1, 1, grid.length, width).getFormulas();
  const left = writeChanges(sheet, grid, formulas, changes, { keyColumn: table.headers.index.get('id') });
  const conflicts = conflictLines(sheet.getName(), table.headerRow, left);
  return [DOC_ACTIONS.pairsMarked(pairs.length), ...conflicts, ...(conflicts.length ? [WRITE_CONFLICTS.advice] : [])];
}

function planPairsOrder(ctx: SchoolContext, reg: PairingRegister, orders: OrderRegister, date: Date): OrderPlan {
  const drafts = new Set(
    orders.orders.filter((o) => o.kind === ORDER_KIND_LABELS.pairs && o.status === ORDER_STATUS.draft).map((o) => o.number),
  );
  const candidates = reg.pairs.list.filter(
    (p) => (p.status === 'проект' || p.status === 'закреплена') && (!p.orderNumber || drafts.has(p.orderNumber)),
  );
  if (!candidates.length) throw new DocumentActionError(DOC_ACTIONS.noPairsForOrder);
  const gaps = new Map(
    candidates.map((pair) => {
      const { mentor, mentees } = people(reg, pair);
      return [pair.id, missingConsents(mentor, mentees, pair.menteeIds, pair.mentorId, pair.dutiesConsent, date)] as const;
    }),
  );
  const pairs = candidates.filter((p) => !gaps.get(p.id)!.length);
  const later = candidates.filter((p) => gaps.get(p.id)!.length);
  const laterLines = later.map((p) => DOC_ACTIONS.pairLater(p.id, gaps.get(p.id)!));
  if (!pairs.length) throw new DocumentActionError([DOC_ACTIONS.noReadyPairs, ...laterLines].join('\n'));
  const regulation = regulationRef(orders);
  return {
    basis: pairs.map((p) => p.id),
    at: (orderDate) => planPairsOrder(ctx, reg, orders, orderDate),
    notes: later.length ? [DOC_ACTIONS.pairsLater(later.length), ...laterLines] : [],
    earlyStarts: pairs
      .filter((p) => p.startDate && toIsoDate(p.startDate) < toIsoDate(date))
      .map((p) => DOC_ACTIONS.earlyStartPair(p.id, toRussianDate(p.startDate!))),
    compose: (requisites) =>
      pairsOrder({
        requisites,
        curator: ctx.curator,
        regulation,
        pairs: pairs.map((pair) => {
          const { mentor, mentees } = people(reg, pair);
          return {
            pairId: pair.id,
            mentor: person(mentor ?? { fullName: pair.mentorId }),
            mentees: mentees.map((m, i) => person(m ?? { fullName: pair.menteeIds[i] })),
            form: pair.form,
            kind: pair.kind,
            start: pair.startDate!,
            plannedEnd: pair.plannedEnd!,
            consentsComplete: true,
            missing: [],
          };
        }),
      }),
    after: (ref) => writePairsOrderRef(reg, pairs, ref),
  };
}

function planCompletionOrder(ctx: SchoolContext, reg: PairingRegister, orders: OrderRegister): OrderPlan {
  const kind = ORDER_KIND_LABELS.completion;
  const pairs = reg.pairs.list.filter(
    (p) => isClosed(p) && ordersAbout(orders, kind, p.id).every((o) => o.status === ORDER_STATUS.draft),
  );
  if (!pairs.length) throw new DocumentActionError(DOC_ACTIONS.noCompletedPairs);
  return {
    basis: pairs.map((p) => p.id),
    compose: (requisites) =>
      completionOrder({
        requisites,
        curator: ctx.curator,
        regulation: regulationRef(orders),
        pairs: pairs.map((pair) => {
          const { mentor, mentees } = people(reg, pair);
          return {
            pairId: pair.id,
            mentor: person(mentor ?? { fullName: pair.mentorId }),
            mentees: mentees.map((m, i) => person(m ?? { fullName: pair.menteeIds[i] })),
            start: pair.startDate!,
            plannedEnd: pair.plannedEnd,
            endDate: pair.endDate ?? new Date(),
            reason: pair.completionReason,
          };
        }),
      }),
  };
}

function planRewardOrder(ctx: SchoolContext, reg: PairingRegister, orders: OrderRegister): OrderPlan {
  const kind = ORDER_KIND_LABELS.reward;
  const mentorIds = [...new Set(reg.pairs.list.filter((p) => p.status === 'завершена').map((p) => p.mentorId))].filter((id) =>
    ordersAbout(orders, kind, id).every((o) => o.status === ORDER_STATUS.draft),
  );
  const mentors = mentorIds.map((id) => reg.mentors.list.find((m) => m.id === id)).filter((m) => m !== undefined);
  if (!mentors.length) throw new DocumentActionError(DOC_ACTIONS.noRewards);
  return {
    basis: mentors.map((m) => m.id),
    compose: (requisites) =>
      rewardOrder({
        requisites,
        curator: ctx.curator,
        schoolYear: ctx.schoolYear,
        regulation: regulationRef(orders),
        rewards: mentors.map((m) => ({ mentor: person(m), reward: 'gratitude', grounds: DOC_ACTIONS.rewardGrounds })),
      }),
  };
}

function roadmapRows(services: DocumentServices): RoadmapRow[] {
  const sheet = registerSheet(services.ss, SHEET_TITLES.roadmap);
  const table = parseTable(sheet ? sheet.getDataRange().getValues() : [], sheetSpec('roadmap'));
  return table.records.map((r) => ({
    number: String(r.values.number ?? ''),
    stage: String(r.values.stage ?? ''),
    activity: String(r.values.activity ?? ''),
    content: String(r.values.content ?? ''),
    from: (r.values.from as Date | null) ?? null,
    to: (r.values.to as Date | null) ?? null,
    responsible: String(r.values.responsible ?? ''),
  }));
}

/** The roadmap of a new school year on its own; the Положение approved earlier is cited. */
function planRoadmapOrder(ctx: SchoolContext, services: DocumentServices, orders: OrderRegister): OrderPlan {
  const roadmap = roadmapRows(services);
  if (!roadmap.length) throw new DocumentActionError(DOC_ACTIONS.roadmapEmpty);
  return {
    basis: [ctx.schoolYear || 'roadmap'],
    compose: (requisites) =>
      roadmapOrder({ requisites, schoolYear: ctx.schoolYear, curator: ctx.curator, roadmap, regulation: regulationRef(orders) }),
  };
}

function planApprovalOrder(ctx: SchoolContext, services: DocumentServices): OrderPlan {
  const roadmap = roadmapRows(services);
  if (!roadmap.length) throw new DocumentActionError(DOC_ACTIONS.roadmapEmpty);
  return {
    basis: [ctx.schoolYear || 'roadmap'],
    compose: (requisites) =>
      approvalOrder({ requisites, schoolYear: ctx.schoolYear, curator: ctx.curator, roadmap, ...approvalExtras(ctx, services) }),
  };
}

/**
 * Makes (or makes again) an order. A new one is registered under the number and date the
 * curator chose (the next free ones of «Приказы» proposed), recorded in «Приказы» before its
 * file is made: stopped anywhere, running again finds the row and makes the same order.
 */
export function generateOrder(
  services: DocumentServices,
  kind: OrderKind,
  today: Date,
  questions: OrderQuestions = {},
): OrderResult {
  const ctx = schoolContext(services.ss);
  const orders = readOrderRegister(services.ss);
  if (!orders) throw new DocumentActionError(DOC_ACTIONS.settingsMissing([SHEET_TITLES.orders]));
  const label = ORDER_KIND_LABELS[kind];
  let plan =
    kind === 'approval'
      ? planApprovalOrder(ctx, services)
      : kind === 'roadmap'
        ? planRoadmapOrder(ctx, services, orders)
        : (() => {
            const reg = loadPairingRegister(services.ss);
            if (kind === 'pairs') return planPairsOrder(ctx, reg, orders, today);
            if (kind === 'completion') return planCompletionOrder(ctx, reg, orders);
            return planRewardOrder(ctx, reg, orders);
          })();

  const existing = findOrder(orders, label, plan.basis);
  if (existing?.status === ORDER_STATUS.signed && !questions.newWhenSigned) {
    return {
      signedExisting: existing,
      number: existing.number,
      date: existing.date ?? today,
      url: existing.docLink,
      reused: true,
      lines: [],
    };
  }
  const draft = existing?.status === ORDER_STATUS.draft ? existing : overlappingDraft(orders, label, plan.basis);
  // Pairs are fixed only after the Положение is approved: asked before the number is.
  if (kind === 'pairs' && !approvalBy(orders, null)) throw new DocumentActionError(DOC_ACTIONS.noApprovalOrder);
  let ref: OrderRef;
  if (draft) ref = { number: draft.number, date: draft.date ?? today };
  else {
    const proposed = { number: nextOrderNumber(orders, today.getFullYear(), ctx.orderSuffix, ctx.orderStartNumber), date: today };
    const chosen = questions.choose ? questions.choose(proposed) : proposed;
    if (!chosen) throw new DocumentActionError(DOC_ACTIONS.cancelled);
    const taken = orderWithNumber(orders, chosen.number, chosen.date);
    if (taken) throw new DocumentActionError(DOC_ACTIONS.numberTaken(chosen.number, taken.title || taken.kind));
    ref = chosen;
  }
  if (kind === 'pairs' && !approvalBy(orders, ref.date)) {
    const approval = approvalBy(orders, null)!;
    throw new DocumentActionError(
      DOC_ACTIONS.approvalAfterOrder(approval.number, toRussianDate(approval.date!), toRussianDate(ref.date)),
    );
  }
  if (plan.at && toIsoDate(ref.date) !== toIsoDate(today)) plan = plan.at(ref.date);
  if (plan.earlyStarts?.length && !draft) {
    const confirmed = questions.confirmEarlyStart?.(plan.earlyStarts, ref.date) ?? false;
    if (!confirmed) throw new DocumentActionError(DOC_ACTIONS.earlyStartRefused(plan.earlyStarts, toRussianDate(ref.date)));
  }
  const model = plan.compose({ organisation: ctx.organisation, director: ctx.director, date: ref.date, number: ref.number });
  const store = new DocumentStore(services, ctx);
  // A folder that can't be used stops the order before its number is taken.
  store.ensureFolder();
  // Intent first: the number is taken in «Приказы» before the file exists.
  const intent: OrderRecord =
    draft ??
    addOrder(orders, {
      number: ref.number,
      date: ref.date,
      kind: label,
      title: model.name,
      docLink: '',
      basis: plan.basis,
      status: ORDER_STATUS.draft,
    });
  // Signed and cancelled orders are never touched, whatever their names.
  const keep = new Set(orders.orders.filter((o) => o !== intent).map((o) => docIdOfUrl(o.docLink) ?? ''));
  const written = store.replace(model, [docIdOfUrl(intent.docLink) ?? ''].filter(Boolean), {
    lookForLost: true,
    keep,
  });
  const conflicts = updateDraft(orders, intent, { title: model.name, basis: plan.basis, docLink: written.url });
  const lines = [
    draft?.docLink ? DOC_ACTIONS.updated(label, ref.number, written.url) : DOC_ACTIONS.created(label, ref.number, written.url),
    ...(plan.after?.(ref) ?? []),
    ...(plan.notes ?? []),
    ...store.notes,
    ...conflicts,
    ...(conflicts.length ? [WRITE_CONFLICTS.advice] : []),
  ];
  return { number: ref.number, date: ref.date, url: written.url, reused: !!draft, lines };
}
