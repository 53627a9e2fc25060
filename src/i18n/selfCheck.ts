/** «Проверить работу в Google»: what each probe is, and what a failure means for the school. */
export const SELF_CHECK = {
  title: 'Проверка работы в Google',
  journal: 'Проверка работы в Google',
  probes: {
    spreadsheet: 'Таблица реестра',
    properties: 'Хранилище настроек надстройки',
    lock: 'Блокировка документа',
    user: 'Адрес пользователя',
    driveService: 'Служба Google Drive API',
    folder: 'Папка на Диске',
    document: 'Google Документы (документ из .docx)',
    form: 'Google Формы',
    trigger: 'Триггеры',
    cleanup: 'Уборка проверочных файлов',
  },
  ok: (probe: string, seconds: string) => `✓ ${probe} — ${seconds} с`,
  failed: (probe: string, reason: string) => `✗ ${probe}: ${reason}`,
  skipped: (probe: string, because: string) => `– ${probe}: не проверено, ${because}`,
  or: ' или ',
  needsDrive: 'для этого нужна служба Drive API (см. выше)',
  leftInRoot: (name: string) =>
    `без службы Drive API проверочная форма «${name}» осталась в корне «Моего диска»; удалите её вручную`,
  noUser:
    'адрес не получен (так бывает, когда пользователь и владелец скрипта из разных доменов); в «Журнале» будет пусто в столбце пользователя',
  scope: (method: string, scope: string) =>
    `нет разрешения на ${method} (область ${scope}). Что сделать: проверьте oauthScopes в appsscript.json, опубликуйте заново и переустановите дополнение.`,
  quota: (service: string) =>
    `исчерпана дневная квота Google (${service}). Что сделать: продолжите через сутки после первого вызова; квоты рабочих аккаунтов Google Workspace выше.`,
  driveMissing:
    'расширенная служба Drive API (v3) не включена. Что сделать: в редакторе Apps Script «Службы» → Drive API, версия v3, идентификатор Drive; или добавьте её в dependencies.enabledAdvancedServices файла appsscript.json.',
  driveApiDisabled:
    'Drive API выключен в проекте Google Cloud, к которому привязан скрипт. Что сделать: включите Google Drive API в консоли Google Cloud этого проекта.',
  notOurs:
    'Диск не отдаёт надстройке файл, который она сама создала. Что сделать: сообщите разработчикам — на этом аккаунте область drive.file работает иначе, чем описано у Google.',
  triggerLimit:
    'Google не даёт создать ещё один триггер (лимит дополнения: один триггер каждого вида на пользователя и документ, всего 20 на пользователя). Что сделать: удалите лишние триггеры в разделе «Триггеры» редактора Apps Script.',
  conversionLost:
    'Диск создал документ из .docx, но текст в нём не появился. Что сделать: сообщите разработчикам — преобразование .docx в Google Документ на этом аккаунте работает не так, как описано у Google.',
  lockBusy: 'документ занят другим действием дольше 10 секунд; повторите проверку.',
  other: (message: string) => `ошибка Google: «${message}».`,
  allGood: 'Всё работает: можно начинать с пункта «Создать или проверить реестр».',
  problems: (count: number) => `Найдены проблемы: ${count}. Пока они не устранены, часть действий дополнения не сработает.`,
  probeName: (date: string) => `Наставничество: проверка ${date} (можно удалить)`,
} as const;
