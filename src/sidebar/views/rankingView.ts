/** The ranked mentors for one mentee: score bars, reasons, load; create a pair or add to a group. */
import type { CandidateView, MenteeView, PairView, RankingView, SidebarData } from '../../app/sidebarApi';
import { SIDEBAR_ERRORS, SIDEBAR_MATCH, SIDEBAR_TERMS } from '../../i18n/sidebar';
import { mutate, newPairIds } from '../actions';
import { button, closeOnEscape, collapsible } from '../components/common';
import { initRoving, listNav } from '../components/listNav';
import { termsFields } from '../components/termsFields';
import { h } from '../dom';
import { emptyTerms, type State, type TermsDraft, update } from '../store';
import { consentChip } from './matchView';

function back(menteeId: string): void {
  update((s) => {
    s.match.selected = null;
    s.match.ranking = null;
    s.form = null;
    s.focus = `mentee:${menteeId}`;
  });
}

function scoreBar(score: number, best: number): HTMLElement {
  const share = best > 0 ? Math.max(0, Math.min(1, score / best)) : 0;
  const fill = h('div', { class: 'bar-fill' });
  fill.style.width = `${Math.round(share * 100)}%`;
  return h(
    'div',
    {
      class: 'bar',
      attrs: {
        role: 'meter',
        'aria-valuemin': 0,
        'aria-valuemax': Math.max(best, 0),
        'aria-valuenow': score,
        'aria-label': SIDEBAR_MATCH.scoreLabel(score, best),
      },
    },
    fill,
  );
}

function createForm(s: State, data: SidebarData, mentee: MenteeView, c: CandidateView, terms: TermsDraft): HTMLElement {
  const form = h(
    'form',
    {
      class: 'inline-form',
      attrs: { 'aria-label': SIDEBAR_TERMS.formTitle(c.fullName) },
      on: {
        submit: (event) => {
          event.preventDefault();
          if (!terms.start || !terms.plannedEnd) {
            update((st) => void (st.error = SIDEBAR_ERRORS.datesRequired));
            return;
          }
          void mutate('createPair', { mentorId: c.mentorId, menteeIds: [mentee.id], ...terms }, (st, before, after) => {
            const id = newPairIds(before, after)[0];
            if (id) st.notice = SIDEBAR_MATCH.pairCreated(id);
            st.match.query = ''; // the mentee searched for is paired now
            st.focus = 'search';
          });
        },
      },
    },
    h('p', { class: 'form-title' }, SIDEBAR_TERMS.formTitle(c.fullName)),
    ...termsFields(`create:${c.mentorId}`, terms, data),
    h(
      'div',
      { class: 'actions' },
      h(
        'button',
        { class: 'btn btn-primary', key: `create:${c.mentorId}:submit`, attrs: { type: 'submit', disabled: s.busy } },
        SIDEBAR_TERMS.create,
      ),
      button(SIDEBAR_TERMS.cancel, {
        key: `create:${c.mentorId}:cancel`,
        onClick: () =>
          update((st) => {
            st.form = null;
            st.focus = `candidate:${c.mentorId}`;
          }),
      }),
    ),
  );
  return closeOnEscape(form, `candidate:${c.mentorId}`);
}

function openCreate(data: SidebarData, mentorId: string): void {
  update((s) => {
    s.form = { kind: 'create', mentorId, terms: emptyTerms(data) };
    s.focus = `create:${mentorId}:form`;
  });
}

