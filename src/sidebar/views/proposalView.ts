/** «Подобрать всех»: the optimal proposal, accepted whole or in part with shared terms. */
import type { ProposalView, SidebarData } from '../../app/sidebarApi';
import { SIDEBAR_ERRORS, SIDEBAR_MATCH, SIDEBAR_PROPOSAL, SIDEBAR_TERMS } from '../../i18n/sidebar';
import { mutate, newPairIds } from '../actions';
import { button, collapsible } from '../components/common';
import { initRoving, listNav } from '../components/listNav';
import { termsFields } from '../components/termsFields';
import { h, uid } from '../dom';
import { proposalKey, type State, update } from '../store';

type Proposal = ProposalView['proposals'][number];

function close(): void {
  update((s) => {
    s.match.proposal = null;
    s.focus = 'propose-all';
  });
}

function toggleExpanded(key: string): void {
  update((s) => {
    if (s.match.expanded.has(key)) s.match.expanded.delete(key);
    else s.match.expanded.add(key);
    s.focus = `proposal:${key}`;
  });
}

function proposalRow(s: State, p: Proposal): HTMLElement {
  const key = proposalKey(p);
  const expanded = s.match.expanded.has(key);
  const check = h('input', {
    class: 'check',
    key: `proposal:${key}`,
    attrs: {
      type: 'checkbox',
      checked: s.match.checked.has(key),
      'aria-label': SIDEBAR_PROPOSAL.checkLabel(p.mentorName, p.menteeName),
      'data-mentor-id': p.mentorId,
      'data-mentee-id': p.menteeId,
    },
    on: {
      change: () =>
        update((st) => {
          if (check.checked) st.match.checked.add(key);
          else st.match.checked.delete(key);
        }),
    },
  });
  const reasonsId = uid('reasons');
  return h(
    'li',
    { class: 'proposal' },
    h(
      'div',
      { class: 'proposal-line' },
      check,
      h('div', { class: 'proposal-text' }, h('div', { class: 'name' }, p.mentorName), h('div', null, '← ', p.menteeName)),
      h('span', { class: 'score' }, SIDEBAR_MATCH.score(p.score)),
    ),
    h(
      'button',
      {
        class: 'btn btn-link small',
        key: `proposal:${key}:why`,
        attrs: { type: 'button', 'aria-expanded': expanded ? 'true' : 'false', 'aria-controls': reasonsId },
        on: { click: () => toggleExpanded(key) },
      },
      `${expanded ? '▾' : '▸'} ${SIDEBAR_PROPOSAL.reasons}`,
    ),
    h('ul', { class: 'reasons', attrs: { id: reasonsId, hidden: !expanded } }, ...p.reasons.map((r) => h('li', null, r))),
  );
}

export function proposalView(s: State, data: SidebarData, proposal: ProposalView): HTMLElement {
  const chosen = proposal.proposals.filter((p) => s.match.checked.has(proposalKey(p)));
  const terms = s.match.proposalTerms;
  const list = listNav(
    h(
      'ul',
      { class: 'list proposals', attrs: { 'aria-label': SIDEBAR_PROPOSAL.listLabel } },
      ...proposal.proposals.map((p) => proposalRow(s, p)),
    ),
    {
      item: 'input.check',
      onEnter: (item) =>
        toggleExpanded(
          proposalKey({ mentorId: item.getAttribute('data-mentor-id')!, menteeId: item.getAttribute('data-mentee-id')! }),
        ),
    },
  );
  initRoving(Array.from(list.querySelectorAll<HTMLElement>('input.check')));
  const setAll = (on: boolean) =>
    update((st) => {
      st.match.checked = new Set(on ? proposal.proposals.map(proposalKey) : []);
    });
  const unmatched = proposal.unmatched.length
    ? collapsible(
        'unmatched',
        SIDEBAR_PROPOSAL.unmatchedTitle(proposal.unmatched.length),
        [
          h('p', { class: 'hint' }, SIDEBAR_PROPOSAL.unmatchedNote),
          h(
            'ul',
            { class: 'list unmatched' },
            ...proposal.unmatched.map((u) =>
              h(
                'li',
                { class: 'card muted-card', attrs: { 'data-mentee-id': u.menteeId } },
                h('div', { class: 'name' }, u.menteeName),
                h('div', { class: 'meta small' }, u.reason),
              ),
            ),
          ),
        ],
        'box-warn',
      )
    : null;
  const accept = h(
    'form',
    {
      class: 'inline-form',
      attrs: { 'aria-label': SIDEBAR_TERMS.sharedTitle },
      on: {
        submit: (event) => {
          event.preventDefault();
          if (!chosen.length) return update((st) => void (st.error = SIDEBAR_ERRORS.noneChecked));
          void mutate(
            'acceptProposals',
            { pairs: chosen.map((p) => ({ mentorId: p.mentorId, menteeId: p.menteeId })), ...terms },
            (st, before, after) => {
              st.notice = SIDEBAR_PROPOSAL.accepted(newPairIds(before, after).length);
              st.focus = 'propose-all';
            },
          );
        },
      },
    },
    h('p', { class: 'form-title' }, SIDEBAR_TERMS.sharedTitle),
    ...termsFields('accept', terms, data),
    h(
      'div',
      { class: 'actions' },
      h(
        'button',
        { class: 'btn btn-primary', key: 'accept:submit', attrs: { type: 'submit', disabled: s.busy || !chosen.length } },
        SIDEBAR_PROPOSAL.accept(chosen.length),
      ),
    ),
  );
  return h(
    'section',
    { class: 'view proposal-view', attrs: { 'aria-labelledby': 'proposal-title' } },
    button(SIDEBAR_PROPOSAL.back, { key: 'proposal:back', kind: 'link', label: SIDEBAR_PROPOSAL.backLabel, onClick: close }),
    h('h2', { class: 'title', key: 'proposal-title', attrs: { id: 'proposal-title', tabindex: -1 } }, SIDEBAR_PROPOSAL.title),
    h('p', { class: 'muted' }, SIDEBAR_PROPOSAL.total(proposal.proposals.length, proposal.total)),
    proposal.proposals.length
      ? h(
          'div',
          null,
          h(
            'div',
            { class: 'actions' },
            button(SIDEBAR_PROPOSAL.all, { key: 'proposal:all', kind: 'link', onClick: () => setAll(true) }),
            button(SIDEBAR_PROPOSAL.none, { key: 'proposal:none', kind: 'link', onClick: () => setAll(false) }),
          ),
          list,
        )
      : h('p', { class: 'empty' }, SIDEBAR_PROPOSAL.empty),
    unmatched,
    proposal.proposals.length ? accept : null,
  );
}
