// The phone layout: at 360 × 740 the app's own chrome is one row above (the screens menu) and one
// below (the status line and Settings), so the screen's own content has most of the first view.
// Every screen is shot at 360 × 740 (1x and 2x) and 1280 × 800, and its content share measured.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  assertNoProblems, click, control, openApp, screenshot, settled, shown, startProgram, text,
  useServerAndBrowser,
} from './helpers.mjs';

const nov26 = new Date(2026, 10, 26, 12, 0, 0);
const env = useServerAndBrowser();
const screens = [['Today', 'today'], ['Autonomy map', 'map'], ['Clarity baseline', 'clarity'],
  ['Responsibility loop', 'responsibility'], ['Influence trial', 'influence'], ['History', 'history'],
  ['Stability check', 'stability'], ['Report for a 1:1', 'report'], ['Safety and support', 'safety']];

// The share of the first view between the app's chrome above the screen's title and the footer.
function contentShare(page, height) {
  return page.evaluate((height) => {
    const items = window.leeway.screen.items;
    const title = Math.min(...items.filter((item) => item.role === 'heading' && item.level === 1).map((item) => item.y));
    const footer = Math.min(...items.filter((item) => (item.in || '').startsWith('/contentinfo')).map((item) => item.y));
    return (Math.min(footer, height) - title) / height;
  }, height);
}

for (const [width, height, scale] of [[360, 740, 1], [360, 740, 2], [1280, 800, 1]]) {
  test(`every screen at ${width} × ${height}, ${scale}x, with the share the screen's own content has`, async (t) => {
    const context = await env.browser.newContext({ viewport: { width, height }, deviceScaleFactor: scale,
      isMobile: width < 600, hasTouch: width < 600 });
    const { page, problems } = await openApp(context, env.server.url, { now: nov26 });
    await startProgram(page, 'Night-shift medication handoffs wait for the charge nurse');
    await click(page, 'button', 'Open the example workbook');
    const shares = [];
    for (const [name, file] of screens) {
      await click(page, 'link', name);
      await settled(page);
      const share = await contentShare(page, height);
      shares.push(`${file} ${Math.round(share * 100)}%`);
      await screenshot(page, `phone-layout-${file}-${width}-${scale}x.png`);
      if (width < 600) assert.ok(share >= 0.7, `${name}: the content has ${Math.round(share * 100)}% of the first view`);
    }
    t.diagnostic(`content share at ${width} × ${height}, ${scale}x, example open: ${shares.join(', ')}`);
    if (width < 600) {
      // The menu lists every screen under their whole names, and closes once one is chosen.
      const menu = page.getByRole('button', { name: /^Screens menu, now on Safety and support/ });
      assert.equal(await menu.getAttribute('aria-expanded'), 'false');
      await menu.click({ force: true });
      await settled(page);
      assert.equal(await page.getByRole('button', { name: /^Screens menu/ }).getAttribute('aria-expanded'), 'true');
      assert.equal(await page.getByRole('navigation', { name: 'Screens' }).getByRole('link').count(), 9);
      await screenshot(page, `phone-layout-menu-open-${width}-${scale}x.png`);
      await click(page, 'link', 'Today');
      await shown(control(page, 'button', 'Screens menu, now on Today'));
      assert.equal(await page.getByRole('link').count(), 0);
      // Backup and the browser's promise about the data are one tap away in Settings.
      await click(page, 'button', 'Settings and backup');
      await shown(control(page, 'button', 'Export a backup file'));
      await shown(text(page, /^The browser (keeps this data|may clear this data)/));
      await screenshot(page, `phone-layout-settings-${width}-${scale}x.png`);
    }
    assertNoProblems(problems);
    await context.close();
  });
}
