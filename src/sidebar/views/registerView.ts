/** «Реестр»: counts from the loaded data, and on request the register's sheets (getRegisterStatus). */
import type { SidebarData } from '../../app/sidebarApi';
import { SIDEBAR_REGISTER, SIDEBAR_TEXT } from '../../i18n/sidebar';
import { loadRegisterStatus } from '../actions';
import { button } from '../components/common';
import { h } from '../dom';
import type { State } from '../store';

export function registerView(s: State, data: SidebarData): HTMLElement {
  const byStatus = new Map<string, number>();
  for (const p of data.pairs) byStatus.set(p.status, (byStatus.get(p.status) ?? 0) + 1);
  const counts = h(
    'dl',
    { class: 'facts' },
    h('dt', null, SIDEBAR_REGISTER.mentors),
    h('dd', null, String(data.mentors.length)),
    h('dt', null, SIDEBAR_REGISTER.mentees),
    h('dd', null, `${data.mentees.length} (${SIDEBAR_REGISTER.awaiting}: ${data.mentees.filter((m) => m.awaiting).length})`),
    h('dt', null, SIDEBAR_REGISTER.pairs),
    h('dd', null, [String(data.pairs.length), ...[...byStatus].map(([st, n]) => SIDEBAR_REGISTER.byStatus(st, n))].join('; ')),
  );
  const status = s.register;
  const sheets = status
    ? h(
        'div',
        null,
        h('p', { class: status.ready ? 'ok' : 'warn' }, status.ready ? SIDEBAR_REGISTER.ok : SIDEBAR_TEXT.notReady),
        h(
          'ul',
          { class: 'sheets' },
          ...status.sheets.map((sheet) =>
            h(
              'li',
              { class: sheet.present ? 'present' : 'missing' },
              h('span', { class: 'name' }, sheet.name),
              h('span', { class: 'count' }, sheet.present ? SIDEBAR_TEXT.rows(sheet.rows) : SIDEBAR_TEXT.missing),
            ),
          ),
        ),
      )
    : null;
  return h(
    'section',
    { class: 'view', attrs: { 'aria-label': SIDEBAR_REGISTER.title } },
    h('h2', { class: 'title' }, SIDEBAR_REGISTER.counts),
    counts,
    h('h2', { class: 'title' }, SIDEBAR_REGISTER.title),
    sheets,
    button(status ? SIDEBAR_TEXT.refresh : SIDEBAR_REGISTER.load, {
      key: 'register:load',
      onClick: () => void loadRegisterStatus(),
    }),
  );
}
