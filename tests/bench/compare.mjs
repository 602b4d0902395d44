// Leeway against the reference (Dear ImGui's own example_sdl2_opengl3, built by
// shell/build_reference.sh) in one run of headless Chromium: prints a table of figures with the
// ratio Leeway/reference and the issue's targets beside them, then the details behind each.
// Figures only: nothing here fails on a figure; it exits non-zero only when it cannot measure.
//
//   node compare.mjs --leeway SITE --reference SITE --workbook FILE [--native-bench EXE]
//                    [--loads 15] [--idle-seconds 10] [--busy-seconds 3] [--repeats 5]
//                    [--only first-frame]   (just the first-frame loads, for quick comparisons)
//
// How each figure is taken (the same way for both pages where both have it):
// - transfer: every file a cold load fetched (page and service worker, seen as network events)
//   until the end of the idle window, each counted once at its gzip -9 size on disk.
// - first frame: a fresh browser context per load; an init script counts WebGL draw calls; the
//   first frame is drawn when the task that issued the first draw call ends (a microtask queued
//   by that draw call), measured from navigation start. Median of --loads loads, taken in turns,
//   after one load of each that is not counted: the first pages of a new browser also wait for
//   its GPU process to start, which would fall on whichever page came first.
// - idle: from one second after the first frame, --idle-seconds without input. Frames = animation
//   frames that issued at least one draw call; CPU = thread time of every task of the page's main
//   thread in a trace of the window (CDP's TaskDuration, which counts waiting too, is printed
//   beside it).
// - CPU per frame: thread time of the animation-frame callbacks that drew (trace events
//   FireAnimationFrame), while a synthetic mouse moves over the canvas every animation frame so
//   that every frame is drawn. Their wall time is printed in the details: in headless Chromium it
//   is mostly the main thread waiting for SwiftShader in the GPU process (glGetIntegerv becomes
//   a synchronous getParameter), which says more about the machine than about the app.
// - busiest screen: Leeway with the large workbook imported, each screen for --busy-seconds; the
//   screen with the highest median is the one in the table.
// - wasm memory: byteLength of the instance's WebAssembly.Memory (what the page has committed
//   to linear memory, which only grows).
// - import in the browser: the user's flow, from the file input's change event (file picked) to
//   the completion of the IndexedDB transaction that commits the imported workbook (so it holds
//   the app's save delay after an edit and the durable commit); export: from
//   the mouse button's release on Export backup to the app clicking its download link. Both
//   include waiting for the next animation frame. A fresh context per import; --repeats of
//   each, median. The main thread's CPU time while each was traced is in the details.
// - native import/export: tests/bench/backup_bench.cpp (core::ImportBackup / ExportBackup).
import { execFileSync } from 'node:child_process';
import { readFileSync, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { click, launchBrowser, settled, startServer, takeGuardProblems } from '../e2e/helpers.mjs';

const options = {
  leeway: null, reference: null, workbook: null, 'native-bench': null,
  loads: 15, 'idle-seconds': 10, 'busy-seconds': 3, repeats: 5, only: '',
};
for (let index = 2; index < process.argv.length; index += 2) {
  const name = process.argv[index].replace(/^--/, '');
  if (!(name in options) || index + 1 >= process.argv.length) {
    console.error(`usage: node compare.mjs --leeway SITE --reference SITE --workbook FILE [--native-bench EXE]
       [--loads N] [--idle-seconds S] [--busy-seconds S] [--repeats N] [--only first-frame]`);
    process.exit(2);
  }
  const value = process.argv[index + 1];
  options[name] = typeof options[name] === 'number' ? Number(value) : value;
}
for (const required of ['leeway', 'reference', 'workbook']) {
  if (!options[required] || !existsSync(options[required])) {
    console.error(`compare.mjs: --${required} is missing or does not exist (${options[required]})`);
    process.exit(2);
  }
}

const viewport = { width: 1280, height: 800 };
const screens = ['today', 'map', 'clarity', 'responsibility', 'influence', 'history', 'stability', 'report', 'safety'];
const problems = []; // what could not be measured, printed at the end

// --- What the pages are instrumented with ---------------------------------------------------------
// Runs before any script of the page. Counts draw calls, times every animation-frame callback
// and keeps hold of the wasm memory; also notes the moments the import and export figures need.
function instrument() {
  const bench = {
    draws: 0, firstDrawAt: null, firstFrameAt: null, frames: [], memory: null,
    commits: [], downloads: [], fileChosenAt: null, importShownAt: null, mouseUpAt: null,
  };
  // The import is in front of the user when a drawn frame's screen shows the app's notice.
  const showsImport = () => {
    const screen = window.leeway && window.leeway.screen;
    return !!screen && screen.items.some((item) => /^Imported /.test(item.name));
  };
  Object.defineProperty(window, '__bench', { value: bench });
  const countDraws = (prototype) => {
    for (const name of ['drawArrays', 'drawElements', 'drawArraysInstanced', 'drawElementsInstanced', 'drawRangeElements']) {
      const original = prototype[name];
      if (typeof original !== 'function') continue;
      prototype[name] = function (...args) {
        bench.draws++;
        if (bench.firstDrawAt === null) {
          bench.firstDrawAt = performance.now();
          // Runs as soon as the task (or frame callback) that drew returns.
          queueMicrotask(() => { bench.firstFrameAt = performance.now(); });
        }
        return original.apply(this, args);
      };
    }
  };
  countDraws(WebGLRenderingContext.prototype);
  if (typeof WebGL2RenderingContext === 'function') countDraws(WebGL2RenderingContext.prototype);

  const requestFrame = window.requestAnimationFrame.bind(window);
  bench.requestFrame = requestFrame; // for the harness's own frames, which are not counted
  // The browser's id of each callback that drew is kept: traces name animation frames by it.
  window.requestAnimationFrame = (callback) => {
    let id = 0;
    id = requestFrame((time) => {
      const drawsBefore = bench.draws;
      const start = performance.now();
      try {
        callback(time);
      } finally {
        if (bench.draws > drawsBefore) {
          bench.frames.push([start, performance.now() - start, id]);
          if (bench.fileChosenAt !== null && bench.importShownAt === null && showsImport()) {
            bench.importShownAt = performance.now();
          }
        }
      }
    });
    return id;
  };

  for (const name of ['instantiate', 'instantiateStreaming']) {
    const original = WebAssembly[name];
    if (typeof original !== 'function') continue;
    WebAssembly[name] = function (...args) {
      return original.apply(this, args).then((result) => {
        const instance = result.instance || result;
        const memory = Object.values(instance.exports || {}).find((value) => value instanceof WebAssembly.Memory);
        if (memory) bench.memory = memory;
        return result;
      });
    };
  }

  // Import: the file picked, then the commit of the generation that holds it.
  document.addEventListener('change', (event) => {
    if (event.target && event.target.type === 'file') bench.fileChosenAt = performance.now();
  }, true);
  const openTransaction = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function (stores, mode, ...rest) {
    const transaction = openTransaction.call(this, stores, mode, ...rest);
    const names = Array.isArray(stores) ? stores : [stores];
    if (mode === 'readwrite' && names.includes('generations')) {
      transaction.addEventListener('complete', () => bench.commits.push(performance.now()));
    }
    return transaction;
  };
  // Export: the button released, then the app's download link clicked.
  window.addEventListener('mouseup', () => { bench.mouseUpAt = performance.now(); }, true);
  const clickLink = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function (...args) {
    if (this.hasAttribute('download')) bench.downloads.push(performance.now());
    return clickLink.apply(this, args);
  };
}

// --- Helpers ------------------------------------------------------------------------------------------
const median = (values) => {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const percentile = (values, fraction) => {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))];
};

