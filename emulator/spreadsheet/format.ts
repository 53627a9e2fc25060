/**
 * Display formatting: how Sheets shows a cell given its number format and the spreadsheet's
 * locale and time zone. Supports the formats the add-on uses (General, '@', '0', '0.00',
 * '#,##0.00', '0%', 'dd.mm.yyyy', 'dd.mm.yyyy hh:mm' and the other date/time tokens), not
 * Sheets' full format language (no conditions, colours, fractions or scientific).
 */
import { localeInfo, type LocaleInfo } from './locale';
import { dateToSerial, serialToDate, toWallTime, type WallTime } from '../time';

/** What getNumberFormat returns for a cell nobody formatted. */
export const DEFAULT_NUMBER_FORMAT = '0.###############';

type DateToken = { t: 'lit'; s: string } | { t: 'd' | 'm' | 'y' | 'h' | 's' | 'min'; n: number } | { t: 'ampm'; short: boolean };

interface NumberSection {
  prefix: string;
  suffix: string;
  intZeros: number;
  decZeros: number;
  decMax: number;
  group: boolean;
  percent: boolean;
  /** A section without digit placeholders prints only its literal text. */
  literalOnly: boolean;
}

export type CompiledFormat =
  | { kind: 'general' }
  | { kind: 'text' }
  | { kind: 'date'; tokens: DateToken[]; ampm: boolean; hasDate: boolean }
  | { kind: 'number'; positive: NumberSection; negative: NumberSection | null };

const compiled = new Map<string, CompiledFormat>();

/** Splits a format on ';' outside quotes. */
function sections(fmt: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < fmt.length; i++) {
    const ch = fmt[i];
    if (ch === '"') quoted = !quoted;
    if (ch === '\\' && !quoted && i + 1 < fmt.length) {
      cur += ch + fmt[++i];
      continue;
    }
    if (ch === ';' && !quoted) {
      out.push(cur);
      cur = '';
      continue;
    }
    cur += ch;
  }
  out.push(cur);
  return out;
}

/** The format's text with quoted parts and escapes removed, to classify it. */
function bare(fmt: string): string {
  return fmt
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '');
}

function compileDate(fmt: string): CompiledFormat {
  const tokens: DateToken[] = [];
  let ampm = false;
  const lit = (s: string) => {
    const last = tokens[tokens.length - 1];
    if (last && last.t === 'lit') last.s += s;
    else tokens.push({ t: 'lit', s });
  };
  for (let i = 0; i < fmt.length; ) {
    const ch = fmt[i];
    if (ch === '"') {
      const end = fmt.indexOf('"', i + 1);
      lit(fmt.slice(i + 1, end < 0 ? fmt.length : end));
      i = end < 0 ? fmt.length : end + 1;
      continue;
    }
    if (ch === '\\' && i + 1 < fmt.length) {
      lit(fmt[i + 1]);
      i += 2;
      continue;
    }
    if (/^am\/pm/i.test(fmt.slice(i, i + 5))) {
      tokens.push({ t: 'ampm', short: false });
      ampm = true;
      i += 5;
      continue;
    }
    if (/^a\/p/i.test(fmt.slice(i, i + 3))) {
      tokens.push({ t: 'ampm', short: true });
      ampm = true;
      i += 3;
      continue;
    }
    const lower = ch.toLowerCase();
    if ('dmyhs'.includes(lower)) {
      let n = 1;
      while (i + n < fmt.length && fmt[i + n].toLowerCase() === lower) n++;
      tokens.push({ t: lower as 'd' | 'm' | 'y' | 'h' | 's', n });
      i += n;
      continue;
    }
    lit(ch);
    i++;
  }
  // 'm'/'mm' mean minutes right after an hour or right before seconds (Sheets' rule).
  const fields = tokens.filter((t) => t.t !== 'lit');
  for (let k = 0; k < fields.length; k++) {
    const tok = fields[k];
    if (tok.t !== 'm' || tok.n > 2) continue;
    const prev = fields[k - 1];
    const next = fields[k + 1];
    if ((prev && prev.t === 'h') || (next && next.t === 's')) (tok as { t: string }).t = 'min';
  }
  const hasDate = tokens.some((t) => t.t === 'd' || t.t === 'y' || t.t === 'm');
  return { kind: 'date', tokens, ampm, hasDate };
}

