/**
 * No-break spaces where Russian typography keeps words together: after «№» and «§», between
 * initials and the surname («А. М. Киселёва», «А.М. Киселёва», «Киселёва А.М.»), between a
 * number and its unit or «г.»/«гг.» («14 pt», «2026 г.», «5000 руб.», «91,7 %»), after a
 * short abbreviation before a number or a name («ст. 351.8», «г. Энск»), and before a dash
 * («педагог – педагог»: no line starts with a dash). Only spaces that are already there
 * become no-break spaces, one for one, so the text keeps its length and its runs their
 * boundaries (tabs are left alone). Applied by the .docx renderer; compositions stay plain.
 */

export const NBSP = '\u00a0';

/** Units and counted words that stay on the line of their number. */
const UNITS = [
  'pt',
  'пт',
  'мм',
  'см',
  'км',
  'кг',
  'руб\\.',
  'р\\.',
  'коп\\.',
  'тыс\\.',
  'млн',
  'млрд',
  '%',
  '₽',
  'чел\\.',
  'ч\\.',
  'час(?:а|ов)?',
  'мин\\.',
  'г\\.',
  'гг\\.',
  'л\\.',
];

/** Short abbreviations that stay with the number or name after them. */
const ABBREVIATIONS = ['г', 'гг', 'ст', 'п', 'пп', 'ч', 'ул', 'д', 'корп', 'кв', 'стр', 'рис', 'табл', 'гл', 'разд', 'прил'];

const SPACE = ' ';
/** Letters of the longest surname the initials rule looks back over. */
const MAX_SURNAME = 40;
/** A space of either kind, for looking around (an earlier rule may have bound it already). */
const GAP = '[ \\u00a0]';
const L = '\\p{L}';

const RULES: readonly RegExp[] = [
  // «№ 7», «№№ 3, 4», «§ 2»
  new RegExp(`(?<=[№§])${SPACE}+(?=\\S)`, 'gu'),
  // Initials before the surname: «А. М. Киселёва», «А.М. Киселёва», «А.-М.О. Кузнецова».
  new RegExp(`(?<=(?:^|[^${L}\\-])\\p{Lu}\\.(?:-?\\p{Lu}\\.)*)${SPACE}+(?=\\p{Lu})`, 'gu'),
  // Surname before initials: «Киселёва А.М.», «Киселёва А. М.» (initials not followed by a name).
  // The look back is bounded: unbounded, it rescans a long word at every letter (quadratic).
  new RegExp(
    `(?<=\\p{Lu}\\p{Ll}{1,${MAX_SURNAME}})${SPACE}+(?=\\p{Lu}\\.(?:${GAP}?-?\\p{Lu}\\.)*(?!${GAP}?-?\\p{Lu}\\.)(?!${GAP}*\\p{Lu}\\p{Ll}))`,
    'gu',
  ),
  // A number and its unit: «14 pt», «2026 г.», «91,7 %».
  new RegExp(`(?<=\\d)${SPACE}+(?=(?:${UNITS.join('|')})(?![${L}\\d]))`, 'gu'),
  // An abbreviation and the number or name after it: «ст. 351.8», «г. Энск», «п. 2» (not «2026 г.» ending a date).
  new RegExp(`(?<=(?:^|[^${L}\\d \\u00a0]|(?<!\\d)${GAP})(?:${ABBREVIATIONS.join('|')})\\.)${SPACE}+(?=[\\d\\p{Lu}])`, 'gu'),
  // Before a dash between words.
  new RegExp(`${SPACE}+(?=[–—](?:${GAP}|$))`, 'gu'),
];

/** The text with the spaces Russian typography binds turned into no-break spaces. */
export function typographicSpaces(text: string): string {
  let out = text;
  for (const rule of RULES) out = out.replace(rule, (spaces) => NBSP.repeat(spaces.length));
  return out;
}
