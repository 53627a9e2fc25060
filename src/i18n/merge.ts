/** Likely duplicates in the banks and their merge («Объединить»), in Russian. */
export const MERGE = {
  journal: 'Объединение записей',
  sameName: 'то же ФИО',
  oneLetter: 'ФИО отличается одной буквой, та же должность и предмет',
  /** One line of the sidebar's list. */
  line: (older: string, newer: string, reason: string) => `${newer} — вероятно, тот же человек, что ${older} (${reason}).`,
  title: (count: number) => `Возможно, один человек записан дважды: ${count}`,
  hint: '«Объединить» переносит в более раннюю запись пустые в ней данные, адрес e-mail и все пары и документы более поздней, затем удаляет более позднюю строку. Ответы в листах ответов не меняются.',
  button: 'Объединить',
  confirm: (older: string, newer: string) => `Объединить ${newer} с ${older}? Останется ${older}.`,
  done: (sheet: string, older: string, newer: string, filled: string[], repointed: number) =>
    `Лист «${sheet}»: ${newer} объединён(а) с ${older}` +
    (filled.length ? `; перенесено: ${filled.join(', ')}` : '') +
    `; ссылок на ${newer} заменено на ${older}: ${repointed}. Строка ${newer} удалена.`,
  already: (older: string, newer: string) => `${newer} уже объединён(а) с ${older}.`,
  sameId: 'Нельзя объединить запись саму с собой.',
  unknown: (id: string) => `Запись ${id} не найдена ни в листе «Наставники», ни в листе «Наставляемые».`,
  otherBank: (older: string, newer: string) => `${older} и ${newer} — в разных листах: объединяются только записи одного листа.`,
  unfinished: (older: string, newer: string) => `Сначала завершено прерванное объединение ${newer} с ${older}.`,
  /** Matching: a likely duplicate waits for the merge instead of being proposed twice. */
  waitsForMerge: (older: string) => `вероятно, тот же человек, что ${older}: объедините записи`,
} as const;
