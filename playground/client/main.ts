/**
 * The playground page: a Sheets-like window over the emulated workbook. Every piece of data
 * goes into the DOM as text (textContent), never as HTML.
 *
 * The add-on's menu sits under «Расширения» → «Наставничество», as Sheets places add-on
 * menus; a hint in the toolbar opens it. Alerts and prompts of the add-on appear as modal
 * dialogs: the server holds the execution until the answer is posted.
 */
import type {
  ButtonName,
  CellView,
  ChartView,
  DialogView,
  EditResponse,
  ExecutionResponse,
  MenuEntryView,
  SheetView,
  WorkbookView,
} from '../protocol';
import { drawChart } from './charts';
import { CHANNEL, cellLink, downloadHref, fileHref, type LocalLink } from './links';

// ---------- small DOM helpers ----------

function $(id: string): HTMLElement {
  const node = document.getElementById(id);
  if (!node) throw new Error(`#${id} missing`);
  return node;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function columnLetters(column: number): string {
  let s = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

// ---------- server calls ----------

class HttpFailure extends Error {}

async function fetchJson(method: 'GET' | 'POST', path: string, body?: unknown): Promise<{ status: number; json: unknown }> {
  const response = await fetch(path, {
    method,
    headers: body === undefined ? undefined : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, json: await response.json() };
}

/** A request that does not run the add-on; if a dialog of the add-on waits, it is answered first. */
async function query<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const { status, json } = await fetchJson(method, path, body);
    if (status === 409 && (json as ExecutionResponse).status === 'busy') {
      await settle(json as ExecutionResponse);
      continue;
    }
    if (status >= 400) throw new HttpFailure((json as { error?: string }).error ?? `HTTP ${status}`);
    return json as T;
  }
  throw new HttpFailure('Сервер занят: повторите действие.');
}

/** Runs the add-on (menu item, reset, open) and answers its dialogs until it is done. */
async function execute(path: string, body: unknown = {}): Promise<ExecutionResponse> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const { json } = await fetchJson('POST', path, body);
    const final = await settle(json as ExecutionResponse);
    if (final.status !== 'busy') return final;
  }
  throw new HttpFailure('Сервер занят: повторите действие.');
}

// ---------- dialogs ----------

const BUTTON_LABEL: Record<ButtonName, string> = { OK: 'ОК', CANCEL: 'Отмена', YES: 'Да', NO: 'Нет', CLOSE: 'Закрыть' };
const BUTTONS: Record<DialogView['buttons'], ButtonName[]> = {
  OK: ['OK'],
  OK_CANCEL: ['OK', 'CANCEL'],
  YES_NO: ['YES', 'NO'],
  YES_NO_CANCEL: ['YES', 'NO', 'CANCEL'],
};

interface ModalButton<T> {
  label: string;
  value: T;
  primary?: boolean;
}

let openModals = 0;

/** A modal dialog; resolves with the button's value (the close box and Escape give `closeValue`). */
function modal<T>(options: {
  title: string;
  message: string;
  buttons: ModalButton<T>[];
  closeValue: T;
  input?: boolean;
  kind?: string;
}): Promise<{ value: T; text: string }> {
  return new Promise((resolve) => {
    openModals++;
    const backdrop = el('div', 'backdrop');
    const box = el('div', 'modal');
    box.setAttribute('role', 'dialog');
    box.setAttribute('aria-modal', 'true');
    if (options.kind) box.dataset.kind = options.kind;
    const close = el('button', 'icon close', '×');
    close.type = 'button';
    close.setAttribute('aria-label', 'Закрыть');
    if (options.title) box.append(el('h2', undefined, options.title));
    box.append(close, el('p', 'msg', options.message));
    let input: HTMLInputElement | null = null;
    if (options.input) {
      input = el('input');
      input.type = 'text';
      box.append(input);
    }
    const row = el('div', 'buttons');
    const done = (value: T) => {
      openModals--;
      backdrop.remove();
      document.removeEventListener('keydown', onKey, true);
      resolve({ value, text: input ? input.value : '' });
      if (!openModals) focusGrid();
    };
    for (const b of options.buttons) {
      const button = el('button', b.primary ? 'primary' : undefined, b.label);
      button.type = 'button';
      button.addEventListener('click', () => done(b.value));
      row.append(button);
    }
    box.append(row);
    close.addEventListener('click', () => done(options.closeValue));
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        done(options.closeValue);
      } else if (event.key === 'Enter' && (document.activeElement === input || !input)) {
        event.preventDefault();
        const primary = options.buttons.find((b) => b.primary) ?? options.buttons[0];
        done(primary.value);
      }
      event.stopPropagation();
    };
    document.addEventListener('keydown', onKey, true);
    backdrop.append(box);
    document.body.append(backdrop);
    (input ?? row.querySelector<HTMLButtonElement>('button.primary') ?? close).focus();
  });
}

function message(title: string, text: string): Promise<unknown> {
  return modal({ title, message: text, buttons: [{ label: 'ОК', value: true, primary: true }], closeValue: true });
}

/** One answer per dialog, however many requests met it (the page's and the sidebar's). */
const answers = new Map<number, Promise<ExecutionResponse>>();

