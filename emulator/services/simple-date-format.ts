/**
 * Java SimpleDateFormat as Utilities.formatDate applies it: pattern letters, 'quoted text', ''
 * and IANA or "GMT+hh:mm" zones. Names are English (Google formats with an English locale),
 * weeks follow Java's US rules (Sunday first, week 1 holds 1 January).
 */
import { formatterFor, zoneOffset } from '../time';
import { GasException } from '../core';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Java's short names where Intl only knows "GMT+3": Russian zones and common European ones. */
const SHORT_ZONE_NAMES: Record<string, string> = {
  'Europe/Kaliningrad': 'EET',
  'Europe/Moscow': 'MSK',
  'Europe/Minsk': 'MSK',
  'Europe/Samara': 'SAMT',
  'Asia/Yekaterinburg': 'YEKT',
  'Asia/Omsk': 'OMST',
  'Asia/Novosibirsk': 'NOVT',
  'Asia/Krasnoyarsk': 'KRAT',
  'Asia/Irkutsk': 'IRKT',
  'Asia/Yakutsk': 'YAKT',
  'Asia/Vladivostok': 'VLAT',
  'Asia/Magadan': 'MAGT',
  'Asia/Kamchatka': 'PETT',
  UTC: 'UTC',
  'Etc/UTC': 'UTC',
  GMT: 'GMT',
  'Etc/GMT': 'GMT',
};

/** Zones with summer time: [standard, summer] short names as Java prints them. */
const SEASONAL_ZONE_NAMES: Record<string, [string, string]> = {
  'Europe/London': ['GMT', 'BST'],
  'Europe/Lisbon': ['WET', 'WEST'],
  ...Object.fromEntries(
    [
      'Berlin',
      'Paris',
      'Madrid',
      'Rome',
      'Amsterdam',
      'Brussels',
      'Vienna',
      'Prague',
      'Warsaw',
      'Budapest',
      'Stockholm',
      'Oslo',
      'Copenhagen',
      'Zurich',
      'Belgrade',
    ].map((c): [string, [string, string]] => [`Europe/${c}`, ['CET', 'CEST']]),
  ),
  ...Object.fromEntries(
    ['Helsinki', 'Kiev', 'Kyiv', 'Riga', 'Vilnius', 'Tallinn', 'Athens', 'Bucharest', 'Sofia', 'Chisinau'].map(
      (c): [string, [string, string]] => [`Europe/${c}`, ['EET', 'EEST']],
    ),
  ),
};

/** A resolved zone: a fixed offset or an IANA zone read through Intl. */
interface Zone {
  id: string;
  fixedMinutes: number | null;
  dtf: Intl.DateTimeFormat | null;
}

const zoneCache = new Map<string, Zone>();

