// Training-session kiosk mode: the facilitator sets it up behind a PIN; a participant
// starts, works, takes the work home by QR code and finishes; the wipe leaves no trace of them in
// any storage area; walking away ends the session after a visible countdown that input cancels.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import {
  assertNoProblems, click, clickAndRestart, control, fill, fillPin, importFile, openApp, readStoredDocument,
  screenshot, settled, setUpKiosk as setUpKioskWith, shown, repoRoot, text, useServerAndBrowser, waitForReady,
} from './helpers.mjs';

const env = useServerAndBrowser();
const pin = '482916';
const setUpKiosk = (page, url, options = {}) => setUpKioskWith(page, url, { pin, ...options });

function uniqueMarker(label) {
  return `${label} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
}

// Starting the program in a session: no question about keeping data is asked in kiosk mode.
async function startSessionProgram(page, challenge) {
  await fill(page, 'Your challenge, in one sentence', challenge);
  await click(page, 'button', 'Start my 30 days');
  await shown(control(page, 'heading', /^Day \d+ of 30$/));
  await shown(text(page, 'Saved in this browser.'));
}

// Short idle times for a test: the facilitator's settings live in localStorage, outside the workbook.
async function setIdleTimes(page, idleSeconds, countdownSeconds) {
  await page.evaluate(({ idleSeconds, countdownSeconds }) => {
    const config = JSON.parse(localStorage.getItem('leeway-kiosk-config'));
    config.idle_seconds = idleSeconds;
    config.countdown_seconds = countdownSeconds;
    localStorage.setItem('leeway-kiosk-config', JSON.stringify(config));
  }, { idleSeconds, countdownSeconds });
  await page.reload();
  await waitForReady(page);
}

// Every storage area the page can reach, searched for the text: IndexedDB (every database, store
// and record), localStorage, sessionStorage and Cache Storage (every cached response's body).
async function findTraces(page, marker) {
  return page.evaluate(async (marker) => {
    const found = [];
    const databases = indexedDB.databases ? await indexedDB.databases() : [];
    for (const { name } of databases) {
      const database = await new Promise((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      for (const store of database.objectStoreNames) {
        const records = await new Promise((resolve, reject) => {
          const request = database.transaction(store).objectStore(store).getAll();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        if (JSON.stringify(records).includes(marker)) found.push(`IndexedDB ${name}/${store}`);
      }
      database.close();
    }
    for (const [label, area] of [['localStorage', localStorage], ['sessionStorage', sessionStorage]]) {
      for (let i = 0; i < area.length; i++) {
        const key = area.key(i);
        if (key.includes(marker) || area.getItem(key).includes(marker)) found.push(`${label} ${key}`);
      }
    }
    if (window.caches) {
      for (const cacheName of await caches.keys()) {
        const cache = await caches.open(cacheName);
        for (const request of await cache.keys()) {
          const response = await cache.match(request);
          if (request.url.includes(marker) || (await response.text()).includes(marker)) found.push(`Cache ${cacheName} ${request.url}`);
        }
      }
    }
    return { found, databases: databases.map((database) => database.name) };
  }, marker);
}

test('participant B finds no trace of participant A, who took the work home by QR code', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1100, height: 900 } });
  const { page, problems } = await openApp(context, env.server.url);
  await setUpKiosk(page, env.server.url, { examples: 'Health and care' });
  const stored = await page.evaluate(() => localStorage.getItem('leeway-kiosk-config'));
  assert.ok(!stored.includes(pin), 'the PIN itself is not stored');
  assert.match(JSON.parse(stored).pin_hash, /^[0-9a-f]{64}$/);
  assert.equal(JSON.parse(stored).examples, 'health-and-care');
  await shown(text(page, 'Need a hand? Ana at the front desk, room 2'));
  await shown(text(page, /Examples: Health and care\.$/));

  // Participant A, with the examples the facilitator chose for the room.
  const marker = uniqueMarker('Zebra-marker');
  await click(page, 'button', 'Start my session');
  await page.waitForFunction(() => document.querySelector('#mirror input[aria-label="Your challenge, in one sentence"]')
    ?.placeholder.startsWith('e.g. Patients wait for discharge'));
  await startSessionProgram(page, `${marker} reviews wait on my lead`);
  // Kiosk manners: no question about keeping data, no context menu, a fullscreen button.
  assert.equal(await text(page, /^The browser (keeps|may clear)/).count(), 0);
  assert.ok(await page.evaluate(() => !document.getElementById('canvas').dispatchEvent(
    new MouseEvent('contextmenu', { bubbles: true, cancelable: true }))), 'the context menu is blocked');
  await click(page, 'button', 'Full screen');
  await shown(control(page, 'button', 'Leave full screen'));
  await click(page, 'button', 'Leave full screen');
  await shown(control(page, 'button', 'Full screen'));
  await page.evaluate((marker) => {
    localStorage.setItem('participant-note', marker); // what other parts of the page might keep
    sessionStorage.setItem('participant-draft', marker);
  }, marker);

  // An accidental reload asks first, then keeps the work.
  const dialogs = [];
  page.on('dialog', (dialog) => { dialogs.push(dialog.type()); dialog.accept(); });
  await page.reload();
  await waitForReady(page);
  assert.deepEqual(dialogs, ['beforeunload']);
  await shown(text(page, `${marker} reviews wait on my lead`));
  await shown(control(page, 'button', 'Finish my session'));
  const workbookA = JSON.parse(await readStoredDocument(page)).workbook;

  // The finish screen: the code decodes to a link that carries the workbook in its fragment.
  await click(page, 'button', 'Finish my session');
  await shown(control(page, 'heading', 'Take your work home'));
  await shown(text(page, /^QR code of your workbook/));
  const shot = await screenshot(page, 'kiosk-take-home-qr-1x.png');
  const link = execFileSync('zbarimg', ['--raw', '-q', shot], { encoding: 'utf8' }).trim();
  assert.ok(link.startsWith(`${env.server.url}#/take-home/`), link.slice(0, 80));
  assert.ok(!link.includes(marker), 'the link carries the workbook compressed');

  await clickAndRestart(page, 'button', 'Wipe and finish');
  await shown(text(page, 'The previous session was wiped and checked: you start with a clean page.'));

  // Participant B.
  await click(page, 'button', 'Start my session');
  await shown(control(page, 'heading', 'Start your 30 days'));
  assert.equal(await text(page, marker).count(), 0);
  const traces = await findTraces(page, marker);
  assert.deepEqual(traces.found, []);
  assert.ok(await page.evaluate(() => localStorage.getItem('leeway-kiosk-config')), 'the settings stay');
  assertNoProblems(problems);
  await context.close();

  // At home: the link opened in a fresh browser offers to import the same workbook.
  const home = await env.browser.newContext({ viewport: { width: 420, height: 860 } });
  const phone = await home.newPage();
  await phone.goto(link);
  await waitForReady(phone);
  await shown(control(phone, 'heading', 'Import this workbook?'));
  assert.ok(!phone.url().includes('take-home'), 'the data leaves the address bar');
  await screenshot(phone, 'kiosk-take-home-import-1x.png');
  await click(phone, 'button', 'Import it');
  await shown(text(phone, `${marker} reviews wait on my lead`));
  assert.deepEqual(await storedWorkbook(phone), workbookA);
  await home.close();
});

