/**
 * A document button (one generateDocuments call for one pair or person) and, under it, what the
 * server answered: its link(s), opening in a new tab, and its line(s).
 */
import { SIDEBAR_DOCS } from '../../i18n/sidebar';
import { type DocumentKind, makeDocuments } from '../actions';
import { button } from '../components/common';
import { docLink, h, isDocUrl, uid } from '../dom';
import type { State } from '../store';

export interface DocumentButton {
  /** Where the answer is shown, e.g. 'П-0002:programme'. */
  place: string;
  kind: DocumentKind;
  id: string;
  text: string;
  label: string;
  /** Button style: a link-like button (default) or an inline text link. */
  style?: 'link' | 'inline';
}

export function documentButton(d: DocumentButton): HTMLButtonElement {
  return button(d.text, {
    key: `${d.place}:make`,
    kind: d.style ?? 'link',
    label: d.label,
    attrs: { 'data-document': d.kind },
    onClick: () => void makeDocuments(d.place, d.kind, d.id),
  });
}

/** The links and lines the server gave for this place, or null before anything was asked. */
export function documentResult(s: State, place: string): HTMLElement | null {
  const result = s.documents.get(place);
  if (!result) return null;
  const linesId = uid('doc-lines');
  const good = result.urls.filter(isDocUrl);
  const links = good.map((url, i) =>
    docLink(
      url,
      { class: 'doc-link', key: `${place}:doc:${i}`, attrs: { 'aria-describedby': linesId } },
      SIDEBAR_DOCS.open(good.length, i),
      h('span', { class: 'sr-only' }, ` (${SIDEBAR_DOCS.newTab})`),
      h('span', { class: 'doc-arrow', attrs: { 'aria-hidden': 'true' } }, ' ↗'),
    ),
  );
  const bad = good.length < result.urls.length;
  return h(
    'div',
    { class: 'doc-result', attrs: { 'data-place': place } },
    links.length ? h('div', { class: 'doc-links' }, ...links) : null,
    bad ? h('p', { class: 'hint warn' }, SIDEBAR_DOCS.badLink) : null,
    h('div', { class: 'doc-lines', attrs: { id: linesId } }, ...result.lines.map((line) => h('div', { class: 'pre' }, line))),
  );
}
