import { join } from 'node:path';
import { openSidebar, startSession, OUTPUT } from './chromium';
jest.setTimeout(120_000);
test('explore', async () => {
  const session = await startSession('explore');
  try {
    const page = await session.context.newPage();
    const { side, frame } = await openSidebar(page, session.playground.url);
    await side.getByRole('tab', { name: /Документы/ }).click();
    const info = await frame().evaluate(() => ({
      body: document.body.clientWidth,
      tabs: Array.from(document.querySelectorAll('.tab')).map((t) => [t.textContent, (t as HTMLElement).getBoundingClientRect().toJSON()]),
      list: document.querySelector('.tabs')!.getBoundingClientRect().toJSON(),
      scroll: document.querySelector('.tabs')!.scrollWidth,
    }));
    console.log(JSON.stringify(info, null, 1));
    await page.screenshot({ path: '/tmp/explore/shot.png' });
  } finally { await session.close(); }
});
