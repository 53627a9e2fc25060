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

const leadingNumber = (number: string): number => Number(/^\s*(\d+)/.exec(number)?.[1]);

/**
 * The next free number of the school's journal: one more than the highest number registered
 * in «Приказы» in the year, with that order's own suffix («112-о» → «113-о»), whoever made it;
 * in an empty year the settings' first number and suffix («1-од»).
 */
export function nextOrderNumber(reg: OrderRegister, year: number, suffix: string, firstNumber: number): string {
  let highest = firstNumber - 1;
  let tail = suffix;
  for (const o of reg.orders) {
    if (o.date && o.date.getFullYear() !== year) continue;
    const n = leadingNumber(o.number);
    if (Number.isFinite(n) && n >= highest) {
      highest = n;
      tail = o.number.trim().replace(/^\d+/, '');
    }
  }
  return `${highest + 1}${tail}`;
}

const sameNumber = (a: string, b: string) =>
  a.trim().toLowerCase().replace(/\s+/g, '') === b.trim().toLowerCase().replace(/\s+/g, '');

/** An order of the journal already registered under this number in the date's year. */
export function orderWithNumber(reg: OrderRegister, number: string, date: Date): OrderRecord | undefined {
  return reg.orders.find((o) => sameNumber(o.number, number) && (!o.date || o.date.getFullYear() === date.getFullYear()));
}

/**
 * «113-о от 03.12.2026» as the curator types it (a «№» before the number may be kept); null
 * when it is not a number and a real date.
 */
export function parseOrderRef(text: string): { number: string; date: Date } | null {
  const m = /^\s*(?:№\s*)?(\S*\d\S*)\s+от\s+(\d{1,2})\.(\d{1,2})\.(\d{4})\s*(?:г\.?)?\s*$/iu.exec(text);
  if (!m || m[1].length > 20) return null;
  const [day, month, year] = [Number(m[2]), Number(m[3]), Number(m[4])];
  const date = new Date(year, month - 1, day);
  if (date.getFullYear() !== year || date.getMonth() !== month - 1 || date.getDate() !== day) return null;
  return { number: m[1], date };
}

/** Appends the order to «Приказы»; the register as read gets it too, to be updated in the same run. */
export function addOrder(reg: OrderRegister, order: Omit<OrderRecord, 'row' | 'id'>): OrderRecord {
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
  const at = appendRows(reg.sheet, reg.grid, [row]);
  const width = reg.grid[0].length;
  while (reg.grid.length < at) reg.grid.push(Array(width).fill(''));
  reg.grid[at - 1] = row;
  const record = { ...order, row: at, id };
  reg.orders.push(record);
  return record;
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
