/** Top of the sidebar: the register's state, refresh, the error and notice banners, unfinished batches, register issues. */
import { SIDEBAR_BATCHES, SIDEBAR_ERRORS, SIDEBAR_SCHOOL_DOCS, SIDEBAR_TEXT } from '../../i18n/sidebar';
import { MERGE } from '../../i18n/merge';
import { continueDocuments, continueKey, load, mutate } from '../actions';
import { button, collapsible } from '../components/common';
import { h } from '../dom';
import { type State, update } from '../store';

export function header(s: State): HTMLElement {
  const data = s.data;
  const status = !data
    ? null
    : data.ready
      ? h(
          'p',
          { class: 'status' },
          h('span', { class: 'ok' }, SIDEBAR_TEXT.ready),
          ' ',
          h('span', { class: 'muted' }, SIDEBAR_TEXT.summary(data.mentors.length, data.mentees.length, data.pairs.length)),
        )
      : h('p', { class: 'status warn' }, data.message || SIDEBAR_TEXT.notReady);
  return h(
    'header',
    { class: 'top' },
    h(
      'div',
      { class: 'top-line' },
      h('div', { class: 'top-status' }, status),
      button('⟳', {
        key: 'refresh',
        kind: 'link',
        label: SIDEBAR_TEXT.refreshLabel,
        attrs: { title: SIDEBAR_TEXT.refresh },
        onClick: () => void load(),
      }),
    ),
    h(
      'div',
      { class: 'progress', attrs: { 'aria-hidden': 'true' } },
      s.busy ? h('span', { class: 'spinner' }, SIDEBAR_TEXT.loading) : null,
    ),
  );
}

let shownError: { text: string; node: HTMLElement } | null = null;

/** The error banner; the same node while the text is the same, so that it is announced once. */
function errorBanner(s: State): HTMLElement | null {
  if (!s.error) return (shownError = null);
  if (shownError?.text === s.error) {
    const dismiss = shownError.node.querySelector('button');
    if (dismiss) dismiss.disabled = false;
    return shownError.node;
  }
  const node = h(
    'div',
    { class: 'banner banner-error', attrs: { role: 'alert' } },
    h('div', { class: 'banner-text' }, h('strong', null, SIDEBAR_ERRORS.title), h('div', { class: 'pre' }, s.error)),
    h(
      'button',
      {
        class: 'icon-btn',
        key: 'error:dismiss',
        attrs: { type: 'button', 'aria-label': SIDEBAR_ERRORS.dismiss, title: SIDEBAR_ERRORS.dismiss },
        on: { click: () => update((st) => void (st.error = null)) },
      },
      '×',
    ),
  );
  shownError = { text: s.error, node };
  return node;
}

export function banners(s: State): HTMLElement {
  const error = errorBanner(s);
  const notice = s.notice
    ? h(
        'div',
        { class: 'banner banner-info' },
        h('div', { class: 'banner-text' }, s.notice),
        h(
          'button',
          {
            class: 'icon-btn',
            key: 'notice:dismiss',
            attrs: { type: 'button', 'aria-label': SIDEBAR_ERRORS.dismiss, title: SIDEBAR_ERRORS.dismiss },
            on: { click: () => update((st) => void (st.notice = null)) },
          },
          '×',
        ),
      )
    : null;
  const issues = s.data?.issues.length
    ? collapsible(
        'issues',
        SIDEBAR_ERRORS.issuesTitle(s.data.issues.length),
        [
          h('p', { class: 'hint' }, SIDEBAR_ERRORS.issuesHint),
          h('ul', { class: 'issues' }, ...s.data.issues.map((i) => h('li', null, i))),
        ],
        'box-warn',
      )
    : null;
  return h('div', { class: 'banners' }, error, notice, pendingBatches(s), duplicates(s), issues);
}

/** Rows that are likely one person, each with «Объединить» (the newer into the older). */
function duplicates(s: State): HTMLElement | null {
  const list = s.data?.ready ? (s.data.duplicates ?? []) : [];
  if (!list.length) return null;
  return collapsible(
    'duplicates',
    MERGE.title(list.length),
    [
      h('p', { class: 'hint' }, MERGE.hint),
      h(
        'ul',
        { class: 'duplicates' },
        ...list.map((d) =>
          h(
            'li',
            { attrs: { 'data-merge': `${d.olderId}>${d.newerId}` } },
            h('span', null, d.text),
            ' ',
            button(MERGE.button, {
              key: `merge:${d.olderId}:${d.newerId}`,
              kind: 'secondary',
              label: MERGE.confirm(d.olderId, d.newerId),
              onClick: () => void mutate('mergePeople', { olderId: d.olderId, newerId: d.newerId }),
            }),
          ),
        ),
      ),
    ],
    'box-warn',
  );
}

/** «Согласия на обработку ПДн: сделано 125 из 300 — Продолжить», one line per unfinished batch. */
function pendingBatches(s: State): HTMLElement | null {
  const batches = s.data?.ready ? s.data.batches : [];
  if (!batches.length) return null;
  return h(
    'section',
    { class: 'box box-warn pending-batches', attrs: { 'aria-labelledby': 'pending-batches-title' } },
    h('p', { class: 'form-title', attrs: { id: 'pending-batches-title' } }, SIDEBAR_BATCHES.title),
    h(
      'ul',
      null,
      ...batches.map((b) => {
        const what = SIDEBAR_SCHOOL_DOCS.all[b.kind];
        return h(
          'li',
          { class: 'pending-batch', attrs: { 'data-batch': b.kind } },
          h('span', { class: 'pending-count' }, SIDEBAR_BATCHES.line(what, b.done, b.total)),
          ' — ',
          button(SIDEBAR_BATCHES.continue, {
            key: continueKey(b.kind),
            kind: 'secondary',
            label: SIDEBAR_BATCHES.continueLabel(what, b.done, b.total),
            onClick: () => void continueDocuments(b.kind),
          }),
        );
      }),
    ),
  );
}
