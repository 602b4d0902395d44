// The screen mirror as assistive technology and keyboards see it: the browser's accessibility
// tree names every control, Tab walks them in visual order with a visible focus ring on the
// canvas, and Enter, Space and typing act on the app.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  assertNoProblems, click, control, openApp, openReplaceDialog, repoRoot, screenshot, settled, shown,
  startProgram, text,
  useServerAndBrowser,
} from './helpers.mjs';

const nov26 = new Date(2026, 10, 26, 12, 0, 0);
const interactiveRoles = new Set(['button', 'textbox', 'checkbox', 'link', 'radio', 'slider', 'tab',
  'menuitem', 'combobox', 'spinbutton', 'switch']);

const env = useServerAndBrowser();

// Every interactive node of the browser's own accessibility tree, with its name.
async function interactiveNodes(page) {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  await cdp.detach();
  return nodes
    .filter((node) => !node.ignored && interactiveRoles.has(node.role?.value))
    .map((node) => ({ role: node.role.value, name: node.name?.value ?? '' }));
}

function assertAllNamed(nodes, screen) {
  assert.ok(nodes.length > 0, `${screen}: the accessibility tree has controls`);
  for (const node of nodes) {
    assert.ok(node.name.trim().length > 0, `${screen}: a ${node.role} has no name`);
    assert.ok(!node.name.includes('##'), `${screen}: ${node.role} "${node.name}" shows an ImGui id`);
  }
}

test('the accessibility tree of every screen names every control', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1100, height: 900 } });
  const { page, problems } = await openApp(context, env.server.url, { now: nov26 });
  await shown(control(page, 'heading', 'Start your 30 days'));
  const welcome = await interactiveNodes(page);
  assertAllNamed(welcome, 'welcome');
  assert.deepEqual(welcome.map((node) => `${node.role}: ${node.name}`), [
    'radio: Your line of work: Software delivery', 'radio: Your line of work: Health and care',
    'radio: Your line of work: Public service',
    'textbox: Your challenge, in one sentence', 'textbox: Start date', 'button: Day earlier',
    'button: Day later', 'button: Today', 'button: Start my 30 days', 'button: Import backup',
    'button: Open the example workbook',
    'button: Safety and support (not legal advice)',
    'button: Settings and backup',
  ]);
  const headings = await page.getByRole('heading').allInnerTexts();
  assert.deepEqual(headings, ['Leeway', 'Start your 30 days']);
  assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'Leeway');

  await startProgram(page, 'Reviews wait on my lead');
  assertAllNamed(await interactiveNodes(page), 'home');
  // Every screen of the program, empty and filled in (the example): one title, every control named.
  for (const workbook of ['own', 'example']) {
    for (const tab of ['Autonomy map', 'Clarity baseline', 'Responsibility loop', 'Influence trial', 'History',
      'Stability check', 'Report for a 1:1', 'Safety and support', 'Today']) {
      await click(page, 'link', tab);
      await settled(page);
      assertAllNamed(await interactiveNodes(page), `${tab} (${workbook})`);
      assert.equal(await page.getByRole('heading', { level: 1 }).count(), 1, `${tab} (${workbook}) has one title`);
    }
    if (workbook === 'own') await click(page, 'button', 'Open the example workbook');
  }
  await click(page, 'button', 'Close the example');

  // The confirmation dialog of an import that would replace data.
  await openReplaceDialog(page);
  const dialog = await interactiveNodes(page);
  assertAllNamed(dialog, 'import dialog');
  assert.ok(dialog.some((node) => node.name === 'Replace with the backup'));
  await click(page, 'button', 'Keep what I have');
  await shown(text(page, /Import cancelled/));
  await shown(text(page, 'Reviews wait on my lead'));
  assertNoProblems(problems);
  await context.close();
});