// --- Traces: CPU time of the page's main thread -----------------------------------------------------------
// Wall time of a frame in headless Chromium is mostly the main thread waiting for SwiftShader in
// the GPU process (glGetIntegerv becomes a synchronous getParameter); thread time is the CPU.
async function traced(browser, page, work) {
  await browser.startTracing(page, { categories: ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline'] });
  let result;
  let buffer;
  try {
    result = await work();
  } finally {
    buffer = await browser.stopTracing();
  }
  return { result, events: JSON.parse(buffer.toString()).traceEvents };
}

// The renderer main thread of the traced page: the process of its main frame.
function rendererMainThread(events) {
  const started = events.find((event) => event.name === 'TracingStartedInBrowser');
  const frames = (started && started.args.data.frames) || [];
  const main = frames.find((frame) => !frame.parent) || frames[0];
  const thread = events.find((event) => event.name === 'thread_name' && event.args.name === 'CrRendererMain' &&
    (!main || event.pid === main.processId));
  if (!thread) throw new Error('the trace has no renderer main thread');
  return { pid: thread.pid, tid: thread.tid };
}

// Thread (CPU) time of every task the page's main thread ran while tracing, in ms.
function mainThreadCpuMs(events) {
  const { pid, tid } = rendererMainThread(events);
  return events.filter((event) => event.pid === pid && event.tid === tid && event.ph === 'X' &&
    event.name === 'ThreadControllerImpl::RunTask').reduce((sum, event) => sum + (event.tdur || 0), 0) / 1000;
}

// CPU and wall time of each animation-frame callback whose id is in `ids` (those that drew).
function frameTimes(events, ids) {
  const { pid, tid } = rendererMainThread(events);
  const wanted = new Set(ids);
  return events.filter((event) => event.pid === pid && event.tid === tid && event.name === 'FireAnimationFrame' &&
    event.ph === 'X' && wanted.has(event.args.data.id))
    .map((event) => ({ cpu: (event.tdur || 0) / 1000, wall: (event.dur || 0) / 1000 }));
}

async function openPage(browser) {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
  await context.addInitScript(instrument);
  const page = await context.newPage();
  page.on('pageerror', (error) => problems.push(`page error at ${page.url()}: ${error.message}`));
  return { context, page };
}

async function waitForFirstFrame(page) {
  await page.waitForFunction(() => window.__bench.firstFrameAt !== null, null, { timeout: 60000, polling: 50 });
  return page.evaluate(() => window.__bench.firstFrameAt);
}

async function measure(label, work) {
  try {
    return await work();
  } catch (error) {
    problems.push(`${label}: ${error.message.split('\n')[0]}`);
    return null;
  }
}

// --- The measurements -----------------------------------------------------------------------------------
async function firstFrame(browser, url) {
  const { context, page } = await openPage(browser);
  try {
    await page.goto(url, { waitUntil: 'commit' });
    return await waitForFirstFrame(page);
  } finally {
    await context.close();
  }
}

// One cold load watched for its requests, then the idle window.
async function coldLoadAndIdle(browser, url, site) {
  const { context, page } = await openPage(browser);
  const requested = [];
  context.on('request', (request) => {
    let byWorker = false;
    try { byWorker = Boolean(request.serviceWorker()); } catch { /* not from a worker */ }
    requested.push({ url: request.url(), byWorker });
  });
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(url, { waitUntil: 'commit' });
    const firstFrameAt = await waitForFirstFrame(page);
    await page.waitForFunction((at) => performance.now() >= at + 1000, firstFrameAt, { polling: 20 });
    const metrics = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics
      .map((metric) => [metric.name, metric.value]));
    const frames = () => page.evaluate(() => window.__bench.frames.length);
    let before;
    let after;
    let framesBefore;
    let framesAfter;
    const idle = await traced(browser, page, async () => {
      before = await metrics();
      framesBefore = await frames();
      await page.waitForTimeout(options['idle-seconds'] * 1000);
      after = await metrics();
      framesAfter = await frames();
    });
    const windowSeconds = after.Timestamp - before.Timestamp;
    const scale = options['idle-seconds'] / windowSeconds; // per exactly idle-seconds
    const memory = await page.evaluate(() => window.__bench.memory ? window.__bench.memory.buffer.byteLength : null);
    // The same work for both: the first screen drawn while the mouse moves over it.
    await drawContinuously(page, 500);
    const moving = await traced(browser, page, () => drawContinuously(page, options['busy-seconds'] * 1000));
    const movingTimes = frameTimes(moving.events, moving.result);
    return {
      movingFrameCpuMs: median(movingTimes.map((time) => time.cpu)),
      movingFrameWallMs: median(movingTimes.map((time) => time.wall)),
      movingFrames: movingTimes.length,
      firstFrameAt,
      idleFrames: (framesAfter - framesBefore) * scale,
      idleCpuMs: mainThreadCpuMs(idle.events) * scale,
      idleTaskMs: (after.TaskDuration - before.TaskDuration) * 1000 * scale,
      idleScriptMs: (after.ScriptDuration - before.ScriptDuration) * 1000 * scale,
      windowSeconds,
      memory,
      transfer: transferOf(requested, url, site),
    };
  } finally {
    await context.close();
  }
}

