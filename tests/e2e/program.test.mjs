// The rest of the program in the browser: the autonomy map, the Responsibility loop and the
// Influence trial filled in through the page's controls, found again after a reload and in the
// export; then the program finished into history, with the map carried over to the next one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  assertNoProblems, click, control, fill, firstSaveDone, openApp, screenshot, shown, text, waitForReady,
  useServerAndBrowser,
} from './helpers.mjs';

const nov26 = new Date(2026, 10, 26, 12, 0, 0);
const env = useServerAndBrowser();

async function fillMap(page) {
  await click(page, 'link', 'Autonomy map');
  await shown(control(page, 'heading', 'Autonomy map'));
  assert.match(page.url(), /#\/map$/);
  await click(page, 'radio', 'Freedom over methods, rating: 3');
  await fill(page, 'Note: Freedom over methods', 'I pick the tools, not the steps.');
  await click(page, 'button', 'Save rating: Freedom over methods');
  await shown(text(page, 'Now 3 of 5, rated Thu 26 Nov 2026. "I pick the tools, not the steps."'));
  await click(page, 'radio', 'Freedom over outcomes, rating: 1');
  await click(page, 'button', 'Save rating: Freedom over outcomes');
  await shown(text(page, 'Now 1 of 5, rated Thu 26 Nov 2026.'));

  await fill(page, 'New decision area', 'Handoff of builds to QA');
  await click(page, 'radio', 'New decision area, level: Decision');
  await click(page, 'button', 'Add area');
  await shown(text(page, 'Decision since Thu 26 Nov 2026.'));

  await click(page, 'radio', 'Ledger entry kind: Permission earned');
  await click(page, 'radio', 'Ledger entry area: Handoff of builds to QA');
  await fill(page, 'What changed', 'May approve test plans for minor releases');
  await click(page, 'button', 'Add to ledger');
  await shown(text(page, /^Thu 26 Nov 2026\. Permission earned \(Handoff of builds to QA\): May approve test plans/));
  await click(page, 'radio', 'Ledger entry kind: Pull-back');
  await click(page, 'radio', 'Ledger entry area: No particular area');
  await fill(page, 'What changed', 'Friday handoffs are checked by the QA lead again');
  await fill(page, 'When', '2026-11-20');
  await click(page, 'button', 'Add to ledger');
  await shown(text(page, '1 permission, 0 extensions, 1 pull-back.'));
}

async function fillResponsibility(page) {
  await click(page, 'link', 'Responsibility loop');
  await shown(control(page, 'heading', 'Responsibility loop'));
  await shown(text(page, /^Days 11-20 of your program\. Today is day 15\./));
  await click(page, 'button', 'Use decision area: Handoff of builds to QA');
  await click(page, 'button', 'Save decision area');
  await click(page, 'radio', 'Kind of metric: Handoff delay');
  await fill(page, 'What you measure', 'Hours from build ready to QA start');
  await fill(page, 'Unit', 'hours');
  await fill(page, 'Baseline (now)', '46');
  await fill(page, 'Target', '60');
  await click(page, 'button', 'Save metric');
  await shown(text(page, /^The target should be better than the baseline/));
  await fill(page, 'Target', '8');
  await click(page, 'button', 'Save metric');
  await shown(text(page, /^Chart of Hours from build ready to QA start: baseline 46 hours, target 8 hours/));

  await fill(page, 'Value, in hours', '40');
  await fill(page, 'Measured on', '2026-11-23');
  await click(page, 'button', 'Log measurement');
  await shown(text(page, /^Mon 23 Nov 2026: 40 hours$/));
  await fill(page, 'Value, in hours', '26,5');
  await fill(page, 'Note (optional)', 'Zoë picked the build up before lunch');
  await click(page, 'button', 'Log measurement');
  await shown(text(page, /^Thu 26 Nov 2026: 26\.5 hours \(Zoë picked the build up before lunch\)$/));
  await shown(text(page, /latest 26\.5 hours, 51% of the way to the target\.$/));

  await fill(page, 'What changed', 'QA hears the minute a build is green');
  await fill(page, 'What failed', 'The bot was down on Friday');
  await fill(page, 'What was escalated', 'Device booking clash, to the engineering manager');
  await click(page, 'button', 'Save report');
  await shown(text(page, 'Failed: The bot was down on Friday'));
}

async function fillInfluence(page) {
  await click(page, 'link', 'Influence trial');
  await shown(control(page, 'heading', 'Influence trial'));
  await fill(page, 'Process improvement', 'Every release kickoff names one handoff owner');
  await fill(page, 'Measurable effect', 'Handoff delay stays under one working day');
  await fill(page, 'Expected value of your metric, in hours (optional)', '8');
  await click(page, 'button', 'Save proposal');
  await shown(text(page, 'Saved.'));
  await fill(page, 'Peer', 'Tomás, QA');
  await click(page, 'button', 'Peer asked on: today');
  await fill(page, 'Peer answered on', '2026-11-25');
  await click(page, 'button', 'Save peer feedback');
  await shown(text(page, 'The answer cannot come before the question.'));
  await click(page, 'button', 'Peer answered on: today');
  await fill(page, 'What the peer said', 'Yes, if the notice links the test plan');
  await click(page, 'button', 'Save peer feedback');
  await shown(text(page, 'Tomás, QA answered on Thu 26 Nov 2026.'));
  await fill(page, 'Manager', 'Priya');
  await click(page, 'button', 'Manager asked on: today');
  await click(page, 'button', 'Save manager feedback');
  await shown(text(page, 'Asked Priya on Thu 26 Nov 2026.'));
}

test('map, loop and trial are filled in, survive a reload, are all in the export, and carry over', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  const { page, problems } = await openApp(context, env.server.url, { now: nov26 });
  await fill(page, 'Your challenge, in one sentence', 'Builds wait two days for QA');
  await fill(page, 'Start date', '2026-11-12');
  await click(page, 'button', 'Start my 30 days');
  await shown(control(page, 'heading', 'Day 15 of 30'));
  await firstSaveDone(page);
  await text(page, 'Pick the one decision area you can fully own for the next ten days.').waitFor({ state: 'attached' });

  await fillMap(page);
  await fillResponsibility(page);
  await fillInfluence(page);
  await shown(text(page, 'Saved in this browser.'));

  await page.reload();
  await waitForReady(page);
  await shown(control(page, 'heading', 'Influence trial'));
  assert.equal(await control(page, 'textbox', 'Process improvement').inputValue(),
    'Every release kickoff names one handoff owner');
  assert.equal(await control(page, 'textbox', 'What the peer said').inputValue(),
    'Yes, if the notice links the test plan');
  await click(page, 'link', 'Responsibility loop');
  assert.equal(await control(page, 'textbox', 'Decision area').inputValue(), 'Handoff of builds to QA');
  assert.equal(await control(page, 'textbox', 'Baseline (now)').inputValue(), '46');
  assert.equal(await control(page, 'radio', 'Kind of metric: Handoff delay').isChecked(), true);
  await shown(text(page, /^Thu 26 Nov 2026: 26\.5 hours \(Zoë picked the build up before lunch\)$/));
  await text(page, 'Escalated: Device booking clash, to the engineering manager').waitFor({ state: 'attached' });
  await click(page, 'link', 'Autonomy map');
  await shown(text(page, 'Now 3 of 5, rated Thu 26 Nov 2026. "I pick the tools, not the steps."'));
  // Below the fold: present in the page, though not in view.
  await text(page, /^Fri 20 Nov 2026\. Pull-back: Friday handoffs are checked by the QA lead again$/).waitFor({ state: 'attached' });

  await click(page, 'link', 'Today');
  const [download] = await Promise.all([page.waitForEvent('download'), click(page, 'button', 'Export backup')]);
  const exported = JSON.parse(readFileSync(await download.path(), 'utf8'));
  const { program, map } = exported.workbook;
  assert.equal(program.responsibility.owned_area, 'Handoff of builds to QA');
  assert.deepEqual(program.responsibility.metric, {
    kind: 'handoff_delay', name: 'Hours from build ready to QA start', unit: 'hours', baseline: 46, target: 8,
    better: 'lower',
  });
  assert.deepEqual(program.responsibility.measurements.map((m) => [m.date, m.value, m.note]),
    [['2026-11-23', 40, ''], ['2026-11-26', 26.5, 'Zoë picked the build up before lunch']]);
  assert.deepEqual(program.responsibility.reports.map((r) => [r.changed, r.failed, r.escalated]),
    [['QA hears the minute a build is green', 'The bot was down on Friday',
      'Device booking clash, to the engineering manager']]);
  assert.equal(program.influence.expected_value, 8);
  assert.deepEqual(program.influence.peer, {
    who: 'Tomás, QA', asked_on: '2026-11-26', received_on: '2026-11-26', said: 'Yes, if the notice links the test plan',
  });
  assert.deepEqual(program.influence.manager, { who: 'Priya', asked_on: '2026-11-26', received_on: null, said: '' });
  assert.deepEqual(map.ratings.map((r) => [r.freedom, r.rating, r.note]),
    [['methods', 3, 'I pick the tools, not the steps.'], ['outcomes', 1, '']]);
  assert.deepEqual(map.areas.map((a) => [a.name, a.level]), [['Handoff of builds to QA', 'decision']]);
  assert.deepEqual(map.ledger.map((e) => [e.date, e.kind, e.area_id === map.areas[0].id, e.text]), [
    ['2026-11-20', 'pull_back', false, 'Friday handoffs are checked by the QA lead again'],
    ['2026-11-26', 'permission', true, 'May approve test plans for minor releases'],
  ]);

  // Ending early moves the program to history; the next one starts with the map in place.
  await click(page, 'button', 'End the program early');
  await fill(page, 'What you take from it (optional)', 'Ask before the freeze, not after');
  await click(page, 'button', 'Yes, end it now');
  await shown(control(page, 'heading', 'Start your next 30 days'));
  await shown(text(page, /^Your autonomy map carries over: 1 decision area and 2 ledger entries/));
  await click(page, 'link', 'History');
  await shown(control(page, 'heading', 'Builds wait two days for QA'));
  await shown(text(page, 'Your reflection: "Ask before the freeze, not after"'));
  await screenshot(page, 'history-after-finishing-1280-1x.png');
  await click(page, 'link', 'Today');
  await fill(page, 'Your challenge, in one sentence', 'Release notes are written on the last evening');
  await click(page, 'button', 'Start my 30 days');
  await shown(control(page, 'heading', 'Day 1 of 30'));
  await click(page, 'link', 'Responsibility loop');
  await shown(control(page, 'button', 'Use decision area: Handoff of builds to QA'));
  assert.equal(await control(page, 'textbox', 'Decision area').inputValue(), '');
  await page.reload();
  await waitForReady(page);
  await click(page, 'link', 'History');
  await shown(control(page, 'heading', 'Builds wait two days for QA'));
  assertNoProblems(problems);
  await context.close();
});

