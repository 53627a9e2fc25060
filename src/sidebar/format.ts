/** Formatting and comparisons the sidebar needs (dates travel as 'YYYY-MM-DD'). */

/** '2026-09-01' → '01.09.2026'; anything else unchanged. */
export function ruDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}.${m[2]}.${m[1]}` : iso;
}

/** The server's today, as the last load told it (see SidebarData.today). */
let serverToday = '';

export function setServerToday(iso: string): void {
  serverToday = iso;
}

/** Today by the server once it has answered (else the browser's), or `now`'s day, 'YYYY-MM-DD'. */
export function todayIso(now?: Date): string {
  if (!now && serverToday) return serverToday;
  return isoOf(now ?? new Date());
}

function isoOf(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** For search: lower case, ё = е, spaces collapsed. */
export function fold(text: string): string {
  return text.toLocaleLowerCase('ru').replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();
}

/** Every word of the query occurs in one of the fields. */
export function matchesQuery(query: string, fields: readonly string[]): boolean {
  const words = fold(query).split(' ').filter(Boolean);
  if (!words.length) return true;
  const haystack = fold(fields.join(' \u0001 '));
  return words.every((w) => haystack.includes(w));
}

const collator = new Intl.Collator('ru');
export function compareText(a: string, b: string): number {
  return collator.compare(a, b);
}

/** Distinct non-empty values, sorted the Russian way. */
export function distinct(values: readonly string[]): string[] {
  return [...new Set(values.filter((v) => v.trim() !== ''))].sort(compareText);
}

/** The text of a failure from google.script.run, without the runtime's prefixes. */
export function errorText(error: unknown, fallback: string): string {
  const raw = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  const text = raw.replace(/^(?:Exception|Error|Исключение|Ошибка):\s*/i, '').trim();
  return text || fallback;
}

function parseIso(iso: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : null;
}

/**
 * The same calendar day `months` later (the last day of a shorter month), as the server's
 * addMonths in src/domain/pairs.ts; '' for a bad date.
 */
export function addMonthsIso(iso: string, months: number): string {
  const date = parseIso(iso);
  if (!date) return '';
  const result = new Date(date.getFullYear(), date.getMonth() + months, 1);
  const lastDay = new Date(result.getFullYear(), result.getMonth() + 1, 0).getDate();
  result.setDate(Math.min(date.getDate(), lastDay));
  return todayIso(result);
}

/** `days` working days (Monday to Friday) after the date, as the server counts the notice; '' for a bad date. */
export function addWorkingDaysIso(iso: string, days: number): string {
  const date = parseIso(iso);
  if (!date) return '';
  let left = days;
  while (left > 0) {
    date.setDate(date.getDate() + 1);
    if (date.getDay() !== 0 && date.getDay() !== 6) left--;
  }
  return todayIso(date);
}

/**
 * Reasons that stop a programme early at a participant's request (ст. 351.8 ТК РФ: notice of
 * 3 working days), the same test as isEarlyStopByParticipant in src/domain/pairs.ts.
 */
export function isEarlyStopByParticipant(reason: string): boolean {
  return /инициатив[аеы]\s+(наставника|наставляемого)/i.test(reason);
}

/** Working days of notice before an early stop at a participant's request. */
export const EARLY_STOP_NOTICE_WORKING_DAYS = 3;
