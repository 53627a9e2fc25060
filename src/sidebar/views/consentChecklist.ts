/**
 * A pair's consent checklist: personal data of each participant, the mentor's duties; one click
 * records one. For each person: a blank consent form to print, the withdrawal, and the erasure
 * of their data (confirmed in the panel by typing their ID).
 */
import type { ConsentState, PairView, RecordConsentRequest, SidebarData } from '../../app/sidebarApi';
import { SIDEBAR_DOCS, SIDEBAR_ERASE, SIDEBAR_ERRORS, SIDEBAR_PAIRS, SIDEBAR_TERMS } from '../../i18n/sidebar';
import { erasePerson, mutate } from '../actions';
import { button, closeOnEscape, field } from '../components/common';
import { h, uid } from '../dom';
import { ruDate, todayIso } from '../format';
import { type State, state, update } from '../store';
import { documentButton, documentResult } from './documents';
import { cardKey } from './pairStatus';

interface ConsentLine {
  key: string;
  who: string;
  what: string;
  state: ConsentState;
  date: string | null;
  /** Records the consent today. */
  mark: (date: string) => void;
  /** For personal data: the person whose consent may be withdrawn. */
  personId?: string;
  /** Duties: the scan link field. */
  pairId?: string;
}

function recordConsent(pair: PairView, request: RecordConsentRequest, notice: string): void {
  void mutate('recordConsent', request, (st) => {
    st.notice = notice;
    st.focus = cardKey(pair);
  });
}

function consentLines(s: State, data: SidebarData, pair: PairView): ConsentLine[] {
  const lines: ConsentLine[] = [];
  const person = (id: string, fallback: string) => {
    const m = data.mentors.find((x) => x.id === id) ?? data.mentees.find((x) => x.id === id);
    lines.push({
      key: `${pair.id}:data:${id}`,
      who: m?.fullName ?? fallback,
      what: SIDEBAR_PAIRS.consentData,
      state: m?.consentState ?? 'missing',
      date: m?.consentData ?? null,
      personId: id,
      mark: (date) => recordConsent(pair, { kind: 'data', personId: id, date }, SIDEBAR_PAIRS.consentRecorded),
    });
  };
  person(pair.mentorId, pair.mentorName);
  lines.push({
    key: `${pair.id}:duties`,
    who: pair.mentorName,
    what: SIDEBAR_PAIRS.consentDuties,
    state: pair.dutiesConsent ? 'given' : 'missing',
    date: pair.dutiesConsent,
    pairId: pair.id,
    mark: (date) => {
      const link = (s.scanLinks.get(pair.id) ?? '').trim();
      if (link && !/^https?:\/\/\S+$/.test(link)) {
        update((st) => {
          st.error = SIDEBAR_ERRORS.badLink;
          st.focus = `${pair.id}:duties:link`;
        });
        return;
      }
      recordConsent(
        pair,
        link ? { kind: 'duties', pairId: pair.id, date, link } : { kind: 'duties', pairId: pair.id, date },
        SIDEBAR_PAIRS.consentRecorded,
      );
    },
  });
  pair.menteeIds.forEach((id, i) => person(id, pair.menteeNames[i] ?? id));
  return lines;
}

function stateText(line: ConsentLine): string {
  if (line.state === 'withdrawn') return SIDEBAR_PAIRS.withdrawnState;
  if (line.state === 'missing') return SIDEBAR_PAIRS.missingState;
  return line.date ? SIDEBAR_PAIRS.given(ruDate(line.date)) : SIDEBAR_PAIRS.givenNoDate;
}

function withdrawForm(s: State, pair: PairView, line: ConsentLine, date: string): HTMLElement {
  const input = h('input', {
    key: `${line.key}:withdraw-date`,
    attrs: { type: 'date', value: date, required: true },
    on: { input: () => s.form?.kind === 'withdraw' && (s.form.date = input.value) },
  });
  const form = h(
    'form',
    {
      class: 'inline-form',
      attrs: { 'aria-label': SIDEBAR_PAIRS.withdrawLabel(line.who) },
      on: {
        submit: (event) => {
          event.preventDefault();
          recordConsent(
            pair,
            { kind: 'withdrawal', personId: line.personId!, date: input.value },
            SIDEBAR_PAIRS.withdrawalRecorded,
          );
        },
      },
    },
    field(SIDEBAR_PAIRS.withdrawDate, input),
    h(
      'div',
      { class: 'actions' },
      h(
        'button',
        { class: 'btn btn-danger', key: `${line.key}:withdraw-submit`, attrs: { type: 'submit', disabled: s.busy } },
        SIDEBAR_PAIRS.withdrawConfirm,
      ),
      button(SIDEBAR_TERMS.cancel, {
        key: `${line.key}:withdraw-cancel`,
        onClick: () =>
          update((st) => {
            st.form = null;
            st.focus = `${line.key}:withdraw`;
          }),
      }),
    ),
  );
  return closeOnEscape(form, `${line.key}:withdraw`);
}