function compileNumberSection(sec: string): NumberSection {
  let prefix = '';
  let suffix = '';
  let intZeros = 0;
  let decZeros = 0;
  let decMax = 0;
  let group = false;
  let percent = false;
  let seenDigit = false;
  let inDecimals = false;
  for (let i = 0; i < sec.length; i++) {
    const ch = sec[i];
    let text: string | null = null;
    if (ch === '"') {
      const end = sec.indexOf('"', i + 1);
      text = sec.slice(i + 1, end < 0 ? sec.length : end);
      i = end < 0 ? sec.length : end;
    } else if (ch === '\\' && i + 1 < sec.length) {
      text = sec[++i];
    } else if (ch === '_' && i + 1 < sec.length) {
      i++;
      text = ' ';
    } else if (ch === '*' && i + 1 < sec.length) {
      i++;
      text = '';
    } else if (ch === '[') {
      const end = sec.indexOf(']', i);
      i = end < 0 ? sec.length : end;
      text = '';
    } else if (ch === '0' || ch === '#' || ch === '?') {
      seenDigit = true;
      if (inDecimals) {
        decMax++;
        if (ch !== '#') decZeros++;
      } else if (ch !== '#') intZeros++;
      continue;
    } else if (ch === '.' && !inDecimals && /[0#?]/.test(sec.slice(i + 1, i + 2) + sec.slice(i - 1, i))) {
      inDecimals = true;
      seenDigit = true;
      continue;
    } else if (ch === ',' && seenDigit && !inDecimals) {
      group = true;
      continue;
    } else {
      if (ch === '%') percent = true;
      text = ch;
    }
    if (seenDigit) suffix += text;
    else prefix += text;
  }
  return { prefix, suffix, intZeros, decZeros, decMax, group, percent, literalOnly: !seenDigit };
}

export function compileFormat(fmt: string | undefined): CompiledFormat {
  if (fmt === undefined || fmt === '' || fmt === DEFAULT_NUMBER_FORMAT) return { kind: 'general' };
  const hit = compiled.get(fmt);
  if (hit) return hit;
  let result: CompiledFormat;
  const b = bare(fmt);
  if (/^general$/i.test(fmt.trim())) result = { kind: 'general' };
  else if (b.includes('@') && !/[0#?]/.test(b)) result = { kind: 'text' };
  else if (/[dyhs]/i.test(b) || (/m/i.test(b) && !/[0#?]/.test(b))) result = compileDate(sections(fmt)[0]);
  else {
    const secs = sections(fmt);
    result = {
      kind: 'number',
      positive: compileNumberSection(secs[0]),
      negative: secs.length > 1 ? compileNumberSection(secs[1]) : null,
    };
  }
  compiled.set(fmt, result);
  return result;
}

export function isDateFormat(fmt: string | undefined): boolean {
  return compileFormat(fmt).kind === 'date';
}

/** A format that shows numbers with digit placeholders (so a date in it shows as a serial). */
export function isNumberFormat(fmt: string | undefined): boolean {
  return compileFormat(fmt).kind === 'number';
}

function group3(digits: string, sep: string): string {
  if (digits.length <= 3) return digits;
  let out = '';
  const head = digits.length % 3;
  if (head) out = digits.slice(0, head);
  for (let i = head; i < digits.length; i += 3) out += (out ? sep : '') + digits.slice(i, i + 3);
  return out;
}

function formatSection(abs: number, sec: NumberSection, info: LocaleInfo): string {
  if (sec.literalOnly) return sec.prefix + sec.suffix;
  const value = sec.percent ? abs * 100 : abs;
  const fixed = value.toFixed(sec.decMax);
  let [int, frac = ''] = fixed.split('.');
  while (frac.length > sec.decZeros && frac.endsWith('0')) frac = frac.slice(0, -1);
  if (int === '0' && sec.intZeros === 0) int = '';
  while (int.length < sec.intZeros) int = '0' + int;
  if (sec.group) int = group3(int, info.group);
  return sec.prefix + int + (frac ? info.decimal + frac : '') + sec.suffix;
}

export function formatNumberWith(n: number, fmt: CompiledFormat & { kind: 'number' }, info: LocaleInfo): string {
  if (!Number.isFinite(n)) return String(n);
  if (n < 0 && fmt.negative) return formatSection(-n, fmt.negative, info);
  const body = formatSection(Math.abs(n), fmt.positive, info);
  // A value that rounds to zero shows without a minus sign.
  const isZero = !/[1-9]/.test(body);
  return n < 0 && !isZero ? '-' + body : body;
}

/** The General format: up to 15 significant digits, locale decimal separator. */
export function formatGeneral(n: number, info: LocaleInfo): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e15) return String(n);
  if (!Number.isFinite(n)) return String(n);
  let s = String(n);
  // Short renderings already have at most 15 significant digits; toPrecision is slow.
  if (s.length > 15 || s.includes('e')) s = String(Number(n.toPrecision(15)));
  return s.replace('.', info.decimal).replace('e', 'E');
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

export function formatDateWith(ms: number, fmt: CompiledFormat & { kind: 'date' }, timeZone: string, info: LocaleInfo): string {
  return formatWall(toWallTime(ms, timeZone), fmt, info);
}

function formatWall(w: WallTime, fmt: CompiledFormat & { kind: 'date' }, info: LocaleInfo): string {
  let out = '';
  for (const tok of fmt.tokens) {
    switch (tok.t) {
      case 'lit':
        out += tok.s;
        break;
      case 'd':
        if (tok.n === 1) out += w.day;
        else if (tok.n === 2) out += pad(w.day, 2);
        else if (tok.n === 3) out += info.dayShort[w.weekday];
        else out += info.dayNames[w.weekday];
        break;
      case 'm':
        if (tok.n === 1) out += w.month;
        else if (tok.n === 2) out += pad(w.month, 2);
        else if (tok.n === 3) out += info.monthShort[w.month - 1];
        else if (tok.n === 4) out += info.monthNames[w.month - 1];
        else out += info.monthNames[w.month - 1].charAt(0);
        break;
      case 'y':
        out += tok.n <= 2 ? pad(w.year % 100, 2) : pad(w.year, 4);
        break;
      case 'h': {
        const h = fmt.ampm ? (w.hour % 12 === 0 ? 12 : w.hour % 12) : w.hour;
        out += tok.n === 1 ? h : pad(h, 2);
        break;
      }
      case 'min':
        out += tok.n === 1 ? w.minute : pad(w.minute, 2);
        break;
      case 's':
        out += tok.n === 1 ? w.second : pad(w.second, 2);
        break;
      case 'ampm':
        out += tok.short ? (w.hour < 12 ? 'A' : 'P') : w.hour < 12 ? 'AM' : 'PM';
        break;
    }
  }
  return out;
}

/** Formats an instant with a format string (used for default date display and by tests). */
export function formatDate(ms: number, fmt: string, timeZone: string, locale: string): string {
  const c = compileFormat(fmt);
  if (c.kind !== 'date') return String(ms);
  return formatDateWith(ms, c, timeZone, localeInfo(locale));
}

/**
 * The string Sheets shows for a stored value. A date in a cell without a date format shows
 * in the locale's default date (or date-time, when it has a time of day) format.
 */
export function displayOf(
  v: string | number | boolean | Date,
  nf: string | undefined,
  timeZone: string,
  info: LocaleInfo,
): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  const fmt = compileFormat(nf);
  if (typeof v === 'number') {
    if (fmt.kind === 'number') return formatNumberWith(v, fmt, info);
    if (fmt.kind === 'date') return formatDateWith(serialToDate(v, timeZone), fmt, timeZone, info);
    return formatGeneral(v, info);
  }
  const ms = v.getTime();
  if (fmt.kind === 'date') return formatDateWith(ms, fmt, timeZone, info);
  if (fmt.kind === 'number') return formatNumberWith(dateToSerial(ms, timeZone), fmt, info);
  const w = toWallTime(ms, timeZone);
  const midnight = w.hour === 0 && w.minute === 0 && w.second === 0 && w.millisecond === 0;
  const dflt = compileFormat(midnight ? info.defaultDate : info.defaultDateTime);
  return dflt.kind === 'date' ? formatWall(w, dflt, info) : String(ms);
}
