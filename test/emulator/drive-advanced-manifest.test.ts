import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { advancedServiceSymbols, Emulator, NotEmulatedError } from '../../emulator';

const PROBE = `
function kind() { return typeof Drive; }
function folderName() { return Drive.Files.create({ name: 'Папка', mimeType: 'application/vnd.google-apps.folder' }).name; }
function other() { return typeof DriveV3 === 'undefined' ? 'none' : DriveV3.Files.list({ fields: 'files(name)' }).files.length; }
`;

/** A build dir holding only a manifest. */
function buildDirWith(manifest: object): string {
  const dir = mkdtempSync(join(tmpdir(), 'drive-manifest-'));
  writeFileSync(join(dir, 'appsscript.json'), JSON.stringify(manifest));
  return dir;
}

const DRIVE_V3 = { userSymbol: 'Drive', serviceId: 'drive', version: 'v3' };

describe('the Drive global exists only when the manifest enables the advanced service', () => {
  test('enabled: the add-on calls Drive.Files, counted', () => {
    const emu = new Emulator({ buildDir: buildDirWith({ dependencies: { enabledAdvancedServices: [DRIVE_V3] } }) }).load(PROBE);
    expect(emu.call('kind')).toBe('object');
    expect(emu.call('folderName')).toBe('Папка');
    expect(emu.counts()).toEqual({ 'Drive.Files.create': 1 });
  });

  test('not enabled: `typeof Drive` is "undefined" and using it is a ReferenceError, as in Apps Script', () => {
    const emu = new Emulator({ buildDir: buildDirWith({ oauthScopes: [] }) }).load(PROBE);
    expect(emu.call('kind')).toBe('undefined');
    expect(() => emu.call('folderName')).toThrow(/Drive is not defined/);
    expect(emu.totalCalls()).toBe(0);
  });

  test('under another userSymbol the service has that name only', () => {
    const dir = buildDirWith({ dependencies: { enabledAdvancedServices: [{ ...DRIVE_V3, userSymbol: 'DriveV3' }] } });
    const emu = new Emulator({ buildDir: dir }).load(PROBE);
    expect(emu.call('kind')).toBe('undefined');
    expect(emu.call('other')).toBe(0);
  });

  test('the add-on’s own manifest enables Drive v3 and asks for no broad Drive scope', () => {
    const manifest = { dependencies: { enabledAdvancedServices: [DRIVE_V3] } };
    expect(advancedServiceSymbols(manifest)).toEqual(['Drive']);
    expect(new Emulator().load(PROBE).call('kind')).toBe('object');
  });

  test('an advanced service or version the emulator lacks is an emulator error', () => {
    expect(() => advancedServiceSymbols({ dependencies: { enabledAdvancedServices: [{ ...DRIVE_V3, version: 'v2' }] } })).toThrow(
      NotEmulatedError,
    );
    expect(() =>
      advancedServiceSymbols({
        dependencies: { enabledAdvancedServices: [{ userSymbol: 'Sheets', serviceId: 'sheets', version: 'v4' }] },
      }),
    ).toThrow(NotEmulatedError);
  });
});
