/** ТК РФ ст. 351.8: the mentor's дополнительное соглашение and the notice of refusal. */
import { modelText } from '../../src/domain/docModel';
import { DocumentInputError, mentorAgreement, refusalNotice } from '../../src/domain/documents';
import { copiedPieces, SEED_PRINTS } from '../seeds/seedText';
import { d, DIRECTOR, ENSK, MENTEE_1, MENTEE_2, MENTEE_3, MENTOR_1, MENTOR_2 } from './documentFixtures';

const GROUP = {
  organisation: ENSK,
  director: DIRECTOR,
  pairId: 'П-0002',
  mentor: MENTOR_2,
  mentees: [MENTEE_2, MENTEE_3],
  form: 'педагог – педагог',
  kind: 'групповое',
  start: d(2026, 12, 1),
  end: d(2027, 2, 28),
};

describe('дополнительное соглашение к трудовому договору', () => {
  test('states the duties, the mentees, form and kind, the term, the pay and the three working days', () => {
    const text = modelText(mentorAgreement({ ...GROUP, pay: '10 % должностного оклада' }));
    expect(text).toContain('Дополнительное соглашение № _____\nк трудовому договору от «___»');
    expect(text).toContain('статьёй 351.8 Трудового кодекса');
    expect(text).toContain('Работник — Дергачёв Семён Ильич, учитель (физика).');
    expect(text).toContain(
      '2. Наставляемые: Ёлкина Юлия Олеговна, учитель (физика); Кузнецова Мария Андреевна, учитель (физика).',
    );
    expect(text).toContain('4. Форма и вид наставничества: педагог – педагог; групповое.');
    expect(text).toContain('5. Срок выполнения обязанностей наставника: с 01.12.2026 по 28.02.2027.');
    expect(text).toContain('доплата в размере 10 % должностного оклада на срок, указанный в пункте 5.');
    expect(text).toContain('не менее чем за три рабочих дня');
    expect(text).toContain('Работодатель … ______________ П.А. Громов');
    expect(text).toContain('Работник … ______________ С.И. Дергачёв');
  });

  test('pay in rubles from a number; none: a blank to fill in; one mentee: singular', () => {
    expect(modelText(mentorAgreement({ ...GROUP, pay: 3000 }))).toContain('доплата в размере 3\u00a0000\u00a0руб.');
    expect(modelText(mentorAgreement(GROUP))).toContain('доплата в размере ______________________ на срок');
    const one = modelText(mentorAgreement({ ...GROUP, mentor: MENTOR_1, mentees: [MENTEE_1] }));
    expect(one).toContain('2. Наставляемый: Сидоров Борис Викторович, учитель (математика).');
  });

  test('refused without mentees or with an end before the start', () => {
    expect(() => mentorAgreement({ ...GROUP, mentees: [] })).toThrow(DocumentInputError);
    expect(() => mentorAgreement({ ...GROUP, end: d(2026, 1, 1) })).toThrow(DocumentInputError);
  });
});

describe('уведомление об отказе от выполнения обязанностей наставника', () => {
  test('addressed to the director in the dative, from the mentor, with the three working days', () => {
    const text = modelText(refusalNotice(GROUP));
    expect(text).toContain('Директору МБОУ СОШ № 7');
    expect(text).toContain('П.А. Громову');
    expect(text).toContain('от работника: Дергачёв Семён Ильич, учитель (физика)');
    expect(text).toContain('наставляемые: Ёлкина Юлия Олеговна, Кузнецова Мария Андреевна; срок: с 01.12.2026 по 28.02.2027');
    expect(text).toContain('не ранее чем через три рабочих дня');
  });

  test('a position the helper cannot decline: a neutral addressee, never a wrong case', () => {
    const text = modelText(
      refusalNotice({ ...GROUP, director: { fullName: 'Громов Пётр Алексеевич', position: 'Ректор-координатор' } }),
    );
    expect(text).toContain('Руководителю МБОУ СОШ № 7');
    expect(text).toContain('(ректор-координатор П.А. Громов)');
  });
});

test('own wording: no sentence of the seeds', () => {
  for (const model of [mentorAgreement(GROUP), refusalNotice(GROUP)])
    expect(copiedPieces(modelText(model), SEED_PRINTS.sentences)).toEqual([]);
});
