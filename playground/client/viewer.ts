/**
 * The viewer tabs (see playground/pages.ts): a Google Doc's A4 pages with «Печать», and a
 * Google Form to answer. The form is built from /api/form with textContent only; a pre-filled
 * link (`?usp=pp_url&entry.<itemId>=…`) fills its answers; the person's answers are checked as
 * the Forms page checks them (required questions, one answer per grid row, the e-mail), then
 * sent to /api/form/submit, where Emulator.submitForm fires the add-on's real trigger. The
 * playground's main tab hears of it on a BroadcastChannel and shows the new rows.
 */
import type { ExecutionResponse, FormAnswerView, FormItemView, FormSubmitted, FormView } from '../protocol';
import { CHANNEL } from './links';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Back to the workbook: the tab was opened from it, so closing it shows the workbook again. */
function wireBack(): void {
  document.getElementById('back-button')?.addEventListener('click', () => {
    window.close();
    // A tab the browser won't let a script close (opened by hand): go to the workbook here.
    setTimeout(() => {
      if (!window.closed) window.location.href = '/';
    }, 150);
  });
}

// ---------- documents ----------

function startDocument(): void {
  document.getElementById('print-button')?.addEventListener('click', () => window.print());
  wireBack();
  document.body.dataset.ready = 'true';
}

// ---------- forms ----------

const MSG = {
  required: 'Это обязательный вопрос.',
  gridRows: 'Для этого вопроса требуется один ответ в каждой строке.',
  email: 'Введите действительный адрес электронной почты.',
  other: 'Укажите свой вариант ответа в поле «Другое».',
  date: 'Введите дату полностью.',
} as const;

const OTHER = '__other_option__';

/** How one question reads, checks and takes (pre-filled) answers. */
interface Control {
  item: FormItemView;
  card: HTMLElement;
  /** The answer, or null when there is none. */
  read(): FormAnswerView | null;
  /** Russian error, or null when the answer may be sent. */
  check(): string | null;
  /** Values of `entry.<id>` in the link, and its `.other_option_response`. */
  fill(values: string[], other: string | null): void;
  clear(): void;
}

interface FormPage {
  node: HTMLElement;
  controls: Control[];
}

let uid = 0;
const nextId = (prefix: string) => `${prefix}-${++uid}`;

function itemCard(item: FormItemView): { card: HTMLElement; body: HTMLElement; error: HTMLElement } {
  const card = el('div', 'form-card item');
  card.dataset.itemId = String(item.id);
  card.dataset.type = item.type;
  const title = el('div', 'item-title', item.title);
  title.id = nextId('q');
  if (item.required) {
    const star = el('span', 'req', ' *');
    star.setAttribute('aria-label', 'обязательный вопрос');
    title.append(star);
  }
  card.append(title);
  if (item.helpText) card.append(el('div', 'item-help', item.helpText));
  const body = el('div', 'item-body');
  body.setAttribute('role', 'group');
  body.setAttribute('aria-labelledby', title.id);
  const error = el('div', 'item-error');
  error.setAttribute('role', 'alert');
  card.append(body, error);
  return { card, body, error };
}

function textControl(item: FormItemView, multiline: boolean): Control {
  const { card, body } = itemCard(item);
  const input = multiline ? el('textarea', 'answer-text') : el('input', 'answer-text');
  if (input instanceof HTMLInputElement) input.type = 'text';
  else input.rows = 1;
  input.placeholder = 'Мой ответ';
  input.setAttribute('aria-labelledby', card.querySelector('.item-title')!.id);
  if (multiline)
    input.addEventListener('input', () => {
      input.style.height = 'auto';
      input.style.height = `${input.scrollHeight}px`;
    });
  body.append(input);
  return {
    item,
    card,
    read: () => (input.value.trim() ? input.value : null),
    check: () => (item.required && !input.value.trim() ? MSG.required : null),
    fill: (values) => {
      if (values.length) input.value = values[0];
    },
    clear: () => (input.value = ''),
  };
}

