// Days 1-10 in the browser: fill in the Clarity baseline through the page's controls, reload,
// find everything again, export it, and move between screens with the browser's history.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  assertNoProblems, click, control, fill, firstSaveDone, openApp, screenshot, settled, shown,
  startProgram, text, waitForReady,
  useServerAndBrowser,
} from './helpers.mjs';

const nov26 = new Date(2026, 10, 26, 12, 0, 0);
const env = useServerAndBrowser();

test('the Clarity baseline is filled in, survives a reload and is all in the export', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  const { page, problems } = await openApp(context, env.server.url, { now: nov26 });
  await startProgram(page, 'Handoffs to QA wait two days');
  await click(page, 'link', 'Clarity baseline');
  await shown(control(page, 'heading', 'Clarity baseline'));
  assert.match(page.url(), /#\/clarity$/);
  assert.equal(await page.title(), 'Leeway: Clarity baseline');

  await fill(page, 'Scope', 'I own the release checklist, from code freeze to store submission.');
  await click(page, 'button', 'Save scope');
  for (const blocker of ['Test devices are booked on Mondays', 'Café Wi-Fi drops the VPN in Łódź']) {
    await fill(page, 'New blocker', blocker);
    await click(page, 'button', 'Add blocker');
    await shown(control(page, 'button', `Seen again: ${blocker}`));
  }
  await click(page, 'button', 'Seen again: Test devices are booked on Mondays');
  await shown(text(page, /^Test devices are booked on Mondays \(2 times/));
  await click(page, 'button', 'Retire: Café Wi-Fi drops the VPN in Łódź');
  await shown(control(page, 'button', 'Bring back: Café Wi-Fi drops the VPN in Łódź'));

  await fill(page, 'Request', 'Weekly status deck for the steering group');
  await click(page, 'radio', 'Avoidable noise');
  await fill(page, 'Reason', 'The same numbers are on the team dashboard');
  await click(page, 'button', 'Log request');
  await shown(text(page, '0 needed, 1 avoidable noise.'));

  await fill(page, 'What should be lifted', 'Let me approve test-plan changes myself');
  await fill(page, 'Asked of', 'Head of QA');
  await click(page, 'button', 'Asked today');
  await click(page, 'radio', 'Pending');
  await click(page, 'button', 'Save the ask');
  await shown(text(page, 'Saved: pending.'));
  await shown(text(page, 'Saved in this browser.'));
  await screenshot(page, 'clarity-1280-1x.png');

  await page.reload();
  await waitForReady(page);
  await shown(control(page, 'heading', 'Clarity baseline'));
  assert.equal(await control(page, 'textbox', 'Scope').inputValue(),
    'I own the release checklist, from code freeze to store submission.');
  await shown(text(page, /^Test devices are booked on Mondays \(2 times/));
  await shown(text(page, /Weekly status deck for the steering group \(avoidable noise: The same numbers/));
  assert.equal(await control(page, 'textbox', 'Asked of').inputValue(), 'Head of QA');
  assert.equal(await control(page, 'radio', 'Pending').isChecked(), true);

  // The browser's back button returns to Today, forward to the Clarity baseline.
  await page.goBack();
  await shown(control(page, 'heading', 'Day 1 of 30'));
  await page.goForward();
  await shown(control(page, 'heading', 'Clarity baseline'));

  await click(page, 'link', 'Today');
  const [download] = await Promise.all([page.waitForEvent('download'), click(page, 'button', 'Export backup')]);
  const clarity = JSON.parse(readFileSync(await download.path(), 'utf8')).workbook.program.clarity;
  assert.equal(clarity.scope, 'I own the release checklist, from code freeze to store submission.');
  assert.deepEqual(clarity.blockers.map((b) => [b.text, b.occurrences, b.retired]), [
    ['Test devices are booked on Mondays', 2, false], ['Café Wi-Fi drops the VPN in Łódź', 1, true]]);
  assert.deepEqual(clarity.requests.map((r) => [r.text, r.verdict, r.reason]), [
    ['Weekly status deck for the steering group', 'avoidable_noise', 'The same numbers are on the team dashboard']]);
  assert.deepEqual(clarity.constraint, { what: 'Let me approve test-plan changes myself', asked_of: 'Head of QA',
    asked_on: '2026-11-26', outcome: 'pending' });
  assert.match(clarity.blockers[0].id, /^[0-9a-f]{12}$/);
  assertNoProblems(problems);
  await context.close();
});

test('the Clarity baseline screen at phone width and at 2x', async () => {
  for (const [width, scale] of [[360, 1], [360, 2], [1280, 2]]) {
    const context = await env.browser.newContext({ viewport: { width, height: 800 }, deviceScaleFactor: scale });
    const { page, problems } = await openApp(context, env.server.url, { now: nov26 });
    await startProgram(page, 'Handoffs to QA wait two days');
    await click(page, 'link', 'Clarity baseline');
    await shown(control(page, 'heading', 'Clarity baseline'));
    await fill(page, 'New blocker', 'Test devices are booked on Mondays');
    await click(page, 'button', 'Add blocker');
    await shown(control(page, 'button', 'Seen again: Test devices are booked on Mondays'));
    await settled(page);
    const field = await control(page, 'textbox', 'Scope').boundingBox();
    assert.ok(field.x >= 0 && field.x + field.width <= width, `the scope field fits ${width} px`);
    await screenshot(page, `clarity-${width}-${scale}x.png`);
    assertNoProblems(problems);
    await context.close();
  }
});

test('the daily check-in is saved, survives a reload, counts consistency and is exported', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1100, height: 900 }, acceptDownloads: true });
  const first = await openApp(context, env.server.url, { now: nov26 });
  await startProgram(first.page, 'Handoffs to QA wait two days');
  await first.page.close();

  // Three days later, with no check-in in between.
  const { page, problems } = await openApp(context, env.server.url, { now: new Date(2026, 10, 29, 18, 0) });
  await shown(text(page, 'Checked in on 0 of 4 days so far. Missing a day is fine.'));
  await shown(text(page, /^The last two days went by without a check-in/));
  await fill(page, 'What did you do for your challenge today?', 'Sorted the week’s requests: 3 needed, 2 noise');
  await fill(page, 'Minutes spent', '12');
  await fill(page, 'Note (optional)', 'Zoë agreed to batch the status questions');
  await click(page, 'button', 'Save check-in');
  await shown(text(page, 'Checked in today: 12 minutes.'));
  await shown(text(page, 'Checked in on 1 of 4 days so far. Missing a day is fine.'));
  await shown(text(page, 'Saved in this browser.'));
  await screenshot(page, 'check-in-1x.png');

  await page.reload();
  await waitForReady(page);
  await shown(text(page, 'Checked in today: 12 minutes.'));
  assert.equal(await control(page, 'textbox', 'Note (optional)').inputValue(), 'Zoë agreed to batch the status questions');
  const [download] = await Promise.all([page.waitForEvent('download'), click(page, 'button', 'Export backup')]);
  const program = JSON.parse(readFileSync(await download.path(), 'utf8')).workbook.program;
  assert.deepEqual(program.check_ins, [{ date: '2026-11-29', minutes: 12,
    done: 'Sorted the week’s requests: 3 needed, 2 noise', note: 'Zoë agreed to batch the status questions', stress: null }]);
  assert.equal(program.daily_budget_minutes, 15);
  assertNoProblems(problems);
  await context.close();
});

