/** Messages of erasing a person's data after the consent is withdrawn (152-ФЗ). */

/** ««Журнал» — 3, «Программы» — 1». */
const bySheet = (counts: Readonly<Record<string, number>>) =>
  Object.entries(counts)
    .map(([sheet, n]) => `«${sheet}» — ${n}`)
    .join(', ');

export const ERASURE = {
  title: 'Отзыв согласия на обработку персональных данных',
  promptId:
    'Введите ID человека (например, НЯ-0007), отозвавшего согласие. Его персональные данные будут удалены из всех листов реестра, ответов на анкеты и документов, кроме подписанных приказов.',
  /** `declined`: the name in the genitive; null when its gender is unknown (then after a colon, as typed). */
  confirm: (id: string, name: string, declined: string | null) =>
    `Удалить персональные данные${declined ? ` ${declined}` : `: ${name}`} (${id})? Останутся только ID, статус «выбыл», возрастная группа и категория для обезличенной статистики, а также подписанные приказы. Отменить удаление нельзя.`,
  notFound: (id: string) => `${id}: нет такой записи в листах «Наставники» и «Наставляемые».`,
  alreadyErased: (id: string) => `Персональные данные ${id} уже удалены.`,
  /** Before the report of an erasure that an earlier execution began and did not finish. */
  resumed: (id: string) => `Удаление персональных данных ${id} было прервано и теперь завершено.`,
  cancelled: 'Ничего не удалено.',
  erasedName: 'персональные данные удалены',
  erasedFile: 'Удалено по отзыву согласия',
  /** The report's first line (the journal's row of an erasure is found by it). */
  done: (id: string, cells: number, responses: number, files: number) =>
    `Данные ${id} удалены: ячеек — ${cells}, ответов на анкеты — ${responses}, документов — ${files}.`,
  doneHead: (id: string) => `Данные ${id} удалены:`,
  erasedHeading: 'Удалено:',
  cells: (counts: Readonly<Record<string, number>>) =>
    `— ячейки с его именем или адресом (имя и адрес заменены на ID): ${bySheet(counts)};`,
  notes: (counts: Readonly<Record<string, number>>) => `— заметки к ячейкам: ${bySheet(counts)};`,
  answerRows: (counts: Readonly<Record<string, number>>) => `— его ответы в листах ответов (строки очищены): ${bySheet(counts)};`,
  duplicates: (ids: readonly string[]) =>
    `— записи того же человека под другими ID (то же ФИО и один из его адресов), очищены так же: ${ids.join(', ')};`,
  answers: (n: number) =>
    `— ответы, которые хранят сами формы (его и упоминающие его; в листах ответов ответы других сохранены): ${n};`,
  properties: (n: number) => `— записи в свойствах документа: ${n};`,
  files: (labels: readonly string[]) =>
    `— документы о нём и его парах (очищены, переименованы и перемещены в корзину): ${labels.join('; ')};`,
  versions: (n: number) => `— их прежние версии и копии .docx, в том числе из корзины: ${n};`,
  drafts: (labels: readonly string[]) =>
    `— проекты приказов с его данными (не подписаны; очищены и перемещены в корзину — если приказ нужен, сформируйте его заново): ${labels.join('; ')};`,
  remade: (documents: string) =>
    `— файлы для печати, где вместе с его документами были документы других, удалены целиком; документы других сформированы заново: ${documents};`,
  toRemake: (documents: string) =>
    `— файлы для печати, где вместе с его документами были документы других, удалены целиком; документы других сформировать сейчас не удалось — сформируйте их заново: ${documents};`,
  /** Past the first few documents of a kind listed: how many in all. */
  andMore: (listed: string, count: number) => `${listed} и другие, всего ${count}`,
  site: {
    remade: '— «Материалы для сайта» с его данными удалены и сформированы заново без него;',
    toRemake:
      '— «Материалы для сайта» с его данными удалены; сформировать их заново сейчас не удалось — выберите «Материалы для сайта» в меню «Документы»;',
    erased: '— «Материалы для сайта» прошлых лет с его данными удалены;',
  },
  keptHeading: 'Сохранено:',
  anonymous: (id: string, bank: string) =>
    `— строка ${id} в листе «${bank}» без персональных данных (ID, статус «выбыл», возрастная группа, категория, дата отзыва согласия) и ID в листах «Пары» и «Программы»: это обезличенные сведения для статистики мониторинга;`,
  signed: (labels: readonly string[]) =>
    `— подписанные приказы с его данными: ${labels.join('; ')}. Это документы организации, которые хранятся в сроки, установленные законодательством об архивном деле; обработка персональных данных без согласия в этом случае допускается (ч. 2 ст. 9 и п. 2 ч. 1 ст. 6 Федерального закона от 27.07.2006 № 152-ФЗ);`,
  /** An order without a title in «Приказы». */
  orderLabel: (date: string, number: string) => `Приказ${date ? ` от ${date}` : ''} № ${number}`,
  journal: 'Отзыв согласия и удаление персональных данных',
  statusLeft: 'выбыл',
} as const;
