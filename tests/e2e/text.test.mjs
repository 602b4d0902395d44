// Text entry through the browser's own input: a click on a field of the canvas gives the keyboard
// to a real page element, so dead keys, input methods (IME), pasted and emoji text reach the app's
// field exactly, copy and cut reach the system clipboard, undo works and the browser keeps its
// shortcuts. Characters the font lacks are kept intact and drawn as a placeholder.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  assertNoProblems, click, control, firstSaveDone, openApp, screenshot, settled, shown, startProgram,
  text, useServerAndBrowser,
} from './helpers.mjs';

const nov26 = new Date(2026, 10, 26, 12, 0, 0);
const env = useServerAndBrowser();
const challengeField = 'Your challenge, in one sentence';
const sentence = 'Zoë, café, naïve, Łódź, Ελλάδα, Привет';

// The value the app itself holds for a field (the screen mirror publishes it every change).
async function fieldValue(page, name) {
  await settled(page);
  return page.evaluate((name) => window.leeway.screen.items.find(
    (item) => item.role === 'textbox' && item.name === name)?.value, name);
}

async function waitForValue(page, name, value) {
  await page.waitForFunction(({ name, value }) => window.leeway.idle && window.leeway.screen.items.some(
    (item) => item.role === 'textbox' && item.name === name && item.value === value), { name, value },
  { timeout: 10000 }).catch(async (error) => {
    error.message += `\nthe field holds ${JSON.stringify(await fieldValue(page, name))}`;
    throw error;
  });
}

// A mouse click on the field where the canvas draws it; the page's text entry element then
// holds the keyboard.
async function clickField(page, name) {
  // The mirrored field: while typing, the focused page element carries the field's name too.
  const field = await shown(page.locator('#mirror').getByRole('textbox', { name, exact: true }));
  // A field below the fold is scrolled into view first, as a keyboard user's focus would.
  const offscreen = () => page.evaluate((name) => window.leeway.screen.items.some(
    (item) => item.role === 'textbox' && item.name === name && item.offscreen), name);
  if (await offscreen()) {
    await field.focus();
    for (let attempt = 0; attempt < 50 && await offscreen(); attempt++) await settled(page);
  }
  const box = await field.boundingBox();
  await page.mouse.click(box.x + 8, box.y + box.height / 2);
  await page.waitForFunction(() => document.activeElement?.id === 'text-entry');
  await settled(page);
}

// A dead key (the accent alone, as European layouts have it), then the letter it goes on: the
// browser sees a "Dead" key and then the composed character, as it does from a real keyboard.
async function deadKey(cdp, accent, letter, composed) {
  const dead = { key: 'Dead', code: accent.code, windowsVirtualKeyCode: accent.keyCode };
  await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...dead });
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...dead });
  const key = { key: composed, code: `Key${letter.toUpperCase()}`, windowsVirtualKeyCode: letter.toUpperCase().charCodeAt(0) };
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', ...key, text: composed, unmodifiedText: composed });
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...key });
}
const diaeresis = { code: 'BracketRight', keyCode: 221 }; // ¨ on a German layout
const acute = { code: 'Equal', keyCode: 187 }; // ´ on a German layout

async function exportedWorkbook(page) {
  const [download] = await Promise.all([page.waitForEvent('download'), click(page, 'button', 'Export backup')]);
  return JSON.parse(readFileSync(await download.path(), 'utf8')).workbook;
}