function answerOnce(dialog: DialogView): Promise<ExecutionResponse> {
  let answered = answers.get(dialog.seq);
  if (!answered) {
    const buttons = BUTTONS[dialog.buttons].map((b, i) => ({ label: BUTTON_LABEL[b], value: b, primary: i === 0 }));
    answered = modal<ButtonName>({
      title: dialog.title,
      message: dialog.prompt,
      buttons,
      closeValue: 'CLOSE',
      input: dialog.kind === 'prompt',
      kind: `addon-${dialog.kind}`,
    }).then(async ({ value, text }) => {
      const { json } = await fetchJson('POST', '/api/dialog', { seq: dialog.seq, button: value, text });
      return json as ExecutionResponse;
    });
    answers.set(dialog.seq, answered);
  }
  return answered;
}

/**
 * Answers dialogs until the execution is done. For 'busy' (another execution's dialog) it
 * answers that one's dialogs and returns 'busy', so the caller asks again.
 */
async function settle(first: ExecutionResponse): Promise<ExecutionResponse> {
  let response = first;
  while (response.status === 'dialog' || response.status === 'busy') response = await answerOnce(response.dialog);
  if (first.status === 'busy') {
    void refresh();
    return first;
  }
  return response;
}

// ---------- page state ----------

const page = {
  workbook: null as WorkbookView | null,
  sheetId: undefined as number | undefined,
  minRows: undefined as number | undefined,
  sel: { r: 1, c: 1 },
  selBySheet: new Map<number, { r: number; c: number }>(),
  toastsSeen: -1,
  sidebarVersion: -1,
  running: 0,
  /** The grid is older than page.workbook (a refresh came while a cell was edited). */
  gridStale: false,
};

function currentSheet(): SheetView | null {
  return page.workbook?.sheet ?? null;
}

function cellView(r: number, c: number): CellView | null {
  const sheet = currentSheet();
  return sheet?.cells[r - 1]?.[c - 1] ?? null;
}

function editText(cell: CellView | null): string {
  if (!cell) return '';
  return cell.f ?? cell.e ?? cell.t ?? '';
}

// ---------- rendering ----------

function renderTitle(workbook: WorkbookView): void {
  $('doc-title').textContent = workbook.spreadsheetName;
  document.title = `${workbook.spreadsheetName} — песочница`;
  $('avatar').textContent = 'К';
  $('avatar').title = 'Куратор';
}

function renderTabs(workbook: WorkbookView): void {
  const tabs = $('tabs');
  tabs.replaceChildren();
  for (const sheet of workbook.sheets) {
    const tab = el('button', 'tab', sheet.name);
    tab.type = 'button';
    tab.setAttribute('role', 'tab');
    tab.dataset.sheetId = String(sheet.sheetId);
    if (sheet.tabColor) tab.style.borderBottomColor = sheet.tabColor;
    if (workbook.sheet?.sheetId === sheet.sheetId) {
      tab.classList.add('active');
      tab.setAttribute('aria-selected', 'true');
    }
    tab.addEventListener('click', () => void switchSheet(sheet.sheetId));
    tabs.append(tab);
  }
  tabs.querySelector('.tab.active')?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
}

function renderGrid(sheet: SheetView | null): void {
  const wrap = $('grid-wrap');
  const scroll = { top: wrap.scrollTop, left: wrap.scrollLeft };
  page.gridStale = false;
  closeEditor(false);
  closeDropdown();
  if (!sheet) {
    wrap.replaceChildren(el('div', 'grid-empty', 'В таблице нет видимых листов.'));
    return;
  }
  const table = el('table', 'grid');
  table.dataset.sheet = sheet.name;
  const colgroup = el('colgroup');
  const rowHeaderCol = el('col');
  rowHeaderCol.style.width = '46px';
  colgroup.append(rowHeaderCol);
  let total = 46;
  for (const width of sheet.columnWidths) {
    const col = el('col');
    col.style.width = `${width}px`;
    colgroup.append(col);
    total += width;
  }
  table.style.width = `${total}px`;
  table.append(colgroup);

  const thead = el('thead');
  const letters = el('tr', 'letters');
  letters.append(el('th', 'corner'));
  for (let c = 1; c <= sheet.columns; c++) {
    const th = el('th', 'col-h', columnLetters(c));
    th.dataset.c = String(c);
    letters.append(th);
  }
  thead.append(letters);
  const tbody = el('tbody');
  const frozen = Math.min(sheet.frozenRows, sheet.rows);
  for (let r = 1; r <= sheet.rows; r++) {
    const tr = el('tr');
    if (r <= frozen) tr.classList.add('frozen');
    if (r === frozen) tr.classList.add('frozen-last');
    const th = el('th', 'row-h', String(r));
    th.dataset.r = String(r);
    tr.append(th);
    const line = sheet.cells[r - 1] ?? [];
    for (let c = 1; c <= sheet.columns; c++) tr.append(renderCell(sheet, line[c - 1] ?? null, r, c));
    (r <= frozen ? thead : tbody).append(tr);
  }
  table.append(thead, tbody);
  const nodes: Node[] = [table];
  if (sheet.rows < sheet.maxRows) {
    const below = sheet.lastRow > sheet.rows ? 'ниже есть данные, песочница показывает не больше' : 'ниже — пустые строки';
    const note = el(
      'div',
      'grid-note',
      `Показаны строки 1–${sheet.rows} из ${sheet.maxRows}; ${below}${sheet.lastRow > sheet.rows ? ` ${sheet.rowLimit}` : ''}.`,
    );
    if (sheet.rows < Math.min(sheet.maxRows, sheet.rowLimit)) {
      const more = el('button', undefined, 'Показать ещё 500 строк');
      more.type = 'button';
      more.addEventListener('click', () => {
        page.minRows = sheet.rows + 500;
        void refresh();
      });
      note.append(more);
    }
    nodes.push(note);
  }
  wrap.replaceChildren(...nodes);
  // Frozen rows stick under the column letters, each below the one before.
  let top = letters.getBoundingClientRect().height;
  for (const tr of Array.from(thead.querySelectorAll<HTMLTableRowElement>('tr.frozen'))) {
    for (const cell of Array.from(tr.children) as HTMLElement[]) cell.style.top = `${top}px`;
    top += tr.getBoundingClientRect().height;
  }
  renderCharts(wrap, table, sheet, page.workbook?.charts ?? []);
  wrap.scrollTop = scroll.top;
  wrap.scrollLeft = scroll.left;
  select(Math.min(page.sel.r, sheet.rows), Math.min(page.sel.c, sheet.columns), false);
}

