/**
 * What the playground shows of the files the add-on made and of a sheet's charts, read from
 * the emulator's state (never counted): a Google Doc as docToHtml's A4 pages, the .docx copy
 * kept beside it and the bytes of any uploaded file for download, a Google Form as its
 * respondent's view, the answers a form page sends turned into Emulator.submitForm's, and
 * embedded charts with the values their ranges hold now. Runs in the worker, with the state.
 */
import {
  type AnswerValue,
  type CellValue,
  type ChartSpec,
  chartSpecs,
  DOCX_MIME_TYPE,
  docToHtml,
  type DriveFileState,
  driveFileBytes,
  type DriveState,
  type EmulatorState,
  type FormState,
  FormSubmitError,
  type JsonValue,
  type SheetState,
  type SpreadsheetState,
} from '../emulator';
import { driveFileById } from '../emulator/drive/state';
import type { ChartView, DocumentView, DownloadView, DriveFileRef, FormAnswerView, FormItemType, FormView } from './protocol';

function own<T>(record: Record<string, T>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

function folderOf(drive: DriveState, fileId: string): { folder: string; trashed: boolean } {
  const file = drive.files.find((f) => f.id === fileId);
  const folder = file ? drive.folders.find((d) => d.id === file.parentId) : undefined;
  return { folder: folder ? folder.name : '', trashed: file?.trashed === true };
}

// ---------- documents and their .docx copies ----------

/** An uploaded file: Drive keeps its bytes (a Google file's content is its document instead). */
export function isUpload(file: DriveFileState): boolean {
  return file.content !== undefined;
}

function copyKey(folderId: string, name: string): string {
  return `${folderId}\n${name}`;
}

/**
 * The .docx copies on Drive by folder and name: what the add-on keeps beside a Doc when
 * «Копии .docx для архива» is «да» (src/gas/googleDocs.ts keepDocxFile), an upload named
 * «<Doc name>.docx» in the Doc's folder. Live ones only; of two of a name, the newer.
 */
export function docxCopies(drive: DriveState): (doc: DriveFileState) => DriveFileRef | null {
  const copies = new Map<string, DriveFileState>();
  for (const file of drive.files) {
    if (file.trashed || !isUpload(file) || file.mimeType !== DOCX_MIME_TYPE) continue;
    const key = copyKey(file.parentId, file.name);
    const known = copies.get(key);
    if (!known || file.createdAt >= known.createdAt) copies.set(key, file);
  }
  return (doc) => {
    const copy = copies.get(copyKey(doc.parentId, `${doc.name}.docx`));
    return copy ? { id: copy.id, name: copy.name } : null;
  };
}

/** The document as print-ready pages, with its .docx copy if one is kept; null when there is none with this id. */
export function documentView(state: EmulatorState, id: string): DocumentView | null {
  const doc = own(state.docs.documents, id);
  if (!doc) return null;
  const file = driveFileById(state.drive, id);
  const docx = file ? docxCopies(state.drive)(file) : null;
  return { id, name: doc.name, html: docToHtml(doc), ...folderOf(state.drive, id), docx };
}

/** The bytes of an uploaded file (a .docx copy) to download, or null for a Google file or no file. */
export function downloadView(state: EmulatorState, id: string): DownloadView | null {
  const file = driveFileById(state.drive, id);
  const bytes = driveFileBytes(state.drive, id);
  return file && bytes ? { name: file.name, mimeType: file.mimeType, bytes } : null;
}

// ---------- forms ----------

/** A form found by its id or by the id of its published (respondent) link. */
export function findForm(state: EmulatorState, id: string): FormState | null {
  const byId = own(state.forms.forms, id);
  if (byId) return byId;
  return Object.values(state.forms.forms).find((f) => f.publishedId === id) ?? null;
}

export function formView(state: EmulatorState, id: string): FormView | null {
  const form = findForm(state, id);
  if (!form) return null;
  return {
    id: form.id,
    publishedId: form.publishedId,
    title: form.title,
    description: form.description,
    confirmationMessage: form.confirmationMessage,
    collectEmail: form.collectEmail,
    progressBar: form.progressBar,
    accepting: form.published && form.acceptingResponses,
    closedMessage: form.closedMessage ?? '',
    items: form.items.map((i) => ({
      id: i.id,
      type: i.type as FormItemType,
      title: i.title,
      helpText: i.helpText,
      required: i.required,
      choices: [...i.choices],
      hasOther: i.hasOther,
      lower: i.lower,
      upper: i.upper,
      leftLabel: i.leftLabel,
      rightLabel: i.rightLabel,
      rows: [...i.rows],
      columns: [...i.columns],
      includesYear: i.includesYear,
    })),
  };
}

/** The page's answers as Emulator.submitForm takes them: a date becomes a Date at local midnight. */
export function submittedAnswers(form: FormState, answers: Record<string, FormAnswerView>): Record<string, AnswerValue> {
  const out: Record<string, AnswerValue> = {};
  for (const [key, value] of Object.entries(answers ?? {})) {
    const item = form.items.find((i) => String(i.id) === key);
    if (!item) throw new FormSubmitError(`the form has no question "${key}"`);
    let answer: AnswerValue = value as AnswerValue;
    if (item.type === 'DATE' && typeof value === 'string') {
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
      if (!m) throw new FormSubmitError(`answer ${JSON.stringify(value)} to "${item.title}" (DATE): expected a valid Date`);
      answer = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
    }
    Object.defineProperty(out, key, { value: answer, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/** A refusal of the form page (FormSubmitError, in English) in the respondent's language. */
export function russianSubmitError(error: FormSubmitError, form: FormState | null): string {
  const text = error.message.replace(/^emulator: /, '');
  const title = (name: string) => `«${name}»`;
  let m: RegExpExecArray | null;
  if (/^no form with id/.test(text)) return 'Форма не найдена: возможно, её удалили.';
  if (/is not published/.test(text)) return 'Форма не опубликована: ответить на неё нельзя.';
  if (/is not accepting responses/.test(text))
    return form?.closedMessage || `Форма ${form ? title(form.title) : ''} больше не принимает ответы.`.replace('  ', ' ');
  if (/collects e-mails/.test(text)) return 'Укажите действительный адрес электронной почты.';
  if ((m = /^required question\(s\) not answered: (.*)$/.exec(text))) {
    const names = m[1].split(/", "/).map((s) => s.replace(/^"|"$/g, ''));
    return `Нет ответа на обязательные вопросы: ${names.map(title).join(', ')}.`;
  }
  if ((m = /^answer .* to "(.*)" \([A-Z_]+\): (.*)$/.exec(text))) {
    const why = m[2];
    const detail = /every row/.test(why)
      ? 'нужен ответ в каждой строке'
      : /not one of the choices/.test(why)
        ? 'такого варианта ответа нет (возможно, форму изменили — обновите страницу)'
        : /integer from (\d+) to (\d+)/.test(why)
          ? `нужно целое число от ${/from (\d+)/.exec(why)![1]} до ${/to (\d+)/.exec(why)![1]}`
          : /Date/.test(why)
            ? 'нужна дата'
            : 'ответ не подходит к вопросу';
    return `Ответ на вопрос ${title(m[1])} не принят: ${detail}.`;
  }
  if (/has no question/.test(text)) return 'Форма изменилась, пока страница была открыта: обновите страницу и ответьте снова.';
  if (/answered twice/.test(text)) return 'На один вопрос пришло два ответа: обновите страницу и ответьте снова.';
  return `Форма не приняла ответ (${text}).`;
}

// ---------- charts ----------

const DEFAULT_WIDTH = 600;
const DEFAULT_HEIGHT = 371;
const LEGEND = new Set<ChartView['legend']>(['right', 'bottom', 'top', 'left', 'none']);

/** An option by its dotted name, set flat (`'hAxis.title'`) or nested (`hAxis: {title}`). */
function option(options: Record<string, JsonValue>, path: string): JsonValue | undefined {
  const flat = own(options, path);
  if (flat !== undefined) return flat;
  let node: JsonValue | undefined = options;
  for (const part of path.split('.')) {
    if (node === null || typeof node !== 'object' || Array.isArray(node)) return undefined;
    node = own(node as Record<string, JsonValue>, part);
  }
  return node;
}

function text(value: JsonValue | undefined): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

function size(value: JsonValue | undefined, fallback: number, max: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 50 ? Math.min(value, max) : fallback;
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/** A label cell as Sheets shows it (ru: dates ДД.ММ.ГГГГ, decimal comma). */
function labelText(value: CellValue): string {
  if (value instanceof Date) return `${pad2(value.getDate())}.${pad2(value.getMonth() + 1)}.${value.getFullYear()}`;
  if (typeof value === 'number') return String(value).replace('.', ',');
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return value === null || value === undefined ? '' : String(value);
}

function numberOf(value: CellValue): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** The chart's table: its ranges side by side when they have the same height, else the first. */
function table(spec: ChartSpec): CellValue[][] {
  const blocks = spec.data.filter((d): d is CellValue[][] => Array.isArray(d) && d.length > 0);
  if (!blocks.length) return [];
  if (blocks.length > 1 && blocks.every((b) => b.length === blocks[0].length)) {
    return blocks[0].map((_, r) => blocks.flatMap((b) => b[r]));
  }
  return blocks[0];
}

export function chartView(spec: ChartSpec): ChartView {
  const rows = table(spec);
  const width = Math.max(0, ...rows.map((r) => r.length));
  // Sheets guesses one header row when the first row's value cells hold text and numbers follow.
  let headers = spec.numHeaders;
  if (headers < 0) {
    const first = rows[0] ?? [];
    const textual = first.slice(width > 1 ? 1 : 0).every((v) => typeof v === 'string' && v !== '');
    headers = rows.length > 1 && first.length > 0 && textual ? 1 : 0;
  }
  headers = Math.min(Math.max(0, headers), rows.length);
  const body = rows.slice(headers);
  const labelled = width > 1;
  const labels = body.map((r, i) => (labelled ? labelText(r[0]) : String(i + 1)));
  const series = [];
  for (let c = labelled ? 1 : 0; c < width; c++) {
    const name =
      headers > 0
        ? rows
            .slice(0, headers)
            .map((r) => labelText(r[c]))
            .filter(Boolean)
            .join(' ')
        : '';
    series.push({ name: name || `Ряд ${series.length + 1}`, values: body.map((r) => numberOf(r[c])) });
  }
  const options = spec.options;
  const legendOption = option(options, 'legend.position') ?? option(options, 'legend');
  const legend =
    typeof legendOption === 'string' && LEGEND.has(legendOption as ChartView['legend'])
      ? (legendOption as ChartView['legend'])
      : 'right';
  const colors = option(options, 'colors');
  const hole = option(options, 'pieHole');
  return {
    chartId: spec.chartId,
    type: spec.type,
    title: text(option(options, 'title')),
    anchor: { ...spec.position },
    width: size(option(options, 'width'), DEFAULT_WIDTH, 2000),
    height: size(option(options, 'height'), DEFAULT_HEIGHT, 2000),
    labels,
    series,
    legend,
    hAxisTitle: text(option(options, 'hAxis.title')),
    vAxisTitle: text(option(options, 'vAxis.title')),
    pieHole: typeof hole === 'number' && hole > 0 && hole < 1 ? hole : 0,
    colors: Array.isArray(colors) ? colors.filter((c): c is string => typeof c === 'string' && /^#[0-9a-f]{3,8}$/i.test(c)) : [],
    stacked: option(options, 'isStacked') === true,
  };
}

/** The embedded charts of one sheet, ready to draw. */
export function chartViews(ss: SpreadsheetState, sheet: SheetState): ChartView[] {
  if (!sheet.charts?.length) return [];
  return chartSpecs(ss, sheet.name).map(chartView);
}
