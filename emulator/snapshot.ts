/** JSON snapshots of emulator state: Dates are tagged so they come back as Dates. */
import { isDate } from './core';

const DATE_TAG = '$date';

export function encodeState(state: unknown): string {
  return JSON.stringify(state, function (this: Record<string, unknown>, key, value) {
    const raw = this[key]; // before Date.prototype.toJSON ran
    return isDate(raw) ? { [DATE_TAG]: raw.getTime() } : value;
  });
}

export function decodeState(json: string): unknown {
  return JSON.parse(json, (_key, value) =>
    value && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 1 && DATE_TAG in value
      ? new Date(value[DATE_TAG] as number)
      : value,
  );
}