/**
 * The sheet's embedded charts float over the grid, their top-left corner at the anchor cell
 * plus the offset, as in Sheets (an anchor beyond the rows shown puts the chart under them).
 */
function renderCharts(wrap: HTMLElement, table: HTMLTableElement, sheet: SheetView, charts: ChartView[]): void {
  if (!charts.length) return;
  const box = wrap.getBoundingClientRect();
  const tableBox = table.getBoundingClientRect();
  let below = tableBox.bottom - box.top + wrap.scrollTop + 12;
  for (const chart of charts) {
    const node = el('div', 'chart');
    node.dataset.chartId = String(chart.chartId);
    node.dataset.type = chart.type;
    node.style.width = `${chart.width}px`;
    node.style.height = `${chart.height}px`;
    node.append(drawChart(chart));
    const { row, column, offsetX, offsetY } = chart.anchor;
    const anchor = row <= sheet.rows && column <= sheet.columns ? tdAt(row, column) : null;
    if (anchor) {
      const at = anchor.getBoundingClientRect();
      node.style.left = `${at.left - box.left + wrap.scrollLeft + offsetX}px`;
      node.style.top = `${at.top - box.top + wrap.scrollTop + offsetY}px`;
    } else {
      node.style.left = `${58 + offsetX}px`;
      node.style.top = `${below}px`;
      below += chart.height + 12;
    }
    wrap.append(node);
  }
}

function renderCell(sheet: SheetView, cell: CellView | null, r: number, c: number): HTMLTableCellElement {
  const td = el('td');
  td.dataset.r = String(r);
  td.dataset.c = String(c);
  if (!cell) return td;
  const rule = cell.dv ? sheet.rules[cell.dv] : undefined;
  if (cell.bold) td.classList.add('bold');
  if (cell.wrap) td.classList.add('wrap');
  if (cell.bg) td.style.background = cell.bg;
  if (cell.note) {
    td.classList.add('has-note');
    td.title = cell.note;
  }
  if (cell.k === 'n' || cell.k === 'd') td.classList.add('num');
  if (rule?.kind === 'checkbox') {
    td.classList.add('center');
    const box = el('span', cell.k === 'b' && cell.t === 'TRUE' ? 'cb on' : 'cb');
    box.setAttribute('role', 'checkbox');
    box.setAttribute('aria-checked', String(box.classList.contains('on')));
    td.append(box);
    return td;
  }
  if (cell.k === 'b') td.classList.add('center');
  if (rule?.kind === 'list' && rule.dropdown) {
    if (cell.t) {
      const chip = el('span', 'chip');
      chip.append(el('span', 'chip-text', cell.t), el('span', 'dd-arrow', '▼'));
      td.append(chip);
    } else td.append(el('span', 'dd-arrow bare', '▼'));
    return td;
  }
  if (cell.t) td.textContent = cell.t;
  if (cellLink(cell.t, cell.f)) td.classList.add('link');
  return td;
}

function renderMenubar(workbook: WorkbookView): void {
  const bar = $('menubar');
  bar.replaceChildren();
  const names = ['Файл', 'Правка', 'Вид', 'Вставка', 'Формат', 'Данные', 'Инструменты', 'Расширения', 'Справка'];
  for (const name of names) {
    const label = el('button', 'menu-label', name);
    label.type = 'button';
    label.dataset.menu = name;
    label.addEventListener('click', () => (openMenuLabel === label ? closeMenus() : openTopMenu(label, name)));
    label.addEventListener('mouseenter', () => {
      if (openMenuLabel && openMenuLabel !== label) openTopMenu(label, name);
    });
    bar.append(label);
  }
  // Menus made with createMenu (not the add-on's) stand in the menu bar itself, as in Sheets.
  for (const menu of workbook.menus.filter((m) => !m.addon)) {
    const label = el('button', 'menu-label', menu.caption);
    label.type = 'button';
    label.dataset.menu = menu.caption;
    label.addEventListener('click', () => (openMenuLabel === label ? closeMenus() : openTopMenu(label, menu.caption)));
    bar.append(label);
  }
}

