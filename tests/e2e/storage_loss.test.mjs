// Storage that disappears under the open app: the database deleted by another tab or by clearing
// the site's data, or upgraded by a newer version of Leeway in another tab. The workbook on
// screen is whole, so nothing may be lost.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  assertNoProblems, click, control, fill, openApp, readStoredDocument, shown, startProgram, text,
  waitForReady, useServerAndBrowser,
} from './helpers.mjs';

const nov26 = new Date(2026, 10, 26, 12, 0, 0);
const env = useServerAndBrowser();

function deleteDatabase(page) {
  return page.evaluate(() => new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase('leeway');
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
  }));
}

test('the database deleted under the open app is made again and the workbook written back', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const { page, problems } = await openApp(context, env.server.url, { now: nov26 });
  await startProgram(page, 'Medication handoffs wait for the charge nurse');
  await click(page, 'link', 'Clarity baseline');
  await fill(page, 'New blocker', 'The handoff sheet is on paper');
  await click(page, 'button', 'Add blocker');
  await shown(text(page, 'Saved in this browser.'));

  const deletedAt = Date.now();
  await deleteDatabase(page);
  await shown(text(page, /^The browser deleted Leeway's saved copy while the app was open/));
  await page.waitForFunction(async () => {
    const documents = await new Promise((resolve) => {
      const open = indexedDB.open('leeway');
      open.onsuccess = () => {
        const database = open.result;
        if (!database.objectStoreNames.contains('generations')) { database.close(); resolve(0); return; }
        const count = database.transaction('generations').objectStore('generations').count();
        count.onsuccess = () => { database.close(); resolve(count.result); };
      };
      open.onerror = () => resolve(0);
    });
    return documents > 0;
  }, null, { polling: 100 });
  const recovered = Date.now() - deletedAt;
  console.log(`ℹ written back ${recovered} ms after the database was deleted`);
  await shown(text(page, 'Saved in this browser.'));
  const stored = JSON.parse(await readStoredDocument(page)).workbook;
  assert.equal(stored.program.challenge, 'Medication handoffs wait for the charge nurse');
  assert.deepEqual(stored.program.clarity.blockers.map((b) => b.text), ['The handoff sheet is on paper']);

  // And it keeps saving: a later edit lands in the new database, and a reload finds everything.
  await fill(page, 'New blocker', 'Night shift starts before the pharmacy opens');
  await click(page, 'button', 'Add blocker');
  await shown(control(page, 'button', 'Seen again: Night shift starts before the pharmacy opens'));
  for (let attempt = 0; attempt < 50; attempt++) {
    const document = await readStoredDocument(page);
    if (document && JSON.parse(document).workbook.program.clarity.blockers.length === 2) break;
    await page.waitForTimeout(100);
  }
  await page.reload();
  await waitForReady(page);
  await shown(text(page, /^Night shift starts before the pharmacy opens/));
  await shown(text(page, /^The handoff sheet is on paper/));
  assertNoProblems(problems);
  await context.close();
});

test('an older tab hands the database to a newer version of Leeway without losing its last edit', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const { page, problems } = await openApp(context, env.server.url, { now: nov26 });
  await startProgram(page, 'Medication handoffs wait for the charge nurse');
  await click(page, 'link', 'Clarity baseline');
  await fill(page, 'New blocker', 'The handoff sheet is on paper');
  await click(page, 'button', 'Add blocker');
  // As soon as the app holds the edit, before or while the save that follows it runs: a newer
  // Leeway upgrades the database.
  await shown(control(page, 'button', 'Seen again: The handoff sheet is on paper'));
  const upgraded = await page.evaluate(() => new Promise((resolve, reject) => {
    const request = indexedDB.open('leeway', 1000);
    request.onupgradeneeded = () => {};
    request.onsuccess = () => {
      const database = request.result;
      const cursor = database.transaction('generations').objectStore('generations').openCursor(null, 'prev');
      cursor.onsuccess = () => { database.close(); resolve(cursor.result.value.text); };
    };
    request.onerror = () => reject(request.error);
    request.onblocked = () => reject(new Error('the old tab did not let go'));
  }));
  assert.deepEqual(JSON.parse(upgraded).workbook.program.clarity.blockers.map((b) => b.text),
    ['The handoff sheet is on paper']);
  await shown(text(page, /^A newer version of Leeway was opened in another tab/));
  assertNoProblems(problems);
  await context.close();
});

test('leaving the page asks first while an edit could not be saved', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  // Storage refuses every write from the start: the edits exist only on screen.
  await context.addInitScript(() => {
    IDBObjectStore.prototype.put = function () { throw new DOMException('refused by the test', 'UnknownError'); };
  });
  const { page } = await openApp(context, env.server.url, { now: nov26 });
  await fill(page, 'Your challenge, in one sentence', 'Medication handoffs wait for the charge nurse');
  await click(page, 'button', 'Start my 30 days');
  await shown(text(page, /^Not saved/));
  // Dismissed, the question keeps the page open; the context closes it once that is answered.
  const asked = new Promise((resolve) => page.once('dialog', async (dialog) => {
    const type = dialog.type();
    await dialog.dismiss();
    resolve(type);
  }));
  await page.close({ runBeforeUnload: true });
  const none = new Promise((resolve) => setTimeout(() => resolve('no question'), 5000));
  assert.equal(await Promise.race([asked, none]), 'beforeunload');
  await context.close();
});
