/**
 * The playground's server side without a browser: the demo school, the engine (edits,
 * google.script.run rules, sidebar, persistence), the HTTP API with a dialog answered across
 * the worker thread, and the message for a busy port.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type DialogRequest, Emulator, gridDisplayValues, gridValues } from '../../emulator';
import { buildDemoEmulator, buildDemoSnapshot } from '../../playground/demo/build';
import { demoSchool, ORG_SHORT_NAME } from '../../playground/demo/school';
import { Engine } from '../../playground/engine';
import type { ExecutionResponse, WorkbookView } from '../../playground/protocol';
import { injectBridge, startPlayground } from '../../playground/server';
import { SETUP } from '../../src/i18n/messages';
import { encodeArgument, decodeArgument } from '../../playground/wire';

const ROOT = resolve(__dirname, '..', '..');
const BUILD = join(ROOT, 'build');

const temporary: string[] = [];
function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temporary.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

/** build/ plus a server function that returns its arguments, to watch google.script.run's rules. */
function buildWithEcho(): string {
  const dir = tempDir('playground-build-');
  writeFileSync(
    join(dir, 'Code.js'),
    `${readFileSync(join(BUILD, 'Code.js'), 'utf8')}\nfunction echo(...args) { return args; }\n`,
  );
  copyFileSync(join(BUILD, 'Sidebar.html'), join(dir, 'Sidebar.html'));
  return dir;
}

function engine(options: { stateFile?: string | null; buildDir?: string; answers?: string[] } = {}): {
  engine: Engine;
  asked: DialogRequest[];
} {
  const asked: DialogRequest[] = [];
  const answers = [...(options.answers ?? [])];
  const e = new Engine({
    buildDir: options.buildDir ?? BUILD,
    stateFile: options.stateFile ?? null,
    realClock: false,
    responder: (request) => {
      asked.push(request);
      return { button: (answers.shift() ?? 'OK') as 'OK' };
    },
  });
  return { engine: e, asked };
}

describe('demo school', () => {
  test('is the same every time', () => {
    expect(buildDemoSnapshot()).toBe(buildDemoSnapshot());
    expect(demoSchool()).toEqual(demoSchool());
  });

  test('has about forty invented teachers with unique names and school e-mails', () => {
    const { staff, mentors, mentees } = demoSchool();
    expect(staff.length).toBeGreaterThanOrEqual(38);
    expect(staff.length).toBeLessThanOrEqual(45);
    expect(new Set(staff.map((t) => t.fullName)).size).toBe(staff.length);
    expect(new Set(staff.map((t) => t.email)).size).toBe(staff.length);
    for (const t of staff) expect(t.email).toMatch(/^[a-z]+\.[a-z]+@school7\.example$/);
    expect(mentors).toHaveLength(10);
    expect(mentees).toHaveLength(12);
  });

  test('fills «Настройки», «Наставники» and «Наставляемые» of a register the add-on accepts', () => {
    const emu = buildDemoEmulator();
    const ss = emu.state.spreadsheet;
    const settings = gridDisplayValues(ss, 'Настройки');
    expect(settings).toContainEqual(expect.arrayContaining(['Сокращённое наименование', ORG_SHORT_NAME]));
    expect(settings).toContainEqual(expect.arrayContaining(['Место издания документов', 'г. Энск']));
    expect(gridValues(ss, 'Наставники')).toHaveLength(11);
    expect(gridValues(ss, 'Наставляемые')).toHaveLength(13);
    // Dates are real date cells, shown the Russian way.
    const mentors = gridDisplayValues(ss, 'Наставники');
    const consent = mentors[0].indexOf('Согласие на обработку ПДн: дата');
    expect(mentors[1][consent]).toMatch(/^\d\d\.08\.2026$/);
    // Running the add-on's check again finds nothing to add and no invalid cell.
    emu.state.ui.script.push({ button: 'OK' });
    emu.call('runSetupRegister');
    expect(emu.state.ui.dialogs.at(-1)!.prompt.startsWith(SETUP.nothingChanged)).toBe(true);
  });
});