// Waits until the newest stored generation holds a program, and returns its workbook.
async function storedWorkbook(page) {
  for (let attempt = 0; attempt < 100; attempt++) {
    const document = await readStoredDocument(page);
    if (document && JSON.parse(document).workbook.program) return JSON.parse(document).workbook;
    await page.waitForTimeout(100);
  }
  throw new Error('no workbook was stored');
}

test('a large workbook goes home as a sequence of codes, scanned in any order', async (t) => {
  // Tall enough that each whole code is on screen for the scan.
  const context = await env.browser.newContext({ viewport: { width: 1100, height: 1300 } });
  const { page, problems } = await openApp(context, env.server.url);
  await setUpKiosk(page, env.server.url);
  await click(page, 'button', 'Start my session');
  await shown(control(page, 'heading', 'Start your 30 days'));
  // A whole program's worth of writing: the example workbook, imported as a backup file.
  await importFile(page, path.join(repoRoot, 'assets/example/software-delivery.json'));
  await shown(text(page, 'Imported software-delivery.json.'));
  const workbookA = await storedWorkbook(page);
  await click(page, 'button', 'Dismiss');

  await click(page, 'button', 'Finish my session');
  const first = await shown(text(page, /^Code 1 of \d+$/));
  const count = Number((await first.textContent()).match(/of (\d+)/)[1]);
  assert.ok(count >= 2, `${count} codes`);
  const links = [];
  for (let index = 1; index <= count; index++) {
    await shown(text(page, `Code ${index} of ${count}`));
    const shot = await screenshot(page, `kiosk-finish-code-${index}-of-${count}-1x.png`);
    links.push(execFileSync('zbarimg', ['--raw', '-q', shot], { encoding: 'utf8' }).trim());
    if (index < count) await click(page, 'button', 'Next code');
  }
  t.diagnostic(`the example workbook took ${count} codes; links of ${links.map((link) => link.length).join(', ')} characters`);
  assertNoProblems(problems);
  await context.close();

  // At home, the last code first; every code after the first only changes the fragment.
  const home = await env.browser.newContext({ viewport: { width: 420, height: 860 } });
  const phone = await home.newPage();
  const order = [...links].reverse();
  await phone.goto(order[0]);
  await waitForReady(phone);
  for (let index = 1; index < order.length; index++) {
    await shown(text(phone, new RegExp(`^Code \\d+ of ${count} is here \\(${index} of ${count} so far\\)`)));
    await phone.goto(order[index]);
  }
  await shown(control(phone, 'heading', 'Import this workbook?'));
  await click(phone, 'button', 'Import it');
  assert.deepEqual(await storedWorkbook(phone), workbookA);
  assert.deepEqual(await phone.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('leeway-take-home-'))), []);
  await home.close();
});

