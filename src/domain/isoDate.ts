/** Calendar dates as the sidebar sends them ('YYYY-MM-DD'), in the script's local time. */
export function toIsoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function toIsoDateOrNull(date: Date | null | undefined): string | null {
  return date && Object.prototype.toString.call(date) === '[object Date]' ? toIsoDate(date) : null;
}

/** Midnight of that day, or null when the text is not a real date. */
export function fromIsoDate(text: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return null;
  const date = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return date.getMonth() === Number(m[2]) - 1 && date.getDate() === Number(m[3]) ? date : null;
}

/** dd.mm.yyyy, as documents and messages print dates. */
export function toRussianDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(date.getDate())}.${pad(date.getMonth() + 1)}.${date.getFullYear()}`;
}
