/**
 * The worker thread that owns the emulator. An add-on's ui.alert() is synchronous, so its
 * answer must arrive while the execution is still on the stack: the DialogResponder posts the
 * dialog to the main thread, then blocks in Atomics.wait on a shared flag. When the person
 * answers in the browser, the main thread posts the answer on a MessagePort and raises the
 * flag; the worker wakes, takes the answer with receiveMessageOnPort and returns it to the
 * add-on, which carries on. One operation at a time, in the order they arrive.
 *
 * Bundled by esbuild at server start (playground/host.ts) and run with `eval`.
 */
import { type MessagePort, parentPort, receiveMessageOnPort, workerData } from 'node:worker_threads';
import type { DialogAnswer, DialogResponder } from '../emulator';
import { Engine, type Operation } from './engine';
import type { DialogAnswerBody } from './protocol';

process.env.TZ = 'Europe/Moscow';

export interface WorkerData {
  /** Int32Array over it: slot 0 is raised (1) when an answer was posted on `answers`. */
  signal: SharedArrayBuffer;
  answers: MessagePort;
  buildDir: string;
  stateFile: string | null;
  /** How long a dialog may wait for its answer; then it is closed (CLOSE). */
  dialogTimeoutMs: number;
  realClock: boolean;
}

/** Messages to the main thread. `id` is the operation's. */
export type WorkerEvent =
  | { type: 'ready' }
  | { type: 'fatal'; message: string }
  | { type: 'log'; line: string }
  | { id: number; type: 'done'; value: unknown }
  | { id: number; type: 'failed'; error: { name: string; message: string } }
  | {
      id: number;
      type: 'dialog';
      dialog: { seq: number; kind: 'alert' | 'prompt'; title: string; prompt: string; buttons: string };
    }
  | { id: number; type: 'dialogExpired'; seq: number };

export interface WorkerRequest {
  id: number;
  op: Operation;
}

const port = parentPort!;
const data = workerData as WorkerData;
const flag = new Int32Array(data.signal);
const post = (event: WorkerEvent) => port.postMessage(event);

let currentOperation = 0;
// Dialog numbers start from the clock so they never repeat after a restart of the worker.
let dialogSeq = Date.now();

const responder: DialogResponder = (request) => {
  const seq = ++dialogSeq;
  const id = currentOperation;
  Atomics.store(flag, 0, 0);
  post({ id, type: 'dialog', dialog: { seq, ...request } });
  const deadline = Date.now() + data.dialogTimeoutMs;
  for (;;) {
    const left = deadline - Date.now();
    if (left <= 0) {
      post({ id, type: 'dialogExpired', seq });
      return { button: 'CLOSE' };
    }
    Atomics.wait(flag, 0, 0, left);
    Atomics.store(flag, 0, 0);
    // Answers to older dialogs (answered twice, or after they expired) are dropped.
    for (let message = receiveMessageOnPort(data.answers); message; message = receiveMessageOnPort(data.answers)) {
      const answer = message.message as DialogAnswerBody;
      if (answer.seq === seq) {
        const result: DialogAnswer = { button: answer.button };
        if (request.kind === 'prompt') result.text = answer.text ?? '';
        return result;
      }
    }
  }
};

let engine: Engine;
try {
  engine = new Engine({
    buildDir: data.buildDir,
    stateFile: data.stateFile,
    responder,
    realClock: data.realClock,
    log: (line) => post({ type: 'log', line }),
  });
  port.on('message', (request: WorkerRequest) => {
    currentOperation = request.id;
    try {
      post({ id: request.id, type: 'done', value: engine.handle(request.op) });
    } catch (e) {
      const error = e as Error;
      post({
        id: request.id,
        type: 'failed',
        error: { name: String(error?.name ?? 'Error'), message: String(error?.message ?? e) },
      });
    }
  });
  post({ type: 'ready' });
} catch (e) {
  post({ type: 'fatal', message: e instanceof Error ? (e.stack ?? e.message) : String(e) });
}
