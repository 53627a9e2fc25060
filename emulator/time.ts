/**
 * Wall-clock time in the spreadsheet's IANA time zone. Sheets shows and parses dates in the
 * spreadsheet's zone while Apps Script hands out instants, so every conversion goes through
 * here. Offsets are cached per zone and hour, because Intl is slow and a 5,000-row sheet of
 * dates must format in milliseconds.
 */

export interface WallTime {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  /** 0 = Sunday. */
  weekday: number;
}

const HOUR = 3_600_000;
const formatters = new Map<string, Intl.DateTimeFormat>();
const offsetCache = new Map<string, Map<number, number>>();

/** A cached Intl formatter of the zone's wall clock; throws RangeError for an unknown zone. */
export function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Offset of the zone from UTC at the instant, in ms (positive east of Greenwich). */
export function zoneOffset(ms: number, timeZone: string): number {
  let cache = offsetCache.get(timeZone);
  if (!cache) {
    cache = new Map();
    offsetCache.set(timeZone, cache);
  }
  // Zone transitions happen on whole hours in every zone Sheets offers today.
  const bucket = Math.floor(ms / HOUR);
  const hit = cache.get(bucket);
  if (hit !== undefined) return hit;
  const at = bucket * HOUR;
  const parts: Record<string, number> = {};
  for (const p of formatterFor(timeZone).formatToParts(new Date(at))) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  const asUtc = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
  const offset = asUtc - at;
  cache.set(bucket, offset);
  return offset;
}

export function toWallTime(ms: number, timeZone: string): WallTime {
  const d = new Date(ms + zoneOffset(ms, timeZone));
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    millisecond: d.getUTCMilliseconds(),
    weekday: d.getUTCDay(),
  };
}

/** The instant at which the zone's clock shows the given wall time. */
export function fromWallTime(
  timeZone: string,
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
  millisecond = 0,
): number {
  const local = Date.UTC(year, month - 1, day, hour, minute, second, millisecond);
  // Two passes settle the offset on either side of a transition.
  const first = local - zoneOffset(local, timeZone);
  return local - zoneOffset(first, timeZone);
}

/** Sheets' serial day numbers count from 1899-12-30 in wall time. */
const SERIAL_EPOCH = Date.UTC(1899, 11, 30);
const DAY = 86_400_000;

export function dateToSerial(ms: number, timeZone: string): number {
  return (ms + zoneOffset(ms, timeZone) - SERIAL_EPOCH) / DAY;
}

export function serialToDate(serial: number, timeZone: string): number {
  const local = SERIAL_EPOCH + Math.round(serial * DAY);
  const first = local - zoneOffset(local, timeZone);
  return local - zoneOffset(first, timeZone);
}
