/**
 * Every user action of the add-on (menu items, sidebar calls, triggers) with how to run it
 * on a register of N people: the budget test checks that its service calls do not grow with
 * N, and `npm run bench` prints them. A register is built once per size and restored from a
 * snapshot for each action, so every action starts from the same state.
 */
import { type DialogAnswer, type DialogLogEntry, Emulator } from '../emulator';
import { DOC_BATCH, DOCUMENT_KIND_LABELS } from '../src/i18n/documents';
import { menteeFormAnswers, registerWithPairs } from './registerFixture';

export interface ActionCase {
  name: string;
  run: (emu: Emulator) => void;
  /**
   * What the curator does when this action was stopped, if not the same action again: a
   * form's answer is not sent twice; the next sync picks up what the stopped trigger left.
   */
  again?: (emu: Emulator) => void;
}

/** The question before documents for everyone: one file for printing, or a file each? */
const PRINT_QUESTIONS = new Set(Object.values(DOCUMENT_KIND_LABELS).map((label) => DOC_BATCH.printQuestion(label)));
const isPrintQuestion = (dialog: DialogLogEntry | undefined) =>
  dialog?.buttons === 'YES_NO_CANCEL' && PRINT_QUESTIONS.has(dialog.prompt);

/**
 * A menu click with its dialogs answered: `answers` in turn, then OK. The print question is
 * answered `print` («Нет», a file each, unless said) whenever it comes: the add-on asks it only
 * when there is something to make and no batch of that kind is pending. (The emulator logs a
 * dialog before it takes the answer from the script, so the script can see what is asked.)
 */
function menu(
  emu: Emulator,
  handler: string,
  answers: { button: 'OK' | 'YES' | 'NO'; text?: string }[] = [{ button: 'OK' }],
  print: 'YES' | 'NO' = 'NO',
): void {
  const queue: DialogAnswer[] = [...answers, { button: 'OK' }, { button: 'OK' }];
  const script: DialogAnswer[] = [];
  script.shift = () => (isPrintQuestion(emu.state.ui.dialogs.at(-1)) ? { button: print } : queue.shift());
  emu.state.ui.script = script;
  try {
    emu.call(handler);
  } finally {
    emu.state.ui.script = [];
  }
}

const start = '2026-10-01';
/** The emulator's first day: a consent is dated on a day that has come. */
const consentDay = '2026-09-01';
const terms = { form: 'педагог – педагог', kind: 'традиционное', goal: 'Адаптация', start, plannedEnd: '2027-05-31' };

/** A register of `people` mentors, mentees and pairs (all consents signed), its forms made and answered once. */
export function budgetRegister(people: number): string {
  const emu = registerWithPairs(people);
  menu(emu, 'runCreateQuestionnaires');
  menu(emu, 'runFillRoadmap');
  const form = Object.values(emu.state.forms.forms).find((f) => f.title === 'Анкета наставляемого')!.id;
  emu.submitForm(form, menteeFormAnswers(0), { email: 'mentee1@school.example' });
  // A free mentor and a waiting mentee for the pairing calls.
  emu.callFromSidebar('recordConsent', { kind: 'data', personId: 'НЯ-0001', date: consentDay });
  return emu.snapshot();
}