test('the day follows the local calendar in any time zone, and across a daylight-saving change', async () => {
  // 20:00 UTC on 26 Nov is already 09:00 on Friday 27 Nov in Auckland.
  const auckland = await env.browser.newContext({ timezoneId: 'Pacific/Auckland' });
  const { page, problems } = await openApp(auckland, env.server.url, { now: new Date('2026-11-26T20:00:00Z') });
  await fill(page, 'Your challenge, in one sentence', 'Builds wait two days for QA');
  await click(page, 'button', 'Start my 30 days');
  await shown(control(page, 'heading', 'Day 1 of 30'));
  await shown(text(page, 'From Fri 27 Nov 2026 to Sat 26 Dec 2026.'));
  assertNoProblems(problems);
  await auckland.close();

  // Berlin moves its clocks forward in the night to Sunday 29 March 2026.
  const berlin = await env.browser.newContext({ timezoneId: 'Europe/Berlin' });
  const opened = await openApp(berlin, env.server.url, { now: new Date('2026-03-28T22:30:00Z') }); // 23:30 CET
  await fill(opened.page, 'Your challenge, in one sentence', 'Builds wait two days for QA');
  await fill(opened.page, 'Start date', '2026-03-20');
  await click(opened.page, 'button', 'Start my 30 days');
  await shown(control(opened.page, 'heading', 'Day 9 of 30'));
  await firstSaveDone(opened.page);
  await opened.page.clock.setFixedTime(new Date('2026-03-28T23:30:00Z')); // 01:30 CET, Sunday
  await opened.page.reload();
  await waitForReady(opened.page);
  await shown(control(opened.page, 'heading', 'Day 10 of 30'));
  await opened.page.clock.setFixedTime(new Date('2026-03-29T22:30:00Z')); // 00:30 CEST, Monday
  await opened.page.reload();
  await waitForReady(opened.page);
  await shown(control(opened.page, 'heading', 'Day 11 of 30'));
  assertNoProblems(opened.problems);
  await berlin.close();
});