/** Radio buttons or checkboxes, with «Другое:» and its text box when the item has it. */
function choiceControl(item: FormItemView, multiple: boolean): Control {
  const { card, body } = itemCard(item);
  const name = nextId('choice');
  const boxes: HTMLInputElement[] = [];
  const option = (label: string, value: string) => {
    const row = el('label', 'option');
    const box = el('input');
    box.type = multiple ? 'checkbox' : 'radio';
    box.name = name;
    box.value = value;
    row.append(box, el('span', 'option-label', label));
    body.append(row);
    boxes.push(box);
    return { row, box };
  };
  for (const choice of item.choices) option(choice, choice);
  let otherBox: HTMLInputElement | null = null;
  let otherText: HTMLInputElement | null = null;
  if (item.hasOther) {
    const { row, box } = option('Другое:', OTHER);
    otherBox = box;
    otherText = el('input', 'other-text');
    otherText.type = 'text';
    otherText.setAttribute('aria-label', 'Другое: свой вариант');
    otherText.addEventListener('input', () => {
      if (otherText!.value) box.checked = true;
    });
    row.append(otherText);
  }
  const checked = () => boxes.filter((b) => b.checked);
  const otherValue = () => (otherBox?.checked ? (otherText?.value.trim() ?? '') : '');
  let clearRow: HTMLButtonElement | null = null;
  if (!multiple && !item.required) {
    clearRow = el('button', 'link-button', 'Очистить выбор');
    clearRow.type = 'button';
    clearRow.hidden = true;
    clearRow.addEventListener('click', () => {
      for (const b of boxes) b.checked = false;
      clearRow!.hidden = true;
    });
    body.addEventListener('change', () => (clearRow!.hidden = !checked().length));
    body.append(clearRow);
  }
  return {
    item,
    card,
    read: () => {
      const values = checked()
        .filter((b) => b !== otherBox)
        .map((b) => b.value);
      const other = otherValue();
      if (other) values.push(other);
      if (multiple) return values.length ? values : null;
      return values[0] ?? null;
    },
    check: () => {
      if (otherBox?.checked && !otherValue()) return MSG.other;
      return item.required && !checked().length ? MSG.required : null;
    },
    fill: (values, other) => {
      for (const value of values) {
        const box = boxes.find((b) => b !== otherBox && b.value === value);
        if (box) box.checked = true;
        else if (otherBox && otherText && (value === OTHER || value)) {
          otherBox.checked = true;
          otherText.value = value === OTHER ? (other ?? '') : value;
        }
        if (!multiple) break;
      }
      if (clearRow) clearRow.hidden = !checked().length;
    },
    clear: () => {
      for (const b of boxes) b.checked = false;
      if (otherText) otherText.value = '';
      if (clearRow) clearRow.hidden = true;
    },
  };
}

function listControl(item: FormItemView): Control {
  const { card, body } = itemCard(item);
  const select = el('select', 'answer-select');
  select.setAttribute('aria-labelledby', card.querySelector('.item-title')!.id);
  const placeholder = el('option', undefined, 'Выбрать');
  placeholder.value = '';
  select.append(placeholder);
  for (const choice of item.choices) {
    const option = el('option', undefined, choice);
    option.value = choice;
    select.append(option);
  }
  body.append(select);
  return {
    item,
    card,
    read: () => select.value || null,
    check: () => (item.required && !select.value ? MSG.required : null),
    fill: (values) => {
      if (values.length && item.choices.includes(values[0])) select.value = values[0];
    },
    clear: () => (select.value = ''),
  };
}

function scaleControl(item: FormItemView): Control {
  const { card, body } = itemCard(item);
  const name = nextId('scale');
  const row = el('div', 'scale');
  const boxes: HTMLInputElement[] = [];
  row.append(el('span', 'scale-label left', item.leftLabel));
  for (let n = item.lower; n <= item.upper; n++) {
    const cell = el('label', 'scale-point');
    const box = el('input');
    box.type = 'radio';
    box.name = name;
    box.value = String(n);
    cell.append(el('span', 'scale-number', String(n)), box);
    row.append(cell);
    boxes.push(box);
  }
  row.append(el('span', 'scale-label right', item.rightLabel));
  body.append(row);
  const picked = () => boxes.find((b) => b.checked);
  return {
    item,
    card,
    read: () => {
      const box = picked();
      return box ? Number(box.value) : null;
    },
    check: () => (item.required && !picked() ? MSG.required : null),
    fill: (values) => {
      const box = boxes.find((b) => b.value === values[0]);
      if (box) box.checked = true;
    },
    clear: () => boxes.forEach((b) => (b.checked = false)),
  };
}

