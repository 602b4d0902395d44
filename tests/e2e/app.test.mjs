// The first slice, end to end in real Chromium, driven only through the screen mirror's roles
// and names: welcome, start a program, reload, export, import, refuse a bad file, stay idle.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  assertNoProblems, click, control, fill, firstPixelOfPng, openApp, readStoredDocument, screenshot,
  settled, shown, startProgram, text, waitForReady,
  importFile, useServerAndBrowser,
} from './helpers.mjs';

const challenge = 'Our releases slip because every review waits on my lead';
// Noon local time keeps the date the same in every time zone the test might run in.
const nov26 = new Date(2026, 10, 26, 12, 0, 0);

const env = useServerAndBrowser();

describe('first visit', () => {
  test('draws the welcome screen with no errors and no foreign requests, at 1x and 2x', async () => {
    for (const scale of [1, 2]) {
      const context = await env.browser.newContext({ viewport: { width: 1100, height: 760 }, deviceScaleFactor: scale });
      const { page, problems } = await openApp(context, env.server.url, { now: nov26 });
      await shown(control(page, 'heading', 'Start your 30 days'));
      await shown(control(page, 'textbox', 'Your challenge, in one sentence'));
      assert.equal(await control(page, 'textbox', 'Start date').inputValue(), '2026-11-26');
      assert.equal(await page.locator('#loading').isVisible(), false);
      const canvasPixels = await page.evaluate(() => document.getElementById('canvas').width);
      assert.equal(canvasPixels, 1100 * scale, 'the canvas is backed at device resolution');
      await screenshot(page, `welcome-${scale}x.png`);
      assertNoProblems(problems);
      await context.close();
    }
  });

  test('asks for one sentence before starting', async () => {
    const context = await env.browser.newContext();
    const { page, problems } = await openApp(context, env.server.url, { now: nov26 });
    await click(page, 'button', 'Start my 30 days');
    await shown(text(page, /Write your challenge first/));
    await fill(page, 'Your challenge, in one sentence', 'Reviews wait on my lead. Releases slip.');
    await shown(text(page, /more than one sentence/));
    assert.equal(await readStoredDocument(page), null, 'nothing is stored before a program starts');
    assertNoProblems(problems);
    await context.close();
  });
});

describe('a started program', () => {
  test('shows day and phase, and survives a reload', async () => {
    const context = await env.browser.newContext({ viewport: { width: 1100, height: 760 } });
    const { page, problems } = await openApp(context, env.server.url, { now: nov26 });
    await startProgram(page, challenge);
    await shown(control(page, 'heading', 'Day 1 of 30'));
    await shown(control(page, 'heading', 'Days 1-10: Clarity baseline'));
    await shown(text(page, challenge));
    await shown(text(page, /Write your scope as a single sentence/));
    assert.equal(await page.title(), 'Leeway: day 1 of 30');

    // After the first save the app asks the browser to keep the data and says what it answered.
    await shown(text(page, /^The browser (keeps this data until you delete it|may clear this data).* Using \d+ KB of [\d.]+ [MG]B\.$/));

    const stored = JSON.parse(await readStoredDocument(page));
    assert.equal(stored.format, 'leeway-backup');
    assert.equal(stored.workbook.program.challenge, challenge);
    assert.equal(stored.workbook.program.start_date, '2026-11-26');

    await page.reload();
    await waitForReady(page);
    await shown(control(page, 'heading', 'Day 1 of 30'));
    await shown(text(page, challenge));
    assertNoProblems(problems);
    await context.close();
  });

  test('follows the local calendar: started twelve days ago, it is day 13, Responsibility loop', async () => {
    for (const scale of [1, 2]) {
      const context = await env.browser.newContext({ viewport: { width: 1100, height: 900 }, deviceScaleFactor: scale });
      const { page, problems } = await openApp(context, env.server.url, { now: new Date(2026, 11, 8, 9, 30) });
      await fill(page, 'Your challenge, in one sentence', challenge);
      await fill(page, 'Start date', '2026-11-26');
      await shown(text(page, 'Thu 26 Nov 2026: today is already day 13.'));
      await click(page, 'button', 'Start my 30 days');
      await shown(control(page, 'heading', 'Day 13 of 30'));
      await shown(control(page, 'heading', 'Days 11-20: Responsibility loop'));
      await shown(text(page, /Day 3 of 10 in this phase/));
      assert.equal(await control(page, 'progressbar', 'Day 13 of 30').getAttribute('aria-valuenow'), '13');
      await screenshot(page, `home-${scale}x.png`);
      assertNoProblems(problems);
      await context.close();
    }
  });
});

