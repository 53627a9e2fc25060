/**
 * «Что скоро» (getUpcoming, loaded when the tab opens and again after an action): roadmap
 * items due in 14 days and overdue, pairs ending within a month, pairs without a programme,
 * people without a consent to data processing. Each section says its count, or «Нет».
 */
import type { UpcomingView } from '../../app/sidebarApi';
import { SIDEBAR_TEXT, SIDEBAR_UPCOMING } from '../../i18n/sidebar';
import { loadUpcoming } from '../actions';
import { button } from '../components/common';
import { type Child, h } from '../dom';
import { ruDate } from '../format';
import { showPair } from '../navigation';
import type { State } from '../store';

interface Item {
  key: string;
  main: Child[];
  meta: string;
  warn?: boolean;
}

function section(key: string, title: string, items: Item[]): HTMLElement {
  const headingId = `upcoming-${key}`;
  return h(
    'section',
    { class: `upcoming-section${items.length ? '' : ' is-empty'}`, attrs: { 'aria-labelledby': headingId, 'data-section': key } },
    h(
      'h3',
      { class: 'up-title', attrs: { id: headingId } },
      h('span', { class: 'up-name' }, title),
      h('span', { class: 'sr-only' }, ': '),
      h(
        'span',
        { class: `up-count${items.length ? ' up-count-some' : ''}`, attrs: { 'data-count': items.length } },
        SIDEBAR_UPCOMING.count(items.length),
      ),
    ),
    items.length
      ? h(
          'ul',
          { class: 'up-list' },
          ...items.map((item) =>
            h(
              'li',
              { class: `up-item${item.warn ? ' up-warn' : ''}`, attrs: { 'data-item': item.key } },
              h('div', { class: 'up-main' }, ...item.main),
              item.meta ? h('div', { class: 'meta small' }, item.meta) : null,
            ),
          ),
        )
      : h('p', { class: 'empty up-none' }, SIDEBAR_UPCOMING.none),
  );
}

/** A pair's ID as a button to its card in «Пары». */
function pairLink(id: string): HTMLElement {
  return button(id, {
    key: `upcoming:pair:${id}`,
    kind: 'inline',
    label: SIDEBAR_UPCOMING.openPair(id),
    onClick: () => showPair(id),
  });
}

function sections(u: UpcomingView): HTMLElement[] {
  return [
    section(
      'roadmapDue',
      SIDEBAR_UPCOMING.roadmapDue,
      u.roadmapDue.map((r) => ({
        key: r.id,
        main: [r.activity],
        meta: [SIDEBAR_UPCOMING.due(ruDate(r.to)), r.status].filter(Boolean).join(' · '),
      })),
    ),
    section(
      'roadmapOverdue',
      SIDEBAR_UPCOMING.roadmapOverdue,
      u.roadmapOverdue.map((r) => ({ key: r.id, main: [r.activity], meta: SIDEBAR_UPCOMING.overdue(ruDate(r.to)), warn: true })),
    ),
    section(
      'pairsEnding',
      SIDEBAR_UPCOMING.pairsEnding,
      u.pairsEnding.map((p) => ({
        key: p.id,
        main: [pairLink(p.id), ` — ${SIDEBAR_UPCOMING.ending(ruDate(p.plannedEnd))}`],
        meta: SIDEBAR_UPCOMING.mentor(p.mentorName),
      })),
    ),
    section(
      'pairsWithoutProgramme',
      SIDEBAR_UPCOMING.pairsWithoutProgramme,
      u.pairsWithoutProgramme.map((p) => ({ key: p.id, main: [pairLink(p.id)], meta: SIDEBAR_UPCOMING.mentor(p.mentorName) })),
    ),
    section(
      'peopleWithoutConsent',
      SIDEBAR_UPCOMING.peopleWithoutConsent,
      u.peopleWithoutConsent.map((p) => ({
        key: p.id,
        main: [h('span', { class: 'name' }, p.fullName)],
        meta: `${p.id} · ${SIDEBAR_UPCOMING.consent[p.state] ?? p.state}`,
        warn: p.state === 'withdrawn',
      })),
    ),
  ];
}

export function upcomingView(s: State): HTMLElement {
  const u = s.upcoming;
  return h(
    'section',
    { class: 'view upcoming', attrs: { 'aria-labelledby': 'upcoming-title' } },
    h(
      'div',
      { class: 'up-head' },
      h('h2', { class: 'title', key: 'upcoming-title', attrs: { id: 'upcoming-title', tabindex: -1 } }, SIDEBAR_UPCOMING.title),
      button(SIDEBAR_UPCOMING.refresh, {
        key: 'upcoming:refresh',
        kind: 'link',
        label: SIDEBAR_UPCOMING.refreshLabel,
        onClick: () => void loadUpcoming(),
      }),
    ),
    ...(u ? sections(u) : s.busy ? [h('p', { class: 'muted loading' }, SIDEBAR_TEXT.loading)] : []),
  );
}