function resolveZone(timeZone: string): Zone {
  const cached = zoneCache.get(timeZone);
  if (cached) return cached;
  let zone: Zone;
  const custom = /^GMT([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(timeZone);
  if (custom) {
    const minutes = Number(custom[2]) * 60 + Number(custom[3] ?? 0);
    zone = { id: timeZone, fixedMinutes: custom[1] === '-' ? -minutes : minutes, dtf: null };
  } else {
    try {
      const dtf = formatterFor(timeZone);
      zone = { id: dtf.resolvedOptions().timeZone, fixedMinutes: null, dtf };
    } catch {
      // Java's TimeZone.getTimeZone falls back to GMT for an unknown ID, and so does formatDate.
      zone = { id: 'GMT', fixedMinutes: 0, dtf: null };
    }
  }
  zoneCache.set(timeZone, zone);
  return zone;
}

/** Offset of the zone from UTC at the instant, in minutes (east positive). */
export function zoneOffsetMinutes(timeZone: string, ms: number): number {
  const zone = resolveZone(timeZone);
  if (zone.fixedMinutes !== null) return zone.fixedMinutes;
  return Math.round(zoneOffset(ms, zone.id) / 60000);
}

function pad(n: number, width: number): string {
  const s = String(Math.abs(n)).padStart(width, '0');
  return n < 0 ? '-' + s : s;
}

function offsetString(minutes: number, withColon: boolean, hoursOnly = false): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  const hh = pad(Math.floor(abs / 60), 2);
  if (hoursOnly) return sign + hh;
  return sign + hh + (withColon ? ':' : '') + pad(abs % 60, 2);
}

function zoneName(timeZone: string, ms: number, long: boolean, offset: number): string {
  const zone = resolveZone(timeZone);
  if (!long && SHORT_ZONE_NAMES[zone.id]) return SHORT_ZONE_NAMES[zone.id]!;
  const seasonal = SEASONAL_ZONE_NAMES[zone.id];
  if (!long && seasonal) {
    // Summer time is whichever offset is larger than the one in January.
    const january = zoneOffsetMinutes(zone.id, Date.UTC(new Date(ms).getUTCFullYear(), 0, 1));
    return offset > january ? seasonal[1] : seasonal[0];
  }
  if (zone.dtf) {
    const name = new Intl.DateTimeFormat('en-US', {
      timeZone: zone.id,
      timeZoneName: long ? 'long' : 'short',
    })
      .formatToParts(new Date(ms))
      .find((p) => p.type === 'timeZoneName')?.value;
    if (name && !/^GMT[+-]/.test(name)) return name;
  }
  // Java prints zones without a name as GMT+hh:mm.
  return offset === 0 ? 'GMT' : 'GMT' + offsetString(offset, true);
}

/** Local calendar fields of an instant in a zone. */
interface Fields {
  year: number;
  month: number; // 0-11
  day: number;
  dow: number; // 0 = Sunday
  hour: number;
  minute: number;
  second: number;
  millis: number;
  dayOfYear: number;
}

function fieldsAt(localMs: number): Fields {
  const d = new Date(localMs);
  const year = d.getUTCFullYear();
  return {
    year,
    month: d.getUTCMonth(),
    day: d.getUTCDate(),
    dow: d.getUTCDay(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    millis: d.getUTCMilliseconds(),
    dayOfYear: Math.floor((Date.UTC(year, d.getUTCMonth(), d.getUTCDate()) - Date.UTC(year, 0, 1)) / 86400000) + 1,
  };
}

/** Week of year and week-based year by Java's US rules (weeks start Sunday, minimal days 1). */
function usWeek(f: Fields): { week: number; weekYear: number } {
  const jan1Dow = new Date(Date.UTC(f.year, 0, 1)).getUTCDay();
  const daysInYear = Date.UTC(f.year + 1, 0, 1) - Date.UTC(f.year, 0, 1) === 366 * 86400000 ? 366 : 365;
  // The week (Sunday..Saturday) holding 1 January of next year is week 1 of next year.
  const saturdayDoy = f.dayOfYear + (6 - f.dow);
  if (saturdayDoy > daysInYear) return { week: 1, weekYear: f.year + 1 };
  return { week: Math.floor((f.dayOfYear - 1 + jan1Dow) / 7) + 1, weekYear: f.year };
}

function field(letter: string, count: number, f: Fields, ms: number, timeZone: string, offset: number): string {
  switch (letter) {
    case 'G':
      return f.year > 0 ? 'AD' : 'BC';
    case 'y':
    case 'Y': {
      let year = letter === 'Y' ? usWeek(f).weekYear : f.year;
      if (year <= 0) year = 1 - year; // era-based year, as in Java
      return count === 2 ? pad(year % 100, 2) : pad(year, count);
    }
    case 'M':
    case 'L':
      if (count >= 4) return MONTHS[f.month]!;
      if (count === 3) return MONTHS[f.month]!.slice(0, 3);
      return pad(f.month + 1, count);
    case 'w':
      return pad(usWeek(f).week, count);
    case 'W': {
      const firstDow = (f.dow - ((f.day - 1) % 7) + 7) % 7;
      return pad(Math.floor((f.day - 1 + firstDow) / 7) + 1, count);
    }
    case 'D':
      return pad(f.dayOfYear, count);
    case 'd':
      return pad(f.day, count);
    case 'F':
      return pad(Math.floor((f.day - 1) / 7) + 1, count);
    case 'E':
      return count >= 4 ? DAYS[f.dow]! : DAYS[f.dow]!.slice(0, 3);
    case 'u':
      return pad(f.dow === 0 ? 7 : f.dow, count);
    case 'a':
      return f.hour < 12 ? 'AM' : 'PM';
    case 'H':
      return pad(f.hour, count);
    case 'k':
      return pad(f.hour === 0 ? 24 : f.hour, count);
    case 'K':
      return pad(f.hour % 12, count);
    case 'h':
      return pad(f.hour % 12 === 0 ? 12 : f.hour % 12, count);
    case 'm':
      return pad(f.minute, count);
    case 's':
      return pad(f.second, count);
    case 'S':
      // Java prints the millisecond count as a number, not a fraction.
      return pad(f.millis, count);
    case 'z':
      return zoneName(timeZone, ms, count >= 4, offset);
    case 'Z':
      return offsetString(offset, false);
    case 'X':
      if (count > 3) throw new GasException(`invalid ISO 8601 format: length=${count}`);
      if (offset === 0) return 'Z';
      return offsetString(offset, count === 3, count === 1);
    default:
      throw new GasException(`Illegal pattern character '${letter}'`);
  }
}

/** Formats the instant `ms` in `timeZone` with a Java SimpleDateFormat pattern. */
export function formatSimpleDate(ms: number, timeZone: string, pattern: string): string {
  const offset = zoneOffsetMinutes(timeZone, ms);
  const f = fieldsAt(ms + offset * 60000);
  let out = '';
  let i = 0;
  while (i < pattern.length) {
    const c = pattern[i]!;
    if (c === "'") {
      if (pattern[i + 1] === "'") {
        out += "'";
        i += 2;
        continue;
      }
      // Quoted text runs to the next lone quote; '' inside stands for one quote.
      let j = i + 1;
      for (;;) {
        if (j >= pattern.length) throw new GasException('Unterminated quote');
        if (pattern[j] === "'") {
          if (pattern[j + 1] === "'") {
            out += "'";
            j += 2;
            continue;
          }
          break;
        }
        out += pattern[j];
        j++;
      }
      i = j + 1;
      continue;
    }
    if (/[A-Za-z]/.test(c)) {
      let j = i;
      while (pattern[j] === c) j++;
      out += field(c, j - i, f, ms, timeZone, offset);
      i = j;
      continue;
    }
    out += c;
    i++;
  }
  return out;
}
