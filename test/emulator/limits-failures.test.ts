/**
 * Injecting the failures a first deploy may meet, for tests of how the add-on reports them:
 * a daily quota spent (`emu.quotas.exhaust`) and a manifest without the Advanced Drive service
 * (`manifestVariant(withoutAdvancedServices, buildDir)`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_BUILD_DIR, DOCS_CREATE_QUOTA_MESSAGE, Emulator, manifestVariant, withoutAdvancedServices } from '../../emulator';

const probe = `
  function probe() {
    var drive = typeof Drive === 'undefined' ? 'no Drive' : 'Drive';
    try { DocumentApp.create('Проверка'); return drive + ', document made'; } catch (e) { return drive + ', ' + e.message; }
  }
`;

test('a spent quota: the next call that needs it throws Google’s words; 24 h later it works', () => {
  const emu = new Emulator().load(probe);
  emu.quotas.exhaust('docsCreated');
  expect(emu.call('probe')).toBe(`Drive, ${DOCS_CREATE_QUOTA_MESSAGE}`);
  emu.env.clock.advance(24 * 3_600_000);
  expect(emu.call('probe')).toBe('Drive, document made');
});

test('a build whose manifest does not enable the Advanced Drive service has no Drive global; the rest is the same', () => {
  const dir = manifestVariant(withoutAdvancedServices, DEFAULT_BUILD_DIR);
  const manifest = JSON.parse(readFileSync(join(dir, 'appsscript.json'), 'utf8'));
  expect(manifest.dependencies?.enabledAdvancedServices).toBeUndefined();
  expect(manifest.oauthScopes).toEqual(JSON.parse(readFileSync(join(DEFAULT_BUILD_DIR, 'appsscript.json'), 'utf8')).oauthScopes);
  expect(readFileSync(join(dir, 'Code.js'), 'utf8')).toBe(readFileSync(join(DEFAULT_BUILD_DIR, 'Code.js'), 'utf8'));
  const code = readFileSync(join(DEFAULT_BUILD_DIR, 'Code.js'), 'utf8') + probe;
  expect(new Emulator({ buildDir: DEFAULT_BUILD_DIR }).load(code).call('probe')).toBe('Drive, document made');
  expect(new Emulator({ buildDir: dir }).load(code).call('probe')).toBe('no Drive, document made');
});
