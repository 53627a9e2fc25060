import { menteeFormAnswers, registerWithAnswers, registerWithPairs, registerWithRows } from '../../scripts/registerFixture';

/** Service calls of one «Создать или проверить реестр» run, by method. */
function setupCalls(people: number): Record<string, number> {
  const emu = registerWithRows(people);
  emu.state.ui.script.push({ button: 'OK' });
  emu.call('runSetupRegister');
  return emu.counts();
}

/** Service calls of the form-submit trigger for one more answer, by method. */
function submissionCalls(people: number): Record<string, number> {
  const { emu, menteeFormId } = registerWithAnswers(people);
  emu.submitForm(menteeFormId, menteeFormAnswers(people), { email: 'new.teacher@school.example' });
  return emu.counts();
}

const total = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

test('setup makes the same service calls on 10 and on 5,000 people, one read per sheet', () => {
  const small = setupCalls(10);
  const large = setupCalls(5000);
  expect(large).toEqual(small);
  expect(small['Range.getValues']).toBeLessThanOrEqual(13); // 12 sheets (with «Документы») + the journal's header
  expect(small['Range.setValues']).toBeLessThanOrEqual(3); // an ID column per sheet that lacked IDs
  expect(total(small)).toBeLessThan(250);
});

test('one form submission makes the same service calls with 10 and with 5,000 people in the bank', () => {
  const small = submissionCalls(10);
  const large = submissionCalls(5000);
  expect(large).toEqual(small);
  expect(small['Range.setValues']).toBe(1); // the new person, one row
  expect(total(small)).toBeLessThan(60);
});

/** Service calls of the sidebar's first load, by method. */
function sidebarLoadCalls(people: number): Record<string, number> {
  const emu = registerWithRows(people);
  emu.callFromSidebar('getSidebarData');
  return emu.counts();
}

test('the sidebar loads with the same service calls for 50 and for 5,000 people', () => {
  const small = sidebarLoadCalls(50);
  const large = sidebarLoadCalls(5000);
  expect(large).toEqual(small);
  expect(small['Range.getValues']).toBe(6); // mentors, mentees, pairs, programmes, settings, vocabularies
});

/** Service calls of making the pairs order, by method, and the tables of the Doc it made. */
function pairsOrder(pairs: number): { calls: Record<string, number>; tableRows: number[] } {
  const emu = registerWithPairs(pairs);
  // The order's number and date accepted as proposed, then the result.
  emu.state.ui.script.push({ button: 'OK' }, { button: 'OK' });
  emu.call('runPairsOrder');
  expect(emu.state.ui.dialogs.at(-1)!.prompt).toContain('Сформирован приказ');
  const docs = Object.values(emu.state.docs.documents);
  expect(docs).toHaveLength(1);
  const tableRows = docs[0].body.flatMap((block) => (block.kind === 'table' ? [block.rows.length] : []));
  return { calls: emu.counts(), tableRows };
}

test('the pairs order costs the same service calls for 5 and for 500 pairs (one .docx, one conversion)', () => {
  const small = pairsOrder(5);
  const large = pairsOrder(500);
  expect(large.calls).toEqual(small.calls);
  // The whole order, its appendix table included, is one .docx blob converted by one Drive call
  // (the other Drive.Files.create makes the documents folder); nothing is written through DocumentApp.
  expect(small.calls['Utilities.newBlob']).toBe(1);
  expect(small.calls['Drive.Files.create']).toBe(2);
  expect(Object.keys(small.calls).filter((k) => /^(DocumentApp|Document|Body|Table|Paragraph)\./.test(k))).toEqual([]);
  // The appendix is one table: a header row and a row per pair (the other table lists who signs, two per pair).
  expect(small.tableRows).toEqual([2 + 2 * 5, 1 + 5]);
  expect(large.tableRows).toEqual([2 + 2 * 500, 1 + 500]);
});

/** Service calls of «Обновить мониторинг» (charts already made), by method. */
function monitoringCalls(people: number): Record<string, number> {
  const emu = registerWithRows(people);
  emu.state.ui.script.push({ button: 'OK' });
  emu.call('runUpdateMonitoring');
  emu.resetCounts();
  emu.state.ui.script.push({ button: 'OK' });
  emu.call('runUpdateMonitoring');
  return emu.counts();
}

test('monitoring costs the same service calls for 50 and for 5,000 people', () => {
  const small = monitoringCalls(50);
  const large = monitoringCalls(5000);
  expect(large).toEqual(small);
});
