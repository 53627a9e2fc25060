/** A pair's consent checklist: personal data of each participant, the mentor's duties; one click records one. */
import type { ConsentState, PairView, RecordConsentRequest, SidebarData } from '../../app/sidebarApi';
import { SIDEBAR_ERRORS, SIDEBAR_PAIRS, SIDEBAR_TERMS } from '../../i18n/sidebar';
import { mutate } from '../actions';
import { button, closeOnEscape, field } from '../components/common';
import { h } from '../dom';
import { ruDate, todayIso } from '../format';
import { type State, update } from '../store';
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
        update((st) => ((st.error = SIDEBAR_ERRORS.badLink), (st.focus = `${pair.id}:duties:link`)));
        return;
      }
      recordConsent(pair, link ? { kind: 'duties', pairId: pair.id, date, link } : { kind: 'duties', pairId: pair.id, date }, SIDEBAR_PAIRS.consentRecorded);
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
          recordConsent(pair, { kind: 'withdrawal', personId: line.personId!, date: input.value }, SIDEBAR_PAIRS.withdrawalRecorded);
        },
      },
    },
    field(SIDEBAR_PAIRS.withdrawDate, input),
    h(
      'div',
      { class: 'actions' },
      h('button', { class: 'btn btn-danger', key: `${line.key}:withdraw-submit`, attrs: { type: 'submit', disabled: s.busy } }, SIDEBAR_PAIRS.withdrawConfirm),
      button(SIDEBAR_TERMS.cancel, { key: `${line.key}:withdraw-cancel`, onClick: () => update((st) => ((st.form = null), (st.focus = `${line.key}:withdraw`))) }),
    ),
  );
  return closeOnEscape(form, `${line.key}:withdraw`);
}

function consentItem(s: State, pair: PairView, line: ConsentLine): HTMLElement {
  const icon = line.state === 'given' ? '✓' : line.state === 'withdrawn' ? '!' : '✗';
  const withdrawing = s.form?.kind === 'withdraw' && s.form.pairId === pair.id && s.form.personId === line.personId ? s.form : null;
  const actions: (HTMLElement | null)[] = [];
  if (line.state !== 'given') {
    if (line.pairId) {
      const link = h('input', {
        key: `${line.key}:link`,
        attrs: { type: 'url', value: s.scanLinks.get(pair.id) ?? '', placeholder: SIDEBAR_PAIRS.scanPlaceholder, autocomplete: 'off', inputmode: 'url' },
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
    line.state === 'given' && line.personId && !withdrawing
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
  return h(
    'li',
    { class: `consent consent-${line.state}`, attrs: { 'data-consent': line.key } },
    h('span', { class: 'consent-icon', attrs: { 'aria-hidden': 'true' } }, icon),
    h(
      'div',
      { class: 'consent-body' },
      h('div', { class: 'consent-who' }, line.who),
      h('div', { class: 'consent-what' }, line.what, ': ', h('span', { class: 'consent-state' }, stateText(line)), withdraw ? ' ' : null, withdraw),
      actions.length ? h('div', { class: 'consent-actions' }, ...actions) : null,
      withdrawing ? withdrawForm(s, pair, line, withdrawing.date) : null,
    ),
  );
}

export function consentChecklist(s: State, data: SidebarData, pair: PairView): HTMLElement {
  return h('ul', { class: 'checklist' }, ...consentLines(s, data, pair).map((line) => consentItem(s, pair, line)));
}
