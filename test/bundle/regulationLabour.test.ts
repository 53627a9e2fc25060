/**
 * ТК РФ ст. 351.8 through build/Code.js: an addendum to the labour contract and a blank notice
 * of refusal per pair (a file each or one file for printing), and the extension's reminder.
 */
import { DOCUMENT_MIME_TYPE, type DocumentState, docToText, type Emulator } from '../../emulator';
import { runMenu } from './addon';
import { records, schoolWithPairs, setSetting } from './school';

function liveDocuments(emu: Emulator): string[] {
  const live = new Set(emu.state.drive.files.filter((f) => !f.trashed && f.mimeType === DOCUMENT_MIME_TYPE).map((f) => f.id));
  return Object.values(emu.state.docs.documents)
    .filter((d: DocumentState) => live.has(d.id))
    .map((d) => docToText(d).replace(/\u00a0/g, ' '));
}

describe('дополнительные соглашения и уведомления об отказе', () => {
  test('a file each: the pay from «Настройки», the term, the three working days; made again: the same files', () => {
    const emu = schoolWithPairs(2);
    setSetting(emu, 'Доплата наставнику', '10 % должностного оклада');
    expect(runMenu(emu, 'runMentorAgreements', [{ button: 'NO' }])).toContain('готово, документов — 2');
    const docs = liveDocuments(emu).filter((t) => t.includes('о выполнении обязанностей наставника'));
    expect(docs).toHaveLength(2);
    for (const text of docs) {
      expect(text).toContain('доплата в размере 10 % должностного оклада');
      expect(text).toContain('не менее чем за три рабочих дня');
      expect(text).toMatch(/Срок выполнения обязанностей наставника: с \d\d\.\d\d\.\d{4} по \d\d\.\d\d\.\d{4}\./);
    }
    expect(docs.join('\n')).toContain('Работник — Наставникова0 Анна Ивановна');
    expect(
      records(emu, 'Документы').filter((r) => r['Вид документа'] === 'Дополнительное соглашение с наставником'),
    ).toHaveLength(2);
    runMenu(emu, 'runMentorAgreements', [{ button: 'NO' }]);
    expect(liveDocuments(emu).filter((t) => t.includes('о выполнении обязанностей наставника'))).toHaveLength(2);
  });

  test('notices of refusal printed as one file: each from a new section', () => {
    const emu = schoolWithPairs(3);
    expect(runMenu(emu, 'runRefusalNotices', [{ button: 'YES' }])).toContain('Бланки уведомлений об отказе от наставничества');
    const files = liveDocuments(emu);
    expect(files).toHaveLength(1);
    expect(files[0].split('Уведомление об отказе от выполнения обязанностей наставника')).toHaveLength(4);
    expect(files[0]).toContain('не ранее чем через три рабочих дня');
  });

  test('an extension says a new addendum is needed', () => {
    const emu = schoolWithPairs(1);
    emu.callFromSidebar('extendPair', { pairId: 'П-0001', plannedEnd: '2027-06-30' });
    const journal = records(emu, 'Журнал').map((r) => String(r['Подробности']));
    expect(journal.join('\n')).toContain('П-0001: на новый срок оформите с наставником новое дополнительное соглашение');
  });
});