// Each file fetched counts once, at its gzip -9 size; repeats (the service worker's precache
// asks again for files the page already has) are listed, not added.
function transferOf(requested, baseUrl, site) {
  const origin = new URL(baseUrl).origin;
  const files = new Map();
  for (const { url, byWorker } of requested) {
    if (!url.startsWith(origin)) continue;
    let name = decodeURIComponent(new URL(url).pathname).replace(/^\/+/, '');
    if (name === '' || name.endsWith('/')) name += 'index.html';
    const entry = files.get(name) || { name, requests: 0, byWorker: 0, bytes: null, gzip: null };
    entry.requests++;
    if (byWorker) entry.byWorker++;
    files.set(name, entry);
  }
  let total = 0;
  for (const entry of files.values()) {
    const file = path.join(site, entry.name);
    if (existsSync(file) && statSync(file).isFile()) {
      const bytes = readFileSync(file);
      entry.bytes = bytes.length;
      entry.gzip = gzipSync(bytes, { level: 9 }).length;
      total += entry.gzip;
    }
    // Otherwise not in the site (the browser's own /favicon.ico for a page that names no icon):
    // answered 404, no bytes to count.
  }
  return { total, files: [...files.values()].sort((a, b) => (b.gzip || 0) - (a.gzip || 0)) };
}

