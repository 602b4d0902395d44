// The facilitator's PIN against someone who guesses: a new PIN is long enough, its hash is
// PBKDF2-SHA-256 at a high round count (checked with the browser's own Web Crypto), wrong PINs
// in a row make the next try wait longer, across reloads, and settings made by the version before
// still open with their old PIN.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import {
  assertNoProblems, click, clickAndRestart, control, fillPin, openApp, setUpKiosk, settled, shown, text,
  useServerAndBrowser, waitForReady,
} from './helpers.mjs';

const env = useServerAndBrowser();
const pin = '482916';
const setupPin = 'Facilitator PIN (at least 6 digits, or a passphrase)';

function storedSettings(page) {
  return page.evaluate(() => JSON.parse(localStorage.getItem('leeway-kiosk-config')));
}

// What the welcome screen says under the PIN field, once the last try has been answered.
async function afterUnlock(page) {
  // Unlock empties the field at once; the answer comes after the check.
  await page.waitForFunction(() => window.leeway.idle && window.leeway.screen.items.some(
    (item) => item.name === 'Facilitator PIN' && item.value === '') && !window.leeway.screen.items.some(
    (item) => item.name === 'Checking the PIN...'));
  return page.evaluate(() => window.leeway.screen.items.map((item) => item.name || '')
    .filter((name) => /PIN|try again/.test(name)));
}

test('a new PIN has at least 6 digits, and is kept as PBKDF2-SHA-256 at 600,000 rounds', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const { page, problems } = await openApp(context, `${env.server.url}#/kiosk`);
  await shown(control(page, 'heading', 'Set up a training kiosk'));
  await fillPin(page, setupPin, '2468');
  await fillPin(page, 'The same PIN again', '2468');
  await click(page, 'button', 'Turn on kiosk mode');
  await shown(text(page, 'Choose at least 6 digits, or a passphrase of at least 8 characters.'));
  assert.equal(await storedSettings(page), null, 'a 4-digit PIN turns nothing on');

  await setUpKiosk(page, env.server.url, { pin });
  const settings = await storedSettings(page);
  assert.equal(settings.version, 2);
  assert.equal(settings.pin_kdf, 'pbkdf2-sha256');
  assert.equal(settings.pin_hash_rounds, 600000);
  // The stored hash is exactly what Web Crypto derives from the PIN and the stored salt.
  const started = Date.now();
  const derived = await page.evaluate(async ({ pin, salt, rounds }) => {
    const encoder = new TextEncoder();
    const key = await crypto.subtle.importKey('raw', encoder.encode(pin), 'PBKDF2', false, ['deriveBits']);
    const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: encoder.encode(salt),
      iterations: rounds }, key, 256);
    return [...new Uint8Array(bits)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  }, { pin, salt: settings.pin_salt, rounds: settings.pin_hash_rounds });
  console.log(`ℹ one PBKDF2-SHA-256 derivation at 600,000 rounds took ${Date.now() - started} ms here`);
  assert.equal(derived, settings.pin_hash);
  assert.ok(!JSON.stringify(settings).includes(pin));

  // And it opens the facilitator's panel.
  await click(page, 'button', 'Facilitator');
  await fillPin(page, 'Facilitator PIN', pin);
  await click(page, 'button', 'Unlock');
  await shown(control(page, 'heading', 'Facilitator'));
  assertNoProblems(problems);
  await context.close();
});