describe('backup', () => {
  test('export downloads a dated file that imports back to the same workbook, byte for byte', async () => {
    // Tall enough that the notice and both backup buttons fit without scrolling.
    const viewport = { width: 1100, height: 900 };
    const context = await env.browser.newContext({ acceptDownloads: true, viewport });
    const { page, problems } = await openApp(context, env.server.url, { now: nov26 });
    await startProgram(page, challenge);
    const [download] = await Promise.all([page.waitForEvent('download'), click(page, 'button', 'Export backup')]);
    assert.equal(download.suggestedFilename(), 'leeway-backup-2026-11-26.json');
    const exported = readFileSync(await download.path(), 'utf8');
    const backup = JSON.parse(exported);
    assert.equal(backup.format, 'leeway-backup');
    assert.equal(backup.schema_version, 7);
    assert.equal(backup.workbook.program.challenge, challenge);
    assert.equal(backup.workbook.program.start_date, '2026-11-26');
    assert.equal(backup.workbook.last_export, '2026-11-26');
    await shown(text(page, /Backup saved to your downloads as leeway-backup-2026-11-26\.json/));
    assert.match(await page.locator('#announce-polite').innerText(), /Backup saved to your downloads/);

    // A different browser profile: import on the welcome screen, then export again.
    const fresh = await env.browser.newContext({ acceptDownloads: true, viewport });
    const other = await openApp(fresh, env.server.url, { now: nov26 });
    await importFile(other.page, await download.path());
    await shown(control(other.page, 'heading', 'Day 1 of 30'));
    await shown(text(other.page, challenge));
    await shown(text(other.page, 'Saved in this browser.'));
    const [again] = await Promise.all([other.page.waitForEvent('download'), click(other.page, 'button', 'Export backup')]);
    assert.equal(readFileSync(await again.path(), 'utf8'), exported);

    assertNoProblems(problems);
    assertNoProblems(other.problems);
    await fresh.close();
    await context.close();
  });

  test('an invalid file is refused with a clear message and the stored workbook is unchanged', async () => {
    const context = await env.browser.newContext();
    const { page, problems } = await openApp(context, env.server.url, { now: nov26 });
    await startProgram(page, challenge);
    const storedBefore = await readStoredDocument(page);

    const folder = mkdtempSync(path.join(tmpdir(), 'leeway-'));
    const badFiles = {
      'notes.json': ['not valid JSON', 'this is not json {'],
      'other-app.json': ['/format', '{"format": "something-else", "data": []}'],
      'broken-date.json': ['/workbook/program/start_date',
        '{"format": "leeway-backup", "schema_version": 1, "workbook": {"program": {"challenge": "x", "start_date": "2026-13-40"}}}'],
    };
    for (const [name, [expected, content]] of Object.entries(badFiles)) {
      const file = path.join(folder, name);
      writeFileSync(file, content);
      await importFile(page, file);
      const message = await shown(text(page, new RegExp(`^${name.replace('.', '\\.')} cannot be imported`)));
      assert.match(await message.innerText(), /nothing was changed/);
      assert.ok((await message.innerText()).includes(expected));
      // Errors that block the user are announced assertively.
      assert.ok((await page.getByRole('alert').filter({ hasText: name }).innerText()).includes(expected));
      await screenshot(page, 'import-error-1x.png');
      await click(page, 'button', 'Dismiss');
      await text(page, new RegExp(`^${name.replace('.', '\\.')} cannot be imported`)).waitFor({ state: 'detached' });
    }
    await shown(control(page, 'heading', 'Day 1 of 30'));
    await shown(text(page, challenge));
    assert.equal(await readStoredDocument(page), storedBefore);
    assertNoProblems(problems);
    await context.close();
  });
});

