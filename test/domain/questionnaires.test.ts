import { answerItems } from '../../src/domain/formModel';
import { composeQuestionnaire, QUESTIONNAIRE_PURPOSES, type Vocabularies } from '../../src/domain/questionnaires';
import { VOCABULARIES } from '../../src/domain/vocabulary';

const vocabularies = Object.fromEntries(VOCABULARIES.map((v) => [v.key, v.values])) as Vocabularies;
const ctx = { organisation: 'МБОУ СОШ № 7', vocabularies };

describe('questionnaires', () => {
  test.each(QUESTIONNAIRE_PURPOSES)('%s: unique keys and titles, required items present, Russian texts', (purpose) => {
    const model = composeQuestionnaire(purpose, ctx);
    const keys = model.items.map((i) => i.key);
    expect(new Set(keys).size).toBe(keys.length);
    const titles = answerItems(model).map((i) => i.title);
    expect(new Set(titles).size).toBe(titles.length);
    expect(model.collectEmail).toBe(true);
    for (const item of model.items) expect(item.title).toMatch(/[А-Яа-яЁё]/);
  });

  test('bank questionnaires offer the school’s own vocabulary, and the same list to mentors and mentees', () => {
    const own = { ...vocabularies, competences: ['Своя компетенция', 'Ещё одна'] };
    const mentee = composeQuestionnaire('mentee', { ...ctx, vocabularies: own });
    const mentor = composeQuestionnaire('mentor', { ...ctx, vocabularies: own });
    const requests = mentee.items.find((i) => i.key === 'requests');
    const competences = mentor.items.find((i) => i.key === 'competences');
    expect(requests).toMatchObject({ kind: 'checkbox', choices: ['Своя компетенция', 'Ещё одна'], other: true });
    expect(competences).toMatchObject({ kind: 'checkbox', choices: ['Своя компетенция', 'Ещё одна'] });
    expect(mentee.description).toContain('МБОУ СОШ № 7');
  });

  test('satisfaction questionnaires carry the pair and the stage, and 1–10 scales with anchors', () => {
    for (const purpose of ['satisfactionMentee', 'satisfactionMentor'] as const) {
      const model = composeQuestionnaire(purpose, ctx);
      expect(model.items[0]).toMatchObject({ key: 'pairId', kind: 'text', required: true });
      expect(model.items[1]).toMatchObject({ key: 'stage', kind: 'choice' });
      const scales = model.items.filter((i) => i.kind === 'scale');
      expect(scales.length).toBeGreaterThanOrEqual(4);
      for (const s of scales) expect(s).toMatchObject({ lower: 1, upper: 10, lowerLabel: 'совсем нет', upperLabel: 'полностью' });
      expect(model.items.some((i) => i.kind === 'grid')).toBe(true);
    }
  });
});