async function drawContinuously(page, milliseconds) {
  return page.evaluate((duration) => new Promise((resolve) => {
    const bench = window.__bench;
    const canvas = document.getElementById('canvas');
    const rect = canvas.getBoundingClientRect();
    const firstFrame = bench.frames.length;
    const start = performance.now();
    let step = 0;
    const move = () => {
      if (performance.now() - start >= duration) {
        resolve(bench.frames.slice(firstFrame).map((frame) => frame[2]));
        return;
      }
      step++;
      const x = rect.left + rect.width * (0.5 + 0.35 * Math.cos(step / 15));
      const y = rect.top + rect.height * (0.5 + 0.35 * Math.sin(step / 11));
      canvas.dispatchEvent(new MouseEvent('mousemove', { clientX: x, clientY: y, bubbles: true, view: window }));
      bench.requestFrame(move);
    };
    bench.requestFrame(move);
  }), milliseconds);
}

async function waitForReady(page) {
  await page.waitForFunction(() => window.leeway && window.leeway.ready && window.leeway.idle, null, { timeout: 60000 });
}

// Imports the workbook through the app's own Import backup button and the file chooser: ms from
// the file picked to the first frame that shows it imported (parsed, checked, migrated, applied
// and drawn), ms to the commit that makes it durable, and the main thread's CPU time (traced).
async function importThroughUi(browser, page) {
  const commitsBefore = await page.evaluate(() => window.__bench.commits.length);
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), click(page, 'button', 'Import backup')]);
  await settled(page);
  const { events } = await traced(browser, page, async () => {
    await chooser.setFiles(options.workbook);
    await page.waitForFunction((count) => window.__bench.commits.length > count && window.__bench.fileChosenAt !== null,
      commitsBefore, { timeout: 60000, polling: 10 });
  });
  const times = await page.evaluate((count) => ({
    chosen: window.__bench.fileChosenAt, shown: window.__bench.importShownAt, committed: window.__bench.commits[count],
  }), commitsBefore);
  if (times.shown === null) problems.push('the import notice never showed in a drawn frame');
  return { shown: times.shown === null ? NaN : times.shown - times.chosen, flow: times.committed - times.chosen,
    cpu: mainThreadCpuMs(events) };
}

