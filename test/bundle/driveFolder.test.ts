/**
 * The add-on's folder on Drive, through the Advanced Drive service within drive.file: made once
 * and recorded in «Настройки»; documents and forms land in it; a typed folder it cannot use is
 * reported in Russian, left as typed, and nothing is made; erasure trashes through Drive v3.
 */
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  addDriveFolder,
  DEFAULT_BUILD_DIR,
  DOCUMENT_MIME_TYPE,
  docToText,
  driveFiles,
  EXCEEDED_MESSAGE,
  EXECUTION_LIMIT_MS,
  Emulator,
} from '../../emulator';
import { DRIVE } from '../../src/i18n/drive';
import { values } from './addon';
import { runMenu } from './forms';
import { madeOrders, records, schoolWithPairs, setSetting } from './school';

const FOLDER_SETTING = 'Папка документов на Диске (ID)';
const FOLDER_NAME = 'Наставничество — документы';

function folderSetting(emu: Emulator): unknown {
  return values(emu, 'Настройки').find((r) => r[0] === FOLDER_SETTING)?.[1];
}

/** The Drive calls of the counts, and that no DriveApp class was called. */
function driveCalls(emu: Emulator): Record<string, number> {
  const counts = emu.counts();
  expect(Object.keys(counts).filter((k) => /^(DriveApp|File|Folder|FileIterator)\./.test(k))).toEqual([]);
  return Object.fromEntries(Object.entries(counts).filter(([k]) => k.startsWith('Drive.')));
}

/** Live (not trashed) Google Docs on Drive. */
function liveDocs(emu: Emulator) {
  return emu.state.drive.files.filter((f) => !f.trashed && f.mimeType === DOCUMENT_MIME_TYPE);
}

/** What the add-on made: documents and forms. */
function made(emu: Emulator): { documents: number; forms: number } {
  return { documents: Object.keys(emu.state.docs.documents).length, forms: Object.keys(emu.state.forms.forms).length };
}

test('the built add-on never names DriveApp (it needs the restricted drive scope)', () => {
  expect(readFileSync(join(DEFAULT_BUILD_DIR, 'Code.js'), 'utf8')).not.toMatch(/\bDriveApp\b/);
});

