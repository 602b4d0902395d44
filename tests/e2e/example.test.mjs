// The example workbook: opens read-only from the welcome screen, shows every screen filled in,
// writes nothing, and hands the user's own workbook back untouched.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  assertNoProblems, click, control, openApp, readStoredDocument, screenshot, settled, shown, startProgram, text,
  useServerAndBrowser,
} from './helpers.mjs';

const nov26 = new Date(2026, 10, 26, 12, 0, 0);
const env = useServerAndBrowser();

const screens = [
  { tab: 'Today', file: 'today', heading: 'Day 24 of 30', title: 'Leeway: day 24 of 30 (example)' },
  { tab: 'Autonomy map', file: 'map', heading: 'Autonomy map', title: 'Leeway: autonomy map (example)' },
  { tab: 'Clarity baseline', file: 'clarity', heading: 'Clarity baseline', title: 'Leeway: Clarity baseline (example)' },
  { tab: 'Responsibility loop', file: 'responsibility', heading: 'Responsibility loop',
    title: 'Leeway: Responsibility loop (example)' },
  { tab: 'Influence trial', file: 'influence', heading: 'Influence trial', title: 'Leeway: Influence trial (example)' },
  { tab: 'History', file: 'history', heading: 'History', title: 'Leeway: history (example)' },
  { tab: 'Stability check', file: 'stability', heading: 'Stability check', title: 'Leeway: stability check (example)' },
  { tab: 'Report for a 1:1', file: 'report', heading: 'Report for a 1:1', title: 'Leeway: report for a 1:1 (example)' },
  { tab: 'Safety and support', file: 'safety', heading: 'Safety and support',
    title: 'Leeway: safety and support (example)' },
];

async function visitEveryScreen(page, suffix) {
  for (const screen of screens) {
    await click(page, 'link', screen.tab);
    await shown(control(page, 'heading', screen.heading));
    assert.equal(await page.title(), screen.title);
    await screenshot(page, `example-${screen.file}-${suffix}.png`);
  }
}

test('the example opens from the welcome screen, read-only, on every screen, and leaves nothing behind', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const { page, problems } = await openApp(context, env.server.url, { now: nov26 });
  await click(page, 'button', 'Open the example workbook');
  await shown(text(page, 'You are looking at an example workbook'));
  await shown(control(page, 'heading', 'Day 24 of 30'));
  await visitEveryScreen(page, '1280-1x');

  // Every phase is there to demonstrate.
  await click(page, 'link', 'Responsibility loop');
  await shown(text(page, /^Chart of Hours from build ready to QA start: baseline 46 hours, target 8 hours/));
  await click(page, 'link', 'History');
  await click(page, 'button', 'Show the details: Release notes are written in a rush on the last evening.');
  await shown(text(page, /^Your reflection:/));
  await screenshot(page, 'example-history-open-1280-1x.png');

  // Read-only: the fields cannot be changed and nothing reaches storage.
  await click(page, 'link', 'Clarity baseline');
  assert.equal(await control(page, 'textbox', 'Scope').isDisabled(), true);
  assert.equal(await readStoredDocument(page), null);

  await click(page, 'button', 'Close the example');
  await shown(control(page, 'heading', 'Start your 30 days'));
  assert.equal(await page.title(), 'Leeway: start your 30 days');
  assert.equal(await readStoredDocument(page), null);
  assertNoProblems(problems);
  await context.close();
});

test('the example sits beside a running program without touching it', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const { page, problems } = await openApp(context, env.server.url, { now: nov26 });
  await startProgram(page, 'Zoë waits on approvals from Łódź');
  const before = await readStoredDocument(page);
  await click(page, 'button', 'Open the example workbook');
  await shown(control(page, 'heading', 'Day 24 of 30'));
  await page.reload(); // the example is not kept: a reload brings back the user's own workbook
  await shown(control(page, 'heading', 'Day 1 of 30'));
  await shown(text(page, 'Zoë waits on approvals from Łódź'));
  await click(page, 'button', 'Open the example workbook');
  await click(page, 'button', 'Close the example');
  await shown(control(page, 'heading', 'Day 1 of 30'));
  await settled(page);
  assert.equal(await readStoredDocument(page), before);
  assertNoProblems(problems);
  await context.close();
});

test('the hints and the example follow the chosen line of work, and the choice is kept', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const { page, problems } = await openApp(context, env.server.url, { now: nov26 });
  const challenge = control(page, 'textbox', 'Your challenge, in one sentence');
  await shown(challenge);
  assert.match(await challenge.getAttribute('placeholder'), /^e\.g\. Our releases slip/);

  await click(page, 'button', 'Settings and backup');
  await click(page, 'radio', 'Examples from: Health and care');
  await page.waitForFunction(() => localStorage.getItem('leeway.examples') === 'health-and-care');
  await page.waitForFunction(() => document.querySelector('#mirror input[aria-label="Your challenge, in one sentence"]')
    ?.placeholder.startsWith('e.g. Patients wait for discharge'));
  await screenshot(page, 'examples-health-and-care-welcome-1280-1x.png');

  await click(page, 'button', 'Open the example workbook');
  await shown(control(page, 'heading', 'Day 24 of 30'));
  await shown(text(page, /^Patients who are fit to go home wait up to two days/));
  await click(page, 'link', 'Responsibility loop');
  await shown(text(page, /^Chart of Hours from fit to go home to leaving the ward: baseline 46 hours/));
  await screenshot(page, 'examples-health-and-care-responsibility-1280-1x.png');
  // Changing the choice while the example is open swaps the example, not the user's workbook.
  await click(page, 'radio', 'Examples from: Public service');
  await shown(text(page, /^Chart of Hours from complete application to a caseworker starting it/));
  await click(page, 'button', 'Close the example');
  await shown(control(page, 'heading', 'Start your 30 days'));
  assert.equal(await readStoredDocument(page), null);

  await page.reload();
  await shown(challenge);
  await page.waitForFunction(() => document.querySelector('#mirror input[aria-label="Your challenge, in one sentence"]')
    ?.placeholder.startsWith('e.g. Applications wait'));
  if (!await control(page, 'radio', 'Examples from: Public service').count()) await click(page, 'button', 'Settings and backup');
  assert.equal(await control(page, 'radio', 'Examples from: Public service').isChecked(), true);
  assertNoProblems(problems);
  await context.close();
});

for (const [width, height, scale] of [[360, 780, 1], [1280, 900, 2]]) {
  test(`every example screen at ${width} px, ${scale}x`, async () => {
    const context = await env.browser.newContext({ viewport: { width, height }, deviceScaleFactor: scale });
    const { page, problems } = await openApp(context, env.server.url, { now: nov26 });
    await click(page, 'button', 'Open the example workbook');
    await shown(control(page, 'heading', 'Day 24 of 30'));
    await visitEveryScreen(page, `${width}-${scale}x`);
    // The metric chart, scrolled into view: it must stay readable on a phone.
    await click(page, 'link', 'Responsibility loop');
    const chart = page.locator('#mirror').getByText(/^Chart of Hours from build ready to QA start/);
    await chart.waitFor({ state: 'attached' });
    await page.mouse.move(width / 2, height / 2);
    for (let step = 0; step < 20 && await chart.evaluate((element) => element.getBoundingClientRect().top > 200); step++) {
      await page.mouse.wheel(0, 200);
      await settled(page);
    }
    await screenshot(page, `example-chart-${width}-${scale}x.png`);
    assertNoProblems(problems);
    await context.close();
  });
}
