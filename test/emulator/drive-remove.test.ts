import { Emulator, NotEmulatedError } from '../../emulator';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

function emulator() {
  const emu = new Emulator();
  return { emu, Files: emu.globals.Drive.Files };
}

describe('Drive.Files.remove (files.delete)', () => {
  test('an upload of the app’s is gone for good, in the trash or not; counted as Drive.Files.remove', () => {
    const { emu, Files } = emulator();
    const blob = emu.globals.Utilities.newBlob('текст', DOCX, 'Копия.docx');
    const live = Files.create({ name: 'Копия.docx' }, blob, { fields: 'id' }).id!;
    const trashed = Files.create({ name: 'Копия.docx' }, blob, { fields: 'id' }).id!;
    Files.update({ trashed: true }, trashed);
    emu.resetCounts();
    expect(Files.remove(live)).toBeUndefined();
    Files.remove(trashed);
    expect(emu.counts()).toEqual({ 'Drive.Files.remove': 2 });
    expect(emu.state.drive.files.filter((f) => f.name === 'Копия.docx')).toEqual([]);
    expect(() => Files.get(live)).toThrow(`API call to drive.files.get failed with error: File not found: ${live}.`);
    expect(Files.list({ q: "name = 'Копия.docx'" }).files).toEqual([]);
  });

  test('a file that is gone, or not the app’s, answers 404 as files.delete; Google files are not emulated', () => {
    const { emu, Files } = emulator();
    expect(() => Files.remove('nope')).toThrow('API call to drive.files.delete failed with error: File not found: nope.');
    const doc = emu.globals.DocumentApp.create('Документ').getId();
    expect(() => Files.remove(doc)).toThrow(NotEmulatedError);
    expect(() => Files.remove(doc, { enforceSingleParent: true })).toThrow(NotEmulatedError);
  });
});
