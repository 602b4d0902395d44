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

  // Asks the app's own canvas for its WebGL 2 context, with the attributes the app asks for
  // (SDL's defaults: no alpha, a depth buffer, no stencil, no multisampling). The app then gets
  // this same context instead of making a second one, which costs as much as the first. The
  // canvas is made 1x1 first because SDL sets that size before its real one, and every size
  // change of a canvas with a live context waits for the GPU.
  function hasWebGL2() {
    try {
      const canvas = document.getElementById('canvas');
      canvas.width = 1;
      canvas.height = 1;
      return !!canvas.getContext('webgl2', {
        alpha: false, depth: true, stencil: false, antialias: false,
        premultipliedAlpha: true, preserveDrawingBuffer: false,
      });
    } catch (error) {
      return false;
    }
  }

  if (typeof WebAssembly !== 'object' || typeof WebAssembly.instantiate !== 'function') {
    showUnsupported('This browser does not support WebAssembly.');
    return;
  }
  // Downloads the wasm file while counting bytes, so the bar shows real progress.
  async function fetchWithProgress(url) {
    const response = await fetch(url);
    if (!response.ok) throw new Error('downloading ' + url + ' failed (' + response.status + ')');
    const length = Number(response.headers.get('Content-Length')) || 0;
    if (!response.body || !length) return new Uint8Array(await response.arrayBuffer());
    // A compressed response only says how big the compressed file is, while the stream gives the
    // unpacked bytes: Leeway's wasm unpacks to about 2.5 times its size, so expect that.
    const encoding = (response.headers.get('Content-Encoding') || 'identity').toLowerCase();
    const expected = encoding === 'identity' ? length : length * 2.5;
    const reader = response.body.getReader();
    const chunks = [];
    let received = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      received += value.length;
      const share = Math.min(1, received / expected);
      setProgress(0.9 * share, 'Loading… ' + Math.round(100 * share) + ' %');
    }
    const bytes = new Uint8Array(received);
    let offset = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, offset);
      offset += chunk.length;
    }
    return bytes;
  }

  // The wasm downloads while leeway.js does, rather than after it, and both while the WebGL 2
  // context is made below (which blocks this thread, but not the network).
  setProgress(0.02, 'Loading…');
  const wasmDownload = fetchWithProgress('leeway.wasm');
  wasmDownload.catch(() => {}); // reported once leeway.js asks for it, below
  let webGL2 = true;

  window.Module = {
    canvas: document.getElementById('canvas'),
    instantiateWasm(imports, receiveInstance) {
      if (!webGL2) return {}; // the app never starts; the page already says why
      wasmDownload
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
  script.onerror = () => { if (webGL2) showUnsupported('Leeway could not be loaded: leeway.js is missing.'); };
  document.body.appendChild(script);

  // leeway.js runs in a later task, so the answer is known before it asks for the wasm.
  if (!hasWebGL2()) {
    webGL2 = false;
    showUnsupported('This browser could not start WebGL 2, which Leeway draws with.');
  }
})();
