/**
 * A running programme: plan progress, and the forms that log a meeting, extend the programme
 * and give the mentee another mentor (each one server call that answers with the new data).
 */
import type { MentorView, PairView, SidebarData } from '../../app/sidebarApi';
import { SIDEBAR_ERRORS, SIDEBAR_LIFECYCLE, SIDEBAR_TERMS } from '../../i18n/sidebar';
import { mutate, newPairIds } from '../actions';
import { button, closeOnEscape, field, select } from '../components/common';
import { h, uid } from '../dom';
import { addMonthsIso, compareText, fold, ruDate, todayIso } from '../format';
import { type InlineForm, type State, update } from '../store';
import { cardKey } from './pairStatus';

type Form<K extends NonNullable<InlineForm>['kind']> = Extract<InlineForm, { kind: K }>;

/** «План: 3 из 8, последняя встреча 20.11.2026», with a bar; for an ongoing pair without a plan, says so. */
export function planProgress(pair: PairView, ongoing: boolean): HTMLElement | null {
  if (!pair.planTotal) return ongoing ? h('div', { class: 'meta small plan plan-empty' }, SIDEBAR_LIFECYCLE.noPlan) : null;
  const share = Math.max(0, Math.min(1, pair.planDone / pair.planTotal));
  const fill = h('div', { class: 'bar-fill' });
  fill.style.width = `${Math.round(share * 100)}%`;
  return h(
    'div',
    { class: 'plan' },
    h('div', { class: 'meta small plan-text' }, SIDEBAR_LIFECYCLE.plan(pair.planDone, pair.planTotal, ruDate(pair.lastMeeting))),
    h(
      'div',
      {
        class: 'bar plan-bar',
        attrs: {
          role: 'progressbar',
          'aria-valuemin': 0,
          'aria-valuemax': pair.planTotal,
          'aria-valuenow': pair.planDone,
          'aria-label': SIDEBAR_LIFECYCLE.planLabel(pair.planDone, pair.planTotal),
        },
      },
      fill,
    ),
  );
}

function open(form: NonNullable<InlineForm>, focus: string): void {
  update((s) => {
    s.form = form;
    s.focus = focus;
  });
}

function cancel(key: string, returnTo: string): HTMLButtonElement {
  return button(SIDEBAR_TERMS.cancel, {
    key,
    onClick: () =>
      update((st) => {
        st.form = null;
        st.focus = returnTo;
      }),
  });
}

/** «Записать встречу», «Продлить», «Сменить наставника» for an ongoing pair. */
export function lifecycleButtons(pair: PairView): HTMLElement {
  const meetings = pair.status === 'активна' || pair.status === 'закреплена';
  return h(
    'div',
    { class: 'actions lifecycle-actions', attrs: { role: 'group', 'aria-label': SIDEBAR_LIFECYCLE.actionsLabel(pair.id) } },
    meetings
      ? button(SIDEBAR_LIFECYCLE.meeting, {
          key: `${pair.id}:meeting`,
          kind: 'link',
          label: SIDEBAR_LIFECYCLE.meetingLabel(pair.id),
          onClick: () =>
            open({ kind: 'meeting', pairId: pair.id, date: todayIso(), topic: '', result: '' }, `${pair.id}:meeting-topic`),
        })
      : null,
    button(SIDEBAR_LIFECYCLE.extend, {
      key: `${pair.id}:extend`,
      kind: 'link',
      label: SIDEBAR_LIFECYCLE.extendLabel(pair.id),
      onClick: () =>
        open({ kind: 'extend', pairId: pair.id, plannedEnd: pair.plannedEnd ?? '', reason: '' }, `${pair.id}:extend-date`),
    }),
    button(SIDEBAR_LIFECYCLE.replace, {
      key: `${pair.id}:replace`,
      kind: 'link',
      label: SIDEBAR_LIFECYCLE.replaceLabel(pair.id),
      onClick: () => open({ kind: 'replace', pairId: pair.id, mentorId: '' }, `${pair.id}:replace-mentor`),
    }),
  );
}

