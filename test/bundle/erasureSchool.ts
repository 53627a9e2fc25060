/**
 * A school for erasure tests where people share names and addresses in part, and the person
 * to erase is everywhere the add-on writes: НТ-0001 «Ёлкина Алёна Петровна» (a mentor who
 * answered from two addresses, is named by a mentee's answer, in notes, in «Программы» and
 * «Журнал» in initials forms, in a programme printed with the others', her own consent, the
 * site materials and a signed order), beside a same-surname colleague «Ёлкина Мария
 * Сергеевна», «Петрова Анна Ивановна», and НЯ-0001 «Анна» <ann@school.example> beside
 * «Котова Сусанна Львовна» <joann@school.example>.
 */
import type { DialogResponder } from '../../emulator/services/ui';
import { Emulator, findText } from '../../emulator';
import { runMenu } from './addon';
import { formIdByTitle, menteeAnswers, mentorAnswers } from './forms';
import { approvedLastYear, consentDate, fill, records, schoolWithSettings, setSetting } from './school';

export const ELKINA = {
  id: 'НТ-0001',
  name: 'Ёлкина Алёна Петровна',
  email: 'alena@school.example',
  secondEmail: 'alena.home@mail.example',
};
export const ANNA = { id: 'НЯ-0001', name: 'Анна', email: 'ann@school.example' };

/** Every way the add-on or the curator wrote Ёлкина: what must be gone after her erasure. */
export const ELKINA_TRACES = [
  'Ёлкина Алёна Петровна',
  'Елкина Алена Петровна',
  'А.П. Ёлкина',
  'А. П. Ёлкина',
  'А.П. Елкина',
  'Ёлкина А.П.',
  'Ёлкина А. П.',
  'Елкина А. П.',
  'Елкина А.П.',
  ELKINA.email,
  ELKINA.secondEmail,
];

/** What other people are written as: each must stay where it was. */
export const OTHERS_TRACES = [
  'Ёлкина Мария Сергеевна',
  'М.С. Ёлкина',
  'Петрова Анна Ивановна',
  'Котова Сусанна Львовна',
  'Сусанна Львовна',
  'joann@school.example',
  'maria@school.example',
];

/** Pairs (ID, mentor, mentee) ready for documents: dates, form, kind, the mentor's consent. */
export function addPairs(emu: Emulator, pairs: readonly [string, string, string][]): void {
  fill(
    emu,
    'Пары',
    pairs.map(([id, mentor, mentee]) => ({
      ID: id,
      'ID наставника': mentor,
      'ID наставляемых': mentee,
      'Форма наставничества': 'педагог – педагог',
      'Вид наставничества': 'традиционное',
      'Дата начала': new Date(2026, 8, 15),
      'Плановая дата окончания': new Date(2027, 4, 31),
      'Согласие наставника на обязанности: дата': consentDate,
      Статус: 'закреплена',
    })),
  );
}

