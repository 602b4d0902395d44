// Offline and installable: after one visit the app opens with no network at all, with its data;
// a new version on the server is installed quietly and opens on the next launch, data intact.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  assertNoProblems, control, launchChromiumProcess, openApp, readStoredDocument, shown, siteDir, startProgram, startServer,
  text, useServerAndBrowser, waitForReady,
} from './helpers.mjs';

const nov26 = new Date(2026, 10, 26, 12, 0, 0);
const challenge = 'Łódź reviews wait on my lead, even offline';
const env = useServerAndBrowser();

// Asks the page until an asynchronous question (service worker, caches) is answered true.
async function eventually(page, question, argument, timeout = 30000) {
  const deadline = Date.now() + timeout;
  while (!await page.evaluate(question, argument)) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${question}`);
    await page.waitForTimeout(100);
  }
}

// Resolves once the service worker has installed this build's files and controls the page.
async function offlineCopyReady(page) {
  await eventually(page, async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    return !!(registration && registration.active && registration.active.state === 'activated' &&
              navigator.serviceWorker.controller);
  });
}

function appCaches(page) {
  return page.evaluate(async () => (await caches.keys()).filter((name) => name.startsWith('leeway-app-')));
}

test('the site lists every file for the offline copy, with the hashes the build made', () => {
  const worker = readFileSync(path.join(siteDir, 'sw.js'), 'utf8');
  const build = JSON.parse(/\/\* leeway-build \*\/(.*?)\/\* \/leeway-build \*\//s.exec(worker)[1]);
  const hashOf = (name) => createHash('sha256').update(readFileSync(path.join(siteDir, name))).digest('hex');
  // Fetched when the worker installs: everything the app needs to start.
  for (const name of ['index.html', 'loader.js', 'app.css', 'leeway.js', 'leeway.wasm', 'manifest.webmanifest',
    'favicon.svg', 'inter-400-basic.woff2', 'inter-600-basic.woff2']) {
    assert.equal(build.files[name], hashOf(name), name);
  }
  // Kept once a page fetches them: the letters of other scripts, and the icons.
  for (const name of ['inter-400-latin.woff2', 'inter-600-latin.woff2', 'inter-400-all.woff2', 'icon-192.png',
    'icon-512.png', 'icon-maskable-512.png']) {
    assert.equal(build.onDemand[name], hashOf(name), name);
    assert.equal(build.files[name], undefined, name);
  }
  assert.match(build.version, /^[0-9a-f]{16}$/);
});

// The font files the page has loaded, by the first range of their unicode-range.
function loadedFontFiles(page) {
  return page.evaluate(() => [...document.fonts]
    .filter((face) => face.family.includes('Leeway Inter') && face.status === 'loaded')
    .map((face) => `${face.weight} ${face.unicodeRange.split(',')[0]}`).sort());
}

test('the letters of other scripts download when first typed, and stay for offline use', async () => {
  const server = await startServer();
  const context = await env.browser.newContext({ viewport: { width: 1100, height: 800 } });
  const fontRequests = [];
  context.on('request', (request) => {
    if (request.url().endsWith('.woff2')) fontRequests.push(path.basename(new URL(request.url()).pathname));
  });
  const { page, problems } = await openApp(context, server.url, { now: nov26 });
  await offlineCopyReady(page);
  // An English first screen needs only the basic letters, in both weights.
  assert.deepEqual(await loadedFontFiles(page), ['400 U+20-7E', '600 U+20-7E']);
  assert.deepEqual([...new Set(fontRequests)].sort(), ['inter-400-basic.woff2', 'inter-600-basic.woff2']);

  const greek = 'Ελένη and Олена review Łódź';
  await startProgram(page, greek);
  await shown(text(page, greek));
  assert.ok(fontRequests.includes('inter-400-all.woff2'), 'Greek and Cyrillic letters fetched');
  assert.ok(fontRequests.includes('inter-400-latin.woff2'), 'Latin letters fetched');
  await eventually(page, async () => !!(await caches.match('inter-400-all.woff2')));

  // With no network, the next launch draws the same letters from the offline copy.
  await server.close();
  await context.setOffline(true);
  await page.reload();
  await waitForReady(page);
  await shown(text(page, greek));
  const loaded = await loadedFontFiles(page);
  assert.ok(loaded.includes('400 U+374-375'), `Greek and Cyrillic file loaded offline: ${loaded}`);
  assert.ok(loaded.includes('400 U+A0-148'), `Latin file loaded offline: ${loaded}`);
  assertNoProblems(problems);
  await context.close();
});

test('letters fetched on the first visit, before the offline copy existed, are kept too', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1100, height: 800 } });
  // A device that needed the Latin letters before starts with them: on this first visit they
  // load before the service worker is installed.
  await context.addInitScript(() => localStorage.setItem('leeway.letters', 'latin'));
  // The page's own clock (no `now`): it finds the files it fetched in its resource timings.
  const { page, problems } = await openApp(context, env.server.url);
  assert.deepEqual(await loadedFontFiles(page), ['400 U+20-7E', '400 U+A0-148', '600 U+20-7E', '600 U+A0-FF']);
  await offlineCopyReady(page);
  await eventually(page, async () => !!(await caches.match('inter-400-latin.woff2')) &&
    !!(await caches.match('inter-600-latin.woff2')));
  assertNoProblems(problems);
  await context.close();
});

test('after the first visit the app opens with the network gone, with its data', async () => {
  const server = await startServer();
  const context = await env.browser.newContext({ viewport: { width: 1100, height: 800 } });
  const { page, problems } = await openApp(context, server.url, { now: nov26 });
  await startProgram(page, challenge);
  await offlineCopyReady(page);
  const stored = await readStoredDocument(page);

  // No network at all: the server is gone and the browser is offline.
  await server.close();
  await context.setOffline(true);
  await page.reload();
  await waitForReady(page);
  await shown(control(page, 'heading', 'Day 1 of 30'));
  await shown(text(page, challenge));
  assert.equal(await readStoredDocument(page), stored);

  // A new tab on a link within the app opens too.
  const other = await context.newPage();
  await other.goto(server.url + '#/clarity');
  await waitForReady(other);
  await shown(control(other, 'heading', 'Clarity baseline'));
  assertNoProblems(problems);
  await context.close();
});

test('the web manifest makes the app installable', async () => {
  // Browsers offer no installing in private windows: use a real profile.
  const chromium = await launchChromiumProcess(mkdtempSync(path.join(tmpdir(), 'leeway-profile-')));
  const context = chromium.context;
  const { page, problems } = await openApp(context, env.server.url, { now: nov26 });
  await offlineCopyReady(page);
  const session = await context.newCDPSession(page);
  const manifest = await session.send('Page.getAppManifest');
  assert.deepEqual(manifest.errors, [], 'manifest errors');
  const parsed = JSON.parse(manifest.data);
  assert.equal(parsed.short_name, 'Leeway');
  assert.equal(parsed.display, 'standalone');
  const { installabilityErrors } = await session.send('Page.getInstallabilityErrors');
  assert.deepEqual(installabilityErrors, [], 'installability errors');
  for (const icon of parsed.icons) {
    const response = await page.request.get(new URL(icon.src, env.server.url).href);
    assert.equal(response.status(), 200, icon.src);
  }
  assertNoProblems(problems);
  await chromium.browser.close();
  await chromium.kill();
});

test('a new version is picked up on the next launch, and the data stays', async () => {
  // A copy of the site that this test can "deploy" a new version into.
  const copy = mkdtempSync(path.join(tmpdir(), 'leeway-site-'));
  cpSync(siteDir, copy, { recursive: true });
  const server = await startServer(copy);
  const context = await env.browser.newContext({ viewport: { width: 1100, height: 800 } });
  const { page, problems } = await openApp(context, server.url, { now: nov26 });
  await startProgram(page, challenge);
  await offlineCopyReady(page);
  // The challenge's Ł, ó and ź: this device keeps the Latin letters offline.
  await page.reload();
  await waitForReady(page);
  await eventually(page, async () => !!(await caches.match('inter-400-latin.woff2')));
  const [firstCache] = await appCaches(page);
  const stored = await readStoredDocument(page);

  // Deploy: a changed page and the service worker the build would write for it.
  const indexFile = path.join(copy, 'index.html');
  const newIndex = readFileSync(indexFile, 'utf8')
    .replace('<meta charset="utf-8">', '<meta charset="utf-8">\n  <meta name="leeway-test-version" content="2">');
  writeFileSync(indexFile, newIndex);
  const workerFile = path.join(copy, 'sw.js');
  const marker = /\/\* leeway-build \*\/(.*?)\/\* \/leeway-build \*\//s;
  const worker = readFileSync(workerFile, 'utf8');
  const build = JSON.parse(marker.exec(worker)[1]);
  build.files['index.html'] = createHash('sha256').update(newIndex).digest('hex');
  build.version = 'test-version-2';
  writeFileSync(workerFile, worker.replace(marker, `/* leeway-build */ ${JSON.stringify(build)} /* /leeway-build */`));

  // This launch still runs the version it has (never a mix), while the new one installs.
  await page.reload();
  await waitForReady(page);
  assert.equal(await page.locator('meta[name=leeway-test-version]').count(), 0);
  await eventually(page, async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    const names = await caches.keys();
    return registration.active.state === 'activated' && names.length === 1 &&
      names[0] === 'leeway-app-test-version-2';
  });
  assert.notEqual(firstCache, 'leeway-app-test-version-2');
  // The new version keeps the letters this device needed.
  assert.ok(await page.evaluate(async () =>
    !!(await (await caches.open('leeway-app-test-version-2')).match('inter-400-latin.woff2'))));

  // The next launch opens the new version, with the same data.
  await page.reload();
  await waitForReady(page);
  assert.equal(await page.locator('meta[name=leeway-test-version]').count(), 1);
  await shown(control(page, 'heading', 'Day 1 of 30'));
  await shown(text(page, challenge));
  assert.equal(await readStoredDocument(page), stored);
  assertNoProblems(problems);
  await context.close();
  await server.close();
});