export function meetingForm(s: State, pair: PairView, form: Form<'meeting'>): HTMLElement {
  const back = `${pair.id}:meeting`;
  const date = h('input', {
    key: `${pair.id}:meeting-date`,
    attrs: { type: 'date', value: form.date, required: true },
    on: { input: () => (form.date = date.value) },
  });
  const topic = h('input', {
    key: `${pair.id}:meeting-topic`,
    attrs: {
      type: 'text',
      value: form.topic,
      required: true,
      maxlength: 2000,
      autocomplete: 'off',
      placeholder: SIDEBAR_LIFECYCLE.topicPlaceholder,
    },
    on: { input: () => (form.topic = topic.value) },
  });
  const result = h('textarea', {
    key: `${pair.id}:meeting-result`,
    attrs: { value: form.result, rows: 2, maxlength: 2000, placeholder: SIDEBAR_LIFECYCLE.resultPlaceholder },
    on: { input: () => (form.result = result.value) },
  });
  const node = h(
    'form',
    {
      class: 'inline-form',
      attrs: { 'aria-label': SIDEBAR_LIFECYCLE.meetingTitle(pair.id) },
      on: {
        submit: (event) => {
          event.preventDefault();
          if (!form.date)
            return update((st) => {
              st.error = SIDEBAR_ERRORS.dateRequired;
              st.focus = `${pair.id}:meeting-date`;
            });
          if (!form.topic.trim())
            return update((st) => {
              st.error = SIDEBAR_ERRORS.topicRequired;
              st.focus = `${pair.id}:meeting-topic`;
            });
          void mutate(
            'logMeeting',
            { pairId: pair.id, date: form.date, topic: form.topic.trim(), result: form.result.trim() },
            (st) => {
              st.notice = SIDEBAR_LIFECYCLE.meetingLogged(pair.id, ruDate(form.date));
              st.focus = cardKey(pair);
            },
          );
        },
      },
    },
    h('p', { class: 'form-title' }, SIDEBAR_LIFECYCLE.meetingTitle(pair.id)),
    field(SIDEBAR_LIFECYCLE.meetingDate, date),
    field(SIDEBAR_LIFECYCLE.meetingTopic, topic),
    field(SIDEBAR_LIFECYCLE.meetingResult, result),
    h(
      'div',
      { class: 'actions' },
      h(
        'button',
        { class: 'btn btn-primary', key: `${pair.id}:meeting-submit`, attrs: { type: 'submit', disabled: s.busy } },
        SIDEBAR_LIFECYCLE.meetingSave,
      ),
      cancel(`${pair.id}:meeting-cancel`, back),
    ),
  );
  node.noValidate = true;
  return closeOnEscape(node, back);
}

export function extendForm(s: State, pair: PairView, form: Form<'extend'>): HTMLElement {
  const back = `${pair.id}:extend`;
  // Past 12 months from the start the server wants a reason (as it counts: no start, no limit).
  const limit = pair.start ? addMonthsIso(pair.start, 12) : '';
  const overYear = (end: string) => !!limit && !!end && end > limit;
  const reason = h('input', {
    key: `${pair.id}:extend-reason`,
    attrs: { type: 'text', value: form.reason, maxlength: 2000, autocomplete: 'off' },
    on: { input: () => (form.reason = reason.value) },
  });
  const reasonBox = h(
    'div',
    { class: 'override' },
    field(SIDEBAR_LIFECYCLE.overrideReason, reason, SIDEBAR_LIFECYCLE.overrideHint),
  );
  reasonBox.hidden = !overYear(form.plannedEnd);
  const end = h('input', {
    key: `${pair.id}:extend-date`,
    attrs: { type: 'date', value: form.plannedEnd, required: true, min: pair.plannedEnd ?? undefined },
    on: {
      // Shown or hidden in place: a re-render would reset the date field's typing.
      input: () => {
        form.plannedEnd = end.value;
        reasonBox.hidden = !overYear(end.value);
      },
    },
  });
  const node = h(
    'form',
    {
      class: 'inline-form',
      attrs: { 'aria-label': SIDEBAR_LIFECYCLE.extendTitle(pair.id) },
      on: {
        submit: (event) => {
          event.preventDefault();
          if (!form.plannedEnd)
            return update((st) => {
              st.error = SIDEBAR_ERRORS.newEndRequired;
              st.focus = `${pair.id}:extend-date`;
            });
          const overrideReason = overYear(form.plannedEnd) ? form.reason.trim() : '';
          // Refusals (not later than now, over a year without a reason) are the server's to say.
          void mutate(
            'extendPair',
            overrideReason
              ? { pairId: pair.id, plannedEnd: form.plannedEnd, overrideReason }
              : { pairId: pair.id, plannedEnd: form.plannedEnd },
            (st) => {
              st.notice = SIDEBAR_LIFECYCLE.extended(pair.id, ruDate(form.plannedEnd));
              st.focus = cardKey(pair);
            },
          );
        },
      },
    },
    h('p', { class: 'form-title' }, SIDEBAR_LIFECYCLE.extendTitle(pair.id)),
    field(SIDEBAR_LIFECYCLE.newEnd, end, limit ? SIDEBAR_LIFECYCLE.extendLimit(ruDate(limit)) : undefined),
    reasonBox,
    h(
      'div',
      { class: 'actions' },
      h(
        'button',
        { class: 'btn btn-primary', key: `${pair.id}:extend-submit`, attrs: { type: 'submit', disabled: s.busy } },
        SIDEBAR_LIFECYCLE.extendSave,
      ),
      cancel(`${pair.id}:extend-cancel`, back),
    ),
  );
  node.noValidate = true;
  return closeOnEscape(node, back);
}

