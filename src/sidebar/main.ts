/** Sidebar: shows the register's status. Server data goes into the DOM as text only. */
import { SIDEBAR_TEXT } from '../i18n/sidebar';
import { callServer } from './googleScriptRun';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

async function render(root: HTMLElement): Promise<void> {
  root.replaceChildren(el('p', SIDEBAR_TEXT.loading, 'muted'));
  try {
    const status = await callServer('getRegisterStatus');
    const list = el('ul', undefined, 'sheets');
    for (const sheet of status.sheets) {
      const item = el('li', undefined, sheet.present ? 'present' : 'missing');
      item.append(el('span', sheet.name, 'name'), el('span', sheet.present ? SIDEBAR_TEXT.rows(sheet.rows) : SIDEBAR_TEXT.missing, 'count'));
      list.append(item);
    }
    root.replaceChildren(
      el('p', status.ready ? SIDEBAR_TEXT.ready : SIDEBAR_TEXT.notReady, status.ready ? 'ok' : 'warn'),
      list,
    );
  } catch (error) {
    root.replaceChildren(el('p', SIDEBAR_TEXT.failed(error instanceof Error ? error.message : String(error)), 'error'));
  }
}

function start(): void {
  document.getElementById('heading')!.textContent = SIDEBAR_TEXT.heading;
  const root = document.getElementById('status')!;
  const refresh = document.getElementById('refresh') as HTMLButtonElement;
  refresh.textContent = SIDEBAR_TEXT.refresh;
  refresh.addEventListener('click', () => void render(root));
  void render(root);
}

start();