export function schoolForErasure(options: { signed?: boolean } = {}): Emulator {
  const emu = schoolWithSettings();
  setSetting(emu, 'Копии .docx для архива', 'да');
  const consent = consentDate;
  fill(emu, 'Наставники', [
    {
      ID: 'НТ-0001',
      ФИО: ELKINA.name,
      Должность: 'учитель',
      'E-mail': ELKINA.email,
      Статус: 'активен',
      'Согласие на обработку ПДн: дата': consent,
      'Согласие на распространение ПДн: дата': consent,
    },
    {
      ID: 'НТ-0002',
      ФИО: 'Ёлкина Мария Сергеевна',
      Должность: 'учитель',
      'E-mail': 'maria@school.example',
      Статус: 'активен',
      'Согласие на обработку ПДн: дата': consent,
      'Согласие на распространение ПДн: дата': consent,
    },
    {
      ID: 'НТ-0003',
      ФИО: 'Петрова Анна Ивановна',
      Должность: 'учитель',
      'E-mail': 'petrova@school.example',
      Статус: 'активен',
      'Согласие на обработку ПДн: дата': consent,
    },
  ]);
  fill(emu, 'Наставляемые', [
    {
      ID: 'НЯ-0001',
      ФИО: ANNA.name,
      Должность: 'учитель',
      'E-mail': ANNA.email,
      'Запросы и затруднения': 'Работа с родителями',
      Статус: 'в паре',
      'Согласие на обработку ПДн: дата': consent,
    },
    {
      ID: 'НЯ-0002',
      ФИО: 'Котова Сусанна Львовна',
      Должность: 'учитель',
      'E-mail': 'joann@school.example',
      'Запросы и затруднения': 'Работа с родителями',
      Статус: 'в паре',
      'Согласие на обработку ПДн: дата': consent,
    },
    {
      ID: 'НЯ-0003',
      ФИО: 'Молодой Иван Петрович',
      Должность: 'учитель',
      'E-mail': 'ivan@school.example',
      'Запросы и затруднения': 'Работа с родителями',
      Статус: 'в паре',
      'Согласие на обработку ПДн: дата': consent,
    },
  ]);
  addPairs(emu, [
    ['П-0001', 'НТ-0001', 'НЯ-0003'],
    ['П-0002', 'НТ-0002', 'НЯ-0002'],
    ['П-0003', 'НТ-0003', 'НЯ-0001'],
  ]);

  // Answers: Ёлкина from two addresses, a mentee naming her, Анна and Котова from addresses alike.
  runMenu(emu, 'runCreateQuestionnaires');
  const mentorForm = formIdByTitle(emu, 'Анкета наставника');
  const menteeForm = formIdByTitle(emu, 'Анкета наставляемого');
  emu.submitForm(mentorForm, mentorAnswers({ name: ELKINA.name, email: ELKINA.email }), { email: ELKINA.email });
  emu.submitForm(mentorForm, mentorAnswers({ name: 'Ёлкина Мария Сергеевна', email: 'maria@school.example' }), {
    email: 'maria@school.example',
  });
  emu.submitForm(
    menteeForm,
    menteeAnswers({ name: 'Молодой Иван Петрович', email: 'ivan@school.example', wishedMentor: 'Ёлкина А. П.' }),
    {
      email: 'ivan@school.example',
    },
  );
  emu.submitForm(menteeForm, menteeAnswers({ name: ANNA.name, email: ANNA.email, wishedMentor: 'Петрова Анна Ивановна' }), {
    email: ANNA.email,
  });
  emu.submitForm(menteeForm, menteeAnswers({ name: 'Котова Сусанна Львовна', email: 'joann@school.example' }), {
    email: 'joann@school.example',
  });
  // The second address, later: her answer from home.
  emu.submitForm(mentorForm, mentorAnswers({ name: ELKINA.name, email: ELKINA.secondEmail, experience: '21' }), {
    email: ELKINA.secondEmail,
  });

  // Notes, a meeting and a journal line in the forms the add-on writes (initials, no-break spaces, е for ё).
  const ss = emu.globals.SpreadsheetApp.getActiveSpreadsheet();
  ss.getSheetByName('Наставники')!.getRange(2, 2).setNote('Звонила Ёлкина А.П., просила перенести встречу');
  ss.getSheetByName('Наставники')!.getRange(3, 2).setNote('Ёлкина Мария Сергеевна — руководитель МО');
  ss.getSheetByName('Наставляемые')!.getRange(3, 2).setNote('Сусанна Львовна: пишите на joann@school.example');
  ss.getSheetByName('Наставляемые')!.getRange(2, 2).setNote('Анна просила перенести встречу');
  emu.callFromSidebar('logMeeting', {
    pairId: 'П-0001',
    date: '2026-11-20',
    topic: 'Открытый урок: Елкина А.\u00a0П.',
    result: '',
  });
  emu.callFromSidebar('logMeeting', { pairId: 'П-0002', date: '2026-11-21', topic: 'Открытый урок: М.С. Ёлкина', result: '' });
  ss.getSheetByName('Журнал')!.appendRow([
    new Date(2026, 8, 15),
    'curator@school.example',
    'Пары',
    'П-0001: А.\u00a0П.\u00a0Ёлкина — И.П. Молодой; П-0002: М.С. Ёлкина — С.Л. Котова',
  ]);

  // Documents: the programmes printed as one file, her own consent, the site materials, the pairs order.
  runMenu(emu, 'runProgrammes', [{ button: 'YES' }]);
  emu.callFromSidebar('generateDocuments', { kind: 'dataConsent', ids: ['НТ-0001'] });
  runMenu(emu, 'runSiteMaterials');
  approvedLastYear(emu);
  runMenu(emu, 'runPairsOrder');
  if (options.signed !== false) {
    const orders = ss.getSheetByName('Приказы')!;
    const head = orders.getRange(1, 1, 1, orders.getLastColumn()).getValues()[0];
    orders.getRange(3, head.indexOf('Статус') + 1).setValue('подписан');
  }
  expect(records(emu, 'Приказы')).toHaveLength(2);
  emu.resetCounts();
  return emu;
}

/** Answers every dialog: the ID to a prompt, «Да» to a question, OK to an alert. */
export function erasureResponder(id: string): DialogResponder {
  return (request) => {
    if (request.kind === 'prompt') return { button: 'OK', text: id };
    if (request.buttons === 'YES_NO' || request.buttons === 'YES_NO_CANCEL') return { button: 'YES' };
    return { button: 'OK' };
  };
}

/** The school again from a snapshot, its dialogs answered for erasing `id`. */
export function restored(snapshot: string, id: string): Emulator {
  return new Emulator({ snapshot, responder: erasureResponder(id) }).load();
}

/** IDs of the Drive files that are signed orders or their .docx copies (kept by law). */
export function signedOrderFiles(emu: Emulator): Set<string> {
  const links = records(emu, 'Приказы')
    .filter((r) => r['Статус'] === 'подписан')
    .map((r) => /\/d\/([^/]+)\//.exec(String(r['Ссылка на документ']))?.[1] ?? '');
  const names = new Set(emu.state.drive.files.filter((f) => links.includes(f.id)).map((f) => f.name));
  return new Set(
    emu.state.drive.files.filter((f) => links.includes(f.id) || names.has(f.name.replace(/\.docx$/, ''))).map((f) => f.id),
  );
}

/**
 * Where any of these texts is found (case ignored, no-break spaces as spaces), outside signed
 * orders and the UI's log; `really`: whether a hit's text holds it as meant (e.g. a whole address).
 */
export function tracesOf(emu: Emulator, needles: readonly string[], really: (text: string) => boolean = () => true): string[] {
  const kept = signedOrderFiles(emu);
  return needles.flatMap((needle) =>
    findText(emu.state, needle, { ignoreCase: true })
      .filter((hit) => !((hit.path[0] === 'docs' || hit.path[0] === 'drive') && kept.has(fileIdOfHit(emu, hit.path))))
      .filter((hit) => really(hit.text))
      .map((hit) => `${needle} @ ${hit.where}`),
  );
}

function fileIdOfHit(emu: Emulator, path: readonly (string | number)[]): string {
  if (path[0] === 'docs') return String(path[2]);
  if (path[0] === 'drive' && path[1] === 'files') return emu.state.drive.files[path[2] as number]?.id ?? '';
  return '';
}
