/**
 * Weights and the default capacity as «Настройки» gives them (keys of SETTING_TITLES). A
 * blank or unreadable value falls back to the default, so a typo never stops matching;
 * weights are whole and not negative, which keeps scores whole and the optimum exact.
 */
import { DEFAULT_MAX_MENTEES, DEFAULT_WEIGHTS, type Weights } from './types';

const WEIGHT_SETTINGS: Record<keyof Weights, string> = {
  requests: 'weightRequests',
  subject: 'weightSubject',
  level: 'weightLevel',
  experience: 'weightExperience',
  category: 'weightCategory',
  mutual: 'weightMutual',
  formKind: 'weightFormKind',
};

function wholeNumber(value: unknown): number | null {
  const n =
    typeof value === 'number'
      ? value
      : Number(
          String(value ?? '')
            .trim()
            .replace(',', '.'),
        );
  if (value === '' || value === null || value === undefined || !Number.isFinite(n) || n < 0) return null;
  return Math.round(n);
}

export function weightsFromSettings(settings: Readonly<Record<string, unknown>>): Weights {
  const result = { ...DEFAULT_WEIGHTS };
  for (const key of Object.keys(WEIGHT_SETTINGS) as (keyof Weights)[]) {
    const value = wholeNumber(settings[WEIGHT_SETTINGS[key]]);
    if (value !== null) result[key] = value;
  }
  return result;
}

export function defaultMaxMenteesFromSettings(settings: Readonly<Record<string, unknown>>): number {
  return wholeNumber(settings.defaultMaxMentees) ?? DEFAULT_MAX_MENTEES;
}
