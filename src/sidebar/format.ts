/** Formatting and comparisons the sidebar needs (dates travel as 'YYYY-MM-DD'). */

/** '2026-09-01' → '01.09.2026'; anything else unchanged. */
export function ruDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}.${m[2]}.${m[1]}` : iso;
}

/** Today in the browser's local time, 'YYYY-MM-DD'. */
export function todayIso(now: Date = new Date()): string {
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
