import {
  addDriveFolder,
  DOCUMENT_MIME_TYPE,
  driveFiles,
  Emulator,
  FOLDER_MIME_TYPE,
  GoogleJsonResponseException,
  NotEmulatedError,
} from '../../emulator';

const notFound = (method: string, id: string) => `API call to drive.files.${method} failed with error: File not found: ${id}.`;

function emulator() {
  const emu = new Emulator();
  return { emu, Files: emu.globals.Drive.Files, DriveApp: emu.globals.DriveApp };
}

/** The error a call throws (fails the test when it throws none). */
function thrown(run: () => unknown): Error {
  try {
    run();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the call to throw');
}

describe('Drive.Files.create', () => {
  test('a folder in My Drive: a plain v3 resource with the default fields, counted as Drive.Files.create', () => {
    const { emu, Files } = emulator();
    const folder = Files.create({ name: 'Наставничество — документы', mimeType: FOLDER_MIME_TYPE });
    expect(Object.keys(folder).sort()).toEqual(['id', 'kind', 'mimeType', 'name']);
    expect(folder).toMatchObject({ kind: 'drive#file', name: 'Наставничество — документы', mimeType: FOLDER_MIME_TYPE });
    expect(emu.counts()).toEqual({ 'Drive.Files.create': 1 });
    const record = emu.state.drive.folders.find((f) => f.id === folder.id)!;
    expect(record).toMatchObject({ parentId: emu.state.drive.rootFolderId, openedByApp: true, trashed: false });
    expect(Files.get(folder.id!, { fields: 'parents,trashed,webViewLink' })).toEqual({
      parents: [emu.state.drive.rootFolderId],
      trashed: false,
      webViewLink: `https://drive.google.com/drive/folders/${folder.id}`,
    });
  });

  test('a Google Doc straight in a folder of the app: DocumentApp opens it, Drive lists it there', () => {
    const { emu, Files } = emulator();
    const folder = Files.create({ name: 'Документы', mimeType: FOLDER_MIME_TYPE });
    const doc = Files.create({ name: 'Приказ № 1', mimeType: DOCUMENT_MIME_TYPE, parents: [folder.id!] }, null, {
      fields: 'id,parents,webViewLink',
    });
    expect(doc).toEqual({
      id: doc.id,
      parents: [folder.id],
      webViewLink: `https://docs.google.com/document/d/${doc.id}/edit?usp=drivesdk`,
    });
    const opened = emu.globals.DocumentApp.openById(doc.id!);
    expect(opened.getName()).toBe('Приказ № 1');
    expect(opened.getBody().getText()).toBe('');
    expect(driveFiles(emu.state.drive).find((f) => f.id === doc.id)!.folderName).toBe('Документы');
  });

  test('a folder the user made in Drive is not the app’s: filing into it answers 404 with its id, and nothing is made', () => {
    const { emu, Files } = emulator();
    const userFolder = addDriveFolder(emu.state.drive, 'Моя папка');
    const before = emu.state.drive.files.length;
    const error = thrown(() => Files.create({ name: 'Приказ', mimeType: DOCUMENT_MIME_TYPE, parents: [userFolder.id] }));
    expect(error).toBeInstanceOf(GoogleJsonResponseException);
    expect(error.message).toBe(notFound('create', userFolder.id));
    expect(emu.state.drive.files).toHaveLength(before);
    expect(Object.keys(emu.state.docs.documents)).toEqual([]);
  });

  test('one parent at most (single-parent model)', () => {
    const { Files } = emulator();
    const a = Files.create({ name: 'A', mimeType: FOLDER_MIME_TYPE }).id!;
    const b = Files.create({ name: 'B', mimeType: FOLDER_MIME_TYPE }).id!;
    expect(() => Files.create({ name: 'x', mimeType: FOLDER_MIME_TYPE, parents: [a, b] })).toThrow(
      'API call to drive.files.create failed with error: Increasing the number of parents is not allowed',
    );
  });

  test('a plain file with a Blob; mediaData that is not a Blob is refused', () => {
    const { emu, Files } = emulator();
    const blob = emu.globals.Utilities.newBlob('привет', 'text/plain', 'note.txt');
    const file = Files.create({}, blob, { fields: 'name,mimeType' });
    expect(file).toEqual({ name: 'note.txt', mimeType: 'text/plain' });
    expect(() => Files.create({ name: 'x' }, 'text' as never, {})).toThrow(
      'The mediaData parameter only supports Blob types for upload.',
    );
  });

  test('what the emulator does not implement fails loudly, never silently', () => {
    const { Files } = emulator();
    expect(() => Files.create({ name: 'x', mimeType: 'application/vnd.google-apps.spreadsheet' })).toThrow(NotEmulatedError);
    expect(() => Files.create({ name: 'x', description: 'y' })).toThrow(NotEmulatedError);
    expect(() => Files.create({ name: 'x' }, null, { ocrLanguage: 'ru' })).toThrow(NotEmulatedError);
  });
});

describe('Drive.Files.get under drive.file', () => {
  test('Google’s 404 for a file that does not exist, for the bound spreadsheet and for a folder made in Drive', () => {
    const { emu, Files, DriveApp } = emulator();
    const userFolder = addDriveFolder(emu.state.drive, 'Папка куратора');
    const spreadsheetId = emu.state.spreadsheet.id;
    for (const id of ['1missing', spreadsheetId, userFolder.id, emu.state.drive.rootFolderId]) {
      const error = thrown(() => Files.get(id, { fields: 'id' }));
      expect(error.name).toBe('GoogleJsonResponseException');
      expect(error.message).toBe(notFound('get', id));
      expect(String(error)).toBe(`GoogleJsonResponseException: ${notFound('get', id)}`);
      expect((error as GoogleJsonResponseException).code).toBe(404);
    }
    expect(thrown(() => Files.get('', {})).message).toBe(notFound('get', ''));
    // DriveApp (full `drive` scope) still sees both.
    expect(DriveApp.getFolderById(userFolder.id).getName()).toBe('Папка куратора');
    expect(DriveApp.getFileById(spreadsheetId).getName()).toBe('Реестр наставничества');
  });

  test('forms and documents the script made are the app’s (assumed: same OAuth client); a trashed one is still found', () => {
    const { emu, Files } = emulator();
    const form = emu.globals.FormApp.create('Анкета', false);
    const doc = emu.globals.DocumentApp.create('Программа');
    expect(Files.get(form.getId(), { fields: 'name,mimeType' })).toEqual({
      name: 'Анкета',
      mimeType: 'application/vnd.google-apps.form',
    });
    Files.update({ trashed: true }, doc.getId());
    expect(Files.get(doc.getId(), { fields: 'trashed' })).toEqual({ trashed: true });
  });

  test('fields: `*` is every emulated field; an unknown one is Google’s 400; a real but unemulated one is an emulator error', () => {
    const { Files } = emulator();
    const id = Files.create({ name: 'A', mimeType: FOLDER_MIME_TYPE }).id!;
    expect(Object.keys(Files.get(id, { fields: '*' })).sort()).toEqual(
      ['createdTime', 'id', 'kind', 'mimeType', 'name', 'parents', 'trashed', 'webViewLink'].sort(),
    );
    expect(() => Files.get(id, { fields: 'id,pancakes' })).toThrow(
      'API call to drive.files.get failed with error: Invalid field selection pancakes',
    );
    expect(() => Files.get(id, { fields: 'owners' })).toThrow(NotEmulatedError);
    expect(() => Files.get(id, { alt: 'media' })).toThrow(NotEmulatedError);
  });
});

describe('Drive.Files.update', () => {
  test('rename and trash in one call; a document’s rename reaches DocumentApp', () => {
    const { emu, Files } = emulator();
    const doc = emu.globals.DocumentApp.create('Согласие (НЯ-0001)');
    const result = Files.update({ name: 'Удалено', trashed: true }, doc.getId(), null, { fields: 'name,trashed' });
    expect(result).toEqual({ name: 'Удалено', trashed: true });
    expect(emu.globals.DocumentApp.openById(doc.getId()).getName()).toBe('Удалено');
    expect(emu.counts()['Drive.Files.update']).toBe(1);
  });

  test('moving: addParents with removeParents; parents cannot be written, nor a second parent added', () => {
    const { emu, Files } = emulator();
    const folder = Files.create({ name: 'Папка', mimeType: FOLDER_MIME_TYPE }).id!;
    const form = emu.globals.FormApp.create('Анкета', false).getId();
    const root = emu.state.drive.rootFolderId;
    expect(() => Files.update({ parents: [folder] }, form)).toThrow(
      'API call to drive.files.update failed with error: The parents field is not directly writable in update requests. Use the addParents and removeParents parameters instead.',
    );
    expect(() => Files.update({}, form, null, { addParents: folder })).toThrow(
      'API call to drive.files.update failed with error: Increasing the number of parents is not allowed',
    );
    expect(Files.update({}, form, null, { addParents: folder, removeParents: root, fields: 'parents' })).toEqual({
      parents: [folder],
    });
    expect(driveFiles(emu.state.drive).find((f) => f.id === form)!.folderName).toBe('Папка');
  });

  test('a file or target folder the app did not make answers 404 and nothing changes', () => {
    const { emu, Files } = emulator();
    const userFolder = addDriveFolder(emu.state.drive, 'Моя папка');
    const form = emu.globals.FormApp.create('Анкета', false).getId();
    const root = emu.state.drive.rootFolderId;
    expect(() => Files.update({ name: 'x' }, userFolder.id)).toThrow(notFound('update', userFolder.id));
    expect(() => Files.update({}, form, null, { addParents: userFolder.id, removeParents: root })).toThrow(
      notFound('update', userFolder.id),
    );
    expect(() => Files.update({ trashed: true }, emu.state.spreadsheet.id)).toThrow(notFound('update', emu.state.spreadsheet.id));
    expect(emu.state.drive.files.find((f) => f.id === form)).toMatchObject({ parentId: root, trashed: false });
    expect(userFolder.name).toBe('Моя папка');
  });
});

describe('Drive.Files.list', () => {
  test('q: exact name (quotes and backslashes escaped), parent, trashed, MIME type; only what the app may see', () => {
    const { emu, Files } = emulator();
    const folder = Files.create({ name: 'Папка', mimeType: FOLDER_MIME_TYPE }).id!;
    const make = (name: string) => Files.create({ name, mimeType: DOCUMENT_MIME_TYPE, parents: [folder] }).id!;
    const tricky = make("Согласие О'Брайен \\ копия");
    const plain = make('Программа (П-0001)');
    const trashed = make('Программа (П-0001)');
    Files.update({ trashed: true }, trashed);
    emu.globals.DocumentApp.create('Программа (П-0001)'); // in the root, not in the folder
    addDriveFolder(emu.state.drive, 'Программа (П-0001)', folder); // the user's: never listed
    const ids = (q: string) => Files.list({ q, fields: 'files(id)' }).files!.map((f) => f.id);
    expect(ids(`name = 'Согласие О\\'Брайен \\\\ копия' and '${folder}' in parents`)).toEqual([tricky]);
    expect(ids(`name = 'Программа (П-0001)' and '${folder}' in parents and trashed = false`)).toEqual([plain]);
    expect(ids(`'${folder}' in parents and not trashed = false`)).toEqual([trashed]);
    expect(ids(`mimeType = '${FOLDER_MIME_TYPE}'`)).toEqual([folder]);
    expect(
      ids(`(name = 'Папка' or name = 'Программа (П-0001)') and mimeType != '${FOLDER_MIME_TYPE}' and trashed = false`),
    ).toHaveLength(2);
    expect(ids(`name = '${emu.state.spreadsheet.name}'`)).toEqual([]);
  });

  test('default fields, page size and page tokens', () => {
    const { Files } = emulator();
    for (let i = 0; i < 5; i++) Files.create({ name: `Папка ${i}`, mimeType: FOLDER_MIME_TYPE });
    const first = Files.list({ pageSize: 2 });
    expect(Object.keys(first).sort()).toEqual(['files', 'incompleteSearch', 'kind', 'nextPageToken']);
    expect(Object.keys(first.files![0]).sort()).toEqual(['id', 'kind', 'mimeType', 'name']);
    const names: string[] = first.files!.map((f) => f.name!);
    let token = first.nextPageToken;
    while (token) {
      const page = Files.list({ pageSize: 2, pageToken: token, fields: 'nextPageToken,files(name)' });
      names.push(...page.files!.map((f) => f.name!));
      token = page.nextPageToken;
    }
    expect(names).toEqual(['Папка 0', 'Папка 1', 'Папка 2', 'Папка 3', 'Папка 4']);
    expect(Files.list().files).toHaveLength(5);
  });

  test('a malformed query or page size is Google’s 400 «Invalid Value»; an unemulated term is an emulator error', () => {
    const { Files } = emulator();
    const invalid = 'API call to drive.files.list failed with error: Invalid Value';
    for (const q of [
      "name = 'unterminated",
      "name = 'a' and",
      "name 'a'",
      "name = 'a\\b'",
      "trashed = 'yes'",
      'name = a',
      "name = 'a' AND trashed = false",
    ]) {
      expect(() => Files.list({ q })).toThrow(invalid);
    }
    expect(() => Files.list({ pageSize: 0 })).toThrow(invalid);
    expect(() => Files.list({ pageSize: 1001 })).toThrow(invalid);
    expect(() => Files.list({ pageToken: 'junk' })).toThrow(invalid);
    expect(() => Files.list({ q: "fullText contains 'x'" })).toThrow(NotEmulatedError);
    expect(() => Files.list({ q: "name contains 'x'" })).toThrow(NotEmulatedError);
    expect(() => Files.list({ fields: 'files(id),pancakes' })).toThrow('Invalid field selection pancakes');
  });
});

describe('state', () => {
  test('snapshots keep who made what; a snapshot from before drive.file restores with the add-on’s files reachable', () => {
    const { emu, Files } = emulator();
    const form = emu.globals.FormApp.create('Анкета', false).getId();
    const folder = Files.create({ name: 'Папка', mimeType: FOLDER_MIME_TYPE }).id!;
    const user = addDriveFolder(emu.state.drive, 'Моя').id;
    const again = new Emulator({ snapshot: emu.snapshot() });
    expect(again.state.drive).toEqual(emu.state.drive);
    expect(() => again.globals.Drive.Files.get(user, {})).toThrow(notFound('get', user));

    const old = JSON.parse(emu.snapshot());
    for (const f of [...old.drive.files, ...old.drive.folders]) delete f.openedByApp;
    const restored = new Emulator({ snapshot: JSON.stringify(old) });
    expect(restored.globals.Drive.Files.get(form, { fields: 'id' })).toEqual({ id: form });
    expect(restored.globals.Drive.Files.get(folder, { fields: 'id' })).toEqual({ id: folder });
    expect(() => restored.globals.Drive.Files.get(emu.state.spreadsheet.id, {})).toThrow(
      notFound('get', emu.state.spreadsheet.id),
    );
  });
});
