/** Messages of the questionnaire actions (Russian). */
import type { QuestionnairePurpose } from '../domain/formModel';

export const PURPOSE_LABELS: Record<QuestionnairePurpose, string> = {
  mentee: 'Анкета наставляемого',
  mentor: 'Анкета наставника',
  satisfactionMentee: 'Удовлетворённость: наставляемые',
  satisfactionMentor: 'Удовлетворённость: наставники',
};

export const RESPONSE_SHEET_NAMES: Record<QuestionnairePurpose, string> = {
  mentee: 'Ответы: наставляемые',
  mentor: 'Ответы: наставники',
  satisfactionMentee: 'Ответы: удовлетворённость наставляемых',
  satisfactionMentor: 'Ответы: удовлетворённость наставников',
};

export const FORMS = {
  title: 'Анкеты',
  registerMissing: 'Сначала выполните «Создать или проверить реестр»: нет листа «Анкеты».',
  created: (labels: string[]) => `Созданы анкеты: ${labels.map((l) => `«${l}»`).join(', ')}.`,
  existed: (labels: string[]) => `Уже созданы ранее: ${labels.map((l) => `«${l}»`).join(', ')}.`,
  recovered: (labels: string[]) =>
    `Найдены созданные ранее и снова записаны в лист «Анкеты»: ${labels.map((l) => `«${l}»`).join(', ')} — прежние ссылки продолжают работать.`,
  links: 'Ссылки для ответов — в листе «Анкеты», столбец «Ссылка для ответов».',
  /** What a respondent sees on a form the add-on replaced (Form.setCustomClosedFormMessage). */
  closedFormMessage: (newLink: string) =>
    `Анкета перенесена: по этой ссылке ответы больше не принимаются. Пожалуйста, заполните анкету по новой ссылке: ${newLink}`,
  closedOld: (labels: string[]) =>
    `Прежние формы закрыты для ответов (вместо них действуют записанные в листе «Анкеты»): ${labels.map((l) => `«${l}»`).join(', ')}. ` +
    'По старой ссылке откроется сообщение с новой ссылкой.',
  triggerCreated: 'Включено автоматическое обновление банков при поступлении ответов.',
  movedToFolder: 'Новые формы лежат в папке надстройки на Диске (её ID — в «Настройки»).',
  journalCreate: 'Создание анкет',
  refreshed: (count: number) => `Обновлены варианты ответов в вопросах: ${count}.`,
  refreshNothing: 'Анкеты ещё не созданы: обновлять нечего.',
  formGone: (label: string) => `Форма «${label}» не найдена на Диске (удалена?): пропущена.`,
  journalRefresh: 'Обновление вариантов ответов в анкетах',
} as const;

export const SYNC = {
  title: 'Банки наставников и наставляемых',
  journal: 'Обновление банков из анкет',
  journalTrigger: 'Ответ на анкету',
  summary: (label: string, added: number, updated: number, same: number) =>
    `${label}: добавлено — ${added}, обновлено — ${updated}, без изменений — ${same}.`,
  noForms: 'Анкеты наставников и наставляемых ещё не созданы: выполните «Создать анкеты».',
  noResponsesSheet: (label: string) => `${label}: не найден лист ответов; проверьте, что форма связана с этой таблицей.`,
  bankBlocked: (sheet: string, header: string) =>
    `Лист «${sheet}»: нет столбца «${header}»; банк не обновлён. Выполните «Создать или проверить реестр».`,
  noIdentity: 'нет ни адреса электронной почты, ни ФИО — ответ нельзя отнести к человеку',
  badField: (question: string, value: string, expected: string) => `вопрос «${question}»: ${expected}, получено «${value}»`,
  integer: 'ожидается целое число',
  unusable: (sheet: string, row: number, reason: string) => `Лист «${sheet}», строка ${row}: ${reason}.`,
  lockBusy: 'Банки сейчас обновляет другое действие; ответ будет учтён при следующем обновлении.',
  satisfactionReceived: (label: string) => `${label}: ответ сохранён в листе ответов.`,
  /** «Предложенные изменения» of a row whose data the curator checked: where the answer is, then one line a field. */
  proposalCell: (answer: string, fields: { title: string; value: string }[]) =>
    [`${answer}:`, ...fields.map((f) => `${f.title} — ${f.value ? `«${f.value}»` : 'пусто'}`)].join('\n'),
  answerAt: (sheet: string, row: number, date: string | null) =>
    `Ответ${date ? ` от ${date}` : ''} (лист «${sheet}», строка ${row})`,
  proposed: (sheet: string, row: number, who: string, fields: string) =>
    `Лист «${sheet}», строка ${row} (${who}): данные проверены куратором, ответ их не изменил; предложено: ${fields} — ` +
    'записано в столбец «Предложенные изменения». Чтобы принять, исправьте значение или снимите отметку «Данные проверены».',
  proposedNoColumn: (sheet: string, row: number, who: string, fields: string) =>
    `Лист «${sheet}», строка ${row} (${who}): данные проверены куратором, ответ их не изменил; предложено: ${fields}. ` +
    'Столбца «Предложенные изменения» нет — выполните «Создать или проверить реестр».',
  proposedField: (title: string, value: string) => `${title} «${value}»`,
  appliedTitle: 'Применённые ответы:',
  appliedNew: (who: string, answer: string) => `${who} — ${answer}: добавлен(а) в банк.`,
  appliedUpdate: (who: string, answer: string, columns: string) => `${who} — ${answer}: обновлено: ${columns}.`,
  appliedMore: (count: number) => `…и ещё применённых ответов: ${count}.`,
  who: (id: string, name: string) => `${id ? `${id} ` : ''}${name || 'без ФИО'}`,
} as const;

export const SATISFACTION_LINKS = {
  stageStart: 'начало программы',
  stageEnd: 'завершение программы',
  written: (count: number, stage: string) => `Ссылки на анкеты (${stage}) записаны для пар: ${count}.`,
  noPairs: 'В листе «Пары» нет действующих пар.',
  noForms: 'Анкеты удовлетворённости ещё не созданы: выполните «Создать анкеты».',
  journal: 'Ссылки на анкеты удовлетворённости',
} as const;
