import { GasException } from '../../emulator/core';
import {
  addDriveFolder,
  driveFiles,
  Emulator,
  FORM_MIME_TYPE,
  NO_ITEM_MESSAGE,
  ROOT_FOLDER_NAME,
  SPREADSHEET_MIME_TYPE,
} from '../../emulator';
import type { FolderPort } from '../../src/gas/ports';
import { emulator } from './forms-fixture';

describe('DriveApp', () => {
  test('FormApp.create files the form in the root folder under its title', () => {
    const { emu, FormApp, DriveApp } = emulator();
    const form = FormApp.create('Анкета наставника', false);
    const file = DriveApp.getFileById(form.getId());
    expect(file.getId()).toBe(form.getId());
    expect(file.getName()).toBe('Анкета наставника');
    expect(file.getMimeType()).toBe(FORM_MIME_TYPE);
    expect(file.getMimeType()).toBe('application/vnd.google-apps.form');
    expect(file.getUrl()).toBe(`https://docs.google.com/forms/d/${form.getId()}/edit?usp=drivesdk`);
    expect(file.isTrashed()).toBe(false);
    // The form's title and its file's name are separate once created.
    form.setTitle('Новое название');
    expect(file.getName()).toBe('Анкета наставника');
    expect(driveFiles(emu.state.drive).map((f) => [f.name, f.folderName])).toEqual([
      ['Реестр наставничества', ROOT_FOLDER_NAME],
      ['Анкета наставника', ROOT_FOLDER_NAME],
    ]);
  });

  test('the bound spreadsheet is a Drive file too', () => {
    const { DriveApp, ss } = emulator();
    const file = DriveApp.getFileById(ss.id);
    expect([file.getName(), file.getMimeType()]).toEqual(['Реестр наставничества', SPREADSHEET_MIME_TYPE]);
  });

  test("unknown ids throw Google's message; an empty id is an invalid argument", () => {
    const { DriveApp } = emulator();
    expect(() => DriveApp.getFileById('1missing')).toThrow(NO_ITEM_MESSAGE);
    expect(() => DriveApp.getFolderById('1missing')).toThrow(NO_ITEM_MESSAGE);
    expect(() => DriveApp.getFileById('')).toThrow('Invalid argument: id');
    expect(() => DriveApp.getFileById('toString')).toThrow(GasException);
  });

  test('File.moveTo puts the file in the folder; a folder has an id, name and URL', () => {
    const { emu, FormApp, DriveApp } = emulator();
    const form = FormApp.create('Анкета', true);
    const record = addDriveFolder(emu.state.drive, 'Наставничество 2026');
    const folder = DriveApp.getFolderById(record.id);
    expect(folder.getId()).toMatch(/^1[A-Za-z0-9_-]{32}$/);
    expect(folder.getName()).toBe('Наставничество 2026');
    expect(folder.getUrl()).toBe(`https://drive.google.com/drive/folders/${record.id}`);
    const moved = DriveApp.getFileById(form.getId()).moveTo(folder);
    expect(moved.getId()).toBe(form.getId());
    expect(driveFiles(emu.state.drive).find((f) => f.id === form.getId())!.folderName).toBe('Наставничество 2026');
    expect(() => DriveApp.getFileById(form.getId()).moveTo({ getId: () => record.id } as unknown as FolderPort)).toThrow(
      GasException,
    );
  });

  test('createFolder makes a folder in the root and returns it; counted; a name is required', () => {
    const { emu, DriveApp } = emulator();
    emu.resetCounts();
    const folder = DriveApp.createFolder('Наставничество 2026');
    expect(emu.counts()).toEqual({ 'DriveApp.createFolder': 1 });
    expect(folder.getName()).toBe('Наставничество 2026');
    expect(folder.getId()).toMatch(/^1[A-Za-z0-9_-]{32}$/);
    expect(folder.getUrl()).toBe(`https://drive.google.com/drive/folders/${folder.getId()}`);
    expect(DriveApp.getFolderById(folder.getId()).getName()).toBe('Наставничество 2026');
    const record = emu.state.drive.folders.find((f) => f.id === folder.getId())!;
    expect(record).toMatchObject({ parentId: emu.state.drive.rootFolderId, trashed: false, createdAt: emu.env.clock.now() });
    expect(DriveApp.createFolder('Наставничество 2026').getId()).not.toBe(folder.getId()); // Drive allows equal names
    expect(() => DriveApp.createFolder('')).toThrow('Invalid argument: name');
    expect(() => DriveApp.createFolder(undefined as unknown as string)).toThrow(GasException);
  });

  test('the root folder is "My Drive"', () => {
    const { DriveApp, emu } = emulator();
    const root = (DriveApp as unknown as { getRootFolder(): FolderPort }).getRootFolder();
    expect(root.getName()).toBe('My Drive');
    expect(root.getId()).toBe(emu.state.drive.rootFolderId);
  });

  test('calls are counted; the state is plain JSON and ids are deterministic', () => {
    const { emu, FormApp, DriveApp } = emulator();
    const id = FormApp.create('Анкета', true).getId();
    emu.resetCounts();
    DriveApp.getFileById(id).moveTo(DriveApp.getFolderById(emu.state.drive.rootFolderId));
    expect(emu.counts()).toEqual({ 'DriveApp.getFileById': 1, 'DriveApp.getFolderById': 1, 'File.moveTo': 1 });
    expect(JSON.parse(JSON.stringify(emu.state.drive))).toEqual(emu.state.drive);
    expect(new Emulator().state.drive.rootFolderId).toBe(emu.state.drive.rootFolderId);
  });
});

describe('DriveApp.getFilesByName', () => {
  test('finds every file of that exact name, trashed ones too; the iterator ends with an error', () => {
    const emu = new Emulator();
    const docs = emu.globals.DocumentApp;
    const a = docs.create('Согласие (НЯ-0001)');
    docs.create('Согласие (НЯ-0002)');
    const c = docs.create('Согласие (НЯ-0001)');
    emu.globals.DriveApp.getFileById(c.getId()).setTrashed(true);
    const found = emu.globals.DriveApp.getFilesByName('Согласие (НЯ-0001)');
    const ids: string[] = [];
    while (found.hasNext()) ids.push(found.next().getId());
    expect(ids).toEqual([a.getId(), c.getId()]);
    expect(() => found.next()).toThrow('iterator has reached the end');
    expect(emu.counts()['FileIterator.hasNext']).toBe(3);
  });
});
