/**
 * Texts of matching: the reasons of a score, why a mentor cannot be chosen, why a mentee was
 * left without a pair. Values from the register are shown as the curator typed them, with the
 * first letter lowered inside a sentence («тот же предмет: математика»).
 */

/** Points as a signed number, with the Russian decimal comma if weights are fractional. */
export function signedPoints(points: number): string {
  const abs = String(Math.abs(points)).replace('.', ',');
  return points < 0 ? `−${abs}` : `+${abs}`;
}

/** Russian plural: 1 год, 2 года, 5 лет, 11 лет, 21 год. */
export function plural(n: number, one: string, few: string, many: string): string {
  const abs = Math.abs(Math.trunc(n));
  const mod10 = abs % 10;
  const mod100 = abs % 100;
  if (mod10 === 1 && mod100 !== 11) return one;
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return few;
  return many;
}

/**
 * A vocabulary value inside a sentence: «Математика» → «математика», but abbreviations
 * («ИКТ», «ОГЭ») and values already in lower case stay as they are.
 */
export function inSentence(value: string): string {
  const first = value.charAt(0);
  const second = value.charAt(1);
  if (!first || first === first.toLowerCase()) return value;
  if (second && second !== second.toLowerCase()) return value;
  return first.toLowerCase() + value.slice(1);
}

const listed = (values: readonly string[]) => values.map(inSentence).join(', ');

export const MATCH_REASONS = {
  requests: (items: readonly string[], points: number) => `совпадение запросов: ${listed(items)} (${signedPoints(points)})`,
  subject: (subjects: readonly string[], points: number) =>
    `${subjects.length > 1 ? 'те же предметы' : 'тот же предмет'}: ${listed(subjects)} (${signedPoints(points)})`,
  level: (levels: readonly string[], points: number) =>
    `${levels.length > 1 ? 'те же уровни образования' : 'тот же уровень образования'}: ${listed(levels)} (${signedPoints(points)})`,
  experience: (gap: number, points: number) =>
    `стаж наставника больше на ${gap} ${plural(gap, 'год', 'года', 'лет')} (${signedPoints(points)})`,
  category: (qualification: string, points: number) =>
    `квалификационная категория: ${inSentence(qualification)} (${signedPoints(points)})`,
  mutual: (points: number) => `взаимный выбор: наставляемый назвал этого наставника (${signedPoints(points)})`,
  formAndKind: (points: number) => `совпадают предпочитаемые форма и вид наставничества (${signedPoints(points)})`,
  form: (form: string, points: number) => `совпадает предпочитаемая форма наставничества: ${form} (${signedPoints(points)})`,
  kind: (kind: string, points: number) => `совпадает предпочитаемый вид наставничества: ${kind} (${signedPoints(points)})`,
  load: (load: number, capacity: number) => `нагрузка ${load} из ${capacity}`,
  loadAfter: (load: number, capacity: number) => `нагрузка с учётом подбора: ${load} из ${capacity}`,
} as const;

/** Why a mentor cannot be chosen for this mentee (hard rules). */
export const MATCH_EXCLUSIONS = {
  samePersonId: 'это тот же человек (совпадает ID)',
  samePersonEmail: 'это тот же человек (совпадает адрес электронной почты)',
  samePersonName: 'это тот же человек (совпадают ФИО)',
  statusCandidate: 'наставник ещё не допущен (статус «кандидат»)',
  statusSuspended: 'наставник временно не ведёт наставляемых (статус «приостановлен»)',
  statusLeft: 'наставник выбыл (статус «выбыл»)',
  statusMissing: 'у наставника не указан статус: подбирать можно только со статусом «активен»',
  statusOther: (status: string) => `статус наставника «${status}»: подбирать можно только со статусом «активен»`,
  consentWithdrawn: 'наставник отозвал согласие на обработку персональных данных',
  capacity: (load: number, capacity: number) => `нет свободного места: нагрузка ${load} из ${capacity}`,
  alreadyPaired: (pairId: string) => (pairId ? `уже в паре с этим наставником (${pairId})` : 'уже в паре с этим наставником'),
} as const;

/** Why a mentee was left without a proposal by the automatic matching. */
export const MATCH_UNMATCHED = {
  noMentors: 'нет активных наставников, которых можно назначить',
  nothingInCommon: 'нет наставника с общими запросами, предметом или уровнем',
  emptyProfile: 'в профиле наставляемого не указаны запросы, предмет и уровень: подобрать наставника не по чему',
  noFreeSlot: 'нет наставника со свободным местом',
  suitableBusy: 'все подходящие наставники заняты',
  takenInThisRun: 'свободные места у подходящих наставников отданы в этом подборе другим наставляемым',
} as const;