describe('the add-on’s folder', () => {
  test('made once, recorded in «Настройки»; orders, programmes and forms are made in it', () => {
    const emu = schoolWithPairs(2);
    expect(runMenu(emu, 'runPairsOrder')).toContain(`Создана папка «${FOLDER_NAME}»`);
    // The folder made, then the order's Doc converted right into it: nothing to look up or move.
    expect(driveCalls(emu)).toEqual({ 'Drive.Files.create': 2 });
    emu.resetCounts();
    runMenu(emu, 'runProgrammes', [{ button: 'NO' }]);
    // The recorded folder checked once; per programme one conversion into it (and at most a look by name).
    const { 'Drive.Files.list': lookups = 0, ...programmeCalls } = driveCalls(emu);
    expect(programmeCalls).toEqual({ 'Drive.Files.get': 1, 'Drive.Files.create': 2 });
    expect(lookups).toBeLessThanOrEqual(2);
    emu.resetCounts();
    expect(runMenu(emu, 'runCreateQuestionnaires')).toContain('Новые формы лежат в папке надстройки');
    // The recorded folder checked once, the root read once; each of the 4 forms moved.
    expect(driveCalls(emu)).toEqual({ 'Drive.Files.get': 2, 'Drive.Files.update': 4 });

    const folders = emu.state.drive.folders.filter((f) => f.name === FOLDER_NAME);
    expect(folders).toHaveLength(1);
    expect(folderSetting(emu)).toBe(folders[0].id);
    const files = driveFiles(emu.state.drive).filter((f) => f.id !== emu.state.spreadsheet.id);
    expect(files).toHaveLength(3 + 4);
    expect(files.every((f) => f.parentId === folders[0].id && f.openedByApp)).toBe(true);
    expect(made(emu)).toEqual({ documents: 3, forms: 4 });
  });

  test('a document an execution made but was stopped before recording is found by name in the folder and replaced: one live file, recorded', () => {
    const emu = schoolWithPairs(2);
    const programme = () =>
      emu.callFromSidebar('generateDocuments', { kind: 'programme', ids: ['П-0001'] }) as { urls: string[] };
    // Stopped while Drive converted the programme: the Doc exists in the folder (made and
    // recorded in «Настройки» by the same execution), its ID never came back, no row written.
    emu.executionClock = { callCostMs: 0, limitMs: 1000, conversionCostMs: 2000 };
    expect(programme).toThrow(EXCEEDED_MESSAGE);
    emu.executionClock = { callCostMs: 0, limitMs: EXECUTION_LIMIT_MS };
    const folder = emu.state.drive.folders.find((f) => f.name === FOLDER_NAME)!;
    expect(folderSetting(emu)).toBe(folder.id);
    const [lost, ...others] = liveDocs(emu);
    expect(others).toEqual([]);
    expect(lost.parentId).toBe(folder.id);
    expect(records(emu, 'Документы')).toEqual([]);

    emu.resetCounts();
    const { urls } = programme();
    // The one look by name in the folder finds it; the new file replaces it.
    expect(driveCalls(emu)).toEqual({
      'Drive.Files.get': 1,
      'Drive.Files.list': 1,
      'Drive.Files.create': 1,
      'Drive.Files.update': 1,
    });
    const [made, ...more] = liveDocs(emu);
    expect(more).toEqual([]);
    expect(made).toMatchObject({ name: lost.name, parentId: folder.id });
    expect(made.id).not.toBe(lost.id);
    expect(emu.state.drive.files.find((f) => f.id === lost.id)!.trashed).toBe(true);
    const link = `https://docs.google.com/document/d/${made.id}/edit`;
    expect(urls).toEqual([link]);
    expect(records(emu, 'Документы')).toEqual([
      expect.objectContaining({ 'Для кого (ID или учебный год)': 'П-0001', 'Ссылка на документ': link }),
    ]);
  });

  test('moving the folder within Drive keeps it working: same folder, same ID, no second folder', () => {
    const emu = schoolWithPairs(1);
    runMenu(emu, 'runPairsOrder');
    const folder = emu.state.drive.folders.find((f) => f.name === FOLDER_NAME)!;
    // The curator drags it into a folder of their own (Drive's UI: the ID does not change).
    folder.parentId = addDriveFolder(emu.state.drive, 'Школа 2026/2027').id;
    const text = runMenu(emu, 'runProgrammes', [{ button: 'NO' }]);
    expect(text).not.toContain('Создана папка');
    expect(emu.state.drive.folders.filter((f) => f.name === FOLDER_NAME)).toHaveLength(1);
    expect(folderSetting(emu)).toBe(folder.id);
    expect(driveFiles(emu.state.drive).filter((f) => f.parentId === folder.id)).toHaveLength(2);
  });
});

describe('a folder ID typed into «Настройки» that the add-on cannot use', () => {
  /** A school whose curator typed the ID of a folder made in Drive. */
  function typedFolder() {
    const emu = schoolWithPairs(2);
    const folder = addDriveFolder(emu.state.drive, 'Документы школы');
    setSetting(emu, FOLDER_SETTING, folder.id);
    emu.resetCounts();
    return { emu, id: folder.id };
  }

  test('the order says so in Russian, names the sheet and the parameter, makes nothing and leaves the cell as typed', () => {
    const { emu, id } = typedFolder();
    // The order's number and date are asked first (accepted as proposed), then the folder refused.
    const text = runMenu(emu, 'runPairsOrder').split('\n').at(-1);
    expect(text).toBe(DRIVE.folderUnreachable(id));
    expect(text).toContain('«Настройки»');
    expect(text).toContain(`«${FOLDER_SETTING}»`);
    expect(text).toContain('Очистите значение');
    expect(folderSetting(emu)).toBe(id);
    expect(made(emu)).toEqual({ documents: 0, forms: 0 });
    expect(madeOrders(emu)).toEqual([]);
    expect(emu.state.drive.folders.filter((f) => f.name === FOLDER_NAME)).toEqual([]);
    expect(driveCalls(emu)).toEqual({ 'Drive.Files.get': 1 });
  });

  test('batches, the sidebar and the questionnaires stop the same way', () => {
    const { emu, id } = typedFolder();
    // Refused before the print question and before a job is started.
    expect(runMenu(emu, 'runProgrammes')).toBe(DRIVE.folderUnreachable(id));
    expect(Object.keys(emu.state.properties.document ?? {}).filter((k) => k.startsWith('batch.'))).toEqual([]);
    expect(() => emu.callFromSidebar('generateDocuments', { kind: 'programme', ids: ['П-0001'] })).toThrow(
      DRIVE.folderUnreachable(id),
    );
    expect(runMenu(emu, 'runCreateQuestionnaires')).toBe(DRIVE.folderUnreachable(id));
    expect(made(emu)).toEqual({ documents: 0, forms: 0 });
    expect(folderSetting(emu)).toBe(id);
  });

  test('a folder of the add-on’s in the trash, or a file’s ID: said so, nothing made', () => {
    const emu = schoolWithPairs(1);
    runMenu(emu, 'runPairsOrder');
    const folder = emu.state.drive.folders.find((f) => f.name === FOLDER_NAME)!;
    folder.trashed = true;
    expect(runMenu(emu, 'runProgrammes')).toBe(DRIVE.folderTrashed(folder.id));
    const orderDoc = Object.keys(emu.state.docs.documents)[0];
    setSetting(emu, FOLDER_SETTING, orderDoc);
    expect(runMenu(emu, 'runProgrammes')).toBe(DRIVE.notAFolder(orderDoc));
    expect(runMenu(emu, 'runMonitoringNote')).toContain(DRIVE.notAFolder(orderDoc));
    expect(made(emu)).toEqual({ documents: 1, forms: 0 });
  });

  test('clearing the cell lets the add-on make its own folder', () => {
    const { emu } = typedFolder();
    runMenu(emu, 'runPairsOrder');
    setSetting(emu, FOLDER_SETTING, '');
    expect(runMenu(emu, 'runPairsOrder')).toContain(`Создана папка «${FOLDER_NAME}»`);
    const folder = emu.state.drive.folders.find((f) => f.name === FOLDER_NAME)!;
    expect(folderSetting(emu)).toBe(folder.id);
    expect(made(emu).documents).toBe(1);
  });
});