describe('google.script.run over the wire', () => {
  test('a tagged value comes back as it was, cycles included', () => {
    const value: Record<string, unknown> = { a: [1, undefined, 'x'], d: new Date(5), n: NaN };
    value.self = value;
    const back = decodeArgument(JSON.parse(JSON.stringify(encodeArgument(value)))) as Record<string, unknown>;
    expect(back.a).toEqual([1, undefined, 'x']);
    expect(back.d).toEqual(new Date(5));
    expect(back.n).toBeNaN();
    expect(back.self).toBe(back);
  });

  test('the engine applies Google’s rules: Dates and functions refused, undefined in arrays becomes null', () => {
    const { engine: e } = engine({ buildDir: buildWithEcho() });
    const call = (...args: unknown[]) => e.scriptRun('echo', JSON.parse(JSON.stringify(args.map((v) => encodeArgument(v)))));
    expect(call([1, undefined, 'x'], { a: 'b' })).toEqual({ ok: true, value: [[1, null, 'x'], { a: 'b' }] });
    expect(call(new Date())).toEqual({
      ok: false,
      error: { name: 'Error', message: 'Failed due to illegal value in property: 0' },
    });
    expect(call('x', { when: new Date() })).toEqual({
      ok: false,
      error: { name: 'Error', message: 'Failed due to illegal value in property: when' },
    });
    expect(call(() => 1)).toMatchObject({ ok: false, error: { message: 'Failed due to illegal value in property: 0' } });
    const cyclic: unknown[] = [];
    cyclic.push(cyclic);
    expect(call(cyclic)).toMatchObject({ ok: false, error: { message: 'Failed due to circular reference.' } });
    expect(e.scriptRun('nope', [])).toMatchObject({ ok: false, error: { message: 'Script function not found: nope' } });
  });
});

describe('engine', () => {
  test('edits go through validation and survive a restart', () => {
    const stateFile = join(tempDir('playground-state-'), 'workbook.json');
    const { engine: e } = engine({ stateFile });
    const mentors = e.workbook().sheet!;
    expect(mentors.name).toBe('Наставники');
    const header = mentors.cells[0].map((c) => c?.t ?? '');
    const status = header.indexOf('Статус') + 1;
    const training = header.indexOf('Обучение наставников: дата') + 1;
    const id = mentors.sheetId;

    expect(e.edit({ sheetId: id, row: 2, column: status, input: 'чепуха' })).toEqual({
      ok: false,
      message: expect.stringMatching(/нарушают правила проверки.*Выберите значение из списка/),
    });
    expect(e.edit({ sheetId: id, row: 2, column: training, input: 'вчера' })).toMatchObject({
      ok: false,
      message: /Введите дату/,
    });
    expect(e.edit({ sheetId: id, row: 2, column: status, input: 'приостановлен' })).toEqual({ ok: true });
    expect(e.edit({ sheetId: id, row: 9, column: training, input: '15.09.2026' })).toEqual({ ok: true });
    const cell = e.workbook(id).sheet!.cells[8][training - 1]!;
    expect(cell).toMatchObject({ t: '15.09.2026', k: 'd' });
    expect(existsSync(stateFile)).toBe(true);

    const { engine: again } = engine({ stateFile });
    const view = again.workbook(id).sheet!;
    expect(view.cells[1][status - 1]!.t).toBe('приостановлен');
    expect(view.cells[8][training - 1]!.t).toBe('15.09.2026');
  });

  test('menu items run the real add-on; its dialogs go to the responder; the sidebar opens and closes', () => {
    const { engine: e, asked } = engine();
    expect(e.open()).toEqual({ ok: true, value: null });
    expect(e.workbook().menus[0]).toMatchObject({ caption: 'Наставничество', addon: true });
    expect(e.run('runSetupRegister')).toEqual({ ok: true, value: null });
    expect(asked).toEqual([expect.objectContaining({ kind: 'alert', title: SETUP.title })]);
    expect(e.run('getRegisterStatus')).toMatchObject({ ok: false, error: { message: /В меню нет пункта/ } });

    expect(e.sidebar()).toBeNull();
    e.run('openSidebar');
    expect(e.workbook().sidebar).toEqual({ title: 'Наставничество', version: 1 });
    expect(e.sidebar()!.html).toContain('<!DOCTYPE html>');
    e.run('openSidebar');
    expect(e.workbook().sidebar!.version).toBe(2);
    e.open(); // reopening the document closes sidebars
    expect(e.workbook().sidebar).toBeNull();
  });

  test('reset restores the demo school', () => {
    const { engine: e } = engine();
    expect(e.workbook().files).toEqual([]); // the demo has created no file yet
    const id = e.workbook().sheet!.sheetId;
    e.edit({ sheetId: id, row: 2, column: 2, input: 'Кто-то Другой' });
    expect(e.workbook().sheet!.cells[1][1]!.t).toBe('Кто-то Другой');
    e.reset();
    expect(e.workbook().sheet!.cells[1][1]!.t).toBe(demoSchool().mentors[0].fullName);
  });

  test('an unreadable state file is kept aside and the demo loaded', () => {
    const dir = tempDir('playground-state-');
    const stateFile = join(dir, 'workbook.json');
    writeFileSync(stateFile, '{ not json');
    const { engine: e } = engine({ stateFile });
    expect(e.workbook().spreadsheetName).toBe('Реестр наставничества — МБОУ СОШ № 7');
    expect(existsSync(stateFile)).toBe(false);
  });
});