test('a screen reader finds landmarks, the screens as links, lists with their items and the chart as a table', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1100, height: 800 } });
  const { page, problems } = await openApp(context, env.server.url, { now: nov26 });
  await startProgram(page, 'Reviews wait on my lead');
  await click(page, 'button', 'Open the example workbook');
  // One main, one navigation of links with the current screen marked, and the footer.
  assert.equal(await page.getByRole('main').count(), 1);
  const screens = page.getByRole('navigation', { name: 'Screens' });
  assert.equal(await screens.getByRole('link').count(), 9);
  assert.equal(await screens.getByRole('link', { name: 'Today' }).getAttribute('aria-current'), 'page');
  assert.equal(await page.getByRole('contentinfo').getByRole('button', { name: 'Settings and backup' }).count(), 1);
  await click(page, 'link', 'Clarity baseline');
  await page.waitForFunction(() => document.querySelector('nav a[aria-current="page"]')?.textContent === 'Clarity baseline');
  assert.equal(await screens.getByRole('link', { name: 'Today' }).getAttribute('aria-current'), null);
  assert.equal(await screens.getByRole('link', { name: 'Clarity baseline' }).getAttribute('href'), '#/clarity');
  // Each list says how many items it has; its items hold their own text.
  const requests = page.getByRole('list', { name: 'Request log' });
  const requestItems = await requests.getByRole('listitem').allInnerTexts();
  assert.ok(requestItems.length >= 3, `the request log lists ${requestItems.length} items`);
  const { nodes } = await (async () => {
    const cdp = await context.newCDPSession(page);
    const tree = await cdp.send('Accessibility.getFullAXTree');
    await cdp.detach();
    return tree;
  })();
  const lists = nodes.filter((node) => !node.ignored && node.role?.value === 'list').map((node) => node.name?.value);
  assert.ok(lists.includes('Recurring blockers') && lists.includes('Request log'), `lists: ${lists}`);
  // The chart's data as a table: a header row, then a row per measurement.
  await click(page, 'link', 'Responsibility loop');
  const table = page.getByRole('table', { name: /^Measurements of / });
  await shown(table);
  const rows = table.getByRole('row');
  const measurements = await page.getByRole('list', { name: 'Measurements' }).getByRole('listitem').count();
  assert.ok(measurements >= 3);
  assert.equal(await rows.count(), measurements + 1);
  assert.deepEqual(await rows.first().getByRole('columnheader').allInnerTexts(), ['Date', 'Value', 'Note']);
  assert.equal(await rows.nth(1).getByRole('cell').count(), 3);
  assertNoProblems(problems);
  await context.close();
});

test('Tab walks the controls in visual order and the canvas shows which one has focus', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1100, height: 800 } });
  const { page, problems } = await openApp(context, env.server.url, { now: nov26 });
  await shown(control(page, 'heading', 'Start your 30 days'));
  await page.locator('#canvas').focus();
  await page.keyboard.press('Tab');
  await settled(page);
  const focusedName = () => page.evaluate(() => document.activeElement.getAttribute('aria-label') ||
    document.activeElement.textContent);
  assert.equal(await focusedName(), 'Your line of work: Software delivery');
  for (let step = 0; step < 3; step++) await page.keyboard.press('Tab');
  assert.equal(await focusedName(), 'Your challenge, in one sentence');
  const order = [];
  for (let step = 0; step < 6; step++) {
    await page.keyboard.press('Tab');
    order.push(await focusedName());
  }
  assert.deepEqual(order, ['Start date', 'Day earlier', 'Day later', 'Today', 'Start my 30 days', 'Import backup']);
  await page.keyboard.press('Shift+Tab');
  assert.equal(await focusedName(), 'Start my 30 days');

  // The app knows which control has focus and draws a ring around it.
  await page.waitForFunction(() => window.leeway.idle && window.leeway.screen.items.some(
    (item) => item.focused && item.name === 'Start my 30 days'));
  await screenshot(page, 'keyboard-focus-1x.png');

  // Shift+Tab from the first control returns to the canvas: focus is never lost.
  for (let step = 0; step < 9; step++) await page.keyboard.press('Shift+Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'canvas');
  assertNoProblems(problems);
  await context.close();
});

