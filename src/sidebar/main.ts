/**
 * The sidebar «Наставничество»: pairing («Подбор»), pairs and consents («Пары»), «Что скоро»,
 * the register («Реестр»), orders and documents for everyone («Документы»). Plain DOM; server
 * data goes into the page as text only (see dom.ts).
 */
import { load } from './actions';
import { render } from './render';
import { state, subscribe } from './store';

function start(): void {
  const root = document.getElementById('app')!;
  const live = document.getElementById('live')!;
  let announced = '';
  subscribe(() => {
    render(root, state);
    // One persistent live region: notices are announced once, whatever the re-renders do.
    const message = state.notice ?? '';
    if (message !== announced) {
      announced = message;
      live.textContent = message;
    }
  });
  render(root, state);
  void load();
}

start();
