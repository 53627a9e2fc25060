/**
 * `npm start`: the playground. A local page that looks like the Sheets window, with the real
 * add-on (build/Code.js) running in the emulator: menu clicks and google.script.run calls run
 * its real global functions, alerts and prompts are answered in the browser, edits go through
 * the emulator as typed input, and the workbook is saved to playground/state/workbook.json.
 *
 * node:http only; serves 127.0.0.1 on PORT (default 8080). See playground/README.md.
 */
process.env.TZ = 'Europe/Moscow'; // the script's time zone (appsscript.json), before any Date is made

import { build } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { EXECUTIONS, type Operation } from './engine';
import { EmulatorHost, type Settlement } from './host';
import { attachmentDisposition, documentPage, formPage, messagePage, VIEWER_CSP, viewerPath } from './pages';
import type {
  DialogAnswerBody,
  DialogView,
  DocumentView,
  DownloadView,
  EditBody,
  ExecutionResponse,
  FormSubmitBody,
  FormView,
  ScriptRunBody,
} from './protocol';

export const DEFAULT_PORT = 8080;
const ROOT = resolve(__dirname, '..');
const CLIENT_DIR = join(__dirname, 'client');
const MAX_BODY = 1024 * 1024;

export interface PlaygroundOptions {
  /** 0 picks a free port. Default: PORT or 8080. */
  port?: number;
  host?: string;
  /** Where workbook.json lives. Default playground/state. */
  stateDir?: string;
  /** Folder with Code.js and Sidebar.html. Default build/. */
  buildDir?: string;
  /** The emulated clock follows real time (default true); false keeps the demo's fixed moment. */
  realClock?: boolean;
  /** How long an unanswered dialog waits before it is closed, ms (default 30 min). */
  dialogTimeoutMs?: number;
  log?: (line: string) => void;
}

export interface Playground {
  url: string;
  port: number;
  stateFile: string;
  close(): Promise<void>;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

interface ClientAssets {
  app: string;
  bridge: string;
  /** The document and form viewers' script (client/viewer.ts). */
  viewer: string;
}

/** The page's script and the sidebar's google.script.run bridge, bundled once. */
async function bundleClient(): Promise<ClientAssets> {
  const bundle = async (entry: string) => {
    const result = await build({
      entryPoints: [join(CLIENT_DIR, entry)],
      bundle: true,
      format: 'iife',
      platform: 'browser',
      target: 'es2020',
      charset: 'utf8',
      write: false,
      logLevel: 'silent',
      tsconfig: join(CLIENT_DIR, 'tsconfig.json'),
    });
    return result.outputFiles[0].text;
  };
  const [app, bridge, viewer] = await Promise.all([bundle('main.ts'), bundle('bridge.ts'), bundle('viewer.ts')]);
  return { app, bridge, viewer };
}

/** The sidebar's HTML with the bridge script first in <head>, so google.script exists before its scripts run. */
export function injectBridge(html: string, bridgeScript: string): string {
  const tag = `<script>${bridgeScript.replace(/<\/script/gi, '<\\/script')}</script>`;
  const head = /<head[^>]*>/i.exec(html);
  if (head) return html.slice(0, head.index + head[0].length) + tag + html.slice(head.index + head[0].length);
  return tag + html;
}

function send(
  res: ServerResponse,
  status: number,
  type: string,
  body: string | Buffer,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, {
    'Content-Type': type,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...headers,
  });
  res.end(body);
}

/** A viewer page (document or form): no inline script, nothing from another origin. */
function sendPage(res: ServerResponse, status: number, html: string): void {
  send(res, status, 'text/html; charset=utf-8', html, {
    'Content-Security-Policy': VIEWER_CSP,
    'Referrer-Policy': 'no-referrer',
  });
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));
}

function readBody(req: IncomingMessage): Promise<unknown> {
  return new Promise((resolvePromise, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new HttpError(413, 'Слишком большой запрос / request too large'));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => {
      try {
        resolvePromise(chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : {});
      } catch {
        reject(new HttpError(400, 'Тело запроса — не JSON / the body is not JSON'));
      }
    });
    req.on('error', reject);
  });
}

