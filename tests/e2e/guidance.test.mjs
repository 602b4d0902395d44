// Guidance in the browser: watch-outs read from crafted workbooks, setting one aside, the safety
// check putting support first, the printable 1:1 report with exactly the chosen sections, the
// stability check's pull-back, and the stress rule's one-click pause.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  assertNoProblems, click, control, fill, importFile, openApp, readStoredDocument, screenshot, settled, shown, text,
  useServerAndBrowser,
} from './helpers.mjs';

const nov26 = new Date(2026, 10, 26, 12, 0, 0); // day 19 of a program started on 8 Nov
const env = useServerAndBrowser();
const folder = mkdtempSync(path.join(tmpdir(), 'leeway-guidance-'));

function workbookFile(name, program, rest = {}) {
  const empty = { who: '', asked_on: null, received_on: null, said: '' };
  const document = {
    format: 'leeway-backup', schema_version: 8,
    workbook: {
      program: {
        challenge: 'Builds wait two days for QA', start_date: '2026-11-08',
        clarity: { scope: 'I own the release checklist.', blockers: [], requests: [],
          constraint: { what: '', asked_of: '', asked_on: null, outcome: 'not_asked_yet' } },
        daily_budget_minutes: 15, check_ins: [], pauses: [],
        influence: { proposal: '', effect: '', expected_value: null, peer: empty, manager: empty },
        ...program,
      },
      ...rest,
    },
  };
  const file = path.join(folder, name);
  writeFileSync(file, JSON.stringify(document));
  return file;
}

const metric = { kind: 'handoff_delay', name: 'Handoff hours', unit: 'hours', baseline: 40, target: 8, better: 'lower' };
const quietAndStuck = workbookFile('quiet-and-stuck.json', {
  responsibility: {
    owned_area: 'Handoff of builds to QA', metric,
    measurements: [{ id: 'm1', date: '2026-11-18', value: 40, note: '' }, { id: 'm2', date: '2026-11-22', value: 39, note: '' }],
    reports: [],
  },
  check_ins: ['18', '19', '20', '21', '22', '23', '24'].map((day) => (
    { date: `2026-11-${day}`, minutes: 10, done: 'Worked the checklist', note: '', stress: null })),
}, {
  // Last week's check, the baseline that this week's is compared with.
  stability: [{ date: '2026-11-19', ownership: { rating: 4, note: '' }, contribution: { rating: 4, note: '' },
    communication: { rating: 4, note: '' }, repair: '' }],
});
const sureWithoutMeasuring = workbookFile('sure-without-measuring.json', {
  responsibility: {
    owned_area: 'Handoff of builds to QA', metric,
    measurements: [{ id: 'm1', date: '2026-11-18', value: 40, note: '' }],
    reports: [
      { id: 'r1', date: '2026-11-19', changed: 'QA hears sooner', failed: '', escalated: 'Device clash' },
      { id: 'r2', date: '2026-11-22', changed: 'Handoffs are faster now', failed: '', escalated: '' },
    ],
  },
});

