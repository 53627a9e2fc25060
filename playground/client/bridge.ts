/**
 * google.script.run and google.script.host for the sidebar's iframe, injected at the top of
 * build/Sidebar.html by the playground server. Each call POSTs {name, args} to /api/script-run
 * with the arguments tagged (see playground/wire.ts) so that the server sees a Date as a Date
 * and refuses it as Google does. Dialogs the call opens are shown by the page around the
 * iframe (window.parent.playground). Handlers run asynchronously, as Google's do.
 */
import type { ExecutionResponse } from '../protocol';
import { encodeArgument } from '../wire';

type Handler = (value: unknown, userObject?: unknown) => void;

interface RunnerConfig {
  success: Handler | null;
  failure: Handler | null;
  userObject: unknown;
  hasUserObject: boolean;
}

/** What the page around the sidebar offers (see main.ts). */
interface PageApi {
  /** Shows dialogs and answers them until the execution is done; 'busy' answers the other one's first. */
  settle(response: ExecutionResponse): Promise<ExecutionResponse>;
  /** Reloads the grid and the panels after an execution. */
  refresh(): Promise<void>;
  closeSidebar(): void;
}

function page(): PageApi | null {
  try {
    return (window.parent as unknown as { playground?: PageApi }).playground ?? null;
  } catch {
    return null;
  }
}

/** A <form> becomes an object of its named fields' values, as google.script.run does. */
function formToObject(form: HTMLFormElement): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const element of Array.from(form.elements) as HTMLInputElement[]) {
    if (!element.name || element.disabled) continue;
    if ((element.type === 'checkbox' || element.type === 'radio') && !element.checked) continue;
    if (element.type === 'file') continue; // files are not supported by the playground
    const value = element.value;
    const prev = out[element.name];
    out[element.name] = prev === undefined ? value : Array.isArray(prev) ? [...prev, value] : [prev, value];
  }
  return out;
}

/** Tags a value for the wire (playground/wire.ts decodes it); a <form> goes as its fields. */
function encode(value: unknown): unknown {
  return encodeArgument(value, (v) => (v instanceof HTMLFormElement ? formToObject(v) : v));
}

async function post(url: string, body: unknown): Promise<ExecutionResponse> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  const json = (await response.json()) as ExecutionResponse & { error?: unknown };
  if (!response.ok && response.status !== 409) throw new Error(String(json.error ?? `HTTP ${response.status}`));
  return json;
}

/** Falls back to the browser's own dialogs if the sidebar is opened on its own. */
async function settleAlone(first: ExecutionResponse): Promise<ExecutionResponse> {
  let response = first;
  while (response.status === 'dialog' || response.status === 'busy') {
    const d = response.dialog;
    const text = d.kind === 'prompt' ? window.prompt(`${d.title}\n${d.prompt}`) : null;
    const ok = d.kind === 'prompt' ? text !== null : window.confirm(`${d.title}\n${d.prompt}`);
    const button = ok ? (d.buttons.startsWith('YES') ? 'YES' : 'OK') : d.buttons === 'OK' ? 'OK' : 'CLOSE';
    const answered = await post('/api/dialog', { seq: d.seq, button, text: text ?? '' });
    if (response.status === 'busy') return { status: 'busy', dialog: d };
    response = answered;
  }
  return response;
}

async function invoke(name: string, args: unknown[]): Promise<unknown> {
  const body = { name, args: args.map(encode) };
  const api = page();
  for (let attempt = 0; attempt < 20; attempt++) {
    const first = await post('/api/script-run', body);
    const final = api ? await api.settle(first) : await settleAlone(first);
    if (final.status === 'busy') continue; // another execution's dialog was answered first: ask again
    if (final.status === 'stale') throw new Error('Диалог дополнения закрыт в другом окне; результат вызова неизвестен.');
    if (api) void api.refresh();
    if (final.status === 'done') {
      if (final.ok) return final.value;
      const error = new Error(final.error.message);
      error.name = final.error.name;
      throw error;
    }
  }
  throw new Error('Сервер занят другим действием. Повторите попытку.');
}

function runner(config: RunnerConfig): unknown {
  return new Proxy(
    {},
    {
      get(_target, prop) {
        if (typeof prop !== 'string') return undefined;
        if (prop === 'withSuccessHandler') return (fn: Handler) => runner({ ...config, success: fn });
        if (prop === 'withFailureHandler') return (fn: Handler) => runner({ ...config, failure: fn });
        if (prop === 'withUserObject') return (obj: unknown) => runner({ ...config, userObject: obj, hasUserObject: true });
        if (prop === 'then') return undefined; // not a promise
        return (...args: unknown[]) => {
          const call = (fn: Handler, value: unknown) => (config.hasUserObject ? fn(value, config.userObject) : fn(value));
          invoke(prop, args).then(
            (value) => {
              if (config.success) call(config.success, value);
            },
            (error: unknown) => {
              if (config.failure) call(config.failure, error);
              else console.error(error);
            },
          );
        };
      },
    },
  );
}

const host = {
  close(): void {
    page()?.closeSidebar();
  },
  setHeight(_height: number): void {},
  setWidth(_width: number): void {},
  editor: { focus(): void {} },
  origin: window.location.origin,
};

(window as unknown as { google: unknown }).google = {
  script: {
    run: runner({ success: null, failure: null, userObject: undefined, hasUserObject: false }),
    host,
  },
};