test('walking away: "Still there?" counts down, input cancels it, and then it wipes', async (t) => {
  const context = await env.browser.newContext({ viewport: { width: 1100, height: 900 } });
  const { page, problems } = await openApp(context, env.server.url);
  await setUpKiosk(page, env.server.url);
  await setIdleTimes(page, 5, 5);
  const marker = uniqueMarker('Walked-away');
  await click(page, 'button', 'Start my session');
  await startSessionProgram(page, `${marker} asks pile up`);
  // Waiting for the idle time draws nothing: a timer wakes the app, not a running loop.
  await settled(page);
  const framesAtRest = await page.evaluate(() => window.leeway.framesDrawn);
  await page.waitForTimeout(1000);
  const restFrames = await page.evaluate(() => window.leeway.framesDrawn) - framesAtRest;
  t.diagnostic(`frames drawn in 1 s of a session at rest: ${restFrames}`);
  assert.equal(restFrames, 0);

  await shown(control(page, 'heading', 'Still there?'));
  await shown(text(page, /^This session ends in \d seconds?/));
  const framesBefore = await page.evaluate(() => window.leeway.framesDrawn);
  await page.waitForTimeout(1200);
  const framesDuring = await page.evaluate(() => window.leeway.framesDrawn) - framesBefore;
  t.diagnostic(`frames drawn in 1.2 s of countdown: ${framesDuring}`);
  assert.ok(framesDuring <= 12, `the countdown draws on a timer, not continuously (${framesDuring} frames in 1.2 s)`);
  await page.mouse.move(300, 300);
  await page.mouse.move(320, 310);
  await control(page, 'heading', 'Still there?').waitFor({ state: 'detached' });
  await shown(text(page, `${marker} asks pile up`));

  // Nobody comes back: the countdown runs out and the session is wiped.
  await shown(control(page, 'heading', 'Still there?'));
  const lastInput = Date.now();
  await page.waitForEvent('load', { timeout: 15000 });
  t.diagnostic(`wiped and restarted ${Date.now() - lastInput} ms after the countdown appeared (idle 5 s, countdown 5 s)`);
  await waitForReady(page);
  await shown(control(page, 'heading', 'Welcome to this training session'));
  assert.deepEqual((await findTraces(page, marker)).found, []);
  assertNoProblems(problems);
  await context.close();
});

