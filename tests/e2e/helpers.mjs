// Shared setup for the browser tests: a loopback server for the built site, Debian's Chromium
// through playwright-core, and steps that find controls by role and name like a user would.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import { after, afterEach, before } from 'node:test';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
// The repository, for tests that read its files (fixtures, examples, the page's scripts).
export const repoRoot = path.resolve(here, '../..');
export const siteDir = process.env.LEEWAY_SITE_DIR || path.join(repoRoot, 'build/web/site');
export const screenshotDir = process.env.LEEWAY_SCREENSHOT_DIR || path.join(repoRoot, 'build/screenshots');

const chromiumArgs = [
  '--headless', '--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
  '--no-first-run', '--disable-background-networking', '--disable-component-update',
  '--disable-sync',
];

// --- The guard: what no test may ever cause ------------------------------------------------------
// Every browser context the tests create is watched for Content-Security-Policy violations (in
// any page or frame) and for requests (from pages, frames or the service worker) that leave the
// origin that made them. useServerAndBrowser fails the test in which one happened.
const guardProblems = [];
const serverOrigins = new Set(); // where the tests' own navigations may go

export function takeGuardProblems() {
  return guardProblems.splice(0);
}

function requestProblem(request) {
  const url = request.url();
  if (/^(blob|data|about|chrome-error):/.test(url)) return null;
  const target = new URL(url).origin;
  let from = null;
  try {
    const worker = request.serviceWorker();
    if (worker) from = new URL(worker.url()).origin;
    else if (request.isNavigationRequest()) from = serverOrigins.has(target) ? target : 'a test navigation';
    else from = new URL(request.frame().url()).origin;
  } catch (error) {
    from = `an unknown source (${error.message})`;
  }
  return from === target ? null : `request from ${from} to ${url}`;
}

export async function guardContext(context) {
  await context.exposeBinding('leewayGuardReport', ({ frame }, violation) => {
    guardProblems.push(`CSP violation in ${frame.url()}: ${violation}`);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      window.leewayGuardReport(`${event.effectiveDirective} refused ${event.blockedURI || 'inline code'}` +
        ` (${event.sourceFile || 'page'}:${event.lineNumber})`);
    });
  });
  context.on('request', (request) => {
    const problem = requestProblem(request);
    if (problem) guardProblems.push(problem);
  });
  return context;
}

function guardBrowser(browser) {
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => guardContext(await newContext(options));
  return browser;
}

export function assertGuardClean() {
  assert.deepEqual(takeGuardProblems(), [], 'CSP violations or requests that left the origin');
}

export async function startServer(directory = siteDir) {
  const server = spawn('python3', [path.join(repoRoot, 'shell/serve.py'), directory, '--port', '0', '--quiet'],
    { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise((resolve, reject) => {
    let output = '';
    server.stdout.on('data', (chunk) => {
      output += chunk;
      const match = output.match(/http:\/\/127\.0\.0\.1:\d+\//);
      if (match) resolve(match[0]);
    });
    server.on('exit', (code) => reject(new Error(`serve.py exited with ${code}`)));
  });
  serverOrigins.add(new URL(url).origin);
  const close = () => new Promise((resolve) => {
    if (server.exitCode !== null || server.signalCode !== null) { resolve(); return; }
    server.on('exit', resolve);
    server.kill();
  });
  return { url, close };
}

// Starts the site server and a browser before the tests of a file, and stops them after. Any CSP
// violation or request off the origin fails the test it happened in (or, if it came late, the file).
export function useServerAndBrowser() {
  const env = {};
  before(async () => {
    env.server = await startServer();
    env.browser = await launchBrowser();
  });
  afterEach(assertGuardClean);
  after(async () => {
    await env.browser?.close();
    env.server?.close();
    assertGuardClean();
  });
  return env;
}

// Chromium as its own process on a profile folder, so a test can kill it like a crash would and
// start it again on the same profile.
export async function launchChromiumProcess(userDataDir) {
  const child = spawn(process.env.CHROMIUM || '/usr/bin/chromium',
    [...chromiumArgs, `--user-data-dir=${userDataDir}`, '--remote-debugging-port=0', '--window-size=1100,900',
      'about:blank'],
    { stdio: ['ignore', 'ignore', 'pipe'] });
  const endpoint = await new Promise((resolve, reject) => {
    let output = '';
    child.stderr.on('data', (chunk) => {
      output += chunk;
      const match = output.match(/DevTools listening on (ws:\/\/\S+)/);
      if (match) resolve(match[1]);
    });
    child.on('exit', (code) => reject(new Error(`chromium exited with ${code}: ${output}`)));
  });
  const browser = await chromium.connectOverCDP(endpoint);
  return {
    browser,
    context: await guardContext(browser.contexts()[0]),
    kill: () => new Promise((resolve) => { child.on('exit', resolve); child.kill('SIGKILL'); }),
  };
}

export async function launchBrowser() {
  return guardBrowser(await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: chromiumArgs }));
}

// What each page opened with openApp recorded, so a test that times out can say what the page
// said (an app that stopped shows up here).
const pageProblems = new WeakMap();

// The console errors and warnings of a page opened with openApp, for a failure's message.
function consoleOf(page) {
  const problems = pageProblems.get(page);
  return problems && problems.console.length ? `\n(console: ${problems.console.join(' | ')})` : '';
}

// The error with what the page showed and said added: a new error, as the test runner prints an
// error's stack, which was written when it was made.
function withPageReport(error, report) {
  const reported = new Error(error.message + report, { cause: error });
  reported.name = error.name;
  return reported;
}

// A page of the app with everything a test must see go wrong recorded: console errors,
// page errors, failed requests and any request that leaves the app's origin.
export async function openApp(context, url, { now } = {}) {
  const page = await context.newPage();
  const problems = { console: [], foreignRequests: [], failedRequests: [] };
  const origin = new URL(url).origin;
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.console.push(message.text());
  });
  page.on('pageerror', (error) => problems.console.push(error.stack || error.message));
  page.on('request', (request) => {
    const requestUrl = request.url();
    if (!requestUrl.startsWith('blob:') && !requestUrl.startsWith('data:') &&
        new URL(requestUrl).origin !== origin) problems.foreignRequests.push(requestUrl);
  });
  // A request the browser dropped because the page navigated away (the favicon, fetched after
  // load, when a test goes on to another address at once) is not the app's failure.
  page.on('requestfailed', (request) => {
    if (request.failure()?.errorText !== 'net::ERR_ABORTED') problems.failedRequests.push(request.url());
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.failedRequests.push(`${response.status()} ${response.url()}`);
  });
  pageProblems.set(page, problems);
  if (now) await page.clock.setFixedTime(now);
  await page.goto(url);
  await waitForReady(page);
  return { page, problems };
}

