/** The last element, or undefined (Array.prototype.at is newer than the ES2020 the bundle targets). */
export function last<T>(items: readonly T[]): T | undefined {
  return items[items.length - 1];
}
