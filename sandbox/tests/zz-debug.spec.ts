import { test } from '@playwright/test';
test('debug', async ({ page }) => {
  page.on('console', (m) => console.log('CONSOLE', m.type(), m.text().slice(0, 400)));
  page.on('pageerror', (e) => console.log('PAGEERROR', e.message));
  await page.goto(`${process.env.SANDBOX_URL}/?fixture=dashboard`);
  await page.waitForTimeout(8000);
  const info = await page.evaluate(() => Array.from(document.querySelectorAll('[data-testid^="sandbox-panel-"]')).map((el) => `${el.getAttribute('data-testid')} ${el.clientWidth}x${el.clientHeight} canv=${el.querySelectorAll('canvas').length} txt=${(el.textContent ?? '').slice(0, 80)}`));
  console.log(info.join('\n'));
  console.log(JSON.stringify(await page.evaluate(() => ({ panels: (window as any).__sandbox.panels, q: (window as any).__sandbox.promQueries, be: (window as any).__sandbox.backendRequests?.slice(0, 5) }))));
});