test('keyboard users type into fields and press Enter and Space on buttons', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1100, height: 800 } });
  const { page, problems } = await openApp(context, env.server.url, { now: nov26 });
  const startButton = await shown(control(page, 'button', 'Start my 30 days'));
  await startButton.press('Enter');
  await shown(text(page, /Write your challenge first/));

  const field = control(page, 'textbox', 'Your challenge, in one sentence');
  await field.focus();
  await page.keyboard.type('Handoffs to QA wait two days');
  await page.waitForFunction(() => window.leeway.idle && window.leeway.screen.items.some(
    (item) => item.role === 'textbox' && item.value === 'Handoffs to QA wait two days'));

  await control(page, 'button', 'Day later').press('Space');
  await page.waitForFunction(() => window.leeway.idle && window.leeway.screen.items.some(
    (item) => item.name === 'Start date' && item.value === '2026-11-27'));
  await control(page, 'button', 'Today').press('Enter');
  await page.waitForFunction(() => window.leeway.idle && window.leeway.screen.items.some(
    (item) => item.name === 'Start date' && item.value === '2026-11-26'));

  await control(page, 'button', 'Start my 30 days').press('Enter');
  await shown(control(page, 'heading', 'Day 1 of 30'));
  await shown(text(page, 'Handoffs to QA wait two days'));
  // A screen reader's default action is a click event on the element.
  await shown(control(page, 'button', 'Export backup'));
  const [download] = await Promise.all([page.waitForEvent('download'),
    control(page, 'button', 'Export backup').evaluate((button) => button.click())]);
  assert.equal(download.suggestedFilename(), 'leeway-backup-2026-11-26.json');
  assertNoProblems(problems);
  await context.close();
});

test('a control below the fold scrolls into view when it gets keyboard focus', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1000, height: 420 } });
  const { page, problems } = await openApp(context, env.server.url, { now: nov26 });
  const importButton = control(page, 'button', 'Import backup');
  await importButton.waitFor({ state: 'attached' });
  await settled(page);
  assert.ok((await importButton.boundingBox()).y > 420, 'starts out of view');
  await importButton.focus();
  await page.waitForFunction(() => window.leeway.idle && window.leeway.screen.items.some(
    (item) => item.name === 'Import backup' && item.focused && item.y + item.height <= window.innerHeight));
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), importButton.press('Enter')]);
  assert.ok(chooser);
  await screenshot(page, 'scrolled-focus-1x.png');
  assertNoProblems(problems);
  await context.close();
});

