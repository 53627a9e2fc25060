/**
 * Calendar-day arithmetic in the script's local time. Days are counted through UTC so that a
 * daylight-saving shift never makes a day 23 or 25 hours long.
 */
const DAY_MS = 86400000;

export const isValidDate = (value: unknown): value is Date =>
  Object.prototype.toString.call(value) === '[object Date]' && !Number.isNaN((value as Date).getTime());

/** Whole days since 1970-01-01 of the local calendar day of `date`. */
export function dayNumber(date: Date): number {
  return Math.round(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()) / DAY_MS);
}

/** Local midnight of the day `n` (as counted by dayNumber). */
export function fromDayNumber(n: number): Date {
  const utc = new Date(n * DAY_MS);
  return new Date(utc.getUTCFullYear(), utc.getUTCMonth(), utc.getUTCDate());
}

/** Local midnight of the same calendar day. */
export function startOfDay(date: Date): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate());
}
