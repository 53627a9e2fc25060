/** «Подбор»: mentees awaiting a pair (search, filters), then a mentee's ranking or the proposal for all. */
import type { ConsentState, MenteeView, SidebarData } from '../../app/sidebarApi';
import { SIDEBAR_MATCH } from '../../i18n/sidebar';
import { proposeAll, rank } from '../actions';
import { button, collapsible, field, options, select } from '../components/common';
import { initRoving, listNav } from '../components/listNav';
import { h } from '../dom';
import { distinct, matchesQuery } from '../format';
import { type MatchState, type State, update } from '../store';
import { proposalView } from './proposalView';
import { rankingView } from './rankingView';

export function matchView(s: State, data: SidebarData): HTMLElement {
  if (s.match.proposal) return proposalView(s, data, s.match.proposal);
  const mentee = s.match.selected ? data.mentees.find((m) => m.id === s.match.selected) : undefined;
  if (mentee && s.match.ranking) return rankingView(s, data, mentee, s.match.ranking);
  return menteeList(s, data);
}

function visible(m: MatchState, mentees: MenteeView[]): MenteeView[] {
  return mentees.filter(
    (e) =>
      (!m.subject || e.subject === m.subject) &&
      (!m.category || e.menteeCategory === m.category) &&
      (!m.consent || e.consentState === m.consent) &&
      matchesQuery(m.query, [e.fullName, e.subject, ...e.requests]),
  );
}

export function consentChip(state: ConsentState): HTMLElement | null {
  if (state === 'given') return null;
  return h(
    'span',
    { class: 'chip chip-warn' },
    state === 'withdrawn' ? SIDEBAR_MATCH.consentWithdrawn : SIDEBAR_MATCH.consentMissing,
  );
}

function filters(s: State, awaiting: MenteeView[]): HTMLElement {
  const m = s.match;
  const active = [m.subject, m.category, m.consent].filter(Boolean).length;
  const set = (change: (m: MatchState) => void) => update((st) => change(st.match));
  const consentValues = (['given', 'missing', 'withdrawn'] as const).map((v) => ({
    value: v,
    text: SIDEBAR_MATCH.consentStates[v],
  }));
  return collapsible('filters', SIDEBAR_MATCH.filters(active), [
    field(
      SIDEBAR_MATCH.subject,
      select(
        'filter:subject',
        options(distinct(awaiting.map((e) => e.subject))),
        m.subject,
        (v) => set((x) => (x.subject = v)),
        SIDEBAR_MATCH.any,
      ),
    ),
    field(
      SIDEBAR_MATCH.category,
      select(
        'filter:category',
        options(distinct(awaiting.map((e) => e.menteeCategory))),
        m.category,
        (v) => set((x) => (x.category = v)),
        SIDEBAR_MATCH.any,
      ),
    ),
    field(
      SIDEBAR_MATCH.consent,
      select(
        'filter:consent',
        consentValues,
        m.consent,
        (v) => set((x) => (x.consent = v as MatchState['consent'])),
        SIDEBAR_MATCH.any,
      ),
    ),
    active
      ? button(SIDEBAR_MATCH.resetFilters, {
          key: 'filter:reset',
          kind: 'link',
          onClick: () =>
            set((x) => {
              x.subject = '';
              x.category = '';
              x.consent = '';
            }),
        })
      : null,
  ]);
}

function menteeOption(e: MenteeView): HTMLElement {
  return h(
    'li',
    {
      class: 'option',
      key: `mentee:${e.id}`,
      attrs: { role: 'option', 'aria-selected': 'false', 'data-mentee-id': e.id },
      on: { click: () => void rank(e.id) },
    },
    h('div', { class: 'name' }, e.fullName),
    h('div', { class: 'meta' }, [e.subject, e.menteeCategory].filter(Boolean).join(' · ')),
    h('div', { class: 'meta small' }, e.requests.length ? e.requests.join('; ') : SIDEBAR_MATCH.noRequests),
    e.wishedMentor ? h('div', { class: 'meta small' }, SIDEBAR_MATCH.wished(e.wishedMentor)) : null,
    consentChip(e.consentState),
  );
}

function menteeList(s: State, data: SidebarData): HTMLElement {
  const awaiting = data.mentees.filter((e) => e.awaiting);
  const shown = visible(s.match, awaiting);
  const search = h('input', {
    key: 'search',
    class: 'search',
    attrs: {
      type: 'search',
      value: s.match.query,
      placeholder: SIDEBAR_MATCH.searchPlaceholder,
      'aria-label': SIDEBAR_MATCH.searchLabel,
      autocomplete: 'off',
      spellcheck: false,
    },
    on: {
      input: () => update((st) => void (st.match.query = search.value)),
      keydown: (event) => {
        if (event.key !== 'ArrowDown') return;
        const first = document.querySelector<HTMLElement>('.mentees [role="option"]');
        if (first) {
          event.preventDefault();
          first.focus();
        }
      },
    },
  });
  const list = listNav(
    h(
      'ul',
      { class: 'list mentees', attrs: { role: 'listbox', 'aria-label': SIDEBAR_MATCH.listLabel } },
      ...shown.map(menteeOption),
    ),
    { item: '[role="option"]', onEnter: (item) => void rank(item.getAttribute('data-mentee-id')!) },
  );
  initRoving(Array.from(list.querySelectorAll<HTMLElement>('[role="option"]')));
  return h(
    'section',
    { class: 'view', attrs: { 'aria-label': SIDEBAR_MATCH.listLabel } },
    h(
      'div',
      { class: 'actions' },
      button(SIDEBAR_MATCH.proposeAll, {
        key: 'propose-all',
        kind: 'primary',
        disabled: !awaiting.length,
        attrs: { title: SIDEBAR_MATCH.proposeAllHint },
        onClick: () => void proposeAll(),
      }),
    ),
    search,
    filters(s, awaiting),
    h('p', { class: 'count muted', attrs: { 'aria-live': 'polite' } }, SIDEBAR_MATCH.awaiting(shown.length, awaiting.length)),
    !awaiting.length
      ? h('p', { class: 'empty' }, SIDEBAR_MATCH.noneAwaiting)
      : !shown.length
        ? h('p', { class: 'empty' }, SIDEBAR_MATCH.noneFound)
        : list,
  );
}
