/** Stable record IDs: a sheet prefix and a zero-padded number, e.g. НТ-0007. */
export function formatId(prefix: string, n: number): string {
  return `${prefix}-${String(n).padStart(4, '0')}`;
}

/** Highest number used with this prefix among the given IDs (0 when none). */
export function maxIdNumber(prefix: string, ids: readonly unknown[]): number {
  const pattern = new RegExp(`^${prefix}-(\\d+)$`);
  let max = 0;
  for (const id of ids) {
    const m = pattern.exec(String(id ?? '').trim());
    if (m) max = Math.max(max, Number(m[1]));
  }
  return max;
}

/** Next IDs after the highest one in use; never reuses a number. */
export function nextIds(prefix: string, existing: readonly unknown[], count: number): string[] {
  const start = maxIdNumber(prefix, existing);
  return Array.from({ length: count }, (_, i) => formatId(prefix, start + i + 1));
}
