// Checks the browser can run Leeway, shows download progress, then starts the app. Loaded
// async: it starts compiling the wasm the moment it runs, and waits for the page's elements and
// styles only where it needs them.
'use strict';

(function () {
  function whenParsed(work) {
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', work, { once: true });
    else work();
  }

  // The canvas's size comes from app.css, and SDL measures it when the app starts: measured
  // before the stylesheet is in, it would be a browser's default 300 x 150, stretched over the
  // window.
  function whenStyled(work) {
    whenParsed(() => {
      const link = document.querySelector('link[rel="stylesheet"]');
      if (!link || link.sheet) {
        work();
        return;
      }
      link.addEventListener('load', work, { once: true });
      link.addEventListener('error', work, { once: true });
    });
  }

  function showUnsupported(reason) {
    whenParsed(() => {
      document.getElementById('loading').hidden = true;
      document.getElementById('unsupported-reason').textContent = reason;
      document.getElementById('unsupported').hidden = false;
    });
  }

  // A fault inside the wasm (a RuntimeError: a trap, or abort()) leaves its memory in no state to
  // be trusted. Leeway then stops for good: the frame loop ends, nothing calls into the wasm again
  // (no save on leaving can write what the fault left behind), and the page says so plainly,
  // with a way back and the error to pass on, instead of a canvas that no longer answers.
  let stopped = false;
  function stop(error) {
    if (stopped) return;
    stopped = true;
    window.leeway = Object.assign(window.leeway || {}, { stopped: true });
    if (window.Module && window.Module.pauseMainLoop) window.Module.pauseMainLoop();
    const text = String((error && (error.stack || error.message)) || error);
    console.error('Leeway stopped: ' + text);
    whenParsed(() => {
      document.body.classList.add('stopped'); // app.css hides everything else
      document.getElementById('stopped-error').value = text;
      // The press that met the fault may end over this button: only a press that began on it
      // (or a key) reloads.
      const reload = document.getElementById('stopped-reload');
      let pressedHere = false;
      reload.onpointerdown = () => { pressedHere = true; };
      reload.onclick = (event) => { if (pressedHere || event.detail === 0) window.location.reload(); };
      document.getElementById('stopped-copy').onclick = () => {
        const field = document.getElementById('stopped-error');
        field.select();
        if (navigator.clipboard) navigator.clipboard.writeText(field.value).catch(() => document.execCommand('copy'));
        else document.execCommand('copy');
      };
      document.getElementById('stopped').hidden = false;
      // After the event that met the fault has run its course (a press would take the focus).
      setTimeout(() => reload.focus());
    });
  }
  const faultInWasm = (error) => error instanceof WebAssembly.RuntimeError || /wasm:\/\//.test(String(error && error.stack));
  // The frame loop runs from requestAnimationFrame, so a fault in a frame ends up here.
  window.addEventListener('error', (event) => { if (faultInWasm(event.error)) stop(event.error); });
  window.addEventListener('unhandledrejection', (event) => { if (faultInWasm(event.reason)) stop(event.reason); });

  // Every call from the page into the wasm (events, storage answers, leaving the page) passes
  // here: none is made once Leeway has stopped, and a fault in one stops it.
  function guardExports(exports) {
    const guarded = {};
    for (const [name, value] of Object.entries(exports)) {
      guarded[name] = typeof value !== 'function' ? value : function () {
        if (stopped) return 0;
        try {
          return value.apply(this, arguments);
        } catch (error) {
          if (error instanceof Error) stop(error); // not 'unwind', which is how main() returns
          throw error;
        }
      };
    }
    return guarded;
  }

  function setProgress(fraction, text) {
    const bar = document.getElementById('loading-bar');
    const label = document.getElementById('loading-text');
    if (!bar || !label) return; // not parsed yet; the page starts at "Loading…"
    bar.style.width = Math.round(Math.min(1, Math.max(0, fraction)) * 100) + '%';
    label.textContent = text;
  }

  // Makes the app's WebGL 2 context, with the attributes the app asks for (SDL's defaults: no
  // alpha, a depth buffer, no stencil, no multisampling). The app then gets this same context
  // instead of making a second one, which costs as much as the first. Making it waits for the
  // GPU process, so it is made early, before the page is parsed: on a canvas of our own, sized as
  // app.css sizes the page's (the whole window, in device pixels; every later size change of a
  // live context waits for the GPU again, see leeway_page.js). It takes the page canvas's place
  // once the page is parsed and styled (takeCanvasPlace).
  const appCanvas = document.createElement('canvas');
  function hasWebGL2() {
    try {
      appCanvas.width = Math.max(1, Math.trunc(window.innerWidth * window.devicePixelRatio));
      appCanvas.height = Math.max(1, Math.trunc(window.innerHeight * window.devicePixelRatio));
      return !!appCanvas.getContext('webgl2', {
        alpha: false, depth: true, stencil: false, antialias: false,
        premultipliedAlpha: true, preserveDrawingBuffer: false,
      });
    } catch (error) {
      return false;
    }
  }

  // The page's canvas carries the app's id, focus order and accessible name: ours takes them.
  function takeCanvasPlace() {
    const pageCanvas = document.getElementById('canvas');
    if (!pageCanvas) return;
    for (const attribute of Array.from(pageCanvas.attributes)) appCanvas.setAttribute(attribute.name, attribute.value);
    pageCanvas.replaceWith(appCanvas);
  }

  if (typeof WebAssembly !== 'object' || typeof WebAssembly.instantiate !== 'function') {
    showUnsupported('This browser does not support WebAssembly.');
    return;
  }

  // Reads the wasm file (index.html has started its download) while counting bytes, so the bar
  // shows real progress, and compiles it as the bytes arrive (the browser does that off this
  // thread). Needs no imports yet.
  async function compileWithProgress(url, onResponse) {
    const response = await fetch(url);
    onResponse();
    if (!response.ok) throw new Error('downloading ' + url + ' failed (' + response.status + ')');
    const length = Number(response.headers.get('Content-Length')) || 0;
    if (!response.body || !length || typeof WebAssembly.compileStreaming !== 'function') {
      return WebAssembly.compile(await response.arrayBuffer());
    }
    // A compressed response only says how big the compressed file is, while the stream gives the
    // unpacked bytes: Leeway's wasm unpacks to about 2.5 times its size, so expect that.
    const encoding = (response.headers.get('Content-Encoding') || 'identity').toLowerCase();
    const expected = encoding === 'identity' ? length : length * 2.5;
    const reader = response.body.getReader();
    let received = 0;
    const counted = new ReadableStream({
      async pull(controller) {
        const { done, value } = await reader.read();
        if (done) {
          controller.close();
          return;
        }
        received += value.length;
        const share = Math.min(1, received / expected);
        setProgress(0.9 * share, 'Loading… ' + Math.round(100 * share) + ' %');
        controller.enqueue(value);
      },
    });
    return WebAssembly.compileStreaming(new Response(counted, { headers: { 'Content-Type': 'application/wasm' } }));
  }

  // The wasm downloads while leeway.js does, rather than after it. The WebGL 2 context, which
  // blocks this thread for a while, is made once the wasm's compilation is under way (it runs
  // off this thread), and before leeway.js gets the compiled wasm.
  setProgress(0.02, 'Loading…');
  let startWebGL2Check;
  const webGL2Checked = new Promise((resolve) => { startWebGL2Check = resolve; }).then(() => {
    if (hasWebGL2()) return true;
    showUnsupported('This browser could not start WebGL 2, which Leeway draws with.');
    return false;
  });
  const wasmModule = compileWithProgress('leeway.wasm', () => setTimeout(startWebGL2Check));
  // The failure is reported once leeway.js asks for the wasm.
  wasmModule.catch(() => startWebGL2Check());

  // The font files of the first frame's letters (app.css names them, index.html preloads those of
  // Leeway's own words) load while the app downloads, with those of the letters this device
  // needed before (web/lib/leeway_fonts.js). The app starts once they are in, or after a few
  // seconds without them: it then draws with a font of the system until they come.
  function loadFirstFonts() {
    if (!document.fonts) return Promise.resolve();
    let letters = '';
    try {
      letters = window.localStorage.getItem('leeway.letters') || '';
    } catch (error) { /* storage refused: Leeway's own words only */ }
    const text = 'Leeway' + (letters === 'latin' || letters === 'all' ? '\u00e9\u0141' : '') + (letters === 'all' ? '\u03a9\u0416' : '');
    const loads = [400, 600].map((weight) => document.fonts.load(weight + ' 16px "Leeway Inter"', text).catch(() => {}));
    return Promise.race([Promise.all(loads), new Promise((resolve) => setTimeout(resolve, 3000))]);
  }

  // Module and leeway.js need the canvas in its place, so they wait for the page and its styles.
  whenStyled(startApp);
  function startApp() {
    takeCanvasPlace();
    const fontsReady = loadFirstFonts();
    window.Module = {
      canvas: appCanvas,
      instantiateWasm(imports, receiveInstance) {
        Promise.all([webGL2Checked, fontsReady])
          .then(([supported]) => {
            if (!supported) return; // the app never starts; the page already says why
            return wasmModule.then((module) => {
              setProgress(0.95, 'Starting…');
              return WebAssembly.instantiate(module, imports)
                .then((instance) => receiveInstance({ exports: guardExports(instance.exports) }, module));
            });
          })
          .catch((error) => showUnsupported('Leeway could not be loaded: ' + error.message));
        return {};
      },
      print(text) { console.log(text); },
      printErr(text) { console.warn(text); },
      onAbort(what) { stop(new Error('abort(' + what + ')')); },
      // What escapes the frame loop and the browser's event callbacks comes here.
      quit(status, toThrow) {
        if (toThrow instanceof Error) stop(toThrow);
        throw toThrow;
      },
    };

    // The service worker keeps a copy of the app in this browser, so the next launch needs no
    // network; a newer version it finds is installed quietly and opens on the launch after.
    // Registered once the app has drawn its first frame, so its downloads never compete with the
    // app's own start.
    if ('serviceWorker' in navigator && window.isSecureContext) {
      window.addEventListener('leeway-first-frame', () => {
        navigator.serviceWorker.register('sw.js').catch((error) => {
          console.warn('Leeway cannot keep an offline copy: ' + error.message);
        });
      }, { once: true });
      // On a first visit the app fetches its font files before the worker takes over the page, so
      // the worker has not kept those fetched on demand (another script's letters): the loaded
      // and loading ones are asked for again through it once it has (once loaded), and the
      // browser's HTTP cache answers.
      // document.fonts lists the @font-face rules' faces in the rules' order.
      if (!navigator.serviceWorker.controller) {
        navigator.serviceWorker.addEventListener('controllerchange', () => {
          const faces = Array.from(document.fonts);
          let index = 0;
          for (const sheet of Array.from(document.styleSheets)) {
            for (const rule of Array.from(sheet.cssRules)) {
              if (!(rule instanceof CSSFontFaceRule)) continue;
              const face = faces[index++];
              const url = /url\("?([^")]+)"?\)/.exec(rule.style.getPropertyValue('src'));
              // A file still loading was asked for before the worker took over, too.
              if (face && url && face.status !== 'unloaded') {
                face.loaded.then(() => fetch(new URL(url[1], sheet.href))).catch(() => {});
              }
            }
          }
        }, { once: true });
      }
    }

    const script = document.createElement('script');
    script.src = 'leeway.js';
    script.onerror = () => showUnsupported('Leeway could not be loaded: leeway.js is missing.');
    document.body.appendChild(script);
  }
})();