test('a wipe that fails is shown to the facilitator, not swallowed', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1100, height: 900 } });
  await context.addInitScript(() => {
    const deleteDatabase = IDBFactory.prototype.deleteDatabase;
    IDBFactory.prototype.deleteDatabase = function (name) {
      if (window.refuseWipe) throw new DOMException('deleting is switched off by the test', 'UnknownError');
      return deleteDatabase.call(this, name);
    };
  });
  const { page } = await openApp(context, env.server.url);
  await setUpKiosk(page, env.server.url, { scope: 'Clarity baseline (days 1-10)' });
  await shown(text(page, 'This session covers: Clarity baseline (days 1-10).'));
  const marker = uniqueMarker('Stuck');
  await click(page, 'button', 'Start my session');
  // A session about the Clarity baseline opens it once the program has started.
  await fill(page, 'Your challenge, in one sentence', `${marker} nobody answers`);
  await click(page, 'button', 'Start my 30 days');
  await shown(control(page, 'heading', 'Clarity baseline'));
  await shown(text(page, 'Saved in this browser.'));
  await click(page, 'button', 'Finish my session');
  await page.evaluate(() => { window.refuseWipe = true; });
  await click(page, 'button', 'Wipe and finish');
  await shown(text(page, /^This computer is not ready yet/));
  assert.equal(await control(page, 'button', 'Start my session').count(), 0);
  await click(page, 'button', 'Facilitator');
  await fillPin(page, 'Facilitator PIN', '000000');
  await click(page, 'button', 'Unlock');
  await shown(text(page, 'That PIN is not right.'));
  await fillPin(page, 'Facilitator PIN', pin);
  await click(page, 'button', 'Unlock');
  await shown(text(page, 'The last wipe did not finish: the browser refused to delete the stored data (deleting is switched off by the test).'));
  await screenshot(page, 'kiosk-wipe-failed-1x.png');
  await page.evaluate(() => { window.refuseWipe = false; });
  await clickAndRestart(page, 'button', 'Try the wipe again');
  await shown(text(page, 'The previous session was wiped and checked: you start with a clean page.'));
  assert.deepEqual((await findTraces(page, marker)).found, []);
  await context.close();
});

test('screenshots of setup, session, finish and countdown at 1x and 2x', async () => {
  for (const scale of [1, 2]) {
    const context = await env.browser.newContext({ viewport: { width: 1100, height: 900 }, deviceScaleFactor: scale });
    const { page } = await openApp(context, env.server.url);
    await setUpKiosk(page, env.server.url, { shot: `kiosk-setup-${scale}x.png` });
    await screenshot(page, `kiosk-welcome-${scale}x.png`);
    await click(page, 'button', 'Start my session');
    await startSessionProgram(page, 'Reviews wait on my lead');
    await screenshot(page, `kiosk-session-${scale}x.png`);
    // Short idle times only now, so a slow machine does not reach the countdown too early.
    await setIdleTimes(page, 6, 30);
    await click(page, 'button', 'Finish my session');
    await shown(text(page, /^QR code of your workbook/));
    await screenshot(page, `kiosk-finish-${scale}x.png`);
    await click(page, 'button', 'Back to my work');
    await shown(text(page, /^This session ends in \d+ seconds/));
    await settled(page);
    await screenshot(page, `kiosk-countdown-${scale}x.png`);
    await context.close();
  }
});
