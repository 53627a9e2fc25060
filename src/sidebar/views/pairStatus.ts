/**
 * A pair's status buttons (from PairView.next) and the form that closes a pair with a reason
 * and a date (and, for an early stop at a participant's request, the notice date).
 */
import type { PairView, SetPairStatusRequest, SidebarData } from '../../app/sidebarApi';
import { SIDEBAR_ERRORS, SIDEBAR_PAIRS, SIDEBAR_TERMS } from '../../i18n/sidebar';
import { mutate } from '../actions';
import { button, closeOnEscape, field, options, select } from '../components/common';
import { h, uid } from '../dom';
import { addWorkingDaysIso, EARLY_STOP_NOTICE_WORKING_DAYS, isEarlyStopByParticipant, ruDate, todayIso } from '../format';
import { type State, update } from '../store';

export const CLOSING = new Set(['завершена', 'прекращена']);

export function cardKey(pair: Pick<PairView, 'id'>): string {
  return `pair:${pair.id}`;
}

export function closeForm(
  s: State,
  data: SidebarData,
  pair: PairView,
  form: Extract<State['form'], { kind: 'close' }>,
): HTMLElement {
  const action = SIDEBAR_PAIRS.actions[form.status] ?? form.status;
  // At a participant's request the other side is notified first (ст. 351.8 ТК РФ): the notice
  // date decides the earliest end, which the server works out when the end date is left empty.
  const early = form.status === 'прекращена' && isEarlyStopByParticipant(form.reason);
  const reason = select(
    `${pair.id}:close-reason`,
    options(data.completionReasons),
    form.reason,
    (v) =>
      update(() => {
        const wasEarly = form.status === 'прекращена' && isEarlyStopByParticipant(form.reason);
        form.reason = v;
        const nowEarly = form.status === 'прекращена' && isEarlyStopByParticipant(v);
        if (nowEarly && !wasEarly) form.endDate = '';
        if (!nowEarly && wasEarly && !form.endDate) form.endDate = todayIso();
      }),
    SIDEBAR_PAIRS.chooseReason,
  );
  reason.required = true;
  const hint = h('p', { class: 'hint', attrs: { id: uid('notice-hint') } });
  const showHint = () => {
    hint.textContent = SIDEBAR_PAIRS.noticeHint(
      ruDate(addWorkingDaysIso(form.noticeDate || todayIso(), EARLY_STOP_NOTICE_WORKING_DAYS)),
    );
  };
  const notice = h('input', {
    key: `${pair.id}:close-notice`,
    attrs: { type: 'date', value: form.noticeDate, required: true, 'aria-describedby': hint.id },
    on: {
      input: () => {
        form.noticeDate = notice.value;
        showHint();
      },
    },
  });
  showHint();
  const end = h('input', {
    key: `${pair.id}:close-date`,
    attrs: { type: 'date', value: form.endDate, required: !early, 'aria-describedby': early ? hint.id : null },
    on: { input: () => (form.endDate = end.value) },
  });
  const node = h(
    'form',
    {
      class: 'inline-form',
      attrs: { 'aria-label': SIDEBAR_PAIRS.actionLabel(action, pair.id) },
      on: {
        submit: (event) => {
          event.preventDefault();
          if (!form.reason) {
            update((st) => {
              st.error = SIDEBAR_ERRORS.reasonRequired;
              st.focus = `${pair.id}:close-reason`;
            });
            return;
          }
          const request: SetPairStatusRequest = { pairId: pair.id, status: form.status, reason: form.reason };
          if (early) {
            request.noticeDate = form.noticeDate || todayIso();
            if (form.endDate) request.endDate = form.endDate;
          } else {
            request.endDate = form.endDate || todayIso();
          }
          void mutate('setPairStatus', request, (st) => {
            st.notice = SIDEBAR_PAIRS.statusChanged(pair.id, form.status);
            st.focus = cardKey(pair);
          });
        },
      },
    },
    field(SIDEBAR_PAIRS.reason, reason),
    early ? field(SIDEBAR_PAIRS.notice, notice) : null,
    early ? hint : null,
    field(early ? SIDEBAR_PAIRS.endDateOptional : SIDEBAR_PAIRS.endDate, end),
    h(
      'div',
      { class: 'actions' },
      h(
        'button',
        {
          class: `btn ${form.status === 'прекращена' ? 'btn-danger' : 'btn-primary'}`,
          key: `${pair.id}:close-submit`,
          attrs: { type: 'submit', disabled: s.busy },
        },
        SIDEBAR_PAIRS.confirmClose(action),
      ),
      button(SIDEBAR_TERMS.cancel, {
        key: `${pair.id}:close-cancel`,
        onClick: () =>
          update((st) => {
            st.form = null;
            st.focus = `${pair.id}:status:${form.status}`;
          }),
      }),
    ),
  );
  // With the native check, an empty reason is reported by the browser; ours is the fallback.
  node.noValidate = true;
  return closeOnEscape(node, `${pair.id}:status:${form.status}`);
}

export function statusButtons(pair: PairView, missingId: string | null): HTMLElement | null {
  if (!pair.next.length) return null;
  return h(
    'div',
    { class: 'actions status-actions' },
    ...pair.next.map((status) => {
      const label = SIDEBAR_PAIRS.actions[status] ?? status;
      const blocked = status === 'закреплена' && pair.missing.length > 0;
      return button(label, {
        key: `${pair.id}:status:${status}`,
        kind: status === 'закреплена' || status === 'активна' ? 'primary' : status === 'прекращена' ? 'danger' : 'secondary',
        label: SIDEBAR_PAIRS.actionLabel(label, pair.id),
        disabled: blocked,
        describedBy: blocked && missingId ? missingId : undefined,
        attrs: { 'data-status': status },
        onClick: () => {
          if (CLOSING.has(status)) {
            update((st) => {
              st.form = {
                kind: 'close',
                pairId: pair.id,
                status,
                reason: status === 'завершена' ? (st.data?.completionReasons[0] ?? '') : '',
                endDate: todayIso(),
                noticeDate: todayIso(),
              };
              st.focus = `${pair.id}:close-reason`;
            });
            return;
          }
          void mutate('setPairStatus', { pairId: pair.id, status }, (st) => {
            st.notice = SIDEBAR_PAIRS.statusChanged(pair.id, status);
            st.focus = cardKey(pair);
          });
        },
      });
    }),
  );
}