function renderSidebar(workbook: WorkbookView): void {
  const panel = $('side-panel');
  const frame = $('sidebar-frame') as HTMLIFrameElement;
  if (!workbook.sidebar) {
    if (!panel.hidden) {
      panel.hidden = true;
      frame.src = 'about:blank';
    }
    page.sidebarVersion = -1;
    return;
  }
  $('side-title').textContent = workbook.sidebar.title;
  panel.hidden = false;
  if (workbook.sidebar.version !== page.sidebarVersion) {
    page.sidebarVersion = workbook.sidebar.version;
    frame.src = `/sidebar?v=${workbook.sidebar.version}`;
  }
}

/** What «Файлы на Диске» says. */
const FILES_TEXT = {
  none: 'Пока нет файлов',
  noneHint:
    'Здесь появятся документы и формы, которые создаст дополнение: приказы и программы — как страницы А4, анкеты — как формы, на которые можно ответить.',
  hint: 'Документ откроется в новой вкладке как страницы А4 для печати, форма — как страница для ответа; «.docx» скачивает копию документа для архива.',
  noCopy:
    'У документа без ссылки «.docx» нет копии для архива. Чтобы копия сохранялась рядом с каждым документом, укажите «да» в листе «Настройки», параметр «Копии .docx для архива», и сделайте документ снова.',
  kinds: { document: 'Документ', form: 'Форма', folder: 'Папка', docx: 'Файл Word', other: 'Файл' } as Record<string, string>,
  docxLink: '↓ .docx',
  docxTitle: (name: string) => `Скачать «${name}»: копия документа для архива`,
  openDocument: 'Открыть документ в новой вкладке',
  openForm: 'Открыть форму в новой вкладке',
  download: 'Скачать файл',
} as const;

function renderFiles(workbook: WorkbookView): void {
  const list = $('files-list');
  list.replaceChildren();
  $('files-button').textContent = workbook.files.length ? `Файлы на Диске (${workbook.files.length})` : 'Файлы на Диске';
  if (!workbook.files.length) {
    list.append(el('li', 'empty', FILES_TEXT.none), el('li', 'files-hint', FILES_TEXT.noneHint));
    return;
  }
  list.append(el('li', 'files-hint', FILES_TEXT.hint));
  if (workbook.files.some((f) => f.kind === 'document' && !f.docx)) {
    const noCopy = el('li', 'files-hint no-copy', FILES_TEXT.noCopy);
    noCopy.id = 'docx-hint';
    list.append(noCopy);
  }
  for (const file of workbook.files) {
    const item = el('li');
    item.dataset.kind = file.kind;
    const when = new Date(file.created).toLocaleString('ru-RU', {
      dateStyle: 'short',
      timeStyle: 'short',
      timeZone: 'Europe/Moscow',
    });
    const meta = [
      FILES_TEXT.kinds[file.kind] ?? FILES_TEXT.kinds.other,
      file.folder && file.folder !== 'My Drive' ? `папка «${file.folder}»` : '',
      when,
    ]
      .filter(Boolean)
      .join(' · ');
    // A Google file opens in a new tab; an uploaded one (a .docx copy) is downloaded.
    const download = file.downloadable ? downloadHref(file.id) : null;
    const href = download ?? fileHref(file.kind, file.id);
    const holder = href ? el('a', 'file-link') : el('div', 'file-link');
    if (holder instanceof HTMLAnchorElement && href) {
      holder.href = href;
      if (download) {
        holder.download = file.name;
        holder.title = FILES_TEXT.download;
      } else {
        holder.target = '_blank';
        holder.rel = 'noopener';
        holder.title = file.kind === 'form' ? FILES_TEXT.openForm : FILES_TEXT.openDocument;
      }
    }
    const icon = el('span', `file-icon ${file.kind}`);
    icon.setAttribute('aria-hidden', 'true');
    const text = el('span', 'file-text');
    text.append(el('span', 'file-name', file.name), el('span', 'file-meta', meta));
    holder.append(icon, text);
    if (href) holder.append(el('span', 'file-open', download ? '↓' : '↗'));
    item.append(holder);
    // Beside a Google Doc: its .docx copy, when one is kept.
    const copy = file.docx ? downloadHref(file.docx.id) : null;
    if (file.docx && copy) {
      const link = el('a', 'file-docx', FILES_TEXT.docxLink);
      link.href = copy;
      link.download = file.docx.name;
      link.title = FILES_TEXT.docxTitle(file.docx.name);
      item.append(link);
    }
    list.append(item);
  }
}

function renderToasts(workbook: WorkbookView): void {
  if (page.toastsSeen < 0 || page.toastsSeen > workbook.toasts.length) page.toastsSeen = workbook.toasts.length;
  for (const toast of workbook.toasts.slice(page.toastsSeen)) {
    showToast(toast.message, toast.title, (toast.timeoutSeconds ?? 5) * 1000);
  }
  page.toastsSeen = workbook.toasts.length;
}

function showToast(text: string, title = '', ms = 5000, error = false): void {
  const toast = el('div', error ? 'toast error' : 'toast');
  if (title) toast.append(el('b', undefined, title));
  toast.append(document.createTextNode(text));
  $('toasts').append(toast);
  if (ms > 0) setTimeout(() => toast.remove(), ms);
  toast.addEventListener('click', () => toast.remove());
}

let refreshTicket = 0;

