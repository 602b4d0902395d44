// A first-time user's 30 days, as a night-shift nurse lead lives them from 2 March to 1 April:
// each day is a new visit (the clock moves on between them), on a phone and on a desktop. Every
// step checks a snag that person met: a check-in counted once across a pause, Today and History
// agreeing, Finish offered on day 30 with its closing move, a first stability check read as a
// baseline, a confirmation that does not stick, earlier check-ins listed and editable, the line
// of work chosen at the start, and the backup within reach once the program is finished.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  assertNoProblems, click, control, fill, firstSaveDone, openApp, screenshot, settled, shown, text,
  useServerAndBrowser,
} from './helpers.mjs';

const env = useServerAndBrowser();
const day = (date) => new Date(2026, 2, date, 21, 30, 0); // a night shift in March 2026

async function visit(context, date) {
  return openApp(context, env.server.url, { now: day(date) });
}

// Leaves for the day once the last edit is stored.
async function leave(page) {
  await settled(page);
  await shown(text(page, 'Saved in this browser.'));
  await page.close();
}

async function checkIn(page, done) {
  await fill(page, 'What did you do for your challenge today?', done);
  await fill(page, 'Minutes spent', '10');
  await click(page, 'button', 'Save check-in');
  await shown(control(page, 'button', 'Update check-in'));
}

for (const [width, height] of [[360, 740], [1280, 800]]) {
  test(`a nurse's 30 days at ${width} px: pauses, day 30, the baseline, check-ins and the backup`, async () => {
    const context = await env.browser.newContext({ viewport: { width, height }, acceptDownloads: true,
      isMobile: width < 600, hasTouch: width < 600 });

    // Day 1: her line of work first, so the hints speak of wards, not releases.
    let { page, problems } = await visit(context, 2);
    await click(page, 'radio', 'Your line of work: Health and care');
    await settled(page);
    const hint = await control(page, 'textbox', 'Your challenge, in one sentence').getAttribute('placeholder');
    assert.doesNotMatch(hint, /release/i);
    // A look at the example first; its "back" confirmation goes once she starts.
    await click(page, 'button', 'Open the example workbook');
    await click(page, 'button', 'Close the example');
    await shown(text(page, 'Back to your own workbook.'));
    await fill(page, 'Your challenge, in one sentence', 'Night-shift medication handoffs wait for the charge nurse');
    await click(page, 'button', 'Start my 30 days');
    await shown(control(page, 'heading', 'Day 1 of 30'));
    await firstSaveDone(page);
    assert.equal(await text(page, 'Back to your own workbook.').count(), 0, 'the confirmation went with the start');
    await checkIn(page, 'Wrote down who signs the handoff');

    // The first stability check is her baseline: a low start is not a slip.
    await click(page, 'link', 'Stability check');
    await click(page, 'radio', 'Clearly defined ownership: 3');
    await click(page, 'radio', 'Visible contribution: 2');
    await click(page, 'radio', 'Accountable communication: 4');
    await click(page, 'button', 'Save the check');
    await shown(text(page, /^Your baseline: visible contribution starts low/));
    assert.equal(await text(page, / slipped$/).count(), 0, 'no condition is said to have slipped');
    await click(page, 'link', 'Today');
    assert.equal(await text(page, 'Pull back, repair, then expand').count(), 0);
    await leave(page);

    // Day 15: she checks in, then pauses the same evening.
    ({ page, problems } = await visit(context, 16));
    await shown(control(page, 'heading', 'Day 15 of 30'));
    await checkIn(page, 'Asked pharmacy about the late round');
    await shown(text(page, 'Checked in on 2 of 15 days so far. Missing a day is fine.'));
    await click(page, 'button', 'Pause the program');
    await shown(control(page, 'heading', 'Paused after day 15 of 30'));
    await shown(text(page, /^Paused since Mon 16 Mar 2026\. .* you carry on from day 16\.$/));
    await leave(page);

    // Day 16, the next evening: resumed, it is day 16, which takes a check-in of its own.
    ({ page, problems } = await visit(context, 17));
    await click(page, 'button', 'Resume the program');
    await shown(control(page, 'heading', 'Day 16 of 30'));
    await shown(text(page, 'Checked in on 2 of 16 days so far. Missing a day is fine.'));
    await shown(control(page, 'button', 'Save check-in'));
    await shown(text(page, 'From Mon 2 Mar 2026 to Tue 31 Mar 2026.'));
    // Earlier check-ins are listed, newest first, and one can be put right.
    await click(page, 'button', 'Edit the check-in of Mon 16 Mar 2026');
    await shown(control(page, 'heading', 'Check-in of Mon 16 Mar 2026'));
    await fill(page, 'What did you do for your challenge that day?', 'Asked pharmacy about the late round; they agreed');
    await click(page, 'button', 'Update check-in');
    await shown(control(page, 'heading', "Today's check-in"));
    await shown(text(page, 'Mon 16 Mar 2026: 10 minutes. Asked pharmacy about the late round; they agreed.'));
    await leave(page);

    // Day 30: Finish is offered on the day itself, with the closing move from her checks.
    ({ page, problems } = await visit(context, 31));
    await shown(control(page, 'heading', 'Day 30 of 30'));
    await checkIn(page, 'Compared the handoff times with the first week');
    await shown(text(page, 'Checked in on 3 of 30 days so far. Missing a day is fine.'));
    await shown(control(page, 'heading', 'Finish on your last day'));
    await shown(text(page, /^Your stability checks in this program .*: 3\/2\/4\.$/));
    await screenshot(page, `first-time-day-30-${width}-1x.png`);
    await click(page, 'button', 'Finish and keep it in history');
    await shown(control(page, 'heading', 'Start your next 30 days'));
    // History counts the days exactly as Today did.
    await click(page, 'link', 'History');
    await shown(text(page, /^Checked in on 3 of 30 days, 30 minutes in all\.$/));

    // Finished, the backup is still one press away.
    await click(page, 'button', 'Settings and backup');
    const [download] = await Promise.all([page.waitForEvent('download'), click(page, 'button', 'Export a backup file')]);
    const backup = JSON.parse(readFileSync(await download.path(), 'utf8'));
    assert.equal(backup.workbook.history.length, 1);
    assert.deepEqual(backup.workbook.history[0].program.check_ins.map((c) => c.date),
      ['2026-03-02', '2026-03-16', '2026-03-31']);
    await shown(text(page, /^Backup saved to your downloads as leeway-backup-2026-03-31/));
    await click(page, 'link', 'Today');
    await shown(control(page, 'heading', 'Start your next 30 days'));
    await settled(page);
    assert.equal(await text(page, /^Backup saved to your downloads/).count(), 0, 'the confirmation went with the screen');
    assertNoProblems(problems);
    await context.close();
  });
}
