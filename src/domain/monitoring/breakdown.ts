/**
 * Counting by a vocabulary: every value of the list has a row (so the table keeps its shape
 * from year to year), values met in the data but not in the list are added after them in
 * the order first met, and blank values go to a last row that exists only when used.
 * Values are matched as a reader would: ignoring case, ё/е, runs of spaces and the kind of dash.
 */

const folded = new Map<string, string>();

/** The key two spellings of one value share. Memoised: registers repeat a few values. */
export function foldValue(value: string): string {
  const known = folded.get(value);
  if (known !== undefined) return known;
  const key = value
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[\u2010-\u2015\u2212-]/g, '-');
  if (folded.size > 5000) folded.clear();
  folded.set(value, key);
  return key;
}

export interface BreakdownRow<T> {
  /** The value as the list (or, for an added value, the data) spells it; null: blank. */
  value: string | null;
  entry: T;
}

export class Breakdown<T> {
  private readonly index = new Map<string, number>();
  private readonly list: { value: string; entry: T }[] = [];
  private blank: T | null = null;

  /**
   * @param closed values outside the list count as blank (e.g. age bands: statistics know
   *   only the listed bands).
   */
  constructor(
    vocabulary: readonly string[],
    private readonly make: () => T,
    private readonly closed = false,
  ) {
    for (const value of vocabulary) this.add(value);
  }

  private add(value: string): T | null {
    const key = foldValue(value);
    if (!key) return null;
    const at = this.index.get(key);
    if (at !== undefined) return this.list[at].entry;
    const entry = this.make();
    this.index.set(key, this.list.length);
    this.list.push({ value: value.replace(/\s+/g, ' ').trim(), entry });
    return entry;
  }

  /** The entry of this value (created for a new value unless closed). */
  at(value: string | null | undefined): T {
    if (typeof value === 'string' && value.trim()) {
      const key = foldValue(value);
      const at = this.index.get(key);
      if (at !== undefined) return this.list[at].entry;
      if (!this.closed) return this.add(value)!;
    }
    if (this.blank === null) this.blank = this.make();
    return this.blank;
  }

  rows(): BreakdownRow<T>[] {
    const rows: BreakdownRow<T>[] = this.list.map((r) => ({ value: r.value, entry: r.entry }));
    if (this.blank !== null) rows.push({ value: null, entry: this.blank });
    return rows;
  }
}

/** A mutable count, the entry of most breakdowns. */
export interface Count {
  n: number;
}

export const newCount = (): Count => ({ n: 0 });