/** Reloads the workbook view; an answer overtaken by a later refresh is dropped. */
async function refresh(): Promise<void> {
  const ticket = ++refreshTicket;
  const params = new URLSearchParams();
  if (page.sheetId !== undefined) params.set('sheet', String(page.sheetId));
  if (page.minRows !== undefined) params.set('rows', String(page.minRows));
  const workbook = await query<WorkbookView>('GET', `/api/state?${params}`);
  if (ticket === refreshTicket) render(workbook);
}

function render(workbook: WorkbookView): void {
  page.workbook = workbook;
  if (workbook.sheet) page.sheetId = workbook.sheet.sheetId;
  renderTitle(workbook);
  renderMenubar(workbook);
  renderTabs(workbook);
  // Never under the person's fingers: while a cell is being edited the grid waits.
  if (editor && editor.sheetId === workbook.sheet?.sheetId) page.gridStale = true;
  else renderGrid(workbook.sheet);
  renderSidebar(workbook);
  renderFiles(workbook);
  renderToasts(workbook);
}

async function switchSheet(sheetId: number): Promise<void> {
  if (page.sheetId !== undefined) page.selBySheet.set(page.sheetId, { ...page.sel });
  page.sheetId = sheetId;
  page.minRows = undefined;
  page.sel = page.selBySheet.get(sheetId) ?? { r: 1, c: 1 };
  $('grid-wrap').scrollTo(0, 0);
  const ticket = ++refreshTicket;
  const workbook = await query<WorkbookView>('GET', `/api/state?sheet=${sheetId}&activate=1`);
  if (ticket === refreshTicket) render(workbook);
}

// ---------- menus ----------

let openMenuLabel: HTMLElement | null = null;
const openMenus: HTMLElement[] = [];

function closeMenus(): void {
  for (const m of openMenus.splice(0)) m.remove();
  openMenuLabel?.classList.remove('open');
  openMenuLabel = null;
}

/** Puts a menu at (x, y); one that does not fit on the right opens leftwards from `leftEdge`. */
function placeMenu(menu: HTMLElement, x: number, y: number, leftEdge?: number): void {
  menu.style.left = `${x}px`;
  menu.style.top = `${y}px`;
  document.body.append(menu);
  const rect = menu.getBoundingClientRect();
  if (rect.right > window.innerWidth - 4) {
    const left = leftEdge !== undefined ? leftEdge - rect.width + 2 : window.innerWidth - rect.width - 4;
    menu.style.left = `${Math.max(4, left)}px`;
  }
  if (rect.bottom > window.innerHeight - 4) menu.style.top = `${Math.max(4, window.innerHeight - rect.height - 4)}px`;
}

function openTopMenu(label: HTMLElement, name: string, expandAddon = false): void {
  closeMenus();
  openMenuLabel = label;
  label.classList.add('open');
  const menu = el('div', 'menu');
  menu.setAttribute('role', 'menu');
  const workbook = page.workbook;
  const rect = label.getBoundingClientRect();
  if (name === 'Расширения') {
    const addons = workbook?.menus.filter((m) => m.addon) ?? [];
    let first: HTMLElement | null = null;
    for (const addon of addons) {
      const item = submenuItem(addon.caption, addon.items, 1);
      first ??= item;
      menu.append(item);
    }
    if (!addons.length) menu.append(el('div', 'menu-note', 'Дополнение ещё не построило меню.'));
    menu.append(el('div', 'menu-sep'));
    for (const inert of ['Дополнения', 'Макросы', 'Apps Script', 'AppSheet']) menu.append(el('div', 'menu-item disabled', inert));
    openMenus.push(menu);
    placeMenu(menu, rect.left, rect.bottom + 2);
    if (expandAddon && first) first.dispatchEvent(new MouseEvent('mouseenter'));
    return;
  }
  const custom = workbook?.menus.find((m) => !m.addon && m.caption === name);
  if (custom) fillMenu(menu, custom.items, 1);
  else menu.append(el('div', 'menu-note', 'В песочнице работает только меню «Расширения» → «Наставничество».'));
  openMenus.push(menu);
  placeMenu(menu, rect.left, rect.bottom + 2);
}

function fillMenu(menu: HTMLElement, entries: MenuEntryView[], depth: number): void {
  for (const entry of entries) {
    if (entry.kind === 'separator') menu.append(el('div', 'menu-sep'));
    else if (entry.kind === 'submenu') menu.append(submenuItem(entry.caption, entry.items, depth + 1));
    else {
      const item = el('div', 'menu-item');
      item.setAttribute('role', 'menuitem');
      item.append(el('span', undefined, entry.caption));
      item.addEventListener('mouseenter', () => closeMenusDeeperThan(depth));
      item.addEventListener('click', () => {
        closeMenus();
        void runMenuItem(entry.functionName, entry.caption);
      });
      menu.append(item);
    }
  }
}

function closeMenusDeeperThan(depth: number): void {
  while (openMenus.length > depth) openMenus.pop()!.remove();
  openMenus[depth - 1]?.querySelectorAll('.menu-item.open').forEach((n) => n.classList.remove('open'));
}

