// Take-home links as a hostile sender makes them: a "zip bomb", an altered payload, links that
// carry no workbook, and a sequence never finished. Each is refused before anything is offered,
// with a message, and costs the tab no memory; a real link, old or new, is still read.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import { click, control, openApp, repoRoot, shown, text, waitForReady, useServerAndBrowser } from './helpers.mjs';

const nov26 = new Date(2026, 10, 26, 12, 0, 0);
const env = useServerAndBrowser();
const backup = readFileSync(path.join(repoRoot, 'tests/fixtures/backup-v8.json'), 'utf8');

const base64Url = (bytes) => Buffer.from(bytes).toString('base64url');
const hex8 = (number) => (number >>> 0).toString(16).padStart(8, '0');
// The link format of version 2: "2.<CRC-32 of the text>.<deflate-raw, base64url>".
const linkData = (textForChecksum, packedText = textForChecksum) =>
  `2.${hex8(crc32(Buffer.from(textForChecksum)))}.${base64Url(deflateRawSync(Buffer.from(packedText)))}`;

// The wasm's memory (it never shrinks, so any growth stays visible) and the page's JS heap
// after a full garbage collection, through the DevTools protocol.
async function memory(page) {
  const session = await page.context().newCDPSession(page);
  await session.send('HeapProfiler.collectGarbage');
  const { usedSize } = await session.send('Runtime.getHeapUsage');
  await session.detach();
  return { wasm: await page.evaluate(() => window.Module.HEAP8.buffer.byteLength), heap: usedSize };
}

async function openLink(page, data) {
  await page.evaluate((hash) => { window.location.hash = hash; }, `#/take-home/${data}`);
}

// The notice in the mirror (the page also announces it through its alert live region).
const refusal = (page) => text(page, /^The link you opened cannot be imported/);

test('a link that unpacks to 100 MB is refused at once, before anything is offered, and costs no memory', async (t) => {
  const context = await env.browser.newContext({ viewport: { width: 1100, height: 800 } });
  const { page } = await openApp(context, env.server.url, { now: nov26 });
  const before = await memory(page);

  const started = Date.now();
  await openLink(page, base64Url(deflateRawSync(Buffer.alloc(100 * 1024 * 1024, ' '))));
  await shown(refusal(page));
  assert.match(await refusal(page).innerText(), /far longer than any link Leeway makes/);
  const refusedIn = Date.now() - started;
  const afterLong = await memory(page);

  // One that fits in a link: unpacking stops at the limit.
  await click(page, 'button', 'Dismiss');
  const small = linkData('x', ' '.repeat(2.5 * 1024 * 1024));
  assert.ok(small.length < 4096, `${small.length} characters`);
  await openLink(page, small);
  await shown(refusal(page));
  assert.match(await refusal(page).innerText(), /unpacks to far more than any workbook/);
  const after = await memory(page);
  assert.equal(await control(page, 'heading', 'Import this workbook?').count(), 0);
  t.diagnostic(`100 MB bomb refused in ${refusedIn} ms; wasm memory ${before.wasm / 1048576} MB before, ` +
    `${afterLong.wasm / 1048576} MB after it, ${after.wasm / 1048576} MB after a 2.5 MB one; JS heap ` +
    `${(before.heap / 1048576).toFixed(1)} -> ${(after.heap / 1048576).toFixed(1)} MB`);
  assert.ok(after.wasm - before.wasm <= 4 * 1048576, `wasm memory grew ${after.wasm - before.wasm} bytes`);
  assert.ok(after.heap - before.heap <= 8 * 1048576, `JS heap grew ${after.heap - before.heap} bytes`);
  await context.close();
});

test('an altered payload, an empty stream, deep nesting and non-backups are refused, never offered', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1100, height: 800 } });
  const { page } = await openApp(context, env.server.url, { now: nov26 });
  const altered = backup.replace('Handoffs to QA', 'Handouts to QA');
  assert.notEqual(altered, backup);
  const cases = [
    [linkData(backup, altered), /does not match its checksum, so it was changed or damaged/],
    [linkData(''), /not a Leeway workbook that can be read/],
    [linkData('['.repeat(100000) + ']'.repeat(100000)), /not a Leeway workbook that can be read \(: the file nests deeper/],
    [linkData('{"name": "not a backup"}'), /not a Leeway workbook that can be read \(\/format: is missing/],
    ['3.00000000.AAAA', /made by a newer version of Leeway/],
    ['2.nothex!!.AAAA', /not written the way Leeway writes links/],
  ];
  for (const [data, message] of cases) {
    await openLink(page, data);
    await shown(refusal(page));
    assert.match(await refusal(page).innerText(), message, data.slice(0, 20));
    assert.equal(await control(page, 'heading', 'Import this workbook?').count(), 0);
    await click(page, 'button', 'Dismiss');
    await refusal(page).waitFor({ state: 'detached' });
  }
  await context.close();
});

test('a real link is offered, and so is one made before links carried a checksum', async () => {
  for (const data of [linkData(backup), base64Url(deflateRawSync(Buffer.from(backup)))]) {
    const context = await env.browser.newContext({ viewport: { width: 1100, height: 800 } });
    const page = await context.newPage();
    await page.clock.setFixedTime(nov26);
    await page.goto(`${env.server.url}#/take-home/${data}`);
    await waitForReady(page);
    await shown(control(page, 'heading', 'Import this workbook?'));
    await context.close();
  }
});

test('the parts of a sequence never finished are gone after the next day', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1100, height: 800 } });
  const { page } = await openApp(context, env.server.url, { now: nov26 });
  const data = linkData(backup);
  const half = Math.ceil(data.length / 2);
  await openLink(page, `1-2-abc123/${data.slice(0, half)}`);
  await shown(text(page, /^Code 1 of 2 is here \(1 of 2 so far\)/));
  const parts = () => page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('leeway-take-home-')));
  assert.ok((await parts()).length > 0, 'the part waits for the others');

  await page.clock.setFixedTime(new Date(2026, 10, 27, 20, 0, 0)); // the next day: still there
  await page.reload();
  await waitForReady(page);
  assert.ok((await parts()).length > 0);
  await page.clock.setFixedTime(new Date(2026, 10, 28, 12, 0, 0));
  await page.reload();
  await waitForReady(page);
  assert.deepEqual(await parts(), []);
  await context.close();
});
