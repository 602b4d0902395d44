// The page around the canvas when things go wrong: a lost WebGL context is explained and the
// app redraws when the browser gives it back, with nothing typed lost.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  assertNoProblems, control, fill, firstPixelOfPng, openApp, screenshot, settled, shown,
  useServerAndBrowser,
} from './helpers.mjs';

const nov26 = new Date(2026, 10, 26, 12, 0, 0);
const env = useServerAndBrowser();

test('a lost WebGL context is explained, and the app redraws when it is restored', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1000, height: 760 }, colorScheme: 'light' });
  const { page, problems } = await openApp(context, env.server.url, { now: nov26 });
  await shown(control(page, 'heading', 'Start your 30 days'));
  await fill(page, 'Your challenge, in one sentence', 'Café handoffs in Łódź wait on me');

  await page.evaluate(() => {
    window.loseContext = document.getElementById('canvas').getContext('webgl2').getExtension('WEBGL_lose_context');
    window.loseContext.loseContext();
  });
  const message = page.getByRole('alert').filter({ hasText: 'drawing area was reset' });
  await message.waitFor({ state: 'visible' });
  assert.match(await message.innerText(), /Everything you wrote is kept/);
  await screenshot(page, 'graphics-lost-1x.png');

  await page.evaluate(() => window.loseContext.restoreContext());
  await message.waitFor({ state: 'hidden' });
  await page.waitForFunction(() => window.leeway.contextLost === false && window.leeway.idle);
  await settled(page);
  const pixel = firstPixelOfPng(await page.screenshot({ clip: { x: 3, y: 3, width: 1, height: 1 } }));
  assert.deepEqual(pixel, [0xf7, 0xf5, 0xf0], 'the background is drawn again');
  await screenshot(page, 'graphics-restored-1x.png');
  assert.equal(await control(page, 'textbox', 'Your challenge, in one sentence').inputValue(),
    'Café handoffs in Łódź wait on me');
  assertNoProblems(problems);
  await context.close();
});
