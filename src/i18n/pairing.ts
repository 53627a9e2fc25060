/** Messages of pairs, groups and consents (Russian). */
export const CONSENTS = {
  mentorData: (name: string) => `${name}: нет согласия на обработку персональных данных`,
  menteeData: (name: string) => `${name}: нет согласия на обработку персональных данных`,
  withdrawn: (name: string) => `${name}: согласие на обработку персональных данных отозвано`,
  duties: (name: string) => `${name}: нет письменного согласия на выполнение обязанностей наставника (ст. 351.8 ТК РФ)`,
  dataDatedLater: (name: string, date: string, asOf: string) =>
    `${name}: согласие на обработку персональных данных датировано ${date}, позже ${asOf}, и пока не действует`,
  dutiesDatedLater: (name: string, date: string, asOf: string) =>
    `${name}: согласие на выполнение обязанностей наставника датировано ${date}, позже ${asOf}, и пока не действует`,
  unknownPerson: (id: string) => `${id}: нет такой записи в банке`,
  labelData: 'Согласие на обработку ПДн',
  labelDuties: 'Согласие на обязанности наставника',
  labelPublish: 'Согласие на распространение ПДн',
} as const;

export const PAIRS = {
  termTooShort: 'Программа наставничества длится не менее 3 месяцев: проверьте даты начала и окончания.',
  termTooLong: 'Программа наставничества длится не более 12 месяцев: проверьте даты начала и окончания.',
  endBeforeStart: 'Дата окончания раньше даты начала.',
  noMentees: 'В паре или группе должен быть хотя бы один наставляемый.',
  mentorIsMentee: 'Наставник не может быть собственным наставляемым.',
  unknownMentor: (id: string) => `Наставник ${id} не найден в листе «Наставники».`,
  unknownMentee: (id: string) => `Наставляемый ${id} не найден в листе «Наставляемые».`,
  unknownPair: (id: string) => `Пара ${id} не найдена в листе «Пары».`,
  excluded: (mentor: string, reasons: string[]) => `${mentor} не может стать наставником: ${reasons.join('; ')}.`,
  alreadyInPair: (mentee: string, pairId: string) => `${mentee} уже состоит в паре ${pairId}.`,
  overCapacity: (mentor: string, load: number, capacity: number) =>
    `У наставника ${mentor} уже ${load} наставляемых при пределе ${capacity}.`,
  badTransition: (from: string, to: string) => `Статус пары нельзя сменить с «${from}» на «${to}».`,
  cannotFix: (pairId: string, missing: string[]) =>
    `Пару ${pairId} нельзя закрепить, пока нет согласий:\n• ${missing.join('\n• ')}`,
  reasonRequired: 'Укажите причину завершения.',
  closed: (pairId: string) => `Пара ${pairId} уже завершена или прекращена.`,
  journalCreate: 'Создание пары (группы)',
  journalStatus: 'Смена статуса пары',
  journalConsent: 'Отметка о согласии',
  journalAccept: 'Подбор пар: принятые предложения',
  created: (id: string, mentor: string, mentees: string[]) => `${id}: ${mentor} — ${mentees.join(', ')}`,
  statusChanged: (id: string, from: string, to: string) => `${id}: «${from}» → «${to}»`,
  statusAlready: (id: string, status: string) => `${id}: статус уже «${status}»`,
  consentRecorded: (who: string, what: string, date: string) => `${who}: ${what} — ${date}`,
  lockBusy: 'Реестр сейчас изменяет другое действие. Повторите через минуту.',
  notFixedByOrder: (pairId: string) => `Пара ${pairId} ещё не закреплена приказом: сначала сформируйте приказ о закреплении.`,
  noticeTooShort: (date: string) =>
    `Досрочное прекращение по инициативе участника возможно не ранее чем через 3 рабочих дня после уведомления (ст. 351.8 ТК РФ): не ранее ${date}.`,
  extendTooLong: 'Общий срок программы превысит 12 месяцев: укажите причину продления сверх года.',
  extendNotLater: 'Новая дата окончания должна быть позже прежней.',
  extended: (id: string, from: string, to: string) => `${id}: срок продлён с ${from} до ${to}`,
  extendedOverride: (reason: string) => `продление сверх 12 месяцев: ${reason}`,
  /** ТК РФ ст. 351.8: the new term needs a new addendum to the mentor's labour contract. */
  extendedAgreement: (id: string) =>
    `${id}: на новый срок оформите с наставником новое дополнительное соглашение к трудовому договору (ст. 351.8 ТК РФ): меню «Документы» → «Дополнительные соглашения с наставниками».`,
  replaced: (oldId: string, newId: string, mentor: string) => `${oldId} закрыта, ${newId}: новый наставник ${mentor}`,
  replaceReason: 'по инициативе наставляемого',
  sameMentor: 'Выберите другого наставника: этот уже ведёт пару.',
  meetingLogged: (id: string, date: string, topic: string) => `${id}: встреча ${date} — ${topic}`,
  journalExtend: 'Продление программы',
  journalReplace: 'Замена наставника',
  journalMeeting: 'Встреча пары',
  invalidRequest: 'Панель передала неверные данные; обновите панель и повторите.',
  consentInFuture: (date: string) =>
    `Дата согласия ${date} ещё не наступила: согласие отмечают в день подписания или позже. Проверьте дату.`,
} as const;

export const MENTEE_STATUS = { waiting: 'ожидает пару', paired: 'в паре', finished: 'завершил программу' } as const;
