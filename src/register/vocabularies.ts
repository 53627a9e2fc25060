/** «Справочники» as the add-on reads it: each vocabulary's values, found by column title. */
import type { Vocabularies } from '../domain/questionnaires';
import { VOCABULARIES } from '../domain/vocabulary';
import { foldHeader } from './headers';

/** The curator's values where the column exists, the defaults where it does not. */
export function vocabulariesFromGrid(grid: readonly (readonly unknown[])[]): Vocabularies {
  const header = (grid[0] ?? []).map(foldHeader);
  const result = {} as Record<string, readonly string[]>;
  for (const v of VOCABULARIES) {
    const at = header.indexOf(foldHeader(v.title));
    if (at < 0) {
      result[v.key] = v.values;
      continue;
    }
    const values: string[] = [];
    for (const row of grid.slice(1)) {
      const text = String(row[at] ?? '').trim();
      if (text && !values.includes(text)) values.push(text);
    }
    result[v.key] = values;
  }
  return result as Vocabularies;
}