export function assertNoProblems(problems) {
  assert.deepEqual(problems.console, [], 'console errors or warnings');
  assert.deepEqual(problems.failedRequests, [], 'failed requests');
  assert.deepEqual(problems.foreignRequests, [], 'requests to other origins');
}

export async function waitForReady(page) {
  await page.waitForFunction(() => window.leeway && window.leeway.ready && window.leeway.idle,
    null, { timeout: 30000 });
}

// The screen mirror (web/lib/leeway_mirror.js) puts every control and text of the canvas into
// the page as real elements, so tests find them the way a screen reader user does: by role and
// accessible name.
export function control(page, role, name) {
  return page.getByRole(role, { name, exact: typeof name === 'string' });
}

export function text(page, pattern) {
  return page.locator('#mirror').getByText(pattern);
}

// The app draws a few frames after each change and then sleeps: act only on a settled screen.
export async function settled(page) {
  await page.waitForFunction(() => window.leeway && window.leeway.idle);
}

// Waits for the element, then for the screen to settle, so its rectangle is final. When it never
// shows, a screenshot of what was on screen instead is kept for the person reading the failure.
let failureShots = 0;
export async function shown(locator) {
  try {
    await locator.waitFor();
  } catch (error) {
    mkdirSync(screenshotDir, { recursive: true });
    const file = path.join(screenshotDir, `failure-${process.pid}-${++failureShots}.png`);
    await locator.page().screenshot({ path: file }).catch(() => {});
    throw withPageReport(error, `\n(screen at the time: ${file})` + consoleOf(locator.page()));
  }
  await settled(locator.page());
  return locator;
}

// A real mouse click where the control is drawn: the mirrored element lets the pointer through
// to the canvas (force skips Playwright's check that the element itself receives the click).
// A control below the fold is first brought into view the way a keyboard user would: focus.
export async function click(page, role, name) {
  // On a phone the screens' links are behind the screens menu: open it first, as a person would.
  if (role === 'link') {
    await settled(page);
    const menu = page.getByRole('button', { name: /^Screens menu/ });
    if (!await control(page, role, name).count() && await menu.count()) {
      await menu.click({ force: true });
      await settled(page);
    }
  }
  const target = await shown(control(page, role, name));
  // The app says which controls are scrolled out of view; those are first brought into view
  // the way a keyboard user would: by focusing them.
  const offscreen = () => page.evaluate(({ role, name }) => window.leeway.screen.items.some(
    (item) => item.role === role && item.name === name && item.offscreen), { role, name });
  if (typeof name === 'string' && await offscreen()) {
    await target.focus();
    for (let attempt = 0; attempt < 50 && await offscreen(); attempt++) await settled(page);
    await settled(page);
  }
  await target.click({ force: true });
}

// Picks a file through the app's Import backup button and the browser's file chooser.
export async function importFile(page, file) {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), click(page, 'button', 'Import backup')]);
  await chooser.setFiles(file);
}

export async function fill(page, name, value) {
  const field = await shown(control(page, 'textbox', name));
  await field.fill(value);
  await page.waitForFunction(({ name, value }) => window.leeway.idle && window.leeway.screen.items.some(
    (item) => item.role === 'textbox' && item.name === name && item.value === value), { name, value })
    .catch(async (error) => {
      throw withPageReport(error, await fieldReport(page, name) + consoleOf(page));
    });
}