function gridControl(item: FormItemView): Control {
  const { card, body } = itemCard(item);
  const table = el('table', 'grid-question');
  const head = el('tr');
  head.append(el('th'));
  for (const column of item.columns) head.append(el('th', undefined, column));
  const thead = el('thead');
  thead.append(head);
  const tbody = el('tbody');
  const rows: { row: string; boxes: HTMLInputElement[] }[] = [];
  for (const rowName of item.rows) {
    const tr = el('tr');
    const th = el('th', 'grid-row', rowName);
    th.scope = 'row';
    tr.append(th);
    const name = nextId('grid');
    const boxes: HTMLInputElement[] = [];
    for (const column of item.columns) {
      const td = el('td');
      const box = el('input');
      box.type = 'radio';
      box.name = name;
      box.value = column;
      box.setAttribute('aria-label', `${rowName}: ${column}`);
      td.append(box);
      tr.append(td);
      boxes.push(box);
    }
    tbody.append(tr);
    rows.push({ row: rowName, boxes });
  }
  table.append(thead, tbody);
  body.append(table);
  const picked = (boxes: HTMLInputElement[]) => boxes.find((b) => b.checked)?.value ?? '';
  return {
    item,
    card,
    read: () => {
      const answer: Record<string, string> = {};
      let any = false;
      for (const { row, boxes } of rows) {
        const value = picked(boxes);
        if (value) {
          Object.defineProperty(answer, row, { value, enumerable: true, writable: true, configurable: true });
          any = true;
        }
      }
      return any ? answer : null;
    },
    check: () => {
      const answered = rows.filter(({ boxes }) => picked(boxes)).length;
      return item.required && answered < rows.length ? (answered ? MSG.gridRows : MSG.required) : null;
    },
    // The emulator's pre-filled grid repeats the entry once per answered row: taken in row order.
    fill: (values) => {
      values.forEach((value, i) => {
        const box = rows[i]?.boxes.find((b) => b.value === value);
        if (box) box.checked = true;
      });
    },
    clear: () => rows.forEach(({ boxes }) => boxes.forEach((b) => (b.checked = false))),
  };
}

function dateControl(item: FormItemView): Control {
  const { card, body } = itemCard(item);
  const input = el('input', 'answer-date');
  input.type = 'date';
  input.setAttribute('aria-labelledby', card.querySelector('.item-title')!.id);
  body.append(input);
  return {
    item,
    card,
    read: () => (/^\d{4}-\d{2}-\d{2}$/.test(input.value) ? input.value : null),
    check: () => {
      if (!input.validity.valid) return MSG.date;
      return item.required && !input.value ? MSG.required : null;
    },
    fill: (values) => {
      if (/^\d{4}-\d{2}-\d{2}$/.test(values[0] ?? '')) input.value = values[0];
    },
    clear: () => (input.value = ''),
  };
}

function sectionHeader(item: FormItemView): HTMLElement {
  const card = el('div', 'form-card section-title');
  card.dataset.itemId = String(item.id);
  if (item.title) card.append(el('div', 'item-title', item.title));
  if (item.helpText) card.append(el('div', 'item-help', item.helpText));
  return card;
}

function control(item: FormItemView): Control | null {
  switch (item.type) {
    case 'TEXT':
      return textControl(item, false);
    case 'PARAGRAPH_TEXT':
      return textControl(item, true);
    case 'MULTIPLE_CHOICE':
      return choiceControl(item, false);
    case 'CHECKBOX':
      return choiceControl(item, true);
    case 'LIST':
      return listControl(item);
    case 'SCALE':
      return scaleControl(item);
    case 'GRID':
      return gridControl(item);
    case 'DATE':
      return dateControl(item);
    default:
      return null;
  }
}

