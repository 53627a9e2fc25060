import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_BUILD_DIR, Emulator } from '../../emulator';
import { requiredScopes } from '../../emulator/scopes';

/** build/ with the manifest's scopes changed. */
function buildWithScopes(change: (scopes: string[]) => string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'scopes-'));
  for (const file of ['Code.js', 'Sidebar.html']) copyFileSync(join(DEFAULT_BUILD_DIR, file), join(dir, file));
  const manifest = JSON.parse(readFileSync(join(DEFAULT_BUILD_DIR, 'appsscript.json'), 'utf8'));
  manifest.oauthScopes = change(manifest.oauthScopes);
  writeFileSync(join(dir, 'appsscript.json'), JSON.stringify(manifest));
  return dir;
}

describe('OAuth scopes of the manifest', () => {
  test('each service call needs its scope', () => {
    expect(requiredScopes('Range.getValues')).toContain('https://www.googleapis.com/auth/spreadsheets.currentonly');
    expect(requiredScopes('DocumentApp.create')).toContain('https://www.googleapis.com/auth/documents');
    expect(requiredScopes('Session.getActiveUser')).toEqual(['https://www.googleapis.com/auth/userinfo.email']);
    expect(requiredScopes('ScriptApp.newTrigger')).toEqual(['https://www.googleapis.com/auth/script.scriptapp']);
    expect(requiredScopes('PropertiesService.getDocumentProperties')).toBeNull();
  });

  test('the built add-on works with its own manifest, and a missing scope is refused as Google refuses it', () => {
    const withoutEmail = buildWithScopes((scopes) => scopes.filter((s) => !s.endsWith('userinfo.email')));
    const emu = new Emulator({ buildDir: withoutEmail }).load();
    emu.state.ui.script.push({ button: 'OK' });
    expect(() => emu.call('runSetupRegister')).toThrow(
      'You do not have permission to call Session.getActiveUser. Required permissions: https://www.googleapis.com/auth/userinfo.email',
    );
    const full = new Emulator().load();
    full.state.ui.script.push({ button: 'OK' });
    expect(() => full.call('runSetupRegister')).not.toThrow();
  });
});