test('accents, Greek and Cyrillic typed with dead keys, an input method and the keyboard land exactly', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  const { page, problems } = await openApp(context, env.server.url, { now: nov26 });
  const cdp = await context.newCDPSession(page);
  await clickField(page, challengeField);

  await page.keyboard.type('Zo');
  await deadKey(cdp, diaeresis, 'e', 'ë');
  await page.keyboard.type(', caf');
  await deadKey(cdp, acute, 'e', 'é');
  await page.keyboard.type(', na');
  await deadKey(cdp, diaeresis, 'i', 'ï');
  await page.keyboard.type('ve, ');
  await cdp.send('Input.insertText', { text: 'Łódź' }); // a Polish layout's keys, as text
  await page.keyboard.type(', ');
  await waitForValue(page, challengeField, 'Zoë, café, naïve, Łódź, ');

  // An input method composes a word in steps; the page shows it at the caret until committed.
  await cdp.send('Input.imeSetComposition', { text: 'Ελ', selectionStart: 2, selectionEnd: 2 });
  await cdp.send('Input.imeSetComposition', { text: 'Ελλάδ', selectionStart: 5, selectionEnd: 5 });
  const composing = await page.evaluate(() => {
    const element = document.getElementById('text-entry');
    const box = element.getBoundingClientRect();
    return { value: element.value, visible: getComputedStyle(element).opacity === '1', width: box.width, x: box.x };
  });
  assert.equal(composing.value, 'Ελλάδ');
  assert.ok(composing.visible && composing.width > 20, 'the composition shows at the caret');
  assert.equal(await fieldValue(page, challengeField), 'Zoë, café, naïve, Łódź, ', 'nothing is typed before the commit');
  await screenshot(page, 'text-ime-composing-1x.png');
  await cdp.send('Input.insertText', { text: 'Ελλάδα' }); // the commit
  await waitForValue(page, challengeField, 'Zoë, café, naïve, Łódź, Ελλάδα');
  assert.equal(await page.evaluate(() => getComputedStyle(document.getElementById('text-entry')).opacity), '0');

  await page.keyboard.type(', Привет');
  await waitForValue(page, challengeField, sentence);
  await page.keyboard.press('Enter'); // done with the field, as in a form
  await page.waitForFunction(() => document.activeElement?.id === 'canvas');
  await click(page, 'button', 'Start my 30 days');
  await shown(control(page, 'heading', 'Day 1 of 30'));
  await firstSaveDone(page);
  await shown(text(page, sentence));
  await screenshot(page, 'text-home-1x.png');
  assert.equal((await exportedWorkbook(page)).program.challenge, sentence);
  assertNoProblems(problems);
  await context.close();
});

