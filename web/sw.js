// Leeway's service worker: after the first visit the whole app comes from this browser's cache,
// so it opens with no network at all. The build writes the list of files and their SHA-256 into
// BUILD below (cmake/write_service_worker.py); a new build therefore changes this file, the
// browser notices on its next check, installs the new files beside the old ones, and the next
// launch uses them. Files in BUILD.onDemand (the letters of other scripts, the icons) are fetched
// only when a page asks for them, then kept like the rest. The user's data lives in IndexedDB,
// which this file never touches.
'use strict';

const BUILD = /* leeway-build */ { version: 'unbuilt', files: {}, onDemand: {} } /* /leeway-build */;
const CACHE_PREFIX = 'leeway-app-';
const CACHE_NAME = CACHE_PREFIX + BUILD.version;

function hex(buffer) {
  return Array.from(new Uint8Array(buffer), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

// Fetches one file of this build and checks it is byte for byte what the build made, so a
// half-finished upload or a stale copy from an HTTP cache never becomes the cached app.
async function fetchVerified(name, expectedHash) {
  for (const mode of ['no-cache', 'reload']) {
    const response = await fetch(new Request(name, { cache: mode }));
    if (!response.ok) throw new Error(`${name}: ${response.status}`);
    const bytes = await response.clone().arrayBuffer();
    if (hex(await crypto.subtle.digest('SHA-256', bytes)) === expectedHash) return response;
  }
  throw new Error(`${name} is not the file this version was built with`);
}

// An on-demand file an earlier version kept: this device has needed it, so the new version keeps
// it too (the same bytes from the old cache, or this build's from the network).
async function carryOver(cache, name) {
  const expectedHash = BUILD.onDemand[name];
  const kept = await caches.match(name);
  if (!kept) return;
  const bytes = await kept.clone().arrayBuffer();
  const same = hex(await crypto.subtle.digest('SHA-256', bytes)) === expectedHash;
  await cache.put(name, same ? kept : await fetchVerified(name, expectedHash));
}

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE_NAME);
    const names = Object.keys(BUILD.files);
    const responses = await Promise.all(names.map((name) => fetchVerified(name, BUILD.files[name])));
    await Promise.all(names.map((name, index) => cache.put(name, responses[index])));
    // Best effort: without them the app still runs, and fetches them again when needed.
    await Promise.all(Object.keys(BUILD.onDemand).map((name) => carryOver(cache, name).catch(() => {})));
    // Take over as soon as the files are in place: a page already running keeps the code it
    // loaded, and the next launch (a reload, a new tab, the installed app) opens this version.
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const names = await caches.keys();
    await Promise.all(names.filter((name) => name.startsWith(CACHE_PREFIX) && name !== CACHE_NAME)
      .map((name) => caches.delete(name)));
    await self.clients.claim();
  })());
});

// Every file of the app comes from the cache; opening the app's address (with any query or
// #/link) is the cached index.html. Anything else goes to the network as if this worker were not there.
self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  const scope = new URL(self.registration.scope);
  let name = null;
  if (url.pathname.startsWith(scope.pathname)) {
    const relative = url.pathname.slice(scope.pathname.length);
    if (request.mode === 'navigate' && (relative === '' || relative === 'index.html')) {
      name = 'index.html';
    } else if (Object.prototype.hasOwnProperty.call(BUILD.files, relative) ||
               Object.prototype.hasOwnProperty.call(BUILD.onDemand, relative)) {
      name = relative;
    }
  }
  if (name === null) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE_NAME);
    const cached = await cache.match(name);
    if (cached) return cached;
    const response = await fetch(request);
    if (Object.prototype.hasOwnProperty.call(BUILD.onDemand, name) && response.ok) {
      // Kept for offline use once checked to be this build's file.
      const checked = response.clone();
      const kept = response.clone();
      event.waitUntil(checked.arrayBuffer().then(async (bytes) => {
        if (hex(await crypto.subtle.digest('SHA-256', bytes)) === BUILD.onDemand[name]) await cache.put(name, kept);
      }).catch(() => {}));
    }
    return response;
  })());
});