async function exportThroughUi(browser, page) {
  const downloadsBefore = await page.evaluate(() => window.__bench.downloads.length);
  const { result: download, events } = await traced(browser, page, async () => {
    const [started] = await Promise.all([page.waitForEvent('download', { timeout: 60000 }),
      click(page, 'button', 'Export backup')]);
    return started;
  });
  await download.path(); // finished writing
  const times = await page.evaluate((count) => ({
    released: window.__bench.mouseUpAt, link: window.__bench.downloads[count],
  }), downloadsBefore);
  await settled(page);
  return { flow: times.link - times.released, cpu: mainThreadCpuMs(events) };
}

async function largeWorkbook(browser, url) {
  const result = { importsShown: [], imports: [], importsCpu: [], exports: [], exportsCpu: [], screens: {}, memory: null };
  for (let run = 0; run < options.repeats; run++) {
    const { context, page } = await openPage(browser);
    try {
      await page.goto(url);
      await waitForReady(page);
      const imported = await importThroughUi(browser, page);
      result.importsShown.push(imported.shown);
      result.imports.push(imported.flow);
      result.importsCpu.push(imported.cpu);
      await settled(page);
      if (run > 0) continue;
      for (const screen of screens) {
        await page.evaluate((link) => { window.location.hash = link; }, `#/${screen}`);
        await settled(page);
        await drawContinuously(page, 500); // the first frames of a screen lay it out; not counted
        const busy = await traced(browser, page, () => drawContinuously(page, options['busy-seconds'] * 1000));
        const times = frameTimes(busy.events, busy.result);
        const cpu = times.map((time) => time.cpu);
        result.screens[screen] = {
          median: median(cpu), p95: percentile(cpu, 0.95), wall: median(times.map((time) => time.wall)), frames: times.length,
        };
      }
      result.memory = await page.evaluate(() => window.__bench.memory.buffer.byteLength);
      await page.evaluate(() => { window.location.hash = '#/today'; });
      await settled(page);
      for (let again = 0; again < options.repeats; again++) {
        const exported = await exportThroughUi(browser, page);
        result.exports.push(exported.flow);
        result.exportsCpu.push(exported.cpu);
      }
    } finally {
      await context.close();
    }
  }
  return result;
}

function nativeFigures() {
  if (!options['native-bench']) return null;
  const output = execFileSync(options['native-bench'], [options.workbook, String(Math.max(5, options.repeats))],
    { encoding: 'utf8' }).trim();
  const [importMs, exportMs, , importCpuMs, exportCpuMs] = output.split(/\s+/).map(Number);
  return { importMs, exportMs, importCpuMs, exportCpuMs };
}

// --- The run ----------------------------------------------------------------------------------------------
const leewayServer = await startServer(options.leeway);
const referenceServer = await startServer(options.reference);
const browser = await launchBrowser();
const apps = {
  leeway: { url: leewayServer.url, site: options.leeway, firstFrames: [] },
  reference: { url: referenceServer.url, site: options.reference, firstFrames: [] },
};
let large = null;
let native = null;
try {
  // Alternating, so that whatever else the machine does falls on both alike; load -1 warms the
  // browser up and is not counted.
  for (let load = -1; load < options.loads; load++) {
    for (const name of load % 2 ? ['reference', 'leeway'] : ['leeway', 'reference']) {
      const at = await measure(`first frame of ${name}`, () => firstFrame(browser, apps[name].url));
      if (at === null) continue;
      if (load < 0) apps[name].warmUp = at;
      else apps[name].firstFrames.push(at);
    }
  }
  for (const name of options.only === 'first-frame' ? [] : ['leeway', 'reference']) {
    apps[name].cold = await measure(`cold load and idle of ${name}`, () => coldLoadAndIdle(browser, apps[name].url, apps[name].site));
  }
  if (options.only !== 'first-frame') {
    large = await measure('large workbook in the browser', () => largeWorkbook(browser, apps.leeway.url));
    native = await measure('native export and import', () => nativeFigures());
  }
} finally {
  await browser.close();
  await leewayServer.close();
  await referenceServer.close();
}
// The e2e guard watches every context for requests off the origin and CSP violations.
for (const problem of takeGuardProblems()) problems.push(`guard: ${problem}`);