test('paste from the clipboard, copy and cut to it, undo and redo, and the browser keeps its shortcuts', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1100, height: 800 },
    permissions: ['clipboard-read', 'clipboard-write'] });
  const { page, problems } = await openApp(context, env.server.url, { now: nov26 });
  await clickField(page, challengeField);
  await page.keyboard.type('Draft: ');
  await page.evaluate((text) => navigator.clipboard.writeText(text), 'Łódź → Привет, Ελλάδα');
  await page.keyboard.press('Control+V');
  await waitForValue(page, challengeField, 'Draft: Łódź → Привет, Ελλάδα');

  // A paste is one step to undo; typing is undone too, and redone.
  await page.keyboard.press('Control+Z');
  await waitForValue(page, challengeField, 'Draft: ');
  await page.keyboard.press('Control+Y');
  await waitForValue(page, challengeField, 'Draft: Łódź → Привет, Ελλάδα');
  await page.keyboard.type('!');
  await waitForValue(page, challengeField, 'Draft: Łódź → Привет, Ελλάδα!');
  await page.keyboard.press('Control+Z');
  await waitForValue(page, challengeField, 'Draft: Łódź → Привет, Ελλάδα');

  // Copy the whole field, and a part selected with Shift and the arrows.
  await page.keyboard.press('Control+A');
  await settled(page);
  await page.keyboard.press('Control+C');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), 'Draft: Łódź → Привет, Ελλάδα');
  await page.keyboard.press('End');
  for (let step = 0; step < 6; step++) await page.keyboard.press('Shift+ArrowLeft');
  await settled(page);
  await page.keyboard.press('Control+C');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), 'Ελλάδα');

  // Cut takes the selection out of the field; a paste puts it back.
  await page.keyboard.press('Control+X');
  await waitForValue(page, challengeField, 'Draft: Łódź → Привет, ');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), 'Ελλάδα');
  await page.keyboard.press('Control+V');
  await waitForValue(page, challengeField, 'Draft: Łódź → Привет, Ελλάδα');

  // Backspace, Home, Delete and the arrows edit where the caret is.
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Home');
  for (let step = 0; step < 7; step++) await page.keyboard.press('Delete');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.type('X');
  await waitForValue(page, challengeField, 'ŁXódź → Привет, Ελλάδ');

  // The page leaves the browser's own shortcuts alone (closing and opening tabs, the address
  // bar, reload) while a field has the keyboard.
  const cancelled = await page.evaluate(() => {
    const element = document.activeElement;
    return [['w', 'KeyW', true], ['t', 'KeyT', true], ['n', 'KeyN', true], ['l', 'KeyL', true],
      ['r', 'KeyR', true], ['F5', 'F5', false], ['Tab', 'Tab', true]].filter(([key, code, ctrlKey]) =>
      !element.dispatchEvent(new KeyboardEvent('keydown', { key, code, ctrlKey, bubbles: true, cancelable: true })))
      .map(([key]) => key);
  });
  assert.deepEqual(cancelled, [], 'browser shortcuts pass through');

  // Selecting with the mouse in the field keeps the keyboard in the page element; copy takes it.
  await page.evaluate(() => {
    window.textEntryBlurs = 0;
    document.getElementById('text-entry').addEventListener('blur', () => window.textEntryBlurs++);
  });
  const box = await page.locator('#mirror').getByRole('textbox', { name: challengeField, exact: true }).boundingBox();
  await page.mouse.move(box.x + box.width - 10, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + 2, box.y + box.height / 2, { steps: 5 });
  await page.mouse.up();
  await settled(page);
  await page.keyboard.press('Control+C');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), 'ŁXódź → Привет, Ελλάδ');
  assert.equal(await page.evaluate(() => window.textEntryBlurs), 0);

  // Tab leaves the field for the next control of the page, with the text kept.
  await page.keyboard.press('Tab');
  await page.waitForFunction(() => document.activeElement?.closest('#mirror') !== null);
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-label')), 'Start date');
  assert.equal(await fieldValue(page, challengeField), 'ŁXódź → Привет, Ελλάδ');
  assertNoProblems(problems);
  await context.close();
});

test('a tap on a field on a phone focuses the page element inside the tap, so the soft keyboard opens', async () => {
  const context = await env.browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2,
    hasTouch: true, isMobile: true });
  const { page, problems } = await openApp(context, env.server.url, { now: nov26 });
  const box = await (await shown(control(page, 'textbox', challengeField))).boundingBox();
  // Browsers open the soft keyboard only for a focus given while the tap is being handled.
  await page.evaluate(() => {
    window.focusedDuringTap = false;
    document.getElementById('canvas').addEventListener('touchend', () => {
      window.focusedDuringTap = document.activeElement?.id === 'text-entry';
    }, { once: true });
  });
  await page.touchscreen.tap(box.x + 20, box.y + box.height / 2);
  await page.waitForFunction(() => document.activeElement?.id === 'text-entry');
  assert.equal(await page.evaluate(() => window.focusedDuringTap), true);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Input.insertText', { text: 'Привет, Łódź' });
  await waitForValue(page, challengeField, 'Привет, Łódź');
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-label')), challengeField);
  assertNoProblems(problems);
  await context.close();
});