/** `entry.<id>` values of a pre-filled link, by item id; `emailAddress` too. */
function prefill(search: string): { entries: Map<string, string[]>; others: Map<string, string>; email: string | null } {
  const params = new URLSearchParams(search);
  const entries = new Map<string, string[]>();
  const others = new Map<string, string>();
  for (const [key, value] of params) {
    let m = /^entry\.(\d+)\.other_option_response$/.exec(key);
    if (m) {
      others.set(m[1], value);
      continue;
    }
    m = /^entry\.(\d+)$/.exec(key);
    if (m) entries.set(m[1], [...(entries.get(m[1]) ?? []), value]);
  }
  return { entries, others, email: params.get('emailAddress') };
}

function formIdFromPath(): string {
  const m = /^\/forms\/d\/(?:e\/)?([\w-]+)\//.exec(window.location.pathname);
  return m ? m[1] : '';
}

async function startForm(): Promise<void> {
  const root = document.getElementById('form-root')!;
  const id = formIdFromPath();
  let form: FormView;
  try {
    const response = await fetch(`/api/form?id=${encodeURIComponent(id)}`);
    const json = (await response.json()) as FormView & { error?: string };
    if (response.status === 409)
      throw new Error(
        'Дополнение в таблице ждёт ответа на свой диалог: ответьте на него во вкладке таблицы и обновите эту страницу.',
      );
    if (!response.ok) throw new Error(json.error ?? `HTTP ${response.status}`);
    form = json;
  } catch (error) {
    const card = el('div', 'form-card form-head');
    card.append(el('h1', undefined, 'Форма не открылась'), el('p', 'form-desc', String((error as Error).message ?? error)));
    root.replaceChildren(card);
    document.body.dataset.ready = 'true';
    return;
  }
  document.title = `${form.title} — Google Формы (песочница)`;
  renderForm(root, form);
  document.body.dataset.ready = 'true';
}

function sandboxBar(): HTMLElement {
  const bar = el('div', 'form-sandbox');
  bar.append(
    el('span', 'sandbox-badge', 'Песочница'),
    el('span', undefined, 'Ответ попадёт в эмулированную таблицу на этом компьютере и запустит обработчик дополнения.'),
  );
  const back = el('button', 'outline small', 'Вернуться к таблице');
  back.type = 'button';
  back.id = 'back-button';
  bar.append(back);
  return bar;
}

