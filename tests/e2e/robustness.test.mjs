// No button can stop the app: every Remove removes its entry for good, and a fault inside the
// wasm, should one ever happen, ends in a plain message with a way back, never a frozen canvas,
// and with the data of the last save intact.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  assertNoProblems, click, control, fill, openApp, readStoredDocument, screenshot, shown, startProgram, text,
  waitForReady, useServerAndBrowser,
} from './helpers.mjs';

const nov26 = new Date(2026, 10, 26, 12, 0, 0);
const env = useServerAndBrowser();

async function savedAgain(page) {
  await page.waitForFunction(() => window.leeway.idle &&
    window.leeway.screen.items.some((item) => item.name === 'Saved in this browser.'));
}

test('Remove on a measurement, a report and a ledger entry removes it, and it stays gone after a reload', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const { page, problems } = await openApp(context, env.server.url, { now: nov26 });
  await startProgram(page, 'Medication handoffs wait for the charge nurse');

  await click(page, 'link', 'Responsibility loop');
  await fill(page, 'What you measure', 'Minutes a handoff waits');
  await fill(page, 'Unit', 'minutes');
  await fill(page, 'Baseline (now)', '40');
  await fill(page, 'Target', '10');
  await click(page, 'radio', 'Direction: Lower is better');
  await click(page, 'button', 'Save metric');
  for (const value of ['38', '26.5']) {
    await fill(page, 'Value, in minutes', value);
    await click(page, 'button', 'Log measurement');
    await shown(control(page, 'button', `Remove measurement: Thu 26 Nov 2026: ${value} minutes`));
  }
  await click(page, 'button', 'Remove measurement: Thu 26 Nov 2026: 38 minutes');
  await shown(control(page, 'button', 'Remove measurement: Thu 26 Nov 2026: 26.5 minutes'));
  assert.equal(await control(page, 'button', 'Remove measurement: Thu 26 Nov 2026: 38 minutes').count(), 0);

  for (const changed of ['Handoff sheet moved to the ward tablet', 'Night shift reads it aloud']) {
    await fill(page, 'What changed', changed);
    await click(page, 'button', 'Save report');
    await shown(text(page, `Changed: ${changed}`));
  }
  await click(page, 'button', 'Remove report of Thu 26 Nov 2026: Handoff sheet moved to the ward tablet');
  await shown(control(page, 'button', 'Remove report of Thu 26 Nov 2026: Night shift reads it aloud'));
  assert.equal(await text(page, 'Changed: Handoff sheet moved to the ward tablet').count(), 0);

  await click(page, 'link', 'Autonomy map');
  for (const entry of ['Approve my own shift swaps', 'Order ward supplies up to 50 euros']) {
    await fill(page, 'What changed', entry);
    await click(page, 'button', 'Add to ledger');
    await shown(control(page, 'button', `Remove ledger entry: ${entry}`));
  }
  await click(page, 'button', 'Remove ledger entry: Approve my own shift swaps');
  await shown(control(page, 'button', 'Remove ledger entry: Order ward supplies up to 50 euros'));
  assert.equal(await control(page, 'button', 'Remove ledger entry: Approve my own shift swaps').count(), 0);
  await savedAgain(page);

  await page.reload();
  await waitForReady(page);
  await shown(control(page, 'button', 'Remove ledger entry: Order ward supplies up to 50 euros'));
  assert.equal(await control(page, 'button', 'Remove ledger entry: Approve my own shift swaps').count(), 0);
  await click(page, 'link', 'Responsibility loop');
  await shown(control(page, 'button', 'Remove measurement: Thu 26 Nov 2026: 26.5 minutes'));
  assert.equal(await control(page, 'button', 'Remove measurement: Thu 26 Nov 2026: 38 minutes').count(), 0);
  await shown(text(page, 'Changed: Night shift reads it aloud'));
  assert.equal(await text(page, 'Changed: Handoff sheet moved to the ward tablet').count(), 0);

  const stored = JSON.parse(await readStoredDocument(page)).workbook;
  assert.deepEqual(stored.program.responsibility.measurements.map((m) => m.value), [26.5]);
  assert.deepEqual(stored.program.responsibility.reports.map((r) => r.changed), ['Night shift reads it aloud']);
  assert.deepEqual(stored.map.ledger.map((e) => e.text), ['Order ward supplies up to 50 euros']);
  assertNoProblems(problems);
  await context.close();
});

// Every call from the wasm into the page goes through its imports: this makes the next one throw
// a RuntimeError, as a fault in the wasm's own code would, once the test asks for it.
function faultOnRequest() {
  const instantiate = WebAssembly.instantiate;
  WebAssembly.instantiate = function (module, imports) {
    for (const space of Object.values(imports || {})) {
      for (const [name, value] of Object.entries(space)) {
        if (typeof value !== 'function') continue;
        space[name] = function () {
          if (window.faultRequested) {
            window.faultRequested = false;
            throw new WebAssembly.RuntimeError('memory access out of bounds (the test asked for it)');
          }
          return value.apply(this, arguments);
        };
      }
    }
    return instantiate.apply(this, arguments);
  };
}

test('a fault inside the app stops it with a plain message and a Reload button, and the last save survives', async () => {
  const context = await env.browser.newContext({ viewport: { width: 360, height: 740 } });
  await context.addInitScript(faultOnRequest);
  const { page, problems } = await openApp(context, env.server.url, { now: nov26 });
  await startProgram(page, 'Medication handoffs wait for the charge nurse');
  const savedBefore = await readStoredDocument(page);

  // The fault comes in the middle of a frame: the one a click on the canvas draws.
  // Asked for by the press itself: a frame or timer that ran before it would stop the app early,
  // and the press would then land on the Reload button.
  await page.mouse.move(180, 300);
  await page.evaluate(() => {
    window.addEventListener('pointerdown', () => { window.faultRequested = true; }, { capture: true, once: true });
  });
  await page.mouse.down();
  await page.mouse.up(); // over the message by now: a press that did not begin there reloads nothing
  const message = page.getByRole('alert').filter({ hasText: 'Leeway stopped' });
  await message.waitFor();
  assert.match(await message.innerText(), /Your data up to the last save is safe/);
  assert.match(await page.locator('#stopped-error').inputValue(), /memory access out of bounds/);
  assert.equal(await page.locator('#canvas').isVisible(), false, 'no frozen canvas is left on screen');
  assert.equal(await page.locator('#mirror').isVisible(), false);
  await page.waitForFunction(() => document.activeElement.id === 'stopped-reload');
  await screenshot(page, 'stopped-360-1x.png');

  // Nothing reaches the stopped app any more: leaving the page saves nothing over the last save.
  await page.evaluate(() => {
    document.dispatchEvent(new Event('visibilitychange'));
    window.dispatchEvent(new Event('pagehide'));
  });
  assert.equal(await readStoredDocument(page), savedBefore);

  await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Reload Leeway' }).click()]);
  await waitForReady(page);
  await shown(control(page, 'heading', 'Day 1 of 30'));
  await shown(text(page, /Medication handoffs wait for the charge nurse/));
  // The only console lines are the fault's own.
  assert.ok(problems.console.length > 0 && problems.console.every((line) => /memory access out of bounds|Leeway stopped/.test(line)),
    problems.console.join('\n'));
  problems.console.length = 0;
  assertNoProblems(problems);
  await context.close();
});
