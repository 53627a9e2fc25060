/**
 * «Документы»: the four orders of the mentoring cycle (makeOrder) and documents for everyone
 * who needs them (makeDocumentsForAll), one call per button. Under a button: what the server
 * answered — an order's link (docs.google.com only, new tab) and its lines. An order signed
 * already is made again only after the inline confirmation «Сформировать новый».
 */
import type { OrderKindName, SchoolDocumentKind } from '../../app/sidebarApi';
import { SIDEBAR_DOCS, SIDEBAR_SCHOOL_DOCS as T } from '../../i18n/sidebar';
import { allPlace, makeDocumentsForAll, makeOrder, orderPlace } from '../actions';
import { button, closeOnEscape } from '../components/common';
import { docLink, h, isDocUrl } from '../dom';
import { type State, update } from '../store';

const ORDERS: readonly OrderKindName[] = ['approval', 'pairs', 'completion', 'reward'];
const FOR_ALL: readonly SchoolDocumentKind[] = [
  'programme',
  'dataConsent',
  'dutiesConsent',
  'publishConsent',
  'mentorReport',
  'mentorAgreement',
  'refusalNotice',
  'monitoringNote',
  'siteMaterials',
];

/** A stable id for the lines under a button (the button is described by them). */
const linesId = (place: string) => `docs-${place.replace(':', '-')}-lines`;

/** A link to a Google document, with «opens in a new tab» for screen readers. */
function openLink(url: string, key: string, text: string, describedBy?: string): HTMLAnchorElement | null {
  return docLink(
    url,
    { class: 'doc-link', key, attrs: { 'aria-describedby': describedBy } },
    text,
    h('span', { class: 'sr-only' }, ` (${SIDEBAR_DOCS.newTab})`),
    h('span', { class: 'doc-arrow', attrs: { 'aria-hidden': 'true' } }, ' ↗'),
  );
}

/**
 * What the last call for this place answered. A link is made only of a docs.google.com
 * address; then the address is left out of the lines (it is the link). Anything else stays text.
 */
function result(s: State, place: string, linkText: string): HTMLElement | null {
  const answer = s.documents.get(place);
  if (!answer) return null;
  const id = linesId(place);
  const good = answer.urls.filter(isDocUrl);
  const links = good.map((url, i) => openLink(url, `${place}:doc:${i}`, linkText, id));
  const lines = answer.lines.map((line) => good.reduce((text, url) => text.split(url).join(''), line).trim()).filter(Boolean);
  return h(
    'div',
    { class: 'doc-result', attrs: { 'data-place': place } },
    links.length ? h('div', { class: 'doc-links' }, ...links) : null,
    good.length < answer.urls.length ? h('p', { class: 'hint warn' }, SIDEBAR_DOCS.badLink) : null,
    h('div', { class: 'doc-lines', attrs: { id } }, ...lines.map((line) => h('div', { class: 'pre' }, line))),
  );
}

/** «Приказ № … уже подписан. Сформировать новый?» with its two buttons; Escape cancels. */
function confirmNew(form: Extract<State['form'], { kind: 'newOrder' }>): HTMLElement {
  const place = orderPlace(form.order);
  const title = T.orders[form.order];
  const questionId = `docs-${form.order}-signed`;
  const signedLink = form.url ? openLink(form.url, `${place}:signed`, T.openSigned(form.number)) : null;
  const node = h(
    'div',
    {
      class: 'inline-form doc-confirm',
      attrs: { role: 'group', 'aria-labelledby': questionId, 'data-confirm': form.order },
    },
    h('p', { class: 'form-title', attrs: { id: questionId } }, T.signed(form.number)),
    signedLink ? h('div', { class: 'doc-links' }, signedLink) : null,
    h(
      'div',
      { class: 'actions' },
      button(T.makeNew, {
        key: `${place}:new`,
        kind: 'primary',
        label: T.makeNewLabel(title),
        onClick: () => void makeOrder(form.order, true),
      }),
      button(T.cancel, {
        key: `${place}:cancel`,
        label: T.cancelLabel(form.number),
        onClick: () =>
          update((st) => {
            st.form = null;
            st.focus = `${place}:make`;
          }),
      }),
    ),
  );
  return closeOnEscape(node, `${place}:make`);
}

function item(s: State, place: string, text: string, label: string, onClick: () => void, after: (HTMLElement | null)[]) {
  return h(
    'li',
    { class: 'school-doc', attrs: { 'data-place': place } },
    button(text, {
      key: `${place}:make`,
      kind: 'secondary',
      label,
      describedBy: s.documents.has(place) ? linesId(place) : undefined,
      attrs: { 'data-action': place },
      onClick,
    }),
    ...after,
  );
}

/** «Одним файлом для печати»: how the buttons below make documents per pair or person. */
function printToggle(s: State): HTMLElement {
  const box = h('input', {
    class: 'check',
    key: 'docs:print-one-file',
    attrs: { type: 'checkbox', checked: s.printOneFile, 'aria-describedby': 'docs-print-hint' },
    on: { change: () => update((st) => void (st.printOneFile = box.checked)) },
  });
  return h(
    'div',
    { class: 'print-toggle' },
    h('label', {}, box, ` ${T.printOneFile}`),
    h('p', { class: 'hint', attrs: { id: 'docs-print-hint' } }, T.printOneFileHint),
  );
}

function section(key: string, title: string, hint: string, items: HTMLElement[], before: HTMLElement | null = null): HTMLElement {
  const headingId = `docs-${key}-title`;
  const hintId = `docs-${key}-hint`;
  return h(
    'section',
    { class: 'school-docs-section', attrs: { 'aria-labelledby': headingId, 'aria-describedby': hintId, 'data-section': key } },
    h('h2', { class: 'title', attrs: { id: headingId } }, title),
    h('p', { class: 'hint', attrs: { id: hintId } }, hint),
    before,
    h('ul', { class: 'school-doc-list' }, ...items),
  );
}

export function schoolDocumentsView(s: State): HTMLElement {
  const confirm = s.form?.kind === 'newOrder' ? s.form : null;
  const orders = ORDERS.map((kind) => {
    const place = orderPlace(kind);
    return item(s, place, T.orders[kind], T.orderLabel(T.orders[kind]), () => void makeOrder(kind), [
      confirm?.order === kind ? confirmNew(confirm) : null,
      result(s, place, T.openOrder),
    ]);
  });
  const forAll = FOR_ALL.map((kind) => {
    const place = allPlace(kind);
    return item(s, place, T.all[kind], T.allLabel(T.all[kind]), () => void makeDocumentsForAll(kind), [
      result(s, place, SIDEBAR_DOCS.open(1, 0)),
    ]);
  });
  return h(
    'div',
    { class: 'view school-docs' },
    section('orders', T.ordersTitle, T.ordersHint, orders),
    section('all', T.allTitle, T.allHint, forAll, printToggle(s)),
  );
}