function submenuItem(caption: string, entries: MenuEntryView[], depth: number): HTMLElement {
  const item = el('div', 'menu-item');
  item.setAttribute('role', 'menuitem');
  item.setAttribute('aria-haspopup', 'true');
  item.append(el('span', undefined, caption), el('span', 'arrow', '▸'));
  const open = () => {
    if (item.classList.contains('open')) return;
    closeMenusDeeperThan(depth);
    item.classList.add('open');
    const sub = el('div', 'menu');
    sub.setAttribute('role', 'menu');
    fillMenu(sub, entries, depth + 1);
    openMenus.push(sub);
    const rect = item.getBoundingClientRect();
    placeMenu(sub, rect.right - 2, rect.top - 6, rect.left);
  };
  item.addEventListener('mouseenter', open);
  item.addEventListener('click', open);
  return item;
}

async function runMenuItem(functionName: string, caption: string): Promise<void> {
  page.running++;
  $('running').hidden = false;
  try {
    const result = await execute('/api/run', { functionName });
    if (result.status === 'done' && !result.ok) {
      showToast(result.error.message, `Ошибка сценария «${caption}»`, 10000, true);
    }
  } catch (error) {
    showToast(String((error as Error).message ?? error), 'Ошибка', 10000, true);
  } finally {
    if (--page.running === 0) $('running').hidden = true;
    await refresh();
  }
}

// ---------- selection and editing ----------

function tdAt(r: number, c: number): HTMLTableCellElement | null {
  return document.querySelector<HTMLTableCellElement>(`table.grid td[data-r="${r}"][data-c="${c}"]`);
}

function select(r: number, c: number, scroll = true): void {
  const sheet = currentSheet();
  if (!sheet) return;
  r = Math.max(1, Math.min(r, sheet.rows));
  c = Math.max(1, Math.min(c, sheet.columns));
  document.querySelectorAll('table.grid .sel, table.grid .hl').forEach((n) => n.classList.remove('sel', 'hl'));
  page.sel = { r, c };
  const td = tdAt(r, c);
  td?.classList.add('sel');
  document.querySelector(`table.grid th.col-h[data-c="${c}"]`)?.classList.add('hl');
  document.querySelector(`table.grid th.row-h[data-r="${r}"]`)?.classList.add('hl');
  $('name-box').textContent = `${columnLetters(c)}${r}`;
  showLinkCard(r, c, td);
  const input = $('formula-input') as HTMLInputElement;
  if (document.activeElement !== input) input.value = editText(cellView(r, c));
  if (scroll && td) scrollIntoView(td);
}

/**
 * A selected cell holding a link to an emulated form or document shows a card with it under
 * the cell, as Sheets does; the link opens the file's page in a new tab.
 */
function showLinkCard(r: number, c: number, td: HTMLTableCellElement | null): void {
  document.getElementById('link-card')?.remove();
  const cell = cellView(r, c);
  const link: LocalLink | null = cell ? cellLink(cell.t, cell.f) : null;
  if (!link || !td) return;
  const wrap = $('grid-wrap');
  const card = el('div', 'link-card');
  card.id = 'link-card';
  const open = el('a', 'link-open', link.kind === 'form' ? 'Открыть форму' : 'Открыть документ');
  open.href = link.href;
  open.target = '_blank';
  open.rel = 'noopener';
  card.append(open, el('span', 'link-note', '↗ в новой вкладке'));
  card.append(el('div', 'link-url', cell?.t ?? ''));
  card.addEventListener('mousedown', (event) => event.stopPropagation());
  const rect = td.getBoundingClientRect();
  const box = wrap.getBoundingClientRect();
  card.style.left = `${rect.left - box.left + wrap.scrollLeft}px`;
  card.style.top = `${rect.bottom - box.top + wrap.scrollTop + 4}px`;
  wrap.append(card);
}

function scrollIntoView(td: HTMLElement): void {
  const wrap = $('grid-wrap');
  const cell = td.getBoundingClientRect();
  const view = wrap.getBoundingClientRect();
  const header = document.querySelector('table.grid thead')?.getBoundingClientRect().height ?? 24;
  if (cell.top < view.top + header) wrap.scrollTop -= view.top + header - cell.top;
  else if (cell.bottom > view.bottom - 16) wrap.scrollTop += cell.bottom - view.bottom + 16;
  if (cell.left < view.left + 46) wrap.scrollLeft -= view.left + 46 - cell.left;
  else if (cell.right > view.right - 16) wrap.scrollLeft += cell.right - view.right + 16;
}

let editor: { r: number; c: number; sheetId: number; input: HTMLTextAreaElement } | null = null;

function openEditor(initial: string | null): void {
  const sheet = currentSheet();
  const td = tdAt(page.sel.r, page.sel.c);
  if (!sheet || !td) return;
  closeEditor(false);
  closeDropdown();
  const wrap = $('grid-wrap');
  const input = el('textarea');
  input.id = 'cell-editor';
  input.spellcheck = false;
  input.value = initial ?? editText(cellView(page.sel.r, page.sel.c));
  const cell = td.getBoundingClientRect();
  const box = wrap.getBoundingClientRect();
  input.style.left = `${cell.left - box.left + wrap.scrollLeft - 1}px`;
  input.style.top = `${cell.top - box.top + wrap.scrollTop - 1}px`;
  input.style.minWidth = `${cell.width + 2}px`;
  input.style.height = `${cell.height + 2}px`;
  const fit = () => {
    input.style.width = '0';
    input.style.width = `${Math.max(cell.width + 2, input.scrollWidth + 8)}px`;
  };
  input.addEventListener('input', () => {
    fit();
    ($('formula-input') as HTMLInputElement).value = input.value;
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.altKey && !event.shiftKey) {
      event.preventDefault();
      void commitEditor(1, 0);
    } else if (event.key === 'Tab') {
      event.preventDefault();
      void commitEditor(0, event.shiftKey ? -1 : 1);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      closeEditor(false);
      if (page.gridStale) renderGrid(currentSheet());
      select(page.sel.r, page.sel.c);
      focusGrid();
    }
    event.stopPropagation();
  });
  wrap.append(input);
  editor = { r: page.sel.r, c: page.sel.c, sheetId: sheet.sheetId, input };
  fit();
  input.focus();
  input.setSelectionRange(input.value.length, input.value.length);
}

