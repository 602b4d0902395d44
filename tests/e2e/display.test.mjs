// Display: themes (light, dark, high contrast; the system's by default), the text size, touch
// sizes, and screenshots of every theme at phone and desktop widths at 1x, 2x and 3x.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  assertNoProblems, click, control, firstPixelOfPng, openApp, screenshot, screenshotDir, settled, shown, startProgram,
  useServerAndBrowser, waitForReady,
} from './helpers.mjs';

const nov26 = new Date(2026, 10, 26, 12, 0, 0);
const env = useServerAndBrowser();

// The app draws its background on the canvas: one pixel of it says which theme is on.
async function backgroundPixel(page) {
  await settled(page);
  return firstPixelOfPng(await page.screenshot({ clip: { x: 3, y: 3, width: 1, height: 1 } }));
}

const backgrounds = { light: [0xf7, 0xf5, 0xf0], dark: [0x16, 0x1b, 0x20], 'high-contrast': [0, 0, 0] };
const themeLabels = { light: 'Light', dark: 'Dark', 'high-contrast': 'High contrast' };

async function chooseTheme(page, theme) {
  if (!await control(page, 'radio', 'High contrast').count()) await click(page, 'button', 'Settings and backup');
  await click(page, 'radio', themeLabels[theme]);
  await page.waitForFunction(() => window.leeway.idle);
}

test('the theme follows the system, including a request for more contrast', async () => {
  for (const [options, theme] of [[{ colorScheme: 'light' }, 'light'], [{ colorScheme: 'dark' }, 'dark'],
    [{ colorScheme: 'light', contrast: 'more' }, 'high-contrast']]) {
    const context = await env.browser.newContext(options);
    const { page, problems } = await openApp(context, env.server.url, { now: nov26 });
    await shown(control(page, 'heading', 'Start your 30 days'));
    assert.deepEqual(await backgroundPixel(page), backgrounds[theme], JSON.stringify(options));
    assertNoProblems(problems);
    await context.close();
  }
});

test('a chosen theme applies at once and is kept for the next visit', async () => {
  const context = await env.browser.newContext({ colorScheme: 'light' });
  const { page, problems } = await openApp(context, env.server.url, { now: nov26 });
  await shown(control(page, 'heading', 'Start your 30 days'));
  await click(page, 'button', 'Settings and backup');
  assert.equal(await control(page, 'radio', 'Follow the system').isChecked(), true);
  for (const theme of ['high-contrast', 'dark', 'light', 'high-contrast']) {
    await chooseTheme(page, theme);
    assert.deepEqual(await backgroundPixel(page), backgrounds[theme], theme);
  }
  assert.equal(await page.evaluate(() => localStorage.getItem('leeway.theme')), 'high-contrast');
  await page.reload();
  await waitForReady(page);
  await shown(control(page, 'heading', 'Start your 30 days'));
  assert.deepEqual(await backgroundPixel(page), backgrounds['high-contrast']);
  await click(page, 'button', 'Settings and backup');
  await click(page, 'radio', 'Follow the system');
  assert.deepEqual(await backgroundPixel(page), backgrounds.light);
  assert.equal(await page.evaluate(() => localStorage.getItem('leeway.theme')), 'system');
  assertNoProblems(problems);
  await context.close();
});

test('the text size goes from 80 % to 200 %, stays crisp and is kept', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1100, height: 900 }, deviceScaleFactor: 2 });
  const { page, problems } = await openApp(context, env.server.url, { now: nov26 });
  const heading = control(page, 'heading', 'Start your 30 days');
  await shown(heading);
  const normal = (await heading.boundingBox()).height;
  await click(page, 'button', 'Settings and backup');
  const sizes = [];
  for (let step = 0; step < 7; step++) {
    await click(page, 'button', 'Larger text');
    await settled(page);
    sizes.push(await page.evaluate(() => Number(localStorage.getItem('leeway.text-size'))));
  }
  assert.deepEqual(sizes, [110, 125, 150, 175, 200, 200, 200]);
  assert.equal(await control(page, 'button', 'Larger text').isDisabled(), true);
  const large = (await heading.boundingBox()).height;
  assert.ok(large > normal * 1.8, `heading ${normal} px tall at 100 %, ${large} px at 200 %`);
  assert.equal(await page.evaluate(() => document.getElementById('canvas').width), 2200, 'canvas at device pixels');
  // Still drawn: the fonts were rebuilt at the new size and their texture made again.
  assert.deepEqual(await backgroundPixel(page), backgrounds.light);
  await screenshot(page, 'welcome-text-200-2x.png');

  await page.reload();
  await waitForReady(page);
  await shown(heading);
  assert.ok((await heading.boundingBox()).height > normal * 1.8, 'the size is kept');
  await click(page, 'button', 'Settings and backup');
  await click(page, 'button', 'Normal text size');
  for (let step = 0; step < 3; step++) await click(page, 'button', 'Smaller text');
  assert.equal(await control(page, 'button', 'Smaller text').isDisabled(), true);
  assert.equal(await page.evaluate(() => localStorage.getItem('leeway.text-size')), '80');
  await settled(page);
  assert.ok((await heading.boundingBox()).height < normal * 0.9);
  assertNoProblems(problems);
  await context.close();
});

