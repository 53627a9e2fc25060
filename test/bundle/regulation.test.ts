/**
 * The approval order through build/Code.js: its Положение composed from «Настройки», the
 * basis from the settings (acts, council, union), and «Лист ознакомления» with the banks.
 */
import { DOCUMENT_MIME_TYPE, type DocumentState, docToText, type Emulator } from '../../emulator';
import { runMenu } from './addon';
import { fill, schoolWithPairs, setSetting } from './school';

function lastDocument(emu: Emulator): string {
  const live = new Set(emu.state.drive.files.filter((f) => !f.trashed && f.mimeType === DOCUMENT_MIME_TYPE).map((f) => f.id));
  const docs = Object.values(emu.state.docs.documents).filter((d: DocumentState) => live.has(d.id));
  return docToText(docs.at(-1)!).replace(/\u00a0/g, ' ');
}

function withRoadmap(emu: Emulator): Emulator {
  fill(emu, 'Дорожная карта', [
    { ID: 'ДК-0001', '№': '1', Этап: 'Подготовка', Мероприятие: 'Утверждение Положения', Ответственный: 'директор' },
  ]);
  return emu;
}

describe('the approval order with its Положение, basis and acknowledgement', () => {
  test('settings reach the Положение and the basis; every person of the banks is on the acknowledgement sheet', () => {
    const emu = withRoadmap(schoolWithPairs(2));
    setSetting(emu, 'Доплата наставнику', '15 % должностного оклада');
    setSetting(emu, 'Региональный акт о наставничестве', 'приказ министерства образования края от 10.02.2025 № 123');
    setSetting(emu, 'Протокол педагогического совета о Положении', 'от 28.08.2026 № 1');
    setSetting(emu, 'Мнение профсоюзной организации о Положении', 'от 27.08.2026 № 3');
    expect(runMenu(emu, 'runApprovalOrder')).toContain('Сформирован приказ');
    const text = lastDocument(emu);
    expect(text).toContain('актов органов управления образованием (приказ министерства образования края от 10.02.2025 № 123)');
    expect(text).toContain('педагогического совета (протокол от 28.08.2026 № 1)');
    expect(text).toContain('профсоюзной организации (протокол от 27.08.2026 № 3)');
    expect(text).toContain('1. Общие положения');
    expect(text).toContain('Размер доплаты наставнику: 15 % должностного оклада;');
    expect(text).toContain('10. Заключительные положения');
    expect(text).toContain('Обязанности куратора системы наставничества');
    const sheet = text.slice(text.lastIndexOf('Лист ознакомления'));
    for (const name of ['Наставникова0 А.И.', 'Наставникова1 А.И.', 'Молодой0 И.П.', 'Молодой1 И.П.'])
      expect(sheet).toContain(name);
    expect(sheet).not.toContain('Анна Ивановна');
  });

  test('blank settings leave lines to fill in by hand; no acts, no mention of them', () => {
    const emu = withRoadmap(schoolWithPairs(1));
    runMenu(emu, 'runApprovalOrder');
    const text = lastDocument(emu);
    expect(text).toContain('педагогического совета (протокол от «___» ____________ 20___ г. № _____)');
    expect(text).not.toContain('актов органов управления');
  });

  test('a roadmap-only order for the new year cites the approval order of the Положение', () => {
    const emu = withRoadmap(schoolWithPairs(1));
    const approval = runMenu(emu, 'runApprovalOrder');
    const number = /№ (\S+)/.exec(approval)![1];
    expect(runMenu(emu, 'runRoadmapOrder')).toContain('Сформирован приказ');
    const text = lastDocument(emu);
    expect(text).toMatch(/^.*\n.*\nПРИКАЗ/);
    expect(text).toContain('Об утверждении дорожной карты (плана мероприятий) реализации системы наставничества');
    expect(text).toContain(`утверждённым приказом от `);
    expect(text).toContain(`№ ${number}`);
    expect(text).toContain('Утверждение Положения');
    expect(text).not.toContain('Утвердить Положение');
  });
});
