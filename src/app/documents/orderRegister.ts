/**
 * «Приказы»: the register of orders the add-on made. Numbers run within a calendar year from
 * «Первый номер приказа в году»; an order is identified by its kind and its basis (the IDs
 * of the records it is about), so the same order is never made twice.
 */
import { registerSheet } from '../../register/workbook';
import { last } from '../../domain/lists';
import type { SheetPort, SpreadsheetPort } from '../../gas/ports';
import { SHEET_TITLES } from '../../i18n/register';
import { nextIds } from '../../register/ids';
import { LIST_SEPARATOR, sheetSpec } from '../../register/spec';
import { parseTable, type TableRead } from '../../register/table';
import { appendRows, type CellChange, conflictLines, rowFor, writeChanges } from '../../register/tableWrite';

export const ORDER_STATUS = { draft: 'проект', signed: 'подписан', cancelled: 'отменён' } as const;

export interface OrderRecord {
  row: number;
  id: string;
  number: string;
  date: Date | null;
  kind: string;
  title: string;
  docLink: string;
  basis: string[];
  status: string;
}

export interface OrderRegister {
  sheet: SheetPort;
  table: TableRead;
  grid: unknown[][];
  orders: OrderRecord[];
}

export function readOrderRegister(ss: SpreadsheetPort): OrderRegister | null {
  const sheet = registerSheet(ss, SHEET_TITLES.orders);
  if (!sheet) return null;
  const grid = sheet.getDataRange().getValues();
  const table = parseTable(grid, sheetSpec('orders'));
  const orders = table.records.map((r) => ({
    row: r.row,
    id: String(r.values.id ?? ''),
    number: String(r.values.orderNumber ?? ''),
    date: Object.prototype.toString.call(r.values.date) === '[object Date]' ? (r.values.date as Date) : null,
    kind: String(r.values.orderKind ?? ''),
    title: String(r.values.title ?? ''),
    docLink: String(r.values.docLink ?? ''),
    basis: Array.isArray(r.values.basis) ? (r.values.basis as string[]) : [],
    status: String(r.values.status ?? ''),
  }));
  return { sheet, table, grid, orders };
}

export function basisKey(ids: readonly string[]): string {
  return [...new Set(ids)].sort().join(LIST_SEPARATOR);
}

/** The latest order of this kind over exactly this basis. */
export function findOrder(reg: OrderRegister, kind: string, basis: readonly string[]): OrderRecord | undefined {
  const key = basisKey(basis);
  return last(reg.orders.filter((o) => o.kind === kind && basisKey(o.basis) === key && o.status !== ORDER_STATUS.cancelled));
}

/** The latest draft of this kind sharing a record with the basis: it is made again, not doubled. */
export function overlappingDraft(reg: OrderRegister, kind: string, basis: readonly string[]): OrderRecord | undefined {
  const ids = new Set(basis);
  return last(reg.orders.filter((o) => o.kind === kind && o.status === ORDER_STATUS.draft && o.basis.some((id) => ids.has(id))));
}

/** Orders of this kind whose basis includes the ID. */
export function ordersAbout(reg: OrderRegister, kind: string, id: string): OrderRecord[] {
  return reg.orders.filter((o) => o.kind === kind && o.basis.includes(id) && o.status !== ORDER_STATUS.cancelled);
}

/** «12-од»: one more than the highest number of the year, or the year's first number. */
export function nextOrderNumber(reg: OrderRegister, year: number, suffix: string, firstNumber: number): string {
  let highest = firstNumber - 1;
  for (const o of reg.orders) {
    if (o.date && o.date.getFullYear() !== year) continue;
    const n = Number(/^\s*(\d+)/.exec(o.number)?.[1]);
    if (Number.isFinite(n)) highest = Math.max(highest, n);
  }
  return `${highest + 1}${suffix}`;
}

export function addOrder(reg: OrderRegister, order: Omit<OrderRecord, 'row' | 'id'>): void {
  const id = nextIds(
    sheetSpec('orders').idPrefix!,
    reg.orders.map((o) => o.id),
    1,
  )[0];
  const row = rowFor(
    {
      id,
      orderNumber: order.number,
      date: order.date,
      orderKind: order.kind,
      title: order.title,
      docLink: order.docLink,
      basis: basisKey(order.basis),
      status: order.status,
    },
    reg.table.headers,
    reg.grid[0].length,
  );
  appendRows(reg.sheet, reg.grid, [row]);
}

/**
 * A draft made again: its title, basis and file follow the new content; number and date stay.
 * Returns a line for each cell left because someone changed it while the order was made.
 */
export function updateDraft(
  reg: OrderRegister,
  order: OrderRecord,
  made: { title: string; basis: readonly string[]; docLink: string },
): string[] {
  const changes: CellChange[] = [];
  const set = (key: 'title' | 'basis' | 'docLink', now: string, value: string) => {
    const column = reg.table.headers.index.get(key);
    if (column !== undefined && now !== value) changes.push({ row: order.row, column, value });
  };
  set('title', order.title, made.title);
  set('basis', basisKey(order.basis), basisKey(made.basis));
  set('docLink', order.docLink, made.docLink);
  if (!changes.length) return [];
  const width = reg.grid[0].length;
  const formulas = () => reg.sheet.getRange(1, 1, reg.grid.length, width).getFormulas();
  const left = writeChanges(reg.sheet, reg.grid, formulas, changes, { keyColumn: reg.table.headers.index.get('id') });
  return conflictLines(reg.sheet.getName(), reg.table.headerRow, left);
}