// The mirror's own script (web/lib/leeway_mirror.js) on an empty page, fed snapshots as the app
// publishes them: the field a keyboard user types in must keep the focus whatever changes around
// it, while the page holds exactly the app's items, in the order the app drew them.
test('the field being typed in keeps the keyboard focus when the screen changes around it', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  await page.setContent('<canvas id="canvas" tabindex="0"></canvas><div id="mirror"></div>' +
    '<div id="announce-polite"></div><div id="announce-assertive"></div>');
  await page.evaluate(() => {
    window.LibraryManager = { library: {} };
    window.mergeInto = (library, added) => Object.assign(library, added);
  });
  await page.addScriptTag({ content: readFileSync(path.join(repoRoot, 'web/lib/leeway_mirror.js'), 'utf8') });
  await page.evaluate(() => {
    window.LeewayMirror = LibraryManager.library.$LeewayMirror;
    window.LeewayLoop = { wake() {} };
    window.LeewayTextEntry = { keepsFocusFor: () => false };
    window._leeway_mirror_focus = () => {};
    window.typed = []; // what the app was sent
    window.leewayCallWithStrings = ([text]) => { window.typed.push(text); };
    window.leeway = {};
    window.focusLost = 0;
  });
  const publish = (items) => page.evaluate((items) => {
    LeewayMirror.publish({ title: 'Leeway', items: items.map(([role, name, id], index) => (
      { role, name, id, x: 0, y: 30 * index, width: 200, height: 24, value: role === 'textbox' ? '' : undefined })) });
    return [...document.querySelectorAll('#mirror > *')].map((element) => element.textContent || element.getAttribute('aria-label'));
  }, items);
  const field = ['textbox', 'What did you do today?', 7];
  await publish([['heading', 'Day 19 of 30'], ['button', 'Open the stability check', 3], field, ['button', 'Save', 8]]);
  await page.evaluate(() => {
    const input = document.querySelector('[data-id="7"]');
    input.addEventListener('blur', () => { window.focusLost++; });
    input.focus();
  });
  const steps = [
    // A text above it changes (its element is made anew), and a control above it goes away.
    [['heading', 'Day 20 of 30'], field, ['button', 'Save', 8]],
    // Controls above it come, and one that was after it moves in front of it.
    [['text', 'Saved.'], ['button', 'Save', 8], ['button', 'Open the stability check', 3], field],
    // It moves from last to first.
    [field, ['text', 'Saved.'], ['button', 'Save', 8], ['heading', 'Day 20 of 30']],
    // Two controls under one id (a bug of the app's): each is shown, and nothing is left behind.
    [['link', 'Today', 9], field, ['button', 'Today', 9]],
    [['link', 'Today', 9], field],
  ];
  for (const items of steps) {
    assert.deepEqual(await publish(items), items.map(([, name]) => name), 'the page follows the app\'s order');
    assert.deepEqual(await page.evaluate(() => [document.activeElement.dataset.id, window.focusLost]), ['7', 0],
      `the field kept the focus: ${JSON.stringify(items.map(([, name]) => name))}`);
  }
  await page.keyboard.insertText('Chased the outage report');
  assert.deepEqual(await page.evaluate(() => window.typed), ['Chased the outage report']);

  // Inside a list: an item added before the field's own, and one removed, leave the field its
  // focus; each list item holds exactly its own controls.
  const publishList = (rows) => page.evaluate((rows) => {
    const containers = [{ key: '/main', kind: 'main', label: 'Leeway' },
      { key: '/main/list', kind: 'list', in: '/main', label: 'Blockers' },
      ...rows.map(([key]) => ({ key: `/main/list/${key}`, kind: 'listitem', in: '/main/list' }))];
    const items = rows.flatMap(([key, text, id], index) => [
      { role: 'text', name: text, x: 0, y: 60 * index, width: 200, height: 24, in: `/main/list/${key}` },
      { role: 'textbox', name: `Note: ${text}`, id, value: '', x: 0, y: 60 * index + 30, width: 200, height: 24, in: `/main/list/${key}` }]);
    LeewayMirror.publish({ title: 'Leeway', containers, items });
    return [...document.querySelectorAll('#mirror main ul[role="list"] > li')].map((li) => li.textContent +
      '|' + [...li.querySelectorAll('input')].map((input) => input.getAttribute('aria-label')).join(','));
  }, rows);
  assert.deepEqual(await publishList([['b1', 'Devices booked', 21], ['b2', 'Late sign-off', 22]]),
    ['Devices booked|Note: Devices booked', 'Late sign-off|Note: Late sign-off']);
  await page.evaluate(() => {
    const input = document.querySelector('[data-id="22"]');
    window.focusLost = 0; // the field of the steps above went away with its screen
    input.addEventListener('blur', () => { window.focusLost++; });
    input.focus();
  });
  assert.deepEqual(await publishList([['b0', 'Pharmacy closed', 20], ['b1', 'Devices booked', 21], ['b2', 'Late sign-off', 22]]),
    ['Pharmacy closed|Note: Pharmacy closed', 'Devices booked|Note: Devices booked', 'Late sign-off|Note: Late sign-off']);
  assert.deepEqual(await publishList([['b0', 'Pharmacy closed', 20], ['b2', 'Late sign-off', 22]]),
    ['Pharmacy closed|Note: Pharmacy closed', 'Late sign-off|Note: Late sign-off']);
  assert.deepEqual(await page.evaluate(() => [document.activeElement.dataset.id, window.focusLost]), ['22', 0]);
  assert.equal(await page.evaluate(() => document.querySelectorAll('#mirror > *').length), 1, 'only the main landmark at the top');
  await context.close();
});