function closeEditor(keepValue: boolean): string | null {
  if (!editor) return null;
  const value = editor.input.value;
  editor.input.remove();
  editor = null;
  return keepValue ? value : null;
}

async function commitEditor(dr: number, dc: number): Promise<void> {
  if (!editor) return;
  const { r, c } = editor;
  const value = closeEditor(true)!;
  focusGrid();
  await commit(r, c, value);
  if (page.gridStale) renderGrid(currentSheet());
  select(r + dr, c + dc);
}

function protectedWarning(r: number, c: number): string | null {
  const sheet = currentSheet();
  for (const p of sheet?.protections ?? []) {
    if (p.warningOnly && r >= p.row && r < p.row + p.numRows && c >= p.column && c < p.column + p.numColumns) {
      return p.description;
    }
  }
  return null;
}

/** Sends what the person typed; Sheets' checks (validation, protection warning) apply. */
async function commit(r: number, c: number, input: string | boolean): Promise<void> {
  const sheet = currentSheet();
  if (!sheet) return;
  if (typeof input === 'string' && input === editText(cellView(r, c))) return;
  const warning = protectedWarning(r, c);
  if (warning !== null) {
    const { value } = await modal({
      title: 'Внимание!',
      message: `Вы пытаетесь изменить часть листа, которую не следует изменять случайно.${warning ? `\n\n${warning}` : ''}`,
      buttons: [
        { label: 'Отмена', value: false },
        { label: 'ОК', value: true, primary: true },
      ],
      closeValue: false,
    });
    if (!value) return;
  }
  try {
    const result = await query<EditResponse>('POST', '/api/edit', { sheetId: sheet.sheetId, row: r, column: c, input });
    if (!result.ok)
      await modal({
        title: 'Ошибка',
        message: result.message,
        buttons: [{ label: 'ОК', value: true, primary: true }],
        closeValue: true,
        kind: 'rejected',
      });
  } catch (error) {
    await message('Ошибка', String((error as Error).message ?? error));
  }
  await refresh();
}

// ---------- drop-down lists ----------

let dropdown: HTMLElement | null = null;

function closeDropdown(): void {
  dropdown?.remove();
  dropdown = null;
}

function openDropdown(r: number, c: number): void {
  const sheet = currentSheet();
  const cell = cellView(r, c);
  const rule = cell?.dv ? sheet?.rules[cell.dv] : undefined;
  const td = tdAt(r, c);
  if (!sheet || !rule || rule.kind !== 'list' || !td) return;
  closeDropdown();
  const wrap = $('grid-wrap');
  const list = el('div', 'dropdown');
  list.setAttribute('role', 'listbox');
  for (const option of rule.options) {
    const item = el('div', option === cell?.t ? 'opt current' : 'opt', option);
    item.setAttribute('role', 'option');
    item.addEventListener('mousedown', (event) => {
      event.preventDefault();
      event.stopPropagation();
      closeDropdown();
      void commit(r, c, option);
    });
    list.append(item);
  }
  if (!rule.options.length) list.append(el('div', 'opt', 'Список пуст'));
  const rect = td.getBoundingClientRect();
  const box = wrap.getBoundingClientRect();
  list.style.left = `${rect.left - box.left + wrap.scrollLeft}px`;
  list.style.top = `${rect.bottom - box.top + wrap.scrollTop + 2}px`;
  wrap.append(list);
  dropdown = list;
}

// ---------- events ----------

function cellFromEvent(event: Event): { r: number; c: number; td: HTMLTableCellElement } | null {
  const td = (event.target as HTMLElement).closest?.('table.grid td') as HTMLTableCellElement | null;
  if (!td) return null;
  return { r: Number(td.dataset.r), c: Number(td.dataset.c), td };
}

function toggleCheckbox(r: number, c: number): void {
  const cell = cellView(r, c);
  void commit(r, c, !(cell?.k === 'b' && cell.t === 'TRUE'));
}

/**
 * Keys typed while a cell is selected land in an off-screen text box: its input event opens
 * the editor with what was typed, whatever the keyboard layout or input method.
 */
function focusGrid(): void {
  $('key-sink').focus({ preventScroll: true });
}