test('stays crisp when the pixel ratio changes (browser zoom, another screen): 1, 1.5, 2, 3', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1000, height: 800 }, colorScheme: 'light' });
  const { page, problems } = await openApp(context, env.server.url, { now: nov26 });
  const heading = control(page, 'heading', 'Start your 30 days');
  await shown(heading);
  const normal = (await heading.boundingBox()).height;
  // Playwright's own screenshots would put its pixel ratio back: this test takes them through CDP.
  const session = await context.newCDPSession(page);
  const capture = async (clip) => Buffer.from((await session.send('Page.captureScreenshot',
    clip ? { format: 'png', clip: { ...clip, scale: 1 } } : { format: 'png' })).data, 'base64');
  // Headless Chromium signals an emulated ratio change only together with a size change, as a
  // browser zoom does; moving to another screen is a media-query change (web/lib/leeway_page.js).
  for (const [step, ratio] of [1.5, 2, 3, 1].entries()) {
    const height = 800 - step - 1;
    await session.send('Emulation.setDeviceMetricsOverride',
      { width: 1000, height, deviceScaleFactor: ratio, mobile: false });
    await page.waitForFunction(({ width, height }) => {
      const canvas = document.getElementById('canvas');
      return Math.abs(canvas.width - width) < 1 && Math.abs(canvas.height - height) < 1;
    }, { width: 1000 * ratio, height: height * ratio });
    await settled(page);
    assert.deepEqual(firstPixelOfPng(await capture({ x: 3, y: 3, width: 1, height: 1 })), backgrounds.light,
      `drawn at ${ratio}`);
    mkdirSync(screenshotDir, { recursive: true });
    writeFileSync(path.join(screenshotDir, `welcome-ratio-${ratio}.png`), await capture());
    // The text is as large in CSS pixels at every ratio.
    const box = await heading.boundingBox();
    assert.ok(Math.abs(box.height - normal) <= 1, `heading ${box.height} px tall at ${ratio}, ${normal} at 1`);
  }
  assertNoProblems(problems);
  await context.close();
});

test('the canvas fills the window at its pixel density even when the stylesheet arrives late', async () => {
  for (const ratio of [1, 2]) {
    const context = await env.browser.newContext({ viewport: { width: 900, height: 700 }, deviceScaleFactor: ratio });
    // loader.js runs as soon as it arrives; app.css, which gives the canvas its size, comes later.
    await context.route('**/app.css', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 400));
      await route.continue();
    });
    const { page, problems } = await openApp(context, env.server.url, { now: nov26 });
    await waitForReady(page);
    const size = await page.evaluate(() => {
      const canvas = document.getElementById('canvas');
      return { width: canvas.width, height: canvas.height, css: canvas.getBoundingClientRect().width };
    });
    assert.deepEqual(size, { width: 900 * ratio, height: 700 * ratio, css: 900 }, `at ${ratio}x`);
    await shown(control(page, 'heading', 'Start your 30 days'));
    await screenshot(page, `late-stylesheet-${ratio}x.png`);
    assertNoProblems(problems);
    await context.close();
  }
});

test('on a touch screen every control is at least 44 CSS px tall', async () => {
  const context = await env.browser.newContext({
    viewport: { width: 360, height: 740 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true,
  });
  const { page, problems } = await openApp(context, env.server.url, { now: nov26 });
  await shown(control(page, 'heading', 'Start your 30 days'));
  assert.equal(await page.evaluate(() => matchMedia('(pointer: coarse)').matches), true);
  await click(page, 'button', 'Settings and backup');
  const small = await page.evaluate(() => window.leeway.screen.items
    .filter((item) => ['button', 'textbox', 'radio', 'link'].includes(item.role) && item.height < 44)
    .map((item) => `${item.role} ${item.name}: ${item.height}`));
  assert.deepEqual(small, []);
  const wide = await page.evaluate(() => window.leeway.screen.items
    .filter((item) => item.x < 0 || item.x + item.width > 360).map((item) => item.name));
  assert.deepEqual(wide, [], 'everything fits 360 px');
  await screenshot(page, 'welcome-touch-360-3x.png');
  assertNoProblems(problems);
  await context.close();
});

test('screenshots: every theme at 360 and 1280 px wide, at 1x, 2x and 3x', async () => {
  for (const width of [360, 1280]) {
    for (const scale of [1, 2, 3]) {
      const context = await env.browser.newContext({
        viewport: { width, height: width === 360 ? 760 : 860 }, deviceScaleFactor: scale,
      });
      const { page, problems } = await openApp(context, env.server.url, { now: nov26 });
      await startProgram(page, 'Łódź team reviews wait on my lead; Ελλάδα and Привет stay intact');
      assert.equal(await page.evaluate(() => document.getElementById('canvas').width), width * scale);
      for (const theme of ['light', 'dark', 'high-contrast']) {
        await chooseTheme(page, theme);
        await click(page, 'button', 'Hide settings');
        await settled(page);
        assert.deepEqual(await backgroundPixel(page), backgrounds[theme]);
        await screenshot(page, `home-${theme}-${width}-${scale}x.png`);
      }
      assertNoProblems(problems);
      await context.close();
    }
  }
});
