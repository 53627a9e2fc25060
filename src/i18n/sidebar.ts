/** Strings of the sidebar (bundled into the browser code). */
export const SIDEBAR_TEXT = {
  heading: 'Реестр наставничества',
  loading: 'Загрузка…',
  refresh: 'Обновить',
  ready: 'Реестр создан.',
  notReady: 'Реестр создан не полностью. Выберите в меню «Наставничество» → «Создать или проверить реестр».',
  missing: 'нет листа',
  rows: (n: number) => `записей: ${n}`,
  failed: (message: string) => `Не удалось получить данные: ${message}`,
} as const;
