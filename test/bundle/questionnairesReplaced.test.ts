/**
 * Forms the add-on no longer uses: a questionnaire replaced by another of its purpose (an
 * earlier version made forms again when «Анкеты» lost its rows, so a workbook may hold two of
 * each) stops accepting answers, and its link tells the respondent where the form in use is.
 */
import { Emulator } from '../../emulator';
import { FORMS } from '../../src/i18n/forms';
import { loadAddOn, runSetup, values } from './addon';
import { menteeAnswers, runMenu } from './forms';

const isFormMeta = (key: string) => key.startsWith('form.');

/**
 * A workbook as the earlier version left it: four forms made, «Анкеты» deleted, four more made
 * (the earlier version did not look for the first four), every form remembered in document
 * properties. Returns it with the IDs of the first four (replaced) and of the four in use.
 */
function workbookWithReplacedForms(): { emu: Emulator; replaced: string[]; inUse: string[] } {
  const emu = loadAddOn();
  runSetup(emu);
  runMenu(emu, 'runCreateQuestionnaires');
  const replaced = Object.keys(emu.state.forms.forms);
  const props = emu.state.properties.document!;
  const remembered = Object.fromEntries(Object.entries(props).filter(([k]) => isFormMeta(k)));
  const ss = emu.globals.SpreadsheetApp.getActiveSpreadsheet();
  ss.deleteSheet(ss.getSheetByName('Анкеты')!);
  for (const key of Object.keys(remembered)) delete props[key];
  runSetup(emu);
  runMenu(emu, 'runCreateQuestionnaires');
  Object.assign(props, remembered);
  const inUse = Object.keys(emu.state.forms.forms).filter((id) => !replaced.includes(id));
  expect(inUse).toHaveLength(4);
  return { emu, replaced, inUse };
}

const accepting = (emu: Emulator, id: string) => {
  const f = emu.state.forms.forms[id];
  return f.published && f.acceptingResponses;
};

/** The form in use of the same title as `id`. */
function successor(emu: Emulator, id: string, inUse: string[]): string {
  const title = emu.state.forms.forms[id].title;
  return inUse.find((other) => emu.state.forms.forms[other].title === title)!;
}

const publishedUrl = (emu: Emulator, id: string) => emu.globals.FormApp.openById(id).getPublishedUrl();