function renderForm(root: HTMLElement, form: FormView): void {
  const head = el('div', 'form-card form-head');
  head.append(el('h1', 'form-title', form.title));
  if (form.description) head.append(el('p', 'form-desc', form.description));
  if (!form.accepting) {
    head.append(el('p', 'form-closed', form.closedMessage || `Форма «${form.title}» больше не принимает ответы.`));
    root.replaceChildren(sandboxBar(), head);
    wireBack();
    return;
  }
  if (form.items.some((i) => i.required) || form.collectEmail) head.append(el('p', 'required-note', '* Обязательный вопрос'));

  // Sections: a page break starts the next page, as the Forms page shows them.
  const pages: FormPage[] = [];
  const newPage = (breakItem: FormItemView | null): FormPage => {
    const node = el('section', 'form-page');
    node.dataset.page = String(pages.length + 1);
    if (breakItem && (breakItem.title || breakItem.helpText)) {
      const card = el('div', 'form-card section-head');
      card.dataset.itemId = String(breakItem.id);
      card.append(el('div', 'section-tab', ''));
      if (breakItem.title) card.append(el('h2', 'section-name', breakItem.title));
      if (breakItem.helpText) card.append(el('p', 'item-help', breakItem.helpText));
      node.append(card);
    }
    const page = { node, controls: [] as Control[] };
    pages.push(page);
    return page;
  };
  let page = newPage(null);
  let emailInput: HTMLInputElement | null = null;
  let emailCard: HTMLElement | null = null;
  if (form.collectEmail) {
    emailCard = el('div', 'form-card item');
    emailCard.dataset.type = 'EMAIL';
    const title = el('div', 'item-title', 'Адрес электронной почты');
    title.id = nextId('q');
    title.append(el('span', 'req', ' *'));
    emailInput = el('input', 'answer-text');
    emailInput.type = 'email';
    emailInput.name = 'emailAddress';
    emailInput.autocomplete = 'email';
    emailInput.placeholder = 'Ваш адрес электронной почты';
    emailInput.setAttribute('aria-labelledby', title.id);
    const error = el('div', 'item-error');
    error.setAttribute('role', 'alert');
    emailCard.append(title, emailInput, error);
    page.node.append(emailCard);
  }
  const controls: Control[] = [];
  for (const item of form.items) {
    if (item.type === 'PAGE_BREAK') {
      page = newPage(item);
      continue;
    }
    if (item.type === 'SECTION_HEADER') {
      page.node.append(sectionHeader(item));
      continue;
    }
    const c = control(item);
    if (!c) continue;
    page.node.append(c.card);
    page.controls.push(c);
    controls.push(c);
  }
  // Page sections after the first get their number among the sections, as Forms shows them.
  pages.forEach((p, i) => {
    const tab = p.node.querySelector('.section-tab');
    if (tab) tab.textContent = `Раздел ${i + 1} из ${pages.length}`;
  });

  // Pre-filled answers.
  const filled = prefill(window.location.search);
  for (const c of controls) {
    const values = filled.entries.get(String(c.item.id));
    if (values) c.fill(values, filled.others.get(String(c.item.id)) ?? null);
  }
  if (emailInput && filled.email) emailInput.value = filled.email;

  const nav = el('div', 'form-nav');
  const back = el('button', 'outline', 'Назад');
  back.type = 'button';
  const next = el('button', 'primary', 'Далее');
  next.type = 'button';
  const submit = el('button', 'primary', 'Отправить');
  submit.type = 'submit';
  const progress = el('div', 'form-progress');
  const bar = el('div', 'progress-bar');
  const fill = el('div', 'progress-fill');
  bar.append(fill);
  const progressText = el('span', 'progress-text');
  progress.append(bar, progressText);
  const clear = el('button', 'link-button', 'Очистить форму');
  clear.type = 'button';
  nav.append(back, next, submit, progress, clear);
  const failure = el('div', 'form-error');
  failure.setAttribute('role', 'alert');
  failure.hidden = true;

  const formNode = el('form', 'form-body');
  formNode.noValidate = true;
  formNode.append(...pages.map((p) => p.node), failure, nav);
  root.replaceChildren(sandboxBar(), head, formNode);
  wireBack();

  let current = 0;
  const show = (index: number) => {
    current = index;
    pages.forEach((p, i) => (p.node.hidden = i !== index));
    back.hidden = index === 0;
    next.hidden = index === pages.length - 1;
    submit.hidden = index !== pages.length - 1;
    progress.hidden = !form.progressBar || pages.length < 2;
    fill.style.width = `${Math.round(((index + 1) / pages.length) * 100)}%`;
    progressText.textContent = `Страница ${index + 1} из ${pages.length}`;
    head.hidden = false;
  };

  const setError = (card: HTMLElement, message: string | null) => {
    card.classList.toggle('invalid', message !== null);
    const error = card.querySelector<HTMLElement>('.item-error');
    if (error) error.textContent = message ?? '';
  };
  const emailError = () => {
    if (!emailInput) return null;
    return /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(emailInput.value.trim()) ? null : emailInput.value.trim() ? MSG.email : MSG.required;
  };
  /** Checks the page's questions; the first wrong one gets the focus. */
  const checkPage = (index: number): boolean => {
    let first: HTMLElement | null = null;
    if (index === 0 && emailCard) {
      const message = emailError();
      setError(emailCard, message);
      if (message) first ??= emailCard;
    }
    for (const c of pages[index].controls) {
      const message = c.check();
      setError(c.card, message);
      if (message) first ??= c.card;
    }
    if (first) {
      first.scrollIntoView({ block: 'center' });
      first.querySelector<HTMLElement>('input, select, textarea')?.focus({ preventScroll: true });
    }
    return first === null;
  };
  // A corrected answer clears its error as it is typed or picked (not on blur: the layout
  // would move under the pointer between pressing and releasing a button).
  const recheck = (event: Event) => {
    const card = (event.target as HTMLElement).closest<HTMLElement>('.form-card.invalid');
    if (!card) return;
    const c = controls.find((x) => x.card === card);
    setError(card, c ? c.check() : emailError());
  };
  formNode.addEventListener('input', recheck);
  formNode.addEventListener('change', recheck);

  back.addEventListener('click', () => {
    show(current - 1);
    window.scrollTo(0, 0);
  });
  next.addEventListener('click', () => {
    if (!checkPage(current)) return;
    show(current + 1);
    window.scrollTo(0, 0);
  });
  clear.addEventListener('click', () => {
    if (!window.confirm('Очистить форму? Все ответы будут удалены.')) return;
    for (const c of controls) {
      c.clear();
      setError(c.card, null);
    }
    if (emailInput && emailCard) {
      emailInput.value = '';
      setError(emailCard, null);
    }
    failure.hidden = true;
    show(0);
  });
  formNode.addEventListener('submit', (event) => {
    event.preventDefault();
    for (let i = 0; i < pages.length; i++) {
      if (!checkPage(i)) {
        show(i);
        checkPage(i);
        return;
      }
    }
    void send();
  });

  const send = async () => {
    const answers: Record<string, FormAnswerView> = {};
    for (const c of controls) {
      const answer = c.read();
      if (answer !== null) answers[String(c.item.id)] = answer;
    }
    submit.disabled = true;
    failure.hidden = true;
    const body = { formId: form.id, answers, ...(emailInput ? { email: emailInput.value.trim() } : {}) };
    let result: ExecutionResponse;
    try {
      const response = await fetch('/api/form/submit', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
      const json = (await response.json()) as unknown;
      if (!response.ok && response.status !== 409)
        throw new Error((json as { error?: string }).error ?? `HTTP ${response.status}`);
      result = json as ExecutionResponse;
    } catch (error) {
      showFailure(`Не удалось отправить ответ: ${String((error as Error).message ?? error)}`);
      return;
    } finally {
      submit.disabled = false;
    }
    if (result.status === 'done') {
      if (result.ok) confirmed(root, form, result.value as FormSubmitted);
      else showFailure(result.error.message);
    } else if (result.status === 'busy' || result.status === 'dialog') {
      showFailure(
        'Дополнение в таблице ждёт ответа на свой диалог: ответьте на него во вкладке таблицы и отправьте форму снова.',
      );
    } else showFailure('Не удалось отправить ответ: повторите попытку.');
  };
  const showFailure = (message: string) => {
    failure.textContent = message;
    failure.hidden = false;
    failure.scrollIntoView({ block: 'center' });
  };

  show(0);
}

function confirmed(root: HTMLElement, form: FormView, result: FormSubmitted): void {
  const card = el('div', 'form-card form-head confirmation');
  card.append(el('h1', 'form-title', form.title), el('p', 'form-desc', form.confirmationMessage || 'Ответ записан.'));
  const again = el('a', 'link-button', 'Отправить ещё один ответ');
  again.href = window.location.pathname;
  card.append(again);
  const note = el('div', 'curator-note');
  if (result.row !== null)
    note.append(el('p', undefined, `Для куратора: ответ добавлен в таблицу, строка ${result.row} листа ответов.`));
  if (result.triggerError) {
    note.classList.add('error');
    note.append(
      el('p', undefined, `Ответ записан, но обработчик дополнения завершился с ошибкой: ${result.triggerError.message}`),
    );
  }
  if (note.childNodes.length) card.append(note);
  root.replaceChildren(sandboxBar(), card);
  wireBack();
  window.scrollTo(0, 0);
  try {
    const channel = new BroadcastChannel(CHANNEL);
    channel.postMessage({ type: 'changed', reason: 'form', formId: form.id });
    channel.close();
  } catch {
    // An old browser without BroadcastChannel: the workbook tab refreshes when shown again.
  }
}

// ---------- start ----------

const view = document.body.dataset.view;
if (view === 'document') startDocument();
else if (view === 'form') void startForm();
else {
  wireBack();
  document.body.dataset.ready = 'true';
}