test('the sidebar bridge goes first in <head>', () => {
  expect(injectBridge('<!DOCTYPE html><html><head><base target="_top"></head></html>', 'var x = "</script>";')).toBe(
    '<!DOCTYPE html><html><head><script>var x = "<\\/script>";</script><base target="_top"></head></html>',
  );
});

describe('HTTP server', () => {
  test('a menu click waits on its alert until the answer is posted, then finishes', async () => {
    const playground = await startPlayground({
      port: 0,
      stateDir: tempDir('playground-state-'),
      realClock: false,
      log: () => {},
    });
    try {
      const post = async (path: string, body: unknown) => {
        const response = await fetch(new URL(path, playground.url), {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(body),
        });
        return { status: response.status, json: (await response.json()) as ExecutionResponse };
      };
      const state = async (query = '') =>
        (await (await fetch(new URL(`/api/state${query}`, playground.url))).json()) as WorkbookView;
      const journalId = (view: WorkbookView) => view.sheets.find((s) => s.name === 'Журнал')!.sheetId;
      expect((await post('/api/open', {})).json).toEqual({ status: 'done', ok: true, value: null });
      // A form post from another site (not JSON) runs nothing.
      const form = await fetch(new URL('/api/run', playground.url), { method: 'POST', body: 'functionName=runSetupRegister' });
      expect(form.status).toBe(415);
      const first = (await post('/api/run', { functionName: 'runSetupRegister' })).json;
      expect(first).toMatchObject({ status: 'dialog', dialog: { kind: 'alert', buttons: 'OK', title: SETUP.title } });
      const dialog = (first as { dialog: { seq: number } }).dialog;

      // While it waits, other requests are told to answer it first.
      expect(await post('/api/edit', { sheetId: 3, row: 2, column: 2, input: 'x' })).toMatchObject({
        status: 409,
        json: { status: 'busy' },
      });
      expect((await post('/api/dialog', { seq: dialog.seq, button: 'YES' })).json).toEqual({ status: 'stale' }); // not a button of OK

      expect((await post('/api/dialog', { seq: dialog.seq, button: 'OK' })).json).toEqual({
        status: 'done',
        ok: true,
        value: null,
      });
      // The run went on after the answer: it wrote its line in «Журнал».
      const journal = journalId(await state());
      const view = await state(`?sheet=${journal}`);
      expect(view.sheet!.name).toBe('Журнал');
      expect(view.sheet!.cells[view.sheet!.lastRow - 1][2]!.t).toBe(SETUP.journalAction);
      expect(view.sheet!.cells[view.sheet!.lastRow - 1][0]!.t).toBe('01.09.2026 09:00'); // the demo's fixed clock

      const script = await post('/api/script-run', { name: 'getRegisterStatus', args: [] });
      expect(script.json).toMatchObject({ status: 'done', ok: true, value: { ready: true } });
      const page = await fetch(playground.url);
      expect(await page.text()).toContain('<script src="/app.js"></script>');
      expect((await fetch(new URL('/app.js', playground.url))).status).toBe(200);
    } finally {
      await playground.close();
    }
  });

  test('npm start on a busy port says so and exits with 1', async () => {
    const blocker = createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', () => r()));
    const port = (blocker.address() as { port: number }).port;
    try {
      const tsx = require.resolve('tsx/cli');
      const result = spawnSync(process.execPath, [tsx, join(ROOT, 'playground/server.ts')], {
        env: { ...process.env, PORT: String(port) },
        encoding: 'utf8',
        timeout: 20_000,
      });
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(`Порт ${port} занят`);
      expect(result.stderr).toContain(`Port ${port} is already in use`);
    } finally {
      blocker.close();
    }
  });
});