test('watch-outs show with evidence, can be set aside, and every guidance screen works', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1100, height: 1400 }, acceptDownloads: true });
  const { page, problems } = await openApp(context, env.server.url, { now: nov26 });
  await importFile(page, quietAndStuck);
  await shown(control(page, 'heading', 'Day 19 of 30'));
  await shown(text(page, 'Watch out: Activity mistaken for progress'));
  await shown(text(page, /^7 check-ins since you started measuring, and Handoff hours is at 39 hours: 3% of the way/));
  await shown(text(page, 'Watch out: Autonomy used as a shield'));
  await shown(text(page, 'Watch out: Overcorrecting into silence'));
  await shown(text(page, 'No constraint asked about, nothing escalated by day 19.'));
  assert.equal(await text(page, 'Watch out: Confidence mistaken for certainty').count(), 0);
  await screenshot(page, 'guidance-watch-outs-1x.png');

  await click(page, 'button', 'Set aside: Overcorrecting into silence');
  await fill(page, 'Why it does not apply', 'I raised it in person with my lead');
  await click(page, 'button', 'Confirm setting aside: Overcorrecting into silence');
  await settled(page);
  assert.equal(await text(page, 'Watch out: Overcorrecting into silence').count(), 0);
  await shown(text(page, 'Saved in this browser.'));
  assert.deepEqual(JSON.parse(await readStoredDocument(page)).workbook.program.dismissed.map((d) => [d.kind, d.reason]),
    [['silence', 'I raised it in person with my lead']]);

  // Safety: a marked flag puts support first, above the day itself.
  await click(page, 'link', 'Safety and support');
  await shown(control(page, 'heading', 'Safety and support'));
  await shown(text(page, /It is not legal advice\.$/));
  await click(page, 'checkbox', 'I am told to do something unsafe');
  await fill(page, 'Support contacts', 'HR: Ana Novák, ext. 2211');
  await click(page, 'button', 'Save contacts');
  await shown(text(page, 'First: involve the proper support channels early'));
  await screenshot(page, 'guidance-safety-1x.png');
  await click(page, 'link', 'Today');
  const first = await (await shown(text(page, 'First: involve the proper support channels early'))).boundingBox();
  const day = await control(page, 'heading', 'Day 19 of 30').boundingBox();
  assert.ok(first.y < day.y, 'support guidance comes before the program');
  await shown(text(page, 'Your contacts: HR: Ana Novák, ext. 2211'));

  // The printable report holds exactly the chosen sections.
  await click(page, 'link', 'Report for a 1:1');
  await shown(control(page, 'heading', 'Report for a 1:1'));
  await click(page, 'checkbox', 'Include: Proposal and its effect');
  await click(page, 'checkbox', 'Include: Feedback received');
  await shown(text(page, 'Measurements: 40 hours on Wed 18 Nov 2026, 39 hours on Sun 22 Nov 2026.'));
  await screenshot(page, 'guidance-report-1x.png');
  await page.evaluate(() => { window.print = () => { window.leeway.printed = true; }; });
  await click(page, 'button', 'Open printable page');
  await page.waitForFunction(() => window.leeway.printed === true);
  const printed = await page.evaluate(() => ({
    title: document.querySelector('#print-report h1').textContent,
    headings: [...document.querySelectorAll('#print-report h2')].map((h) => h.textContent),
    text: document.getElementById('print-report').textContent,
  }));
  assert.equal(printed.title, 'Builds wait two days for QA');
  assert.deepEqual(printed.headings, ['Scope', 'Decision area I own', 'Metric and trend',
    'What changed, failed and was escalated']);
  assert.match(printed.text, /Measurements: 40 hours on Wed 18 Nov 2026, 39 hours on Sun 22 Nov 2026\./);
  // The same sections as Markdown, on the clipboard and as a download.
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(env.server.url).origin });
  await click(page, 'button', 'Copy to clipboard');
  await shown(text(page, 'The report is on your clipboard, as Markdown.'));
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(copied, /^# Builds wait two days for QA\n\nDay 19 of 30, Thu 26 Nov 2026\n\n## Scope\n\nI own the release checklist\.\n/);
  assert.doesNotMatch(copied, /Feedback received|Proposal and its effect/);
  const [download] = await Promise.all([page.waitForEvent('download'), click(page, 'button', 'Download as Markdown')]);
  assert.equal(download.suggestedFilename(), 'leeway-report-2026-11-26.md');
  assert.equal(readFileSync(await download.path(), 'utf8'), copied);

  // A collapsed condition: pull back, recorded in the ledger.
  await click(page, 'link', 'Stability check');
  await click(page, 'radio', 'Clearly defined ownership: 4');
  await click(page, 'radio', 'Visible contribution: 4');
  await click(page, 'radio', 'Accountable communication: 1');
  await fill(page, 'One line: accountable communication', 'Nobody heard about the outage');
  await click(page, 'button', 'Save the check');
  await shown(text(page, 'Accountable communication slipped'));
  await fill(page, 'Pull-back to record', 'QA lead signs Friday handoffs for two weeks');
  await click(page, 'button', 'Record the pull-back in the ledger');
  await shown(text(page, 'Saved in this browser.'));
  await screenshot(page, 'guidance-stability-1x.png');
  const stored = JSON.parse(await readStoredDocument(page)).workbook;
  assert.deepEqual(stored.stability.map((c) => [c.ownership.rating, c.contribution.rating, c.communication.rating]),
    [[4, 4, 4], [4, 4, 1]]);
  assert.deepEqual(stored.map.ledger.map((e) => [e.kind, e.text]),
    [['pull_back', 'QA lead signs Friday handoffs for two weeks']]);

  // Stress at 5: the program offers a pause, which takes one click.
  await click(page, 'link', 'Today');
  await fill(page, 'What did you do for your challenge today?', 'Chased the outage report');
  await fill(page, 'Minutes spent', '20');
  await click(page, 'radio', 'Stress today: 5');
  await click(page, 'button', 'Save check-in');
  await shown(text(page, 'Your stress ratings are climbing'));
  await click(page, 'button', 'Pause the program now');
  // Day 19 was checked in: it counts, and the program carries on from day 20.
  await shown(control(page, 'heading', 'Paused after day 19 of 30'));
  assertNoProblems(problems);
  await context.close();
});

test('claims of change without a measurement behind them are flagged', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1100, height: 1200 } });
  const { page, problems } = await openApp(context, env.server.url, { now: nov26 });
  await importFile(page, sureWithoutMeasuring);
  await shown(control(page, 'heading', 'Day 19 of 30'));
  await shown(text(page, 'Watch out: Confidence mistaken for certainty'));
  await shown(text(page, '2 reports say something changed, and no measurement since Thu 19 Nov 2026 shows it.'));
  assert.equal(await text(page, 'Watch out: Autonomy used as a shield').count(), 0);
  assertNoProblems(problems);
  await context.close();
});
