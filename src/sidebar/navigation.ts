/** Moving between the tabs, and from «Что скоро» to a pair's card. */
import { requestUpcoming } from './actions';
import { state, type Tab, update } from './store';
import { cardKey } from './views/pairStatus';

export const TABS: readonly Tab[] = ['match', 'pairs', 'upcoming', 'register', 'documents'];

/** Shows a tab; «Что скоро» is loaded when it opens (unless what was loaded is still current). */
export function selectTab(tab: Tab, focus: string = `tab:${tab}`): void {
  update((s) => {
    s.tab = tab;
    s.form = null;
    s.focus = focus;
  });
  if (tab === 'upcoming' && !state.upcoming) requestUpcoming();
}

/** «Пары», unfiltered, with focus on the pair's card. */
export function showPair(pairId: string): void {
  update((s) => void (s.pairFilter = ''));
  selectTab('pairs', cardKey({ id: pairId }));
}
