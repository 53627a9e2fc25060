/**
 * «Пары»: each pair or group as a card with its plan progress, its consents checklist, its
 * status buttons, the running programme's actions and its documents.
 */
import type { PairView, SidebarData } from '../../app/sidebarApi';
import { SIDEBAR_DOCS, SIDEBAR_PAIRS } from '../../i18n/sidebar';
import { statusBadge } from '../components/common';
import { initRoving, listNav } from '../components/listNav';
import { h, uid } from '../dom';
import { ruDate } from '../format';
import { type State, update } from '../store';
import { consentChecklist } from './consentChecklist';
import { documentButton, documentResult } from './documents';
import { extendForm, lifecycleButtons, meetingForm, planProgress, replaceForm } from './pairLifecycle';
import { CLOSING, cardKey, closeForm, statusButtons } from './pairStatus';

const STATUSES = ['проект', 'закреплена', 'активна', 'завершена', 'прекращена'];

/** The card's open form (closing, a meeting, an extension, another mentor), or null. */
function cardForm(s: State, data: SidebarData, pair: PairView): HTMLElement | null {
  const form = s.form;
  if (!form || !('pairId' in form) || form.pairId !== pair.id) return null;
  if (form.kind === 'close') return closeForm(s, data, pair, form);
  if (form.kind === 'meeting') return meetingForm(s, pair, form);
  if (form.kind === 'extend') return extendForm(s, pair, form);
  if (form.kind === 'replace') return replaceForm(s, data, pair, form);
  return null; // the consent forms live in the checklist
}

function documents(s: State, pair: PairView, open: boolean): HTMLElement {
  const programme = `${pair.id}:programme`;
  const duties = `${pair.id}:dutiesConsent`;
  return h(
    'div',
    { class: 'documents' },
    h('h3', { class: 'subtitle' }, SIDEBAR_DOCS.label),
    h(
      'div',
      { class: 'doc-actions', attrs: { role: 'group', 'aria-label': SIDEBAR_DOCS.listLabel(pair.id) } },
      documentButton({
        place: programme,
        kind: 'programme',
        id: pair.id,
        text: SIDEBAR_DOCS.programme,
        label: SIDEBAR_DOCS.programmeLabel(pair.id),
      }),
      open
        ? documentButton({
            place: duties,
            kind: 'dutiesConsent',
            id: pair.id,
            text: SIDEBAR_DOCS.dutiesConsent,
            label: SIDEBAR_DOCS.dutiesConsentLabel(pair.id),
          })
        : null,
    ),
    documentResult(s, programme),
    open ? documentResult(s, duties) : null,
  );
}

