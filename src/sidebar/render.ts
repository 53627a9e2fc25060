/**
 * Draws the whole sidebar from the state into #app. A re-render replaces the nodes, so focus
 * (and the caret of a text field) is carried over by data-key, or moved where `state.focus` says.
 */
import { SIDEBAR_TABS, SIDEBAR_TEXT } from '../i18n/sidebar';
import { byKey, h } from './dom';
import { selectTab, TABS } from './navigation';
import type { State, Tab } from './store';
import { banners, header } from './views/header';
import { matchView } from './views/matchView';
import { pairsView } from './views/pairsView';
import { registerView } from './views/registerView';
import { schoolDocumentsView } from './views/schoolDocumentsView';
import { upcomingView } from './views/upcomingView';

/** A tab's name and, for the lists, its count (shown as a small badge, read as «Пары (3)»). */
function tabTitle(s: State, tab: Tab): { text: string; count: number | null } {
  const data = s.data!;
  if (tab === 'match') return { text: SIDEBAR_TABS.match, count: data.mentees.filter((m) => m.awaiting).length };
  if (tab === 'pairs') return { text: SIDEBAR_TABS.pairs, count: data.pairs.length };
  if (tab === 'upcoming') return { text: SIDEBAR_TABS.upcoming, count: null };
  if (tab === 'documents') return { text: SIDEBAR_TABS.documents, count: null };
  return { text: SIDEBAR_TABS.register, count: null };
}

function tabButton(s: State, tab: Tab): HTMLElement {
  const { text, count } = tabTitle(s, tab);
  return h(
    'button',
    {
      class: `tab${s.tab === tab ? ' on' : ''}`,
      key: `tab:${tab}`,
      attrs: {
        type: 'button',
        role: 'tab',
        id: `tab-${tab}`,
        'aria-label': count === null ? undefined : SIDEBAR_TABS.count(text, count),
        'aria-selected': s.tab === tab ? 'true' : 'false',
        'aria-controls': 'tab-panel',
        tabindex: s.tab === tab ? 0 : -1,
      },
      on: { click: () => selectTab(tab) },
    },
    text,
    count === null ? null : h('span', { class: 'tab-count', attrs: { 'aria-hidden': 'true' } }, String(count)),
  );
}

function tabs(s: State): HTMLElement {
  const list = h(
    'div',
    { class: 'tabs', attrs: { role: 'tablist', 'aria-label': SIDEBAR_TABS.label } },
    ...TABS.map((tab) => tabButton(s, tab)),
  );
  // Tabs pattern: arrows move between tabs, and choose them.
  list.addEventListener('keydown', (event) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step && event.key !== 'Home' && event.key !== 'End') return;
    event.preventDefault();
    const at = TABS.indexOf(s.tab);
    const next = event.key === 'Home' ? 0 : event.key === 'End' ? TABS.length - 1 : (at + step + TABS.length) % TABS.length;
    selectTab(TABS[next]);
  });
  return list;
}

function body(s: State): (HTMLElement | null)[] {
  if (!s.data) {
    return [s.loading ? h('p', { class: 'muted loading' }, SIDEBAR_TEXT.loading) : null];
  }
  if (!s.data.ready) return [];
  const data = s.data;
  const view =
    s.tab === 'match'
      ? matchView(s, data)
      : s.tab === 'pairs'
        ? pairsView(s, data)
        : s.tab === 'upcoming'
          ? upcomingView(s)
          : s.tab === 'documents'
            ? schoolDocumentsView(s)
            : registerView(s, data);
  return [
    tabs(s),
    h('div', { class: 'tab-panel', attrs: { id: 'tab-panel', role: 'tabpanel', 'aria-labelledby': `tab-${s.tab}` } }, view),
  ];
}

let lastKey: string | null = null;

export function render(root: HTMLElement, s: State): void {
  const active = document.activeElement as HTMLElement | null;
  const activeKey = active && root.contains(active) ? active.getAttribute('data-key') : null;
  if (activeKey) lastKey = activeKey;
  const input =
    (active instanceof HTMLInputElement && ['text', 'search', 'url'].includes(active.type)) ||
    active instanceof HTMLTextAreaElement
      ? active
      : null;
  const caret = input ? [input.selectionStart, input.selectionEnd] : null;

  root.replaceChildren(header(s), banners(s), ...body(s).filter((n): n is HTMLElement => n !== null));

  const wanted = s.focus ?? lastKey;
  s.focus = null;
  if (!wanted) return;
  const target = byKey(root, wanted);
  if (!target || target.hasAttribute('disabled')) return;
  lastKey = wanted;
  if (target === document.activeElement) return;
  target.focus({ preventScroll: !!activeKey && activeKey === wanted });
  if (
    caret &&
    (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement) &&
    target.getAttribute('data-key') === activeKey
  ) {
    target.setSelectionRange(caret[0], caret[1]);
  }
}
