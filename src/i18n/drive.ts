/** Messages about the add-on's folder on Google Drive and the Advanced Drive service. */
import { SETTING_TITLES, SHEET_TITLES } from './register';

const where = `в листе «${SHEET_TITLES.settings}», параметр «${SETTING_TITLES.docsFolderId}»`;
const whatToDo =
  'Очистите значение — надстройка создаст свою папку и запишет сюда её ID, — или вставьте ID папки, которую создала надстройка. ' +
  'Ничего не создано.';

export const DRIVE = {
  /** The typed ID is not a folder the add-on may use (drive.file: only what it made itself). */
  folderUnreachable: (id: string) =>
    `Папка «${id}» (${where}) недоступна надстройке: она работает только с папкой и файлами, которые создала сама. ${whatToDo}`,
  folderTrashed: (id: string) =>
    `Папка «${id}» (${where}) лежит в корзине Диска. Восстановите её из корзины или очистите значение — надстройка создаст новую папку. Ничего не создано.`,
  notAFolder: (id: string) => `«${id}» (${where}) — это файл, а не папка. ${whatToDo}`,
  serviceMissing:
    'В проекте надстройки не включена расширенная служба Google Drive API (идентификатор Drive, версия v3): без неё надстройка не может создать папку и положить в неё файлы. ' +
    'Включите её в редакторе Apps Script («Службы» → Drive API) или обратитесь к тому, кто установил надстройку. Ничего не создано.',
} as const;