test('wrong PINs in a row make the next try wait longer, and a reload does not reset the wait', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  let now = new Date(2026, 11, 7, 9, 0, 0).getTime();
  const { page, problems } = await openApp(context, env.server.url, { now });
  await setUpKiosk(page, env.server.url, { pin });
  await click(page, 'button', 'Facilitator');

  const waits = [];
  const started = Date.now();
  for (let attempt = 1; attempt <= 30; attempt++) {
    await fillPin(page, 'Facilitator PIN', String(100000 + attempt));
    await click(page, 'button', 'Unlock');
    const said = await afterUnlock(page);
    const wait = said.map((line) => /^You can try again in (?:(\d+) minutes?)? ?(?:(\d+) seconds?)?\.$/.exec(line))
      .filter(Boolean).map((match) => Number(match[1] || 0) * 60 + Number(match[2] || 0))[0] || 0;
    waits.push(wait);
    if (attempt <= 2) {
      assert.deepEqual(said, ['Facilitator PIN', 'That PIN is not right.'], `attempt ${attempt}`);
      continue;
    }
    assert.ok(said.includes(`That PIN is not right. ${attempt} wrong PINs in a row, so the next try has to wait.`),
      `attempt ${attempt}: ${said}`);
    assert.equal(await control(page, 'button', 'Unlock').isDisabled(), true, 'Unlock waits');
    if (attempt === 4) {
      // A reload is no way round it: the wait and the count are kept with the settings.
      await page.reload();
      await waitForReady(page);
      await click(page, 'button', 'Facilitator');
      await shown(text(page, `You can try again in ${wait} seconds.`));
      await shown(text(page, /^4 wrong PINs in a row/));
      assert.equal(await control(page, 'button', 'Unlock').isDisabled(), true, 'Unlock still waits after a reload');
    }
    // Even the right PIN is not checked before the wait is over.
    now += (wait - 1) * 1000;
    await page.clock.setFixedTime(now);
    await page.waitForTimeout(1100);
    await settled(page);
    assert.equal(await control(page, 'button', 'Unlock').isDisabled(), true, `one second before the end of ${wait} s`);
    now += 1000;
    await page.clock.setFixedTime(now);
    await page.waitForFunction(() => window.leeway.screen.items.some(
      (item) => item.name === 'Unlock' && !item.disabled), null, { timeout: 5000 });
  }
  assert.deepEqual(waits.slice(0, 12), [0, 0, 5, 10, 20, 40, 80, 160, 320, 640, 900, 900]);
  const total = waits.reduce((sum, wait) => sum + wait, 0);
  console.log(`ℹ 30 wrong PINs: ${(total / 3600).toFixed(1)} hours of enforced waiting ` +
    `(${waits.join(', ')} s); the test took ${((Date.now() - started) / 1000).toFixed(0)} s with the clock moved`);

  // The right PIN opens once the wait is over, and clears the count.
  await fillPin(page, 'Facilitator PIN', pin);
  await click(page, 'button', 'Unlock');
  await shown(control(page, 'heading', 'Facilitator'));
  assert.equal(await page.evaluate(() => localStorage.getItem('leeway-kiosk-pin-failures')), null);
  await click(page, 'button', 'Lock');
  await click(page, 'button', 'Facilitator');
  await fillPin(page, 'Facilitator PIN', '000000');
  await click(page, 'button', 'Unlock');
  assert.deepEqual(await afterUnlock(page), ['Facilitator PIN', 'That PIN is not right.']);
  assertNoProblems(problems);
  await context.close();
});

// The SHA-256 chain of the version before, computed here with Node's own crypto.
function legacyPinHash(pin, salt) {
  const input = Buffer.from(`${salt}:${pin}`, 'utf8');
  let digest = createHash('sha256').update(input).digest();
  for (let round = 1; round < 20000; round++) digest = createHash('sha256').update(digest).update(input).digest();
  return digest.toString('hex');
}

test('kiosk settings made before PBKDF2 still open with their 4-digit PIN', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const salt = '9c1e4f7a2b3d5e6f7a8b9c0d';
  const old = {
    version: 1, pin_salt: salt, pin_hash: legacyPinHash('2468', salt), pin_hash_rounds: 20000,
    idle_seconds: 300, countdown_seconds: 30, support_contacts: 'Room 4', scope: 'whole',
  };
  await context.addInitScript((settings) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('leeway-kiosk-config', settings);
      sessionStorage.setItem('seeded', '1');
    }
  }, JSON.stringify(old));
  const { page, problems } = await openApp(context, env.server.url);
  await shown(control(page, 'heading', 'Welcome to this training session'));
  await click(page, 'button', 'Facilitator');
  await fillPin(page, 'Facilitator PIN', '2469');
  await click(page, 'button', 'Unlock');
  await shown(text(page, 'That PIN is not right.'));
  await fillPin(page, 'Facilitator PIN', '2468');
  await click(page, 'button', 'Unlock');
  await shown(control(page, 'heading', 'Facilitator'));
  await shown(text(page, /^Your PIN was set by an earlier version of Leeway/));
  // Saving other settings keeps the old PIN working.
  await click(page, 'button', 'Save settings');
  await shown(text(page, 'Settings saved.'));
  assert.equal((await storedSettings(page)).pin_hash, old.pin_hash);
  assertNoProblems(problems);
  await context.close();
});
