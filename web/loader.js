// Checks the browser can run Leeway, shows download progress, then starts the app.
'use strict';

(function () {
  const bar = document.getElementById('loading-bar');
  const label = document.getElementById('loading-text');

  function showUnsupported(reason) {
    document.getElementById('loading').hidden = true;
    document.getElementById('unsupported-reason').textContent = reason;
    document.getElementById('unsupported').hidden = false;
  }

  function setProgress(fraction, text) {
    bar.style.width = Math.round(Math.min(1, Math.max(0, fraction)) * 100) + '%';
    label.textContent = text;
  }

  function hasWebGL2() {
    try {
      const context = document.createElement('canvas').getContext('webgl2');
      if (!context) return false;
      const lose = context.getExtension('WEBGL_lose_context');
      if (lose) lose.loseContext();
      return true;
    } catch (error) {
      return false;
    }
  }

  if (typeof WebAssembly !== 'object' || typeof WebAssembly.instantiate !== 'function') {
    showUnsupported('This browser does not support WebAssembly.');
    return;
  }
  if (!hasWebGL2()) {
    showUnsupported('This browser could not start WebGL 2, which Leeway draws with.');
    return;
  }

  // Downloads the wasm file while counting bytes, so the bar shows real progress.
  async function fetchWithProgress(url) {
    const response = await fetch(url);
    if (!response.ok) throw new Error('downloading ' + url + ' failed (' + response.status + ')');
    const total = Number(response.headers.get('Content-Length')) || 0;
    if (!response.body || !total) return new Uint8Array(await response.arrayBuffer());
    const reader = response.body.getReader();
    const bytes = new Uint8Array(total);
    let received = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (received + value.length > bytes.length) {
        // Compressed transfer: Content-Length was the compressed size; fall back to growing.
        const bigger = new Uint8Array(Math.max(bytes.length * 2, received + value.length));
        bigger.set(bytes.subarray(0, received));
        return finishGrowing(reader, bigger, received, value);
      }
      bytes.set(value, received);
      received += value.length;
      setProgress(0.9 * received / total, 'Loading… ' + Math.round(100 * received / total) + ' %');
    }
    return bytes.subarray(0, received);
  }

  async function finishGrowing(reader, buffer, received, pending) {
    let bytes = buffer;
    let chunk = pending;
    for (;;) {
      if (received + chunk.length > bytes.length) {
        const bigger = new Uint8Array((received + chunk.length) * 2);
        bigger.set(bytes.subarray(0, received));
        bytes = bigger;
      }
      bytes.set(chunk, received);
      received += chunk.length;
      const { done, value } = await reader.read();
      if (done) return bytes.subarray(0, received);
      chunk = value;
    }
  }

  window.Module = {
    canvas: document.getElementById('canvas'),
    instantiateWasm(imports, receiveInstance) {
      setProgress(0.02, 'Loading…');
      fetchWithProgress('leeway.wasm')
        .then((bytes) => {
          setProgress(0.95, 'Starting…');
          return WebAssembly.instantiate(bytes, imports);
        })
        .then((result) => receiveInstance(result.instance, result.module))
        .catch((error) => showUnsupported('Leeway could not be loaded: ' + error.message));
      return {};
    },
    print(text) { console.log(text); },
    printErr(text) { console.warn(text); },
    onAbort(what) { showUnsupported('Leeway stopped unexpectedly (' + what + '). Reload the page to try again; your saved work is kept.'); },
  };

  // The service worker keeps a copy of the app in this browser, so the next launch needs no
  // network; a newer version it finds is installed quietly and opens on the launch after.
  // Registered once the page has loaded, so it never competes with the app's own download.
  if ('serviceWorker' in navigator && window.isSecureContext) {
    window.addEventListener('load', () => {
      navigator.serviceWorker.register('sw.js').catch((error) => {
        console.warn('Leeway cannot keep an offline copy: ' + error.message);
      });
    });
  }

  const script = document.createElement('script');
  script.src = 'leeway.js';
  script.onerror = () => showUnsupported('Leeway could not be loaded: leeway.js is missing.');
  document.body.appendChild(script);
})();