describe('forms the add-on replaced', () => {
  test('«Создать анкеты» closes each replaced form with a Russian message giving the new link; answers go to the form in use', () => {
    const { emu, replaced, inUse } = workbookWithReplacedForms();
    expect(replaced.every((id) => accepting(emu, id))).toBe(true); // the earlier version left them open

    const text = runMenu(emu, 'runCreateQuestionnaires');
    expect(text).toContain(
      'Прежние формы закрыты для ответов (вместо них действуют записанные в листе «Анкеты»): «Анкета наставляемого»',
    );
    for (const id of replaced) {
      const form = emu.state.forms.forms[id];
      expect(accepting(emu, id)).toBe(false);
      expect(form.closedMessage).toBe(FORMS.closedFormMessage(publishedUrl(emu, successor(emu, id, inUse))));
    }
    expect(inUse.every((id) => accepting(emu, id))).toBe(true);
    // The four files stay (their answers are kept); nothing was trashed.
    expect(emu.state.drive.files.filter((f) => replaced.includes(f.id) && f.trashed)).toEqual([]);

    // A teacher with the old link is told where to go; the new link reaches the bank.
    const oldMentee = replaced.find((id) => emu.state.forms.forms[id].title === 'Анкета наставляемого')!;
    const teacher = { name: 'Орлова Ия', email: 'io@school.example' };
    expect(() => emu.submitForm(oldMentee, menteeAnswers(teacher), { email: teacher.email })).toThrow(
      /not accepting responses; the page says: Анкета перенесена: по этой ссылке ответы больше не принимаются\. Пожалуйста, заполните анкету по новой ссылке: https:\/\/docs\.google\.com\/forms\/d\/e\/.+\/viewform$/,
    );
    emu.submitForm(successor(emu, oldMentee, inUse), menteeAnswers(teacher), { email: teacher.email });
    const bank = values(emu, 'Наставляемые');
    expect(bank.slice(1).map((r) => r[1])).toEqual(['Орлова Ия']);
    expect(values(emu, 'Журнал').some((r) => String(r[3]).includes('Прежние формы закрыты для ответов'))).toBe(true);
  });

  test('run again, nothing is closed twice and no closed form is opened', () => {
    const { emu } = workbookWithReplacedForms();
    runMenu(emu, 'runCreateQuestionnaires');
    emu.resetCounts();
    const text = runMenu(emu, 'runCreateQuestionnaires');
    expect(text).not.toContain('Прежние формы закрыты');
    expect(emu.counts()['Form.setAcceptingResponses']).toBeUndefined();
    expect(emu.counts()['FormApp.openById']).toBe(4); // the four forms in use, checked as before
  });

  test('«Анкеты» deleted with eight forms remembered: one of each is taken back, the other four closed pointing to it', () => {
    const { emu } = workbookWithReplacedForms();
    const ss = emu.globals.SpreadsheetApp.getActiveSpreadsheet();
    ss.deleteSheet(ss.getSheetByName('Анкеты')!);
    runSetup(emu);
    const text = runMenu(emu, 'runCreateQuestionnaires');
    expect(text).toContain('Найдены созданные ранее и снова записаны в лист «Анкеты»');
    const forms = Object.values(emu.state.forms.forms);
    expect(forms).toHaveLength(8);
    const open = forms.filter((f) => accepting(emu, f.id));
    expect(open.map((f) => f.title).sort()).toEqual([...new Set(forms.map((f) => f.title))].sort());
    const recorded = values(emu, 'Анкеты')
      .slice(1)
      .filter((r) => r.some((c) => c !== ''));
    expect(recorded).toHaveLength(4);
    for (const f of forms.filter((form) => !accepting(emu, form.id))) {
      const twin = open.find((o) => o.title === f.title)!;
      expect(f.closedMessage).toBe(FORMS.closedFormMessage(publishedUrl(emu, twin.id)));
    }
    // Deleted once more: the forms closed are never taken back.
    ss.deleteSheet(ss.getSheetByName('Анкеты')!);
    runSetup(emu);
    runMenu(emu, 'runCreateQuestionnaires');
    expect(
      Object.values(emu.state.forms.forms)
        .filter((f) => accepting(emu, f.id))
        .map((f) => f.id)
        .sort(),
    ).toEqual(open.map((f) => f.id).sort());
  });

  test('a replaced form gone from Drive is only marked; the others are closed', () => {
    const { emu, replaced } = workbookWithReplacedForms();
    delete emu.state.forms.forms[replaced[0]];
    const text = runMenu(emu, 'runCreateQuestionnaires');
    expect(text).toContain('Прежние формы закрыты для ответов');
    expect(replaced.slice(1).every((id) => !accepting(emu, id))).toBe(true);
    expect(JSON.parse(emu.state.properties.document![`form.${replaced[0]}`])).toMatchObject({ closed: true });
  });

  test('stopped at any service call and run again: the same forms open, every replaced one closed with its message', () => {
    const { emu: start } = workbookWithReplacedForms();
    const snapshot = start.snapshot();
    const probe = new Emulator({ snapshot }).load();
    probe.resetCounts();
    runMenu(probe, 'runCreateQuestionnaires');
    const calls = probe.totalCalls();
    const finalState = (emu: Emulator) =>
      Object.values(emu.state.forms.forms)
        .map((f) => `${f.id} ${accepting(emu, f.id)} ${f.closedMessage ?? ''}`)
        .sort();
    const expected = finalState(probe);
    let runs = 0;
    for (let stopAt = 1; stopAt <= calls; stopAt++) {
      const emu = new Emulator({ snapshot }).load();
      emu.executionClock = { callCostMs: 1000, limitMs: stopAt * 1000 - 1 };
      expect(() => runMenu(emu, 'runCreateQuestionnaires')).toThrow('Exceeded maximum execution time');
      emu.executionClock = { callCostMs: 0, limitMs: 6 * 60 * 1000 };
      runMenu(emu, 'runCreateQuestionnaires');
      expect({ stopAt, forms: finalState(emu) }).toEqual({ stopAt, forms: expected });
      runs++;
    }
    expect(runs).toBe(calls);
  });
});