function wireEvents(): void {
  const wrap = $('grid-wrap');
  const sink = $('key-sink') as HTMLTextAreaElement;
  sink.addEventListener('input', () => {
    const text = sink.value;
    sink.value = '';
    if (text && !editor && !openModals) openEditor(text);
  });
  wrap.addEventListener('mousedown', (event) => {
    if ((event.target as HTMLElement).closest('#cell-editor, .dropdown')) return;
    const hit = cellFromEvent(event);
    if (!hit) return;
    event.preventDefault(); // keep the focus in the key sink, and no text selection
    if (editor) void commitEditor(0, 0);
    closeDropdown();
    select(hit.r, hit.c, false);
    const target = event.target as HTMLElement;
    if (target.classList.contains('dd-arrow')) {
      event.preventDefault();
      openDropdown(hit.r, hit.c);
    } else if (target.classList.contains('cb')) {
      event.preventDefault();
      toggleCheckbox(hit.r, hit.c);
    }
    focusGrid();
  });
  wrap.addEventListener('dblclick', (event) => {
    const hit = cellFromEvent(event);
    if (!hit || (event.target as HTMLElement).closest('.dd-arrow, .cb')) return;
    select(hit.r, hit.c, false);
    openEditor(null);
  });
  sink.addEventListener('keydown', (event) => {
    if (editor || openModals) return;
    const { r, c } = page.sel;
    const moves: Record<string, [number, number]> = {
      ArrowDown: [1, 0],
      ArrowUp: [-1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
    };
    if (dropdown && event.key === 'Escape') {
      closeDropdown();
      return;
    }
    if (moves[event.key]) {
      event.preventDefault();
      if (event.key === 'ArrowDown' && event.altKey) openDropdown(r, c);
      else select(r + moves[event.key][0], c + moves[event.key][1]);
    } else if (event.key === 'Tab') {
      event.preventDefault();
      select(r, c + (event.shiftKey ? -1 : 1));
    } else if (event.key === 'Enter' || event.key === 'F2') {
      event.preventDefault();
      openEditor(null);
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      if (editText(cellView(r, c)) !== '') void commit(r, c, '');
    } else if (event.key === ' ' && currentSheet()?.rules[cellView(r, c)?.dv ?? '']?.kind === 'checkbox') {
      event.preventDefault();
      toggleCheckbox(r, c);
    }
  });

  const formula = $('formula-input') as HTMLInputElement;
  formula.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      const { r, c } = page.sel;
      const value = formula.value;
      focusGrid();
      void commit(r, c, value).then(() => select(r + 1, c));
    } else if (event.key === 'Escape') {
      formula.value = editText(cellView(page.sel.r, page.sel.c));
      focusGrid();
    }
  });

  document.addEventListener('mousedown', (event) => {
    const target = event.target as HTMLElement;
    if (!target.closest('.menu, .menu-label, #addon-hint')) closeMenus();
    if (!target.closest('.dropdown, .dd-arrow')) closeDropdown();
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') closeMenus();
  });

  $('addon-hint').addEventListener('click', () => {
    const label = document.querySelector<HTMLElement>('.menu-label[data-menu="Расширения"]');
    if (label) openTopMenu(label, 'Расширения', true);
  });
  $('files-button').addEventListener('click', () => {
    const panel = $('files-panel');
    panel.hidden = !panel.hidden;
    $('files-button').classList.toggle('active', !panel.hidden);
  });
  $('files-close').addEventListener('click', () => {
    $('files-panel').hidden = true;
    $('files-button').classList.remove('active');
  });
  $('side-close').addEventListener('click', () => void closeSidebar());
  $('reset-button').addEventListener('click', () => void resetDemo());
}

async function closeSidebar(): Promise<void> {
  await query('POST', '/api/sidebar/close', {});
  await refresh();
}

async function resetDemo(): Promise<void> {
  const { value } = await modal({
    title: 'Сбросить демо?',
    message: 'Все изменения в таблице будут потеряны: восстановится демонстрационная школа (МБОУ СОШ № 7 г. Энска).',
    buttons: [
      { label: 'Отмена', value: false },
      { label: 'Сбросить', value: true, primary: true },
    ],
    closeValue: false,
  });
  if (!value) return;
  page.sheetId = undefined;
  page.minRows = undefined;
  page.sel = { r: 1, c: 1 };
  page.selBySheet.clear();
  page.toastsSeen = -1;
  await execute('/api/reset');
  await refresh();
  showToast('Восстановлена демонстрационная школа.', '', 4000);
}

/** What the sidebar's bridge (client/bridge.ts) uses. */
(window as unknown as { playground: unknown }).playground = {
  settle,
  refresh,
  closeSidebar: () => void closeSidebar(),
};

/** A form answered in another tab (client/viewer.ts) changed the workbook: show it. */
function listenToViewers(): void {
  try {
    const channel = new BroadcastChannel(CHANNEL);
    channel.addEventListener('message', (event: MessageEvent) => {
      if ((event.data as { type?: unknown })?.type === 'changed') void refresh();
    });
  } catch {
    // No BroadcastChannel: coming back to the tab refreshes it.
  }
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible' && page.workbook && !openModals) void refresh();
  });
}

async function start(): Promise<void> {
  wireEvents();
  listenToViewers();
  // Opening the document runs the add-on's onOpen, which builds its menu.
  const opened = await execute('/api/open');
  await refresh();
  if (opened.status === 'done' && !opened.ok) showToast(opened.error.message, 'Ошибка в onOpen', 10000, true);
  focusGrid();
  document.body.dataset.ready = 'true';
}

start().catch((error: unknown) => {
  void message('Песочница не загрузилась', String((error as Error).message ?? error));
});