function toResponse(settlement: Settlement): ExecutionResponse {
  switch (settlement.type) {
    case 'dialog':
      return { status: 'dialog', dialog: settlement.dialog };
    case 'failed':
      return { status: 'done', ok: false, error: settlement.error };
    case 'done': {
      const result = settlement.value as { ok: boolean; value?: unknown; error?: { name: string; message: string } };
      return result.ok
        ? { status: 'done', ok: true, value: result.value ?? null }
        : { status: 'done', ok: false, error: result.error! };
    }
  }
}

export async function startPlayground(options: PlaygroundOptions = {}): Promise<Playground> {
  const log = options.log ?? ((line: string) => console.log(line));
  const buildDir = resolve(options.buildDir ?? join(ROOT, 'build'));
  if (!existsSync(join(buildDir, 'Code.js'))) {
    throw new Error(
      `Нет ${join(buildDir, 'Code.js')}: сначала соберите дополнение (npm run build).\n` +
        `No build/Code.js: run npm run build first.`,
    );
  }
  const stateFile = join(resolve(options.stateDir ?? join(__dirname, 'state')), 'workbook.json');
  const hostName = options.host ?? '127.0.0.1';
  const port = options.port ?? DEFAULT_PORT;
  // Listen first: a busy port is reported at once. Requests wait until the emulator is ready.
  let assets!: ClientAssets;
  let host!: EmulatorHost;
  let markReady!: () => void;
  const ready = new Promise<void>((r) => (markReady = r));

  /** Runs an operation that does not execute the add-on; refused while a dialog waits. */
  const query = async (op: Operation): Promise<unknown> => {
    const dialog = host.dialog;
    if (dialog) throw Object.assign(new HttpError(409, 'busy'), { dialog });
    const settlement = await host.request(op);
    if (settlement.type === 'failed') throw new HttpError(500, settlement.error.message);
    if (settlement.type === 'dialog') throw Object.assign(new HttpError(409, 'busy'), { dialog: settlement.dialog });
    return settlement.value;
  };

  /** Runs an execution; while another one waits on a dialog the page must answer that first. */
  const execute = async (op: Operation): Promise<ExecutionResponse> => {
    if (!EXECUTIONS.has(op.kind)) throw new Error(`not an execution: ${op.kind}`);
    const dialog = host.dialog;
    if (dialog) return { status: 'busy', dialog };
    return toResponse(await host.request(op));
  };

  const routes: Record<string, (req: IncomingMessage, url: URL, res: ServerResponse) => Promise<void>> = {
    'GET /': async (_req, _url, res) => send(res, 200, 'text/html; charset=utf-8', readFileSync(join(CLIENT_DIR, 'index.html'))),
    'GET /style.css': async (_req, _url, res) =>
      send(res, 200, 'text/css; charset=utf-8', readFileSync(join(CLIENT_DIR, 'style.css'))),
    'GET /app.js': async (_req, _url, res) => send(res, 200, 'text/javascript; charset=utf-8', assets.app),
    'GET /favicon.ico': async (_req, _url, res) => send(res, 204, 'text/plain', ''),
    'GET /viewer.js': async (_req, _url, res) => send(res, 200, 'text/javascript; charset=utf-8', assets.viewer),
    'GET /viewer.css': async (_req, _url, res) =>
      send(res, 200, 'text/css; charset=utf-8', readFileSync(join(CLIENT_DIR, 'viewer.css'))),
    'GET /api/document': async (_req, url, res) => {
      const doc = (await query({ kind: 'document', id: url.searchParams.get('id') ?? '' })) as DocumentView | null;
      if (!doc) throw new HttpError(404, 'Документ не найден.');
      sendJson(res, 200, doc);
    },
    // Drive's download link of an uploaded file (see download below).
    'GET /uc': (_req, url, res) => download(url, res),
    'GET /api/form': async (_req, url, res) => {
      const form = (await query({ kind: 'form', id: url.searchParams.get('id') ?? '' })) as FormView | null;
      if (!form) throw new HttpError(404, 'Форма не найдена: возможно, её удалили.');
      sendJson(res, 200, form);
    },
    'POST /api/form/submit': async (req, _url, res) => {
      const body = (await readBody(req)) as Partial<FormSubmitBody>;
      const answers = body.answers;
      if (
        typeof body.formId !== 'string' ||
        answers === null ||
        typeof answers !== 'object' ||
        Array.isArray(answers) ||
        (body.email !== undefined && typeof body.email !== 'string')
      ) {
        throw new HttpError(400, 'formId, answers, email?');
      }
      sendJson(res, 200, await execute({ kind: 'submitForm', body: { formId: body.formId, email: body.email, answers } }));
    },
    'GET /sidebar': async (_req, _url, res) => {
      const sidebar = (await query({ kind: 'sidebar' })) as { title: string; html: string } | null;
      if (!sidebar) return send(res, 404, 'text/plain; charset=utf-8', 'Боковая панель закрыта.');
      send(res, 200, 'text/html; charset=utf-8', injectBridge(sidebar.html, assets.bridge));
    },
    'GET /api/state': async (_req, url, res) => {
      const sheet = url.searchParams.get('sheet');
      const rows = url.searchParams.get('rows');
      const op: Operation = {
        kind: 'state',
        sheetId: sheet === null || sheet === '' ? undefined : Number(sheet),
        activate: url.searchParams.get('activate') === '1',
        minRows: rows ? Math.max(1, Math.min(Number(rows) || 0, 100000)) : undefined,
      };
      sendJson(res, 200, await query(op));
    },
    'POST /api/open': async (_req, _url, res) => sendJson(res, 200, await execute({ kind: 'open' })),
    'POST /api/run': async (req, _url, res) => {
      const body = (await readBody(req)) as { functionName?: unknown };
      if (typeof body.functionName !== 'string') throw new HttpError(400, 'functionName?');
      sendJson(res, 200, await execute({ kind: 'run', functionName: body.functionName }));
    },
    'POST /api/script-run': async (req, _url, res) => {
      const body = (await readBody(req)) as Partial<ScriptRunBody>;
      if (typeof body.name !== 'string' || !Array.isArray(body.args)) throw new HttpError(400, 'name, args?');
      sendJson(res, 200, await execute({ kind: 'scriptRun', name: body.name, args: body.args }));
    },
    'POST /api/dialog': async (req, _url, res) => {
      const body = (await readBody(req)) as DialogAnswerBody;
      const settled = host.answer(body);
      sendJson(res, 200, settled ? toResponse(await settled) : ({ status: 'stale' } satisfies ExecutionResponse));
    },
    'POST /api/edit': async (req, _url, res) => {
      const body = (await readBody(req)) as Partial<EditBody>;
      const input = body.input;
      if (
        typeof body.sheetId !== 'number' ||
        typeof body.row !== 'number' ||
        typeof body.column !== 'number' ||
        (typeof input !== 'string' && typeof input !== 'boolean')
      ) {
        throw new HttpError(400, 'sheetId, row, column, input?');
      }
      sendJson(
        res,
        200,
        await query({ kind: 'edit', edit: { sheetId: body.sheetId, row: body.row, column: body.column, input } }),
      );
    },
    'POST /api/sidebar/close': async (_req, _url, res) => sendJson(res, 200, await query({ kind: 'closeSidebar' })),
    'POST /api/reset': async (_req, _url, res) => {
      await host.closeDialogs();
      sendJson(res, 200, await execute({ kind: 'reset' }));
    },
  };

  /**
   * An uploaded file (the .docx copy of a Doc) at Drive's download link, as an attachment
   * named as on Drive. Read from the state: no service call.
   */
  const download = async (url: URL, res: ServerResponse): Promise<void> => {
    if (host.dialog) {
      return sendPage(
        res,
        409,
        messagePage('Дополнение ждёт ответа', 'В таблице открыт диалог дополнения: ответьте на него, затем скачайте файл снова.'),
      );
    }
    const file = (await query({ kind: 'download', id: url.searchParams.get('id') ?? '' })) as DownloadView | null;
    if (!file) {
      return sendPage(
        res,
        404,
        messagePage('Файл не найден', 'Такого файла нет на эмулированном Диске: возможно, демо сброшено.'),
      );
    }
    const bytes = Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength);
    const type = /^[\w.+-]+\/[\w.+-]+$/.test(file.mimeType) ? file.mimeType : 'application/octet-stream';
    send(res, 200, type, bytes, {
      'Content-Disposition': attachmentDisposition(file.name),
      'Content-Length': String(bytes.length),
      'Content-Security-Policy': "default-src 'none'; sandbox",
    });
  };

  /** A document or form opened in its own tab, at the path Google gives it. */
  const viewer = async (target: NonNullable<ReturnType<typeof viewerPath>>, res: ServerResponse): Promise<void> => {
    if (host.dialog) {
      return sendPage(
        res,
        409,
        messagePage(
          'Дополнение ждёт ответа',
          'В таблице открыт диалог дополнения: ответьте на него, затем обновите эту страницу.',
        ),
      );
    }
    if (target.kind === 'form') {
      const form = (await query({ kind: 'form', id: target.id })) as FormView | null;
      if (!form)
        return sendPage(
          res,
          404,
          messagePage('Форма не найдена', 'Такой формы нет на эмулированном Диске: возможно, её удалили или демо сброшено.'),
        );
      return sendPage(res, 200, formPage());
    }
    const doc = (await query({ kind: 'document', id: target.id })) as DocumentView | null;
    if (!doc)
      return sendPage(
        res,
        404,
        messagePage(
          'Документ не найден',
          'Такого документа нет на эмулированном Диске: возможно, его удалили или демо сброшено.',
        ),
      );
    sendPage(res, 200, documentPage(doc));
  };

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const target = req.method === 'GET' ? viewerPath(url.pathname) : null;
    const route = target
      ? (_req: IncomingMessage, _url: URL, response: ServerResponse) => viewer(target, response)
      : routes[`${req.method} ${url.pathname}`];
    if (!route) return send(res, 404, 'text/plain; charset=utf-8', 'Не найдено / not found');
    // Only this machine's pages: no other host name (DNS rebinding), and POSTs only as JSON,
    // which a page of another origin cannot send without a CORS preflight this server refuses.
    const hostHeader = (req.headers.host ?? '').replace(/:\d+$/, '');
    if (!['127.0.0.1', 'localhost', '[::1]', hostName].includes(hostHeader)) {
      return send(res, 403, 'text/plain; charset=utf-8', 'Запрещено / forbidden');
    }
    if (req.method === 'POST' && !/^application\/json\b/.test(req.headers['content-type'] ?? '')) {
      return sendJson(res, 415, { error: 'Нужен Content-Type: application/json' });
    }
    ready
      .then(() => route(req, url, res))
      .catch((error: unknown) => {
        if (res.headersSent) return res.end();
        if (error instanceof HttpError) {
          const dialog = (error as HttpError & { dialog?: DialogView }).dialog;
          if (dialog) return sendJson(res, 409, { status: 'busy', dialog } satisfies ExecutionResponse);
          return sendJson(res, error.status, { error: error.message });
        }
        log(`Ошибка сервера / server error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        sendJson(res, 500, { error: error instanceof Error ? error.message : String(error) });
      });
  });

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(port, hostName, () => {
      server.off('error', reject);
      resolveListen();
    });
  });
  try {
    [assets, host] = await Promise.all([
      bundleClient(),
      EmulatorHost.start({ buildDir, stateFile, realClock: options.realClock, dialogTimeoutMs: options.dialogTimeoutMs, log }),
    ]);
  } catch (error) {
    server.closeAllConnections();
    server.close();
    throw error;
  }
  markReady();
  const actualPort = (server.address() as AddressInfo).port;
  return {
    url: `http://${hostName}:${actualPort}/`,
    port: actualPort,
    stateFile,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
      await host.stop();
    },
  };
}

async function main(): Promise<void> {
  const port = process.env.PORT ? Number(process.env.PORT) : DEFAULT_PORT;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`PORT=${process.env.PORT}: нужен номер порта от 0 до 65535 / PORT must be a port number.`);
    process.exit(1);
  }
  let playground: Playground;
  try {
    playground = await startPlayground({ port });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      console.error(
        `Порт ${port} занят: песочница не запущена. Укажите другой порт, например: PORT=${port + 1} npm start\n` +
          `Port ${port} is already in use; the playground did not start. Choose another, e.g. PORT=${port + 1} npm start`,
      );
    } else console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
  console.log(
    `Песочница «Наставничество» работает: ${playground.url}\n` +
      `The playground is running at ${playground.url}\n` +
      `Состояние / state: ${playground.stateFile}\n` +
      `Остановить / stop: Ctrl+C`,
  );
  const stop = () => {
    void playground.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (require.main === module) void main();
