/**
 * What every document needs from «Настройки»: the organisation, who signs, the curator.
 * Missing settings are reported together, by their titles, before anything is written.
 */
import { registerSheet } from '../../register/workbook';
import type { Organisation, Person } from '../../domain/documents';
import type { SpreadsheetPort } from '../../gas/ports';
import { DOC_ACTIONS } from '../../i18n/documents';
import { SETTING_TITLES, SHEET_TITLES, type SettingKey } from '../../i18n/register';
import { type SettingsValues, settingsFromGrid, settingText } from '../../register/settings';

export class DocumentActionError extends Error {}

export interface SchoolContext {
  settings: SettingsValues;
  organisation: Organisation;
  director: Person;
  curator: Person;
  schoolYear: string;
  orderSuffix: string;
  orderStartNumber: number;
  docsFolderId: string;
  /** «Копии .docx для архива»: «да» keeps each document's .docx beside it. */
  docxCopies: boolean;
  mentorPay: string;
  siteSection: string;
}

const REQUIRED: SettingKey[] = ['orgFullName', 'orgShortName', 'place', 'directorPosition', 'directorName', 'curatorName'];

export function schoolContext(ss: SpreadsheetPort): SchoolContext {
  const sheet = registerSheet(ss, SHEET_TITLES.settings);
  const settings = settingsFromGrid(sheet ? sheet.getDataRange().getValues() : []);
  const missing = REQUIRED.filter((key) => !settingText(settings, key));
  if (missing.length) throw new DocumentActionError(DOC_ACTIONS.settingsMissing(missing.map((k) => SETTING_TITLES[k])));
  const text = (key: SettingKey) => settingText(settings, key);
  const start = Number(settings.orderStartNumber);
  return {
    settings,
    organisation: {
      fullName: text('orgFullName'),
      shortName: text('orgShortName'),
      place: text('place'),
      address: text('orgAddress'),
    },
    director: { fullName: text('directorName'), position: text('directorPosition') },
    curator: { fullName: text('curatorName'), position: text('curatorPosition') },
    schoolYear: text('schoolYear'),
    orderSuffix: text('orderSuffix'),
    orderStartNumber: Number.isInteger(start) && start > 0 ? start : 1,
    docsFolderId: text('docsFolderId'),
    docxCopies: /^(да|yes|true)$/i.test(text('docxCopies')),
    mentorPay: text('mentorPay'),
    siteSection: text('siteSection'),
  };
}