function eraseForm(s: State, pair: PairView, line: ConsentLine, form: Extract<State['form'], { kind: 'erase' }>): HTMLElement {
  const id = line.personId!;
  const back = `${line.key}:erase`;
  const warningId = uid('erase-warning');
  const matches = (text: string) => text.trim() === id;
  const submit = h(
    'button',
    {
      class: 'btn btn-danger',
      key: `${line.key}:erase-submit`,
      attrs: { type: 'submit', disabled: s.busy || !matches(form.typed) },
    },
    SIDEBAR_ERASE.confirm,
  );
  const typed = h('input', {
    key: `${line.key}:erase-id`,
    attrs: {
      type: 'text',
      value: form.typed,
      autocomplete: 'off',
      spellcheck: 'false',
      maxlength: 40,
      'aria-describedby': warningId,
    },
    on: {
      input: () => {
        form.typed = typed.value;
        // In place, without a re-render: the button is live only for the exact ID.
        submit.disabled = state.busy || !matches(typed.value);
      },
    },
  });
  const node = h(
    'form',
    {
      class: 'inline-form danger-form',
      attrs: { 'aria-label': SIDEBAR_ERASE.title(line.who) },
      on: {
        submit: (event) => {
          event.preventDefault();
          if (!matches(form.typed)) {
            update((st) => {
              st.error = SIDEBAR_ERRORS.eraseMismatch(id);
              st.focus = `${line.key}:erase-id`;
            });
            return;
          }
          void erasePerson(id, cardKey(pair));
        },
      },
    },
    h('p', { class: 'form-title' }, SIDEBAR_ERASE.title(line.who)),
    h('p', { class: 'danger-note', attrs: { id: warningId } }, SIDEBAR_ERASE.warning(line.who, id)),
    field(SIDEBAR_ERASE.typeId(id), typed),
    h(
      'div',
      { class: 'actions' },
      submit,
      button(SIDEBAR_TERMS.cancel, {
        key: `${line.key}:erase-cancel`,
        onClick: () =>
          update((st) => {
            st.form = null;
            st.focus = back;
          }),
      }),
    ),
  );
  return closeOnEscape(node, back);
}

function consentItem(s: State, pair: PairView, line: ConsentLine): HTMLElement {
  const icon = line.state === 'given' ? '✓' : line.state === 'withdrawn' ? '!' : '✗';
  const withdrawing =
    s.form?.kind === 'withdraw' && s.form.pairId === pair.id && s.form.personId === line.personId ? s.form : null;
  const erasing = s.form?.kind === 'erase' && s.form.pairId === pair.id && s.form.personId === line.personId ? s.form : null;
  const formHere = !!withdrawing || !!erasing;
  const docPlace = line.personId ? `${pair.id}:dataConsent:${line.personId}` : null;
  const actions: (HTMLElement | null)[] = [];
  if (line.state !== 'given') {
    if (line.pairId) {
      const link = h('input', {
        key: `${line.key}:link`,
        attrs: {
          type: 'url',
          value: s.scanLinks.get(pair.id) ?? '',
          placeholder: SIDEBAR_PAIRS.scanPlaceholder,
          autocomplete: 'off',
          inputmode: 'url',
        },
        on: { input: () => s.scanLinks.set(pair.id, link.value) },
      });
      actions.push(field(SIDEBAR_PAIRS.scanLink, link));
    }
    actions.push(
      button(SIDEBAR_PAIRS.markToday, {
        key: `${line.key}:mark`,
        label: SIDEBAR_PAIRS.markLabel(line.what, line.who),
        onClick: () => line.mark(todayIso()),
      }),
    );
  }
  const withdraw =
    line.state === 'given' && line.personId && !formHere
      ? button(SIDEBAR_PAIRS.withdraw, {
          key: `${line.key}:withdraw`,
          kind: 'inline',
          label: SIDEBAR_PAIRS.withdrawLabel(line.who),
          onClick: () =>
            update((st) => {
              st.form = { kind: 'withdraw', pairId: pair.id, personId: line.personId!, date: todayIso() };
              st.focus = `${line.key}:withdraw-date`;
            }),
        })
      : null;
  const erase =
    line.personId && !formHere
      ? button(SIDEBAR_ERASE.action, {
          key: `${line.key}:erase`,
          kind: 'inline',
          label: SIDEBAR_ERASE.actionLabel(line.who),
          attrs: { 'data-action': 'erase' },
          onClick: () =>
            update((st) => {
              st.form = { kind: 'erase', pairId: pair.id, personId: line.personId!, typed: '' };
              st.focus = `${line.key}:erase-id`;
            }),
        })
      : null;
  const blank =
    line.personId && docPlace
      ? documentButton({
          place: docPlace,
          kind: 'dataConsent',
          id: line.personId,
          text: SIDEBAR_DOCS.dataConsent,
          label: SIDEBAR_DOCS.dataConsentLabel(line.who),
          style: 'inline',
        })
      : null;
  const links = [withdraw, erase, blank].filter((b): b is HTMLButtonElement => b !== null);
  return h(
    'li',
    { class: `consent consent-${line.state}`, attrs: { 'data-consent': line.key } },
    h('span', { class: 'consent-icon', attrs: { 'aria-hidden': 'true' } }, icon),
    h(
      'div',
      { class: 'consent-body' },
      h('div', { class: 'consent-who' }, line.who),
      h('div', { class: 'consent-what' }, line.what, ': ', h('span', { class: 'consent-state' }, stateText(line))),
      links.length ? h('div', { class: 'consent-links' }, ...links) : null,
      actions.length ? h('div', { class: 'consent-actions' }, ...actions) : null,
      docPlace ? documentResult(s, docPlace) : null,
      withdrawing ? withdrawForm(s, pair, line, withdrawing.date) : null,
      erasing ? eraseForm(s, pair, line, erasing) : null,
    ),
  );
}

export function consentChecklist(s: State, data: SidebarData, pair: PairView): HTMLElement {
  return h('ul', { class: 'checklist' }, ...consentLines(s, data, pair).map((line) => consentItem(s, pair, line)));
}
