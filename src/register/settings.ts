/**
 * «Настройки»: one parameter a row (Параметр | Значение | Пояснение). Rows are found by the
 * parameter's text, so the curator may reorder them; missing ones are added with defaults.
 */
import { COLUMN_TITLES, SETTING_HINTS, SETTING_TITLES, type SettingKey } from '../i18n/register';

const SETTING_TITLES_COLUMN = { parameter: COLUMN_TITLES.parameter, value: COLUMN_TITLES.value };
import { foldHeader } from './headers';

export type SettingType = 'text' | 'integer' | 'date';

export interface SettingSpec {
  key: SettingKey;
  title: string;
  type: SettingType;
  hint: string;
  /** Default value given the current date (school year starts in September). */
  initial: (today: Date) => string | number | Date;
}

/** School year containing `today`: from 1 September to 31 May. */
export function schoolYearOf(today: Date): { start: Date; end: Date; label: string } {
  const first = today.getMonth() >= 7 ? today.getFullYear() : today.getFullYear() - 1;
  return {
    start: new Date(first, 8, 1),
    end: new Date(first + 1, 4, 31),
    label: `${first}/${first + 1}`,
  };
}

function setting(key: SettingKey, type: SettingType, initial: SettingSpec['initial']): SettingSpec {
  return { key, title: SETTING_TITLES[key], type, hint: SETTING_HINTS[key] ?? '', initial };
}

const text = (value: string) => () => value;
const num = (value: number) => () => value;

export const SETTING_SPECS: readonly SettingSpec[] = [
  setting('orgFullName', 'text', text('')),
  setting('orgShortName', 'text', text('')),
  setting('place', 'text', text('')),
  setting('directorPosition', 'text', text('Директор')),
  setting('directorName', 'text', text('')),
  setting('curatorPosition', 'text', text('Заместитель директора по учебно-воспитательной работе')),
  setting('curatorName', 'text', text('')),
  setting('schoolYear', 'text', (today) => schoolYearOf(today).label),
  setting('yearStart', 'date', (today) => schoolYearOf(today).start),
  setting('yearEnd', 'date', (today) => schoolYearOf(today).end),
  setting('docsFolderId', 'text', text('')),
  setting('docxCopies', 'text', text('нет')),
  setting('orderSuffix', 'text', text('-од')),
  setting('orderStartNumber', 'integer', num(1)),
  setting('orgAddress', 'text', text('')),
  setting('mentorPay', 'text', text('')),
  setting('defaultMaxMentees', 'integer', num(2)),
  setting('siteSection', 'text', text('')),
  setting('municipalBody', 'text', text('')),
  setting('regionalAct', 'text', text('')),
  setting('municipalAct', 'text', text('')),
  setting('councilProtocol', 'text', text('')),
  setting('unionOpinion', 'text', text('')),
  setting('weightRequests', 'integer', num(15)),
  setting('weightSubject', 'integer', num(20)),
  setting('weightLevel', 'integer', num(10)),
  setting('weightExperience', 'integer', num(10)),
  setting('weightCategory', 'integer', num(10)),
  setting('weightMutual', 'integer', num(30)),
  setting('weightFormKind', 'integer', num(5)),
];

/** Which setting a «Параметр» cell names, if any. */
export function settingByTitle(title: unknown): SettingSpec | undefined {
  const folded = foldHeader(title);
  return SETTING_SPECS.find((s) => foldHeader(s.title) === folded);
}

export type SettingsValues = Partial<Record<SettingKey, unknown>>;

/** Values of «Настройки» (rows found by the parameter's text; blanks are left out). */
export function settingsFromGrid(grid: readonly (readonly unknown[])[]): SettingsValues {
  const header = grid[0] ?? [];
  const folded = header.map(foldHeader);
  const parameterAt = folded.indexOf(foldHeader(SETTING_TITLES_COLUMN.parameter));
  const valueAt = folded.indexOf(foldHeader(SETTING_TITLES_COLUMN.value));
  const values: SettingsValues = {};
  if (parameterAt < 0 || valueAt < 0) return values;
  for (const row of grid.slice(1)) {
    const spec = settingByTitle(row[parameterAt]);
    const value = row[valueAt];
    if (spec && value !== '' && value !== null && value !== undefined && !(spec.key in values)) values[spec.key] = value;
  }
  return values;
}

export function settingText(values: SettingsValues, key: SettingKey): string {
  const value = values[key];
  return value === undefined ? '' : String(value).trim();
}
