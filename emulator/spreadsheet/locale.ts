/** The few locale facts Sheets uses to parse input and show values. */

export interface LocaleInfo {
  decimal: string;
  group: string;
  /** Extra words (besides TRUE/FALSE) that Sheets reads as booleans in this locale. */
  trueWords: string[];
  falseWords: string[];
  /** How a day-month-year date is written: 'dmy' (31.12.2026), 'mdy' (12/31/2026). */
  dateOrder: 'dmy' | 'mdy' | 'ymd';
  dateSeparator: string;
  /** Formats Sheets applies to dates in cells without an explicit date format. */
  defaultDate: string;
  defaultDateTime: string;
  monthNames: string[];
  monthShort: string[];
  dayNames: string[];
  dayShort: string[];
}

const COMMA_DECIMAL = new Set([
  'ru',
  'uk',
  'be',
  'kk',
  'de',
  'fr',
  'es',
  'it',
  'pt',
  'pl',
  'cs',
  'sk',
  'nl',
  'tr',
  'sv',
  'fi',
  'nb',
  'no',
  'da',
  'ro',
  'bg',
  'hr',
  'sr',
  'sl',
  'lt',
  'lv',
  'et',
  'hu',
  'el',
  'id',
  'vi',
]);

const cache = new Map<string, LocaleInfo>();

function names(lang: string, opts: Intl.DateTimeFormatOptions, count: number, day: boolean): string[] {
  const f = new Intl.DateTimeFormat(lang, { ...opts, timeZone: 'UTC' });
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    // 2023-01-01 was a Sunday, so day i is 2023-01-(1+i).
    const d = day ? Date.UTC(2023, 0, 1 + i) : Date.UTC(2023, i, 15);
    out.push(f.format(new Date(d)));
  }
  return out;
}

export function localeInfo(locale: string): LocaleInfo {
  const hit = cache.get(locale);
  if (hit) return hit;
  const lang = locale.split(/[_-]/)[0].toLowerCase();
  const comma = COMMA_DECIMAL.has(lang);
  let info: LocaleInfo;
  const tag = locale.replace('_', '-');
  let intlLang = lang;
  try {
    intlLang = Intl.getCanonicalLocales(tag)[0] ?? lang;
  } catch {
    intlLang = lang;
  }
  const base = {
    decimal: comma ? ',' : '.',
    // Sheets groups thousands with a no-break space in comma-decimal locales such as ru_RU.
    group: comma ? '\u00a0' : ',',
    trueWords: lang === 'ru' ? ['ИСТИНА'] : [],
    falseWords: lang === 'ru' ? ['ЛОЖЬ'] : [],
    monthNames: names(intlLang, { month: 'long' }, 12, false),
    monthShort: names(intlLang, { month: 'short' }, 12, false),
    dayNames: names(intlLang, { weekday: 'long' }, 7, true),
    dayShort: names(intlLang, { weekday: 'short' }, 7, true),
  };
  if (locale === 'en_US' || locale === 'en') {
    info = { ...base, dateOrder: 'mdy', dateSeparator: '/', defaultDate: 'M/d/yyyy', defaultDateTime: 'M/d/yyyy H:mm:ss' };
  } else if (lang === 'en') {
    info = { ...base, dateOrder: 'dmy', dateSeparator: '/', defaultDate: 'dd/MM/yyyy', defaultDateTime: 'dd/MM/yyyy HH:mm:ss' };
  } else if (comma) {
    info = { ...base, dateOrder: 'dmy', dateSeparator: '.', defaultDate: 'dd.MM.yyyy', defaultDateTime: 'dd.MM.yyyy H:mm:ss' };
  } else {
    info = { ...base, dateOrder: 'ymd', dateSeparator: '-', defaultDate: 'yyyy-MM-dd', defaultDateTime: 'yyyy-MM-dd H:mm:ss' };
  }
  cache.set(locale, info);
  return info;
}