export const ACTIONS: readonly ActionCase[] = [
  { name: 'Меню: создать или проверить реестр', run: (e) => menu(e, 'runSetupRegister') },
  { name: 'Меню: открыть панель', run: (e) => e.call('openSidebar') },
  { name: 'Меню: проверить работу в Google', run: (e) => menu(e, 'runGoogleSelfCheck') },
  { name: 'Меню: создать анкеты (уже созданы)', run: (e) => menu(e, 'runCreateQuestionnaires') },
  { name: 'Меню: обновить банки из анкет', run: (e) => menu(e, 'runSyncBanks') },
  { name: 'Меню: обновить варианты ответов', run: (e) => menu(e, 'runRefreshFormChoices') },
  { name: 'Меню: ссылки на анкеты удовлетворённости', run: (e) => menu(e, 'runSatisfactionLinksStart') },
  { name: 'Меню: приказ о закреплении пар', run: (e) => menu(e, 'runPairsOrder') },
  { name: 'Меню: приказ об утверждении Положения', run: (e) => menu(e, 'runApprovalOrder') },
  { name: 'Меню: заполнить дорожную карту (повторно)', run: (e) => menu(e, 'runFillRoadmap') },
  { name: 'Меню: обновить статусы дорожной карты', run: (e) => menu(e, 'runRefreshRoadmap') },
  { name: 'Меню: обновить мониторинг', run: (e) => menu(e, 'runUpdateMonitoring') },
  { name: 'Меню: аналитическая справка', run: (e) => menu(e, 'runMonitoringNote') },
  { name: 'Меню: материалы для сайта', run: (e) => menu(e, 'runSiteMaterials') },
  { name: 'Панель: загрузка', run: (e) => e.callFromSidebar('getSidebarData') },
  { name: 'Панель: что скоро', run: (e) => e.callFromSidebar('getUpcoming') },
  { name: 'Панель: наставники для наставляемого', run: (e) => e.callFromSidebar('rankMentorsFor', 'НЯ-0001') },
  { name: 'Панель: подобрать всех', run: (e) => e.callFromSidebar('proposeAll', []) },
  {
    name: 'Панель: отметить согласие',
    run: (e) => e.callFromSidebar('recordConsent', { kind: 'publish', personId: 'НТ-0001', date: consentDay }),
  },
  {
    name: 'Панель: записать встречу',
    run: (e) => e.callFromSidebar('logMeeting', { pairId: 'П-0001', date: consentDay, topic: 'Встреча', result: '' }),
  },
  {
    name: 'Панель: продлить программу',
    run: (e) => e.callFromSidebar('extendPair', { pairId: 'П-0001', plannedEnd: '2027-06-30' }),
  },
  {
    name: 'Панель: сменить статус пары',
    run: (e) =>
      e.callFromSidebar('setPairStatus', {
        pairId: 'П-0001',
        status: 'прекращена',
        reason: 'по решению куратора: программа не выполняется',
      }),
  },
  {
    name: 'Панель: создать пару',
    run: (e) => {
      e.callFromSidebar('setPairStatus', {
        pairId: 'П-0001',
        status: 'прекращена',
        reason: 'по решению куратора: программа не выполняется',
      });
      e.resetCounts();
      e.callFromSidebar('createPair', { mentorId: 'НТ-0001', menteeIds: ['НЯ-0001'], ...terms });
    },
  },
  {
    name: 'Панель: программа одной пары',
    run: (e) => e.callFromSidebar('generateDocuments', { kind: 'programme', ids: ['П-0001'] }),
  },
  {
    name: 'Триггер: ответ на анкету',
    run: (e) => {
      const form = Object.values(e.state.forms.forms).find((f) => f.title === 'Анкета наставляемого')!.id;
      e.submitForm(form, menteeFormAnswers(1), { email: 'new.teacher@school.example' });
    },
    again: (e) => menu(e, 'runSyncBanks'),
  },
];

/**
 * The rest of the entry points, for the tour of every one of them (test/bundle/tour.test.ts):
 * documents for everyone, whose calls grow with the register by design (one document per
 * person, in batches), the orders and rarer actions, the simple and time-driven triggers.
 */
