/** Messages quote what someone typed; a 20,000-character answer is quoted by its start. */
export const EXCERPT_CHARS = 80;

/** The value as text, cut to `max` characters with «…» when longer. */
export function excerpt(value: unknown, max: number = EXCERPT_CHARS): string {
  const text = String(value ?? '');
  return text.length > max ? `${text.slice(0, max).trimEnd()}…` : text;
}
