/** The terms of a new pair (form, kind, goal, start, planned end), edited in a draft object. */
import type { SidebarData } from '../../app/sidebarApi';
import { SIDEBAR_TERMS } from '../../i18n/sidebar';
import { h } from '../dom';
import type { TermsDraft } from '../store';
import { field, options, select } from './common';

export function termsFields(prefix: string, draft: TermsDraft, data: SidebarData): HTMLElement[] {
  const goal = h('input', {
    key: `${prefix}:goal`,
    attrs: { type: 'text', value: draft.goal, placeholder: SIDEBAR_TERMS.goalPlaceholder, maxlength: 2000, autocomplete: 'off' },
    on: { input: () => (draft.goal = goal.value) },
  });
  const start = h('input', {
    key: `${prefix}:start`,
    attrs: { type: 'date', value: draft.start, required: true },
    on: { input: () => (draft.start = start.value) },
  });
  const end = h('input', {
    key: `${prefix}:end`,
    attrs: { type: 'date', value: draft.plannedEnd, required: true },
    on: { input: () => (draft.plannedEnd = end.value) },
  });
  return [
    field(
      SIDEBAR_TERMS.form,
      select(`${prefix}:form`, options(data.forms), draft.form, (v) => (draft.form = v)),
    ),
    field(
      SIDEBAR_TERMS.kind,
      select(`${prefix}:kind`, options(data.kinds), draft.kind, (v) => (draft.kind = v)),
    ),
    field(SIDEBAR_TERMS.goal, goal),
    h('div', { class: 'row2' }, field(SIDEBAR_TERMS.start, start), field(SIDEBAR_TERMS.end, end)),
    h('p', { class: 'hint' }, SIDEBAR_TERMS.termHint),
  ];
}
