import { registerWithRows } from '../../scripts/registerFixture';

/** Service calls of one «Создать или проверить реестр» run, by method. */
function setupCalls(people: number): Record<string, number> {
  const emu = registerWithRows(people);
  emu.state.ui.script.push({ button: 'OK' });
  emu.call('runSetupRegister');
  return emu.counts();
}

test('setup makes the same service calls on 10 and on 5,000 people, one read per sheet', () => {
  const small = setupCalls(10);
  const large = setupCalls(5000);
  expect(large).toEqual(small);
  expect(small['Range.getValues']).toBeLessThanOrEqual(12); // 11 sheets + the journal's header
  expect(small['Range.setValues']).toBeLessThanOrEqual(3); // an ID column per sheet that lacked IDs
  expect(Object.values(small).reduce((a, b) => a + b, 0)).toBeLessThan(250);
});