// --- The table ------------------------------------------------------------------------------------------------
const kb = (bytes) => bytes / 1024;
const mb = (bytes) => bytes / (1024 * 1024);
const rows = [];
const fixed = (value, digits) => (value === null || value === undefined || Number.isNaN(value) ? 'n/a' : value.toFixed(digits));
function row(figure, ours, theirs, digits, target = '') {
  let ratio = '—';
  if (typeof theirs === 'number' && typeof ours === 'number' && !Number.isNaN(ours) && !Number.isNaN(theirs)) {
    ratio = theirs === 0 ? (ours === 0 ? '1.00×' : '∞') : `${(ours / theirs).toFixed(2)}×`;
  }
  rows.push([figure, fixed(ours, digits), theirs === '—' ? '—' : fixed(theirs, digits), ratio, target]);
}
const L = apps.leeway;
const R = apps.reference;
row('transfer, cold load (KB, gzip -9)', L.cold && kb(L.cold.transfer.total), R.cold && kb(R.cold.transfer.total), 1,
  'target ≤ 1.0× and ≤ 400 KB');
row(`first frame drawn (ms, median of ${options.loads} cold loads)`, median(L.firstFrames), median(R.firstFrames), 0,
  'target ≤ 1.1×');
row(`frames drawn in ${options['idle-seconds']} s idle, after the first second`, L.cold && L.cold.idleFrames,
  R.cold && R.cold.idleFrames, 0, 'target 0');
row(`main-thread CPU in ${options['idle-seconds']} s idle (ms, thread time)`, L.cold && L.cold.idleCpuMs,
  R.cold && R.cold.idleCpuMs, 1, 'target ≤ 0.05×');
row(`main-thread busy in ${options['idle-seconds']} s idle (ms, TaskDuration)`, L.cold && L.cold.idleTaskMs,
  R.cold && R.cold.idleTaskMs, 1);
row('first screen, mouse moving: CPU per drawn frame (ms, median)', L.cold && L.cold.movingFrameCpuMs,
  R.cold && R.cold.movingFrameCpuMs, 2);
row('wasm memory after load (MB)', L.cold && L.cold.memory !== null ? mb(L.cold.memory) : null,
  R.cold && R.cold.memory !== null ? mb(R.cold.memory) : null, 1);
let busiest = null;
if (large) {
  for (const [screen, figures] of Object.entries(large.screens)) {
    if (!busiest || figures.median > large.screens[busiest].median) busiest = screen;
  }
}
row(`large workbook: busiest screen${busiest ? ` (${busiest})` : ''}, CPU per frame (ms, median)`,
  busiest ? large.screens[busiest].median : null, '—', 2, 'target ≤ 4 ms');
row('large workbook: wasm memory (MB)', large && large.memory !== null ? mb(large.memory) : null, '—', 1);
row('large workbook: import in the browser, file picked → shown (ms, median)', large && median(large.importsShown), '—', 0);
row('large workbook: import in the browser, file picked → committed (ms, median)', large && median(large.imports), '—', 0);
row('large workbook: export in the browser (ms, median)', large && median(large.exports), '—', 0);
row('large workbook: import (to shown) + export in the browser (ms)',
  large && median(large.importsShown) + median(large.exports), '—', 0, 'target ≤ 150 ms');
row('large workbook: import + export, main-thread CPU (ms)', large && median(large.importsCpu) + median(large.exportsCpu),
  '—', 0);
row('large workbook: import, native (ms, median)', native && native.importMs, '—', 1);
row('large workbook: export, native (ms, median)', native && native.exportMs, '—', 1);

