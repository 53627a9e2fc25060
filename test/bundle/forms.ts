/** Test helpers for the questionnaires: the forms the add-on made, and answers to them. */
import type { Answers } from '../../emulator/forms/submit';
import type { Emulator } from '../../emulator';
export { runMenu } from './addon';
import { Q_COMMON, Q_MENTEE, Q_MENTOR } from '../../src/i18n/questionnaires';

export function formIdByTitle(emu: Emulator, title: string): string {
  const form = Object.values(emu.state.forms.forms).find((f) => f.title === title);
  if (!form) throw new Error(`no form «${title}»`);
  return form.id;
}

export interface Teacher {
  name: string;
  email: string;
  experience?: string;
  requests?: string[];
  wishedMentor?: string;
  subject?: string;
}

export function menteeAnswers(t: Teacher): Answers {
  return {
    [Q_COMMON.fullName.title]: t.name,
    [Q_COMMON.position.title]: 'учитель',
    [Q_COMMON.subject.title]: t.subject ?? 'Математика',
    [Q_COMMON.level.title]: 'основное общее',
    [Q_COMMON.experience.title]: t.experience ?? '1',
    [Q_COMMON.ageBand.title]: 'до 25 лет',
    [Q_MENTEE.category.title]: 'молодой специалист',
    [Q_MENTEE.requests.title]: t.requests ?? ['Работа с родителями'],
    [Q_MENTEE.wishedMentor.title]: t.wishedMentor ?? '',
    [Q_MENTEE.consentAck.title]: [Q_MENTEE.consentAck.choice],
  };
}

export function mentorAnswers(t: Teacher): Answers {
  return {
    [Q_COMMON.fullName.title]: t.name,
    [Q_COMMON.position.title]: 'учитель',
    [Q_COMMON.subject.title]: t.subject ?? 'Математика',
    [Q_COMMON.level.title]: 'основное общее',
    [Q_COMMON.experience.title]: t.experience ?? '20',
    [Q_COMMON.ageBand.title]: '45–49 лет',
    [Q_MENTOR.qualification.title]: 'высшая',
    [Q_MENTOR.competences.title]: t.requests ?? ['Работа с родителями', 'Подготовка к ОГЭ и ЕГЭ'],
    [Q_MENTOR.maxMentees.title]: '2',
    [Q_MENTOR.readiness.title]: 'готов(а) стать наставником',
  };
}