describe('rendering on demand', () => {
  test('draws nothing and changes no element while idle, and draws again on input', async () => {
    const context = await env.browser.newContext();
    await context.addInitScript(() => {
      // Count WebGL draw calls, whoever makes them.
      window.drawCalls = 0;
      for (const name of ['drawElements', 'drawArrays']) {
        const original = WebGL2RenderingContext.prototype[name];
        WebGL2RenderingContext.prototype[name] = function (...args) {
          window.drawCalls++;
          return original.apply(this, args);
        };
      }
    });
    const { page, problems } = await openApp(context, env.server.url, { now: nov26 });
    await shown(control(page, 'heading', 'Start your 30 days'));
    await page.waitForTimeout(300);
    assert.ok(await page.evaluate(() => window.drawCalls) > 0, 'the counter sees the app draw');
    await page.evaluate(() => {
      window.mutations = 0;
      new MutationObserver((records) => { window.mutations += records.length; })
        .observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    });
    const settledFrames = await page.evaluate(() => window.leeway.framesDrawn);
    const settledDrawCalls = await page.evaluate(() => window.drawCalls);
    await page.waitForTimeout(2000);
    assert.equal(await page.evaluate(() => window.leeway.framesDrawn), settledFrames, 'frames drawn while idle');
    assert.equal(await page.evaluate(() => window.drawCalls), settledDrawCalls, 'WebGL draw calls while idle');
    assert.equal(await page.evaluate(() => window.mutations), 0, 'DOM mutations while idle');

    await page.mouse.move(300, 300);
    await page.mouse.move(320, 310);
    await page.waitForFunction((count) => window.leeway.framesDrawn > count, settledFrames);
    assertNoProblems(problems);
    await context.close();
  });
});

describe('the page around the app', () => {
  test('follows a dark system theme', async () => {
    const context = await env.browser.newContext({ colorScheme: 'dark', viewport: { width: 1100, height: 760 } });
    const { page, problems } = await openApp(context, env.server.url, { now: nov26 });
    await shown(control(page, 'heading', 'Start your 30 days'));
    await screenshot(page, 'welcome-dark-1x.png');
    // The background is drawn by the app on the canvas: sample one pixel of it.
    const [red, green, blue] = firstPixelOfPng(await page.screenshot({ clip: { x: 5, y: 5, width: 1, height: 1 } }));
    assert.ok(red + green + blue < 3 * 60, `background is dark, got ${red},${green},${blue}`);
    assertNoProblems(problems);
    await context.close();
  });

  test('stays crisp after the window is resized', async () => {
    const context = await env.browser.newContext({ viewport: { width: 900, height: 700 }, deviceScaleFactor: 2 });
    const { page, problems } = await openApp(context, env.server.url, { now: nov26 });
    await shown(control(page, 'heading', 'Start your 30 days'));
    await page.setViewportSize({ width: 640, height: 820 });
    await page.waitForFunction(() => document.getElementById('canvas').width === 1280);
    await settled(page);
    const field = await control(page, 'textbox', 'Your challenge, in one sentence').boundingBox();
    assert.ok(field.x + field.width <= 640, 'the column fits the narrower window');
    assert.equal(await page.evaluate(() => document.getElementById('canvas').height), 1640);
    await screenshot(page, 'welcome-resized-2x.png');
    assertNoProblems(problems);
    await context.close();
  });

  test('explains plainly when WebAssembly or WebGL 2 is missing', async () => {
    const cases = {
      'WebAssembly': () => { delete window.WebAssembly; },
      'WebGL 2': () => {
        const original = HTMLCanvasElement.prototype.getContext;
        HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
          return type === 'webgl2' ? null : original.call(this, type, ...rest);
        };
      },
    };
    for (const [missing, disable] of Object.entries(cases)) {
      const context = await env.browser.newContext();
      const page = await context.newPage();
      await page.addInitScript(disable);
      await page.goto(env.server.url);
      const message = page.locator('#unsupported');
      await message.waitFor({ state: 'visible' });
      assert.match(await message.innerText(), new RegExp(missing));
      assert.equal(await page.locator('#loading').isVisible(), false);
      await context.close();
    }
  });
});