const header = ['figure', 'Leeway', 'reference', 'Leeway/ref', ''];
const widths = header.map((_, column) => Math.max(...[header, ...rows].map((cells) => String(cells[column]).length)));
const line = (cells) => cells.map((cell, column) => (column === 0 || column === 4
  ? String(cell).padEnd(widths[column]) : String(cell).padStart(widths[column]))).join('  ').trimEnd();
console.log(`Leeway against Dear ImGui's example_sdl2_opengl3 (demo window compiled out), headless Chromium, ` +
  `${viewport.width}×${viewport.height} at 1×, workbook ${path.basename(options.workbook)} ` +
  `(${(statSync(options.workbook).size / 1024).toFixed(0)} KB)`);
console.log(line(header));
console.log(line(widths.map((width) => '-'.repeat(width))));
for (const cells of rows) console.log(line(cells));

console.log('\nDetails');
for (const [name, app] of Object.entries(apps)) {
  console.log(`  ${name}: first frame of each cold load (ms): ${app.firstFrames.map((at) => at.toFixed(0)).join(', ') || 'n/a'}` +
    (app.warmUp === undefined ? '' : `; the uncounted warm-up load: ${app.warmUp.toFixed(0)}`));
  if (!app.cold) continue;
  console.log(`  ${name}: idle window ${app.cold.windowSeconds.toFixed(2)} s (figures scaled to ${options['idle-seconds']} s); ` +
    `ScriptDuration ${app.cold.idleScriptMs.toFixed(1)} ms; ${app.cold.movingFrames} frames drawn ` +
    `in ${options['busy-seconds']} s with the mouse moving, wall time ${fixed(app.cold.movingFrameWallMs, 1)} ms a frame (median)`);
  console.log(`  ${name}: files of a cold load (each counted once):`);
  for (const file of app.cold.transfer.files) {
    const repeats = file.requests > 1 ? `, requested ${file.requests}×` : '';
    const worker = file.byWorker ? `, ${file.byWorker}× by the service worker` : '';
    if (file.bytes === null) {
      console.log(`    ${file.name.padEnd(24)} not in the site (not found), not counted${repeats}${worker}`);
      continue;
    }
    console.log(`    ${file.name.padEnd(24)} ${kb(file.bytes).toFixed(1).padStart(8)} KB ` +
      `${kb(file.gzip).toFixed(1).padStart(8)} KB gzip${repeats}${worker}`);
  }
}
if (large) {
  console.log(`  Leeway with the large workbook, CPU per drawn frame while the mouse moves (${options['busy-seconds']} s a screen):`);
  for (const [screen, figures] of Object.entries(large.screens)) {
    console.log(`    ${screen.padEnd(16)} CPU median ${fixed(figures.median, 2)} ms, p95 ${fixed(figures.p95, 2)} ms; ` +
      `wall median ${fixed(figures.wall, 1)} ms; ${figures.frames} frames`);
  }
  const list = (values) => values.map((ms) => fixed(ms, 0)).join(', ');
  console.log(`  imports (file picked → shown, ms): ${list(large.importsShown)}; (file picked → committed, ms): ${list(large.imports)}; ` +
    `main-thread CPU while tracing each: ${list(large.importsCpu)}; the wait includes the app's ` +
    'save delay after an edit (kSaveDelay in src/app/app.cpp) and the durable IndexedDB commit');
  console.log(`  exports (button released → download, ms): ${list(large.exports)}; ` +
    `main-thread CPU while tracing each (includes the click, and for the first one the save of ` +
    `the new export date when the trace lasts long enough): ${list(large.exportsCpu)}`);
}
if (native) {
  console.log(`  native (leeway_backup_bench, median): import ${fixed(native.importMs, 1)} ms wall, ` +
    `${fixed(native.importCpuMs, 1)} ms CPU; export ${fixed(native.exportMs, 1)} ms wall, ${fixed(native.exportCpuMs, 1)} ms CPU`);
}
if (problems.length) {
  console.log('\nNot measured, or measured with a problem:');
  for (const problem of problems) console.log(`  ${problem}`);
  process.exitCode = 1;
}