describe('.docx copies in «Файлы на Диске»', () => {
  const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

  /** What Python's zipfile reads of the bytes: whether they open, and the parts' names. */
  function pythonZip(bytes: Buffer): { ok: boolean; names: string[]; bad: string | null } {
    const script = [
      'import io, json, sys, zipfile',
      'z = zipfile.ZipFile(io.BytesIO(sys.stdin.buffer.read()))',
      'print(json.dumps({"ok": True, "names": z.namelist(), "bad": z.testzip()}))',
    ].join('\n');
    const run = spawnSync('python3', ['-c', script], { input: bytes, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    return JSON.parse(run.stdout);
  }

  test('a document made with copies on is offered as .docx beside its Doc and in its viewer, and downloads as a zip', async () => {
    const playground = await startPlayground({
      port: 0,
      stateDir: tempDir('playground-state-'),
      realClock: false,
      log: () => {},
    });
    try {
      const url = (path: string) => new URL(path, playground.url);
      const post = async (path: string, body: unknown) =>
        (await (
          await fetch(url(path), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) })
        ).json()) as ExecutionResponse;
      const files = async () => ((await (await fetch(url('/api/state'))).json()) as WorkbookView).files;
      expect(await post('/api/open', {})).toMatchObject({ status: 'done', ok: true });
      // The demo keeps copies: «Копии .docx для архива» is «да» in its «Настройки».
      const settings = gridDisplayValues(buildDemoEmulator().state.spreadsheet, 'Настройки');
      expect(settings).toContainEqual(expect.arrayContaining(['Копии .docx для архива', 'да']));

      const made = await post('/api/script-run', {
        name: 'generateDocuments',
        args: [encodeArgument({ kind: 'dataConsent', ids: ['НТ-0001'] })],
      });
      expect(made).toMatchObject({ status: 'done', ok: true });
      const listed = await files();
      const doc = listed.find((f) => f.kind === 'document')!;
      expect(doc.name).toMatch(/^Согласие на обработку персональных данных — .*\(НТ-0001\)$/);
      const copy = listed.find((f) => f.kind === 'docx')!;
      expect(copy).toMatchObject({ name: `${doc.name}.docx`, folder: doc.folder, downloadable: true, docx: null });
      expect(doc).toMatchObject({ downloadable: false, docx: { id: copy.id, name: copy.name } });

      // The Doc's A4 tab links its copy.
      const viewer = await (await fetch(url(`/document/d/${doc.id}/edit`))).text();
      expect(viewer).toContain(`<a id="docx-link" class="button outline" href="/uc?export=download&amp;id=${copy.id}" download`);
      expect(viewer).toContain('>Скачать .docx</a>');

      // The download: the bytes as an attachment named as on Drive, read from the state (no call counted).
      const response = await fetch(url(`/uc?export=download&id=${copy.id}`));
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe(DOCX);
      const disposition = response.headers.get('content-disposition')!;
      expect(disposition).toMatch(/^attachment; filename="[\x20-\x7e]+\.docx"; filename\*=UTF-8''/);
      const encoded = /filename\*=UTF-8''(\S+)$/.exec(disposition)![1];
      expect(encoded).toMatch(/^[A-Za-z0-9!#$&+\-.^_`|~%]+$/); // RFC 5987 attr-chars and %XX only
      expect(decodeURIComponent(encoded)).toBe(copy.name);
      const bytes = Buffer.from(await response.arrayBuffer());
      expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
      const zip = pythonZip(bytes);
      expect(zip).toMatchObject({ ok: true, bad: null });
      expect(zip.names).toContain('word/document.xml');

      // A Google file has no bytes to download; an unknown id neither.
      expect((await fetch(url(`/uc?export=download&id=${doc.id}`))).status).toBe(404);
      expect((await fetch(url('/uc?export=download&id=nope'))).status).toBe(404);
    } finally {
      await playground.close();
    }
  });

  test('a copy is read from the state (no service call); with copies off a new Doc has none beside it', () => {
    const { engine: e } = engine();
    e.open();
    const consent = (id: string) => e.scriptRun('generateDocuments', [encodeArgument({ kind: 'dataConsent', ids: [id] })]);
    expect(consent('НТ-0001').ok).toBe(true);
    const first = e.workbook().files.find((f) => f.kind === 'document')!;
    const calls = e.emulator.totalCalls();
    const bytes = e.download(first.docx!.id)!.bytes;
    expect(Buffer.from(bytes.subarray(0, 2)).toString('latin1')).toBe('PK');
    expect(e.document(first.id)!.docx).toEqual(first.docx);
    e.workbook();
    expect(e.emulator.totalCalls()).toBe(calls);

    const settings = e.workbook().sheets.find((s) => s.name === 'Настройки')!.sheetId;
    const sheet = e.workbook(settings).sheet!;
    const row = sheet.cells.findIndex((r) => r.some((c) => c?.t === 'Копии .docx для архива')) + 1;
    const column = sheet.cells[0].findIndex((c) => c?.t === 'Значение') + 1;
    expect(row).toBeGreaterThan(1);
    expect(e.edit({ sheetId: settings, row, column, input: 'нет' })).toEqual({ ok: true });
    expect(consent('НТ-0002').ok).toBe(true);
    const files = e.workbook().files;
    expect(files.map((f) => f.kind)).toEqual(['document', 'docx', 'document']);
    const second = files[0];
    expect(second.name).toMatch(/\(НТ-0002\)$/);
    expect(second.docx).toBeNull();
    expect(e.document(second.id)!.docx).toBeNull();
    expect(files[2].docx).toEqual(first.docx); // the first keeps its copy
    expect(e.download(second.id)).toBeNull(); // a Google file: nothing to download
  });
});

test('a restored snapshot is the same workbook', () => {
  const snapshot = buildDemoSnapshot();
  expect(new Emulator({ snapshot }).snapshot()).toBe(snapshot);
});