export const MORE_ACTIONS: readonly ActionCase[] = [
  { name: 'Простой триггер: onOpen до авторизации', run: (e) => e.call('onOpen', [e.openEvent('NONE')], { authMode: 'NONE' }) },
  { name: 'Установка: onInstall', run: (e) => e.call('onInstall', [e.openEvent('FULL')]) },
  { name: 'Панель: состояние реестра', run: (e) => e.callFromSidebar('getRegisterStatus') },
  { name: 'Меню: приказ о завершении программ', run: (e) => menu(e, 'runCompletionOrder') },
  { name: 'Меню: приказ о поощрении наставников', run: (e) => menu(e, 'runRewardOrder') },
  { name: 'Меню: ссылки на анкеты удовлетворённости (завершение)', run: (e) => menu(e, 'runSatisfactionLinksEnd') },
  { name: 'Меню: персонализированные программы', run: (e) => menu(e, 'runProgrammes') },
  { name: 'Меню: согласия на обработку ПДн', run: (e) => menu(e, 'runDataConsents') },
  { name: 'Меню: согласия наставников на обязанности', run: (e) => menu(e, 'runDutiesConsents') },
  { name: 'Меню: дополнительные соглашения с наставниками', run: (e) => menu(e, 'runMentorAgreements') },
  {
    name: 'Меню: бланки уведомлений об отказе от наставничества, одним файлом',
    run: (e) => menu(e, 'runRefusalNotices', [{ button: 'OK' }], 'YES'),
  },
  { name: 'Меню: приказ об утверждении дорожной карты на новый год', run: (e) => menu(e, 'runRoadmapOrder') },
  { name: 'Меню: согласия на распространение ПДн', run: (e) => menu(e, 'runPublishConsents') },
  { name: 'Меню: отчёты наставников', run: (e) => menu(e, 'runMentorReports') },
  {
    name: 'Меню: удалить данные человека',
    run: (e) => menu(e, 'runErasePerson', [{ button: 'OK', text: 'НЯ-0002' }, { button: 'YES' }]),
  },
  {
    name: 'Панель: удалить данные человека',
    run: (e) => e.callFromSidebar('erasePersonData', { personId: 'НЯ-0003', confirmed: true }),
  },
  {
    name: 'Панель: объединить записи',
    run: (e) => e.callFromSidebar('mergePeople', { olderId: 'НЯ-0001', newerId: 'НЯ-0003' }),
  },
  { name: 'Панель: приказ', run: (e) => e.callFromSidebar('makeOrder', { kind: 'pairs' }) },
  { name: 'Панель: документы для всех', run: (e) => e.callFromSidebar('makeDocumentsForAll', { kind: 'dataConsent' }) },
  {
    name: 'Панель: продолжить документы для всех',
    run: (e) => {
      e.callFromSidebar('makeDocumentsForAll', { kind: 'publishConsent' });
      e.callFromSidebar('continueDocuments', { kind: 'publishConsent' });
    },
  },
  {
    name: 'Панель: принять предложения',
    run: (e) => e.callFromSidebar('acceptProposals', { pairs: [{ mentorId: 'НТ-0001', menteeId: 'НЯ-0001' }], ...terms }),
  },
  { name: 'Панель: добавить в группу', run: (e) => e.callFromSidebar('addToGroup', { pairId: 'П-0001', menteeId: 'НЯ-0001' }) },
  {
    name: 'Панель: сменить наставника',
    run: (e) => e.callFromSidebar('replaceMentor', { pairId: 'П-0001', mentorId: 'НТ-0002' }),
  },
  {
    name: 'Триггер по времени: продолжение (прежних версий)',
    run: (e) => e.call('continueBatches', [{}], { ui: false, trigger: 'installable', activeDocument: false }),
  },
  {
    name: 'Триггер по времени: проба самопроверки',
    run: (e) => e.call('selfCheckTrigger', [{}], { ui: false, trigger: 'installable', activeDocument: false }),
  },
];

/**
 * Calls of each action on a register of `people`, by method; `buildDir` runs another build
 * (e.g. one whose manifest lacks a scope) on the same register.
 */
export function measureActions(
  people: number,
  actions: readonly ActionCase[] = ACTIONS,
  buildDir?: string,
): Map<string, Record<string, number>> {
  const snapshot = budgetRegister(people);
  const result = new Map<string, Record<string, number>>();
  for (const action of actions) {
    const emu = new Emulator({ snapshot, buildDir }).load();
    emu.resetCounts();
    action.run(emu);
    result.set(action.name, emu.counts());
  }
  return result;
}

export const totalCalls = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