test('pausing stops the day count and resuming carries on where it stopped', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1100, height: 900 } });
  const first = await openApp(context, env.server.url, { now: new Date(2026, 10, 27, 10, 0) });
  await fill(first.page, 'Your challenge, in one sentence', 'Handoffs to QA wait two days');
  await fill(first.page, 'Start date', '2026-11-26');
  await click(first.page, 'button', 'Start my 30 days');
  await shown(control(first.page, 'heading', 'Day 2 of 30'));
  await firstSaveDone(first.page);
  await click(first.page, 'button', 'Pause the program');
  await shown(control(first.page, 'heading', 'Paused on day 2 of 30'));
  await shown(text(first.page, 'Saved in this browser.'));
  assert.equal(await first.page.title(), 'Leeway: paused');
  await first.page.close();

  // Four days later it still stands on day 2, and resuming carries on from day 2.
  const { page, problems } = await openApp(context, env.server.url, { now: new Date(2026, 11, 1, 10, 0) });
  await shown(control(page, 'heading', 'Paused on day 2 of 30'));
  await shown(text(page, /^Paused since Fri 27 Nov 2026/));
  // The end date if resumed today: the four days paused so far move it.
  await shown(text(page, 'From Thu 26 Nov 2026 to Tue 29 Dec 2026, if you resume today.'));
  await screenshot(page, 'paused-1x.png');
  await click(page, 'button', 'Resume the program');
  await shown(control(page, 'heading', 'Day 2 of 30'));
  await shown(text(page, 'From Thu 26 Nov 2026 to Tue 29 Dec 2026.'));
  await shown(text(page, 'Checked in on 0 of 2 days so far. Missing a day is fine.'));
  assertNoProblems(problems);
  await context.close();
});
