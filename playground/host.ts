/**
 * The main thread's side of the emulator worker (playground/worker.ts): sends operations,
 * waits for their outcome, and carries dialog answers to the blocked worker (a MessagePort
 * for the answer, a SharedArrayBuffer flag and Atomics.notify to wake it).
 *
 * An operation settles with 'done', 'failed', or 'dialog' (the add-on waits for an answer);
 * answering a dialog gives the next settlement of the same operation. If the worker dies it
 * is started again from the saved state, and waiting requests fail with a clear message.
 */
import { build } from 'esbuild';
import { join } from 'node:path';
import { MessageChannel, type MessagePort, Worker } from 'node:worker_threads';
import type { Operation } from './engine';
import type { ButtonName, ButtonSetName, DialogAnswerBody, DialogView } from './protocol';
import type { WorkerData, WorkerEvent, WorkerRequest } from './worker';

export interface HostOptions {
  buildDir: string;
  stateFile: string | null;
  dialogTimeoutMs?: number;
  realClock?: boolean;
  log: (line: string) => void;
}

/** How an operation settled (one step: a dialog may follow another). */
export type Settlement =
  | { type: 'done'; value: unknown }
  | { type: 'failed'; error: { name: string; message: string } }
  | { type: 'dialog'; dialog: DialogView };

const BUTTONS: Record<ButtonSetName, ButtonName[]> = {
  OK: ['OK'],
  OK_CANCEL: ['OK', 'CANCEL'],
  YES_NO: ['YES', 'NO'],
  YES_NO_CANCEL: ['YES', 'NO', 'CANCEL'],
};

let workerCode: Promise<string> | null = null;

/** The worker bundled into one CommonJS script (once per process). */
function bundleWorker(): Promise<string> {
  workerCode ??= build({
    entryPoints: [join(__dirname, 'worker.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    write: false,
    logLevel: 'silent',
    // Run with eval, the bundle has no file of its own: give the emulator its real folder.
    define: { __dirname: JSON.stringify(join(__dirname, '..', 'emulator')) },
  }).then((r) => r.outputFiles[0].text);
  return workerCode;
}

export class EmulatorHost {
  private worker!: Worker;
  private answers!: MessagePort;
  private flag!: Int32Array;
  private nextId = 1;
  private readonly waiters = new Map<number, (s: Settlement) => void>();
  /** The dialog the add-on waits on, with the operation it belongs to. */
  private pending: { id: number; dialog: DialogView } | null = null;
  private stopping = false;

  private constructor(
    private readonly options: HostOptions,
    private readonly code: string,
  ) {}

  static async start(options: HostOptions): Promise<EmulatorHost> {
    const host = new EmulatorHost(options, await bundleWorker());
    await host.spawn();
    return host;
  }

  /** The dialog waiting for an answer, if any. */
  get dialog(): DialogView | null {
    return this.pending?.dialog ?? null;
  }

  /** Sends an operation; resolves at its first settlement. */
  request(op: Operation): Promise<Settlement> {
    const id = this.nextId++;
    const settled = new Promise<Settlement>((resolve) => this.waiters.set(id, resolve));
    const message: WorkerRequest = { id, op };
    this.worker.postMessage(message);
    return settled;
  }

  /**
   * Hands the person's answer to the waiting add-on; resolves at the operation's next
   * settlement. Null when that dialog is no longer waiting.
   */
  answer(body: DialogAnswerBody): Promise<Settlement> | null {
    const pending = this.pending;
    if (!pending || pending.dialog.seq !== body.seq) return null;
    const allowed = [...BUTTONS[pending.dialog.buttons], 'CLOSE'];
    if (!allowed.includes(body.button)) return null;
    this.pending = null;
    const settled = new Promise<Settlement>((resolve) => this.waiters.set(pending.id, resolve));
    const answer: DialogAnswerBody = { seq: body.seq, button: body.button, text: typeof body.text === 'string' ? body.text : '' };
    this.answers.postMessage(answer);
    Atomics.store(this.flag, 0, 1);
    Atomics.notify(this.flag, 0);
    return settled;
  }

  /** Closes every waiting dialog (CLOSE) until the add-on is done, e.g. before a reset. */
  async closeDialogs(): Promise<void> {
    for (let guard = 0; this.pending && guard < 100; guard++) {
      await this.answer({ seq: this.pending.dialog.seq, button: 'CLOSE' });
    }
  }

  async stop(): Promise<void> {
    this.stopping = true;
    await this.worker.terminate();
  }

  private spawn(): Promise<void> {
    const signal = new SharedArrayBuffer(4);
    this.flag = new Int32Array(signal);
    const channel = new MessageChannel();
    this.answers = channel.port1;
    const data: WorkerData = {
      signal,
      answers: channel.port2,
      buildDir: this.options.buildDir,
      stateFile: this.options.stateFile,
      dialogTimeoutMs: this.options.dialogTimeoutMs ?? 30 * 60 * 1000,
      realClock: this.options.realClock ?? true,
    };
    const worker = new Worker(this.code, { eval: true, workerData: data, transferList: [channel.port2] });
    this.worker = worker;
    return new Promise((resolve, reject) => {
      let ready = false;
      worker.on('message', (event: WorkerEvent) => {
        if (event.type === 'ready') {
          ready = true;
          resolve();
        } else if (event.type === 'fatal') {
          reject(new Error(`Эмулятор не запустился / the emulator failed to start:\n${event.message}`));
        } else if (event.type === 'log') {
          this.options.log(event.line);
        } else this.settle(event);
      });
      worker.on('error', (error) => {
        if (!ready) reject(error);
        else this.options.log(`Ошибка эмулятора / emulator error: ${error.stack ?? error.message}`);
      });
      worker.on('exit', () => {
        if (this.worker !== worker) return;
        this.failAll('Эмулятор остановился; он перезапущен с последнего сохранённого состояния. Повторите действие.');
        if (!this.stopping && ready) {
          this.options.log('Эмулятор остановился и перезапущен / the emulator stopped and was restarted.');
          this.spawn().catch((e: Error) => this.options.log(e.message));
        }
      });
    });
  }

  private settle(event: Exclude<WorkerEvent, { type: 'ready' | 'fatal' | 'log' }>): void {
    if (event.type === 'dialogExpired') {
      if (this.pending?.dialog.seq === event.seq) this.pending = null;
      return;
    }
    let settlement: Settlement;
    if (event.type === 'dialog') {
      const dialog = event.dialog as DialogView;
      this.pending = { id: event.id, dialog };
      settlement = { type: 'dialog', dialog };
    } else if (event.type === 'done') settlement = { type: 'done', value: event.value };
    else settlement = { type: 'failed', error: event.error };
    const waiter = this.waiters.get(event.id);
    this.waiters.delete(event.id);
    waiter?.(settlement);
  }

  private failAll(message: string): void {
    this.pending = null;
    for (const waiter of this.waiters.values()) waiter({ type: 'failed', error: { name: 'Error', message } });
    this.waiters.clear();
  }
}
