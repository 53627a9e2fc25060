/**
 * Orders for display: names in Russian alphabetical order (ё with е, as people expect),
 * IDs by code points so that ties are broken the same way everywhere.
 */

let collator: Intl.Collator | null = null;

/** Russian collation; the collator is made on first use to keep the bundle's top level idle. */
export function compareNames(a: string, b: string): number {
  if (collator === null) collator = new Intl.Collator('ru');
  return collator.compare(String(a ?? ''), String(b ?? ''));
}

export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