// What the page held when a typed value did not reach the app: whether it had settled, where the
// keyboard focus was, and the field as the app and as the page element saw it.
async function fieldReport(page, name) {
  const state = await page.evaluate((name) => {
    const focused = document.activeElement;
    const element = [...document.querySelectorAll('#mirror input')].find((input) =>
      input.getAttribute('aria-label') === name);
    return {
      idle: window.leeway.idle,
      focus: focused ? `${focused.tagName.toLowerCase()}#${focused.id} ${focused.getAttribute('aria-label') || ''}` : null,
      appField: window.leeway.screen.items.find((item) => item.role === 'textbox' && item.name === name) || null,
      pageField: element ? { id: element.dataset.id, value: element.value, disabled: element.disabled } : null,
    };
  }, name).catch((error) => ({ unreadable: error.message }));
  return `\n(field: ${JSON.stringify(state)})`;
}

export async function screenshot(page, name) {
  mkdirSync(screenshotDir, { recursive: true });
  const file = path.join(screenshotDir, name);
  await page.screenshot({ path: file });
  return file;
}

// Reads the newest stored generation of the workbook straight from IndexedDB.
export async function readStoredDocument(page) {
  return page.evaluate(() => new Promise((resolve, reject) => {
    const open = indexedDB.open('leeway');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const database = open.result;
      if (!database.objectStoreNames.contains('generations')) { database.close(); resolve(null); return; }
      const cursor = database.transaction('generations').objectStore('generations').openCursor(null, 'prev');
      cursor.onsuccess = () => { database.close(); resolve(cursor.result ? cursor.result.value.text : null); };
      cursor.onerror = () => reject(cursor.error);
    };
  }));
}

// Waits until the first save is done and the browser has answered whether it keeps the data:
// that answer adds a line to the status area, which moves the bottom edge of the content. On a
// phone the answer is under "Settings and backup" instead, and the footer keeps its height.
export async function firstSaveDone(page) {
  await shown(text(page, 'Saved in this browser.'));
  const width = page.viewportSize()?.width ?? await page.evaluate(() => window.innerWidth);
  if (width >= 600) await shown(text(page, /^The browser (keeps this data|may clear this data)/));
  else await settled(page);
}

export async function startProgram(page, challenge) {
  await fill(page, 'Your challenge, in one sentence', challenge);
  await click(page, 'button', 'Start my 30 days');
  await shown(control(page, 'heading', /^Day \d+ of 30$/));
  await firstSaveDone(page);
}

// The red, green and blue of a PNG's first pixel. Whatever the row's filter, the first pixel of
// the first row is stored as is, so no unfiltering is needed.
export function firstPixelOfPng(png) {
  const idat = [];
  for (let offset = 8; offset < png.length;) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('ascii', offset + 4, offset + 8);
    if (type === 'IDAT') idat.push(png.subarray(offset + 8, offset + 8 + length));
    offset += 12 + length;
  }
  const rows = inflateSync(Buffer.concat(idat));
  return [rows[1], rows[2], rows[3]];
}

// --- Kiosk mode ---------------------------------------------------------------------------------

// PIN fields are mirrored as a dot per character, never as the PIN.
export async function fillPin(page, name, digits) {
  const field = await shown(control(page, 'textbox', name));
  await field.fill(digits);
  await page.waitForFunction(({ name, dots }) => window.leeway.idle && window.leeway.screen.items.some(
    (item) => item.role === 'textbox' && item.name === name && item.value === dots), { name, dots: '\u2022'.repeat([...digits].length) });
  await field.blur();
}

// Clicks a control that starts the page again (the wipe restarts it) and waits for the new page.
export async function clickAndRestart(page, role, name) {
  await Promise.all([page.waitForEvent('load', { timeout: 30000 }), click(page, role, name)]);
  await waitForReady(page);
}

export async function setUpKiosk(page, url, { pin, support = 'Ana at the front desk, room 2', scope, examples, shot } = {}) {
  await page.goto(`${url}#/kiosk`);
  await waitForReady(page);
  await shown(control(page, 'heading', 'Set up a training kiosk'));
  await fillPin(page, 'Facilitator PIN (at least 6 digits, or a passphrase)', pin);
  await fillPin(page, 'The same PIN again', pin);
  await fill(page, 'Support contacts', support);
  if (scope) await click(page, 'radio', `Session covers: ${scope}`);
  if (examples) await click(page, 'radio', `Session examples: ${examples}`);
  if (shot) await screenshot(page, shot);
  await clickAndRestart(page, 'button', 'Turn on kiosk mode');
  await shown(control(page, 'heading', 'Welcome to this training session'));
}

// Picks a backup of another workbook for import into one that has data, and waits for the
// dialog that asks whether to replace or merge.
export async function openReplaceDialog(page) {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'leeway-')), 'other.json');
  writeFileSync(file, JSON.stringify({ format: 'leeway-backup', schema_version: 1,
    workbook: { program: { challenge: 'Handoffs to QA wait two days', start_date: '2026-11-20' } } }));
  await importFile(page, file);
  await shown(control(page, 'heading', 'Replace or merge your workbook?'));
}