describe('erasure', () => {
  test('the person’s documents are emptied, renamed and trashed in one Drive.Files.update each, their .docx copies found in one search', () => {
    const emu = schoolWithPairs(2);
    runMenu(emu, 'runProgrammes', [{ button: 'NO' }]);
    const programme = emu.state.drive.files.find((f) => f.name.includes('(П-0001)'))!;
    emu.resetCounts();
    emu.callFromSidebar('erasePersonData', { personId: 'НЯ-0001', confirmed: true });
    // One look for .docx copies of them all (none kept here), one update per document.
    expect(driveCalls(emu)).toEqual({ 'Drive.Files.list': 1, 'Drive.Files.update': 1 });
    expect(programme).toMatchObject({ trashed: true, name: 'Удалено по отзыву согласия' });
    // The converted Doc is opened and emptied before it goes to the trash.
    expect(docToText(emu.state.docs.documents[programme.id]).trim()).toBe('');
    expect(emu.state.drive.files.filter((f) => f.trashed)).toHaveLength(1);
  });
});

describe('without the Advanced Drive service enabled in the manifest', () => {
  /** The same school, run by a build whose manifest lacks dependencies.enabledAdvancedServices. */
  function withoutDrive(): Emulator {
    const school = schoolWithPairs(1);
    const dir = mkdtempSync(join(tmpdir(), 'no-drive-'));
    for (const file of readdirSync(DEFAULT_BUILD_DIR)) {
      if (statSync(join(DEFAULT_BUILD_DIR, file)).isFile()) copyFileSync(join(DEFAULT_BUILD_DIR, file), join(dir, file));
    }
    const manifest = JSON.parse(readFileSync(join(dir, 'appsscript.json'), 'utf8'));
    delete manifest.dependencies;
    writeFileSync(join(dir, 'appsscript.json'), JSON.stringify(manifest));
    return new Emulator({ snapshot: school.snapshot(), buildDir: dir }).load();
  }

  test('documents, forms and erasure say in Russian what to enable, and make or erase nothing', () => {
    const emu = withoutDrive();
    expect(runMenu(emu, 'runPairsOrder').split('\n').at(-1)).toBe(DRIVE.serviceMissing);
    expect(runMenu(emu, 'runCreateQuestionnaires')).toBe(DRIVE.serviceMissing);
    const erased = emu.callFromSidebar('erasePersonData', { personId: 'НЯ-0001', confirmed: true }) as { message: string };
    expect(erased.message).toBe(DRIVE.serviceMissing);
    expect(records(emu, 'Наставляемые')[0]['ФИО']).toBe('Молодой0 Иван Петрович');
    expect(made(emu)).toEqual({ documents: 0, forms: 0 });
  });
});