function candidateCard(
  s: State,
  data: SidebarData,
  mentee: MenteeView,
  c: CandidateView,
  best: number,
  groups: PairView[],
): HTMLElement {
  const loadText = SIDEBAR_MATCH.load(c.load, c.capacity);
  const reasons = c.reasons.filter((r) => r !== loadText);
  const formOpen = s.form?.kind === 'create' && s.form.mentorId === c.mentorId ? s.form : null;
  return h(
    'li',
    {
      class: 'card candidate',
      key: `candidate:${c.mentorId}`,
      attrs: {
        'aria-label': `${c.fullName}, ${SIDEBAR_MATCH.score(c.score)}, ${loadText}`,
        'data-mentor-id': c.mentorId,
        'data-score': c.score,
      },
    },
    h(
      'div',
      { class: 'card-head' },
      h('span', { class: 'name' }, c.fullName),
      h('span', { class: 'score' }, SIDEBAR_MATCH.score(c.score)),
    ),
    scoreBar(c.score, best),
    h('div', { class: 'meta small' }, h('span', { class: c.load >= c.capacity ? 'chip chip-warn' : 'chip' }, loadText)),
    reasons.length ? h('ul', { class: 'reasons' }, ...reasons.map((r) => h('li', null, r))) : null,
    formOpen
      ? createForm(s, data, mentee, c, formOpen.terms)
      : h(
          'div',
          { class: 'actions' },
          button(SIDEBAR_MATCH.createPair, {
            key: `candidate:${c.mentorId}:create`,
            kind: 'primary',
            label: SIDEBAR_MATCH.createPairLabel(c.fullName),
            onClick: () => openCreate(data, c.mentorId),
          }),
          ...groups.map((g) =>
            button(groups.length > 1 ? SIDEBAR_MATCH.addToGroupId(g.id) : SIDEBAR_MATCH.addToGroup, {
              key: `candidate:${c.mentorId}:group:${g.id}`,
              label: SIDEBAR_MATCH.addToGroupLabel(g.id, c.fullName),
              onClick: () =>
                void mutate('addToGroup', { pairId: g.id, menteeId: mentee.id }, (st) => {
                  st.notice = SIDEBAR_MATCH.addedToGroup(g.id);
                  st.match.query = '';
                  st.focus = 'search';
                }),
            }),
          ),
        ),
  );
}

export function rankingView(s: State, data: SidebarData, mentee: MenteeView, ranking: RankingView): HTMLElement {
  const best = ranking.candidates.reduce((max, c) => Math.max(max, c.score), 0);
  const projects = data.pairs.filter((p) => p.status === 'проект');
  const list = listNav(
    h(
      'ul',
      { class: 'list cards', attrs: { 'aria-label': SIDEBAR_MATCH.candidatesLabel(mentee.fullName) } },
      ...ranking.candidates.map((c) =>
        candidateCard(
          s,
          data,
          mentee,
          c,
          best,
          projects.filter((p) => p.mentorId === c.mentorId),
        ),
      ),
    ),
    {
      item: '.candidate',
      onEnter: (item) => openCreate(data, item.getAttribute('data-mentor-id')!),
    },
  );
  initRoving(Array.from(list.querySelectorAll<HTMLElement>('.candidate')));
  const excluded = ranking.excluded.length
    ? collapsible('excluded', SIDEBAR_MATCH.excluded(ranking.excluded.length), [
        h(
          'ul',
          { class: 'list excluded' },
          ...ranking.excluded.map((x) =>
            h(
              'li',
              { class: 'card muted-card', attrs: { 'data-mentor-id': x.mentorId } },
              h('div', { class: 'name' }, x.fullName),
              h('ul', { class: 'reasons' }, ...x.reasons.map((r) => h('li', null, r))),
            ),
          ),
        ),
      ])
    : null;
  return h(
    'section',
    {
      class: 'view ranking',
      attrs: { 'aria-labelledby': 'ranking-title' },
      // Escape (with no form open: the form stops it) goes back to the list.
      on: {
        keydown: (event) => {
          if (event.key !== 'Escape') return;
          event.preventDefault();
          back(mentee.id);
        },
      },
    },
    button(SIDEBAR_MATCH.back, {
      key: 'ranking:back',
      kind: 'link',
      label: SIDEBAR_MATCH.backLabel,
      onClick: () => back(mentee.id),
    }),
    h(
      'div',
      { class: 'mentee-head' },
      h('h2', { class: 'title', key: 'ranking-title', attrs: { id: 'ranking-title', tabindex: -1 } }, mentee.fullName),
      h('div', { class: 'meta' }, [mentee.subject, mentee.level, mentee.menteeCategory].filter(Boolean).join(' · ')),
      h(
        'div',
        { class: 'meta small' },
        `${SIDEBAR_MATCH.requests}: ${mentee.requests.length ? mentee.requests.join('; ') : SIDEBAR_MATCH.noRequests}`,
      ),
      mentee.wishedMentor ? h('div', { class: 'meta small' }, SIDEBAR_MATCH.wished(mentee.wishedMentor)) : null,
      consentChip(mentee.consentState),
    ),
    h('h3', { class: 'subtitle' }, SIDEBAR_MATCH.candidatesTitle),
    ranking.candidates.length ? list : h('p', { class: 'empty' }, SIDEBAR_MATCH.noCandidates),
    excluded,
  );
}