/** Active mentors other than the pair's, with room for all its mentees. */
export function replacementMentors(data: SidebarData, pair: PairView): MentorView[] {
  return data.mentors
    .filter((m) => m.id !== pair.mentorId && fold(m.status) === 'активен' && m.load + pair.menteeIds.length <= m.capacity)
    .sort((a, b) => compareText(a.fullName, b.fullName));
}

export function replaceForm(s: State, data: SidebarData, pair: PairView, form: Form<'replace'>): HTMLElement {
  const back = `${pair.id}:replace`;
  const mentors = replacementMentors(data, pair);
  const explainId = uid('replace-explain');
  const choice = mentors.length
    ? select(
        `${pair.id}:replace-mentor`,
        mentors.map((m) => ({ value: m.id, text: SIDEBAR_LIFECYCLE.mentorOption(m.fullName, m.load, m.capacity) })),
        form.mentorId,
        (v) => (form.mentorId = v),
        SIDEBAR_LIFECYCLE.chooseMentor,
      )
    : null;
  const node = h(
    'form',
    {
      class: 'inline-form',
      attrs: { 'aria-label': SIDEBAR_LIFECYCLE.replaceTitle(pair.id), 'aria-describedby': explainId },
      on: {
        submit: (event) => {
          event.preventDefault();
          if (!form.mentorId)
            return update((st) => {
              st.error = SIDEBAR_ERRORS.mentorRequired;
              st.focus = `${pair.id}:replace-mentor`;
            });
          const mentor = mentors.find((m) => m.id === form.mentorId);
          void mutate('replaceMentor', { pairId: pair.id, mentorId: form.mentorId }, (st, before, after) => {
            const newId = newPairIds(before, after)[0] ?? '';
            st.notice = SIDEBAR_LIFECYCLE.replaced(pair.id, newId, mentor?.fullName ?? form.mentorId);
            st.pairFilter = ''; // the closed pair and the new one, side by side
            st.focus = cardKey(newId ? { id: newId } : pair);
          });
        },
      },
    },
    h('p', { class: 'form-title' }, SIDEBAR_LIFECYCLE.replaceTitle(pair.id)),
    h('p', { class: 'hint', attrs: { id: explainId } }, SIDEBAR_LIFECYCLE.replaceExplain(pair.id)),
    choice
      ? field(SIDEBAR_LIFECYCLE.newMentor, choice, SIDEBAR_LIFECYCLE.mentorHint)
      : h('p', { class: 'empty', key: `${pair.id}:replace-mentor`, attrs: { tabindex: -1 } }, SIDEBAR_LIFECYCLE.noMentors),
    h(
      'div',
      { class: 'actions' },
      h(
        'button',
        { class: 'btn btn-primary', key: `${pair.id}:replace-submit`, attrs: { type: 'submit', disabled: s.busy || !choice } },
        SIDEBAR_LIFECYCLE.replaceSave,
      ),
      cancel(`${pair.id}:replace-cancel`, back),
    ),
  );
  node.noValidate = true;
  return closeOnEscape(node, back);
}