function pairCard(s: State, data: SidebarData, pair: PairView): HTMLElement {
  const open = !CLOSING.has(pair.status);
  const missingId = pair.missing.length && open ? uid('missing') : null;
  const dates = SIDEBAR_PAIRS.terms(ruDate(pair.start) || SIDEBAR_PAIRS.noDate, ruDate(pair.plannedEnd) || SIDEBAR_PAIRS.noDate);
  const form = cardForm(s, data, pair);
  return h(
    'li',
    {
      class: `card pair pair-${pair.status}`,
      key: cardKey(pair),
      attrs: {
        'aria-label': SIDEBAR_PAIRS.cardLabel(pair.id, pair.status, pair.mentorName),
        'data-pair-id': pair.id,
        'data-status': pair.status,
      },
    },
    h(
      'div',
      { class: 'card-head' },
      h('span', { class: 'pair-id' }, pair.id, pair.menteeIds.length > 1 ? ` · ${SIDEBAR_PAIRS.group}` : ''),
      statusBadge(pair.status),
    ),
    h(
      'dl',
      { class: 'facts' },
      h('dt', null, SIDEBAR_PAIRS.mentor),
      h('dd', null, pair.mentorName),
      h('dt', null, SIDEBAR_PAIRS.mentees(pair.menteeIds.length)),
      h('dd', null, ...pair.menteeNames.flatMap((n, i) => (i ? [h('br'), n] : [n]))),
      ...(open
        ? []
        : [
            h('dt', null, SIDEBAR_PAIRS.closedOn),
            h('dd', { class: 'closed-on' }, ruDate(pair.endDate) || SIDEBAR_PAIRS.noDate),
            h('dt', null, SIDEBAR_PAIRS.closedReason),
            h('dd', { class: 'closed-reason' }, pair.completionReason || SIDEBAR_PAIRS.noDate),
          ]),
    ),
    h('div', { class: 'meta small' }, [pair.form, pair.kind].filter(Boolean).join(' · ')),
    h('div', { class: 'meta small pair-dates' }, dates),
    pair.orderNumber ? h('div', { class: 'meta small' }, SIDEBAR_PAIRS.order(pair.orderNumber, ruDate(pair.orderDate))) : null,
    pair.goal ? h('div', { class: 'meta small' }, SIDEBAR_PAIRS.goal(pair.goal)) : null,
    planProgress(pair, open),
    open
      ? h('div', { class: 'consents' }, h('h3', { class: 'subtitle' }, SIDEBAR_PAIRS.consents), consentChecklist(s, data, pair))
      : null,
    missingId
      ? h(
          'div',
          { class: 'box box-warn missing-box', attrs: { id: missingId } },
          h('strong', null, pair.next.includes('закреплена') ? SIDEBAR_PAIRS.cannotFix : SIDEBAR_PAIRS.stillMissing),
          h('ul', null, ...pair.missing.map((m) => h('li', null, m))),
        )
      : null,
    form ?? statusButtons(pair, missingId),
    !form && open ? lifecycleButtons(pair) : null,
    documents(s, pair, open),
  );
}

export function pairsView(s: State, data: SidebarData): HTMLElement {
  const counts = new Map<string, number>();
  for (const p of data.pairs) counts.set(p.status, (counts.get(p.status) ?? 0) + 1);
  const present = [...STATUSES, ...[...counts.keys()].filter((k) => !STATUSES.includes(k))].filter((st) => counts.has(st));
  const filter = s.pairFilter && counts.has(s.pairFilter) ? s.pairFilter : '';
  const shown = data.pairs.filter((p) => !filter || p.status === filter);
  const chip = (value: string, text: string) =>
    h(
      'button',
      {
        class: `filter-chip${filter === value ? ' on' : ''}`,
        key: `pairs:filter:${value}`,
        attrs: { type: 'button', 'aria-pressed': filter === value ? 'true' : 'false' },
        on: {
          click: () =>
            update((st) => {
              st.pairFilter = value;
              st.focus = `pairs:filter:${value}`;
            }),
        },
      },
      text,
    );
  const list = listNav(
    h('ul', { class: 'list cards', attrs: { 'aria-label': SIDEBAR_PAIRS.listLabel } }, ...shown.map((p) => pairCard(s, data, p))),
    {
      item: '.pair',
      onEnter: (item) => item.querySelector<HTMLElement>('button:not([disabled]), input, select')?.focus(),
    },
  );
  initRoving(Array.from(list.querySelectorAll<HTMLElement>('.pair')));
  return h(
    'section',
    { class: 'view', attrs: { 'aria-label': SIDEBAR_PAIRS.listLabel } },
    data.pairs.length
      ? h(
          'div',
          { class: 'filter-chips', attrs: { role: 'group', 'aria-label': SIDEBAR_PAIRS.filterLabel } },
          chip('', SIDEBAR_PAIRS.filterCount(SIDEBAR_PAIRS.all, data.pairs.length)),
          ...present.map((st) => chip(st, SIDEBAR_PAIRS.filterCount(st, counts.get(st)!))),
        )
      : null,
    !data.pairs.length
      ? h('p', { class: 'empty' }, SIDEBAR_PAIRS.none)
      : shown.length
        ? list
        : h('p', { class: 'empty' }, SIDEBAR_PAIRS.noneWithStatus),
  );
}