test('characters the font lacks are kept exactly and drawn as a visible placeholder', async () => {
  const note = 'Met 漢字 team 🙂 — ok';
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  const { page, problems } = await openApp(context, env.server.url, { now: nov26 });
  await startProgram(page, sentence);
  await clickField(page, 'Note (optional)');
  const cdp = await context.newCDPSession(page);
  await cdp.send('Input.insertText', { text: 'Met 漢字 team ' });
  await cdp.send('Input.insertText', { text: '🙂' });
  await page.keyboard.type(' — ok');
  await waitForValue(page, 'Note (optional)', note);
  // The emoji is one character to the caret and to Backspace (two UTF-16 units, four UTF-8 bytes).
  await page.keyboard.press('End');
  for (let step = 0; step < 5; step++) await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Backspace');
  await waitForValue(page, 'Note (optional)', 'Met 漢字 team  — ok');
  await cdp.send('Input.insertText', { text: '🙂' });
  await waitForValue(page, 'Note (optional)', note);
  await screenshot(page, 'text-missing-glyphs-1x.png');
  await clickField(page, 'What did you do for your challenge today?');
  await page.keyboard.type('Wrote to Łódź');
  await waitForValue(page, 'What did you do for your challenge today?', 'Wrote to Łódź');
  await clickField(page, 'Minutes spent');
  await page.keyboard.type('15');
  await waitForValue(page, 'Minutes spent', '15');
  await click(page, 'button', 'Save check-in');
  await shown(text(page, 'Checked in today: 15 minutes.'));
  const checkIns = (await exportedWorkbook(page)).program.check_ins;
  assert.equal(checkIns.at(-1).note, note);
  assert.equal(checkIns.at(-1).done, 'Wrote to Łódź');
  assertNoProblems(problems);
  await context.close();
});

test('screenshots of typed text at 360 and 1280 px, 1x and 2x', async () => {
  for (const width of [360, 1280]) {
    for (const scale of [1, 2]) {
      const context = await env.browser.newContext({ viewport: { width, height: 800 }, deviceScaleFactor: scale });
      const { page, problems } = await openApp(context, env.server.url, { now: nov26 });
      await clickField(page, challengeField);
      await page.keyboard.type(`${sentence} 漢🙂`);
      await waitForValue(page, challengeField, `${sentence} 漢🙂`);
      await page.keyboard.press('Home');
      await settled(page);
      await screenshot(page, `text-field-${width}-${scale}x.png`);
      assertNoProblems(problems);
      await context.close();
    }
  }
});

test('the loading page takes the chosen theme before the app starts, and follows a new choice', async () => {
  const expected = { light: 'rgb(247, 245, 240)', dark: 'rgb(22, 27, 32)', 'high-contrast': 'rgb(0, 0, 0)' };
  for (const [system, choice, theme] of [['light', 'dark', 'dark'], ['dark', 'light', 'light'],
    ['light', 'high-contrast', 'high-contrast'], ['dark', 'system', 'dark']]) {
    const context = await env.browser.newContext({ viewport: { width: 800, height: 600 }, colorScheme: system });
    await context.addInitScript((choice) => localStorage.setItem('leeway.theme', choice), choice);
    const page = await context.newPage();
    await page.route('**/leeway.wasm', () => {}); // never answered: the loading page stays
    await page.goto(env.server.url);
    const loading = page.locator('#loading');
    await loading.waitFor({ state: 'visible' });
    assert.equal(await loading.evaluate((element) => getComputedStyle(element).backgroundColor), expected[theme],
      `${choice} on a ${system} system`);
    const textColor = await page.locator('#loading-text').evaluate((element) => getComputedStyle(element).color);
    assert.notEqual(textColor, expected[theme]);
    await screenshot(page, `loading-${choice}-on-${system}.png`);
    await context.close();
  }

  const context = await env.browser.newContext({ colorScheme: 'light' });
  const { page, problems } = await openApp(context, env.server.url, { now: nov26 });
  await click(page, 'button', 'Settings and backup');
  await click(page, 'radio', 'Dark');
  await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
  assert.equal(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), expected.dark);
  assertNoProblems(problems);
  await context.close();
});
