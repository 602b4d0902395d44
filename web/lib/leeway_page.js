// The page around the canvas: loading screen, waking on input, theme, title and test hooks.
mergeInto(LibraryManager.library, {
  // Replaces Emscripten's own, which SDL calls: every size change of a canvas with a live WebGL
  // context waits for the GPU process. SDL's window setup sets 1x1 to learn whether CSS sizes
  // the canvas, then the CSS size; Leeway's canvas is always sized by CSS (app.css), and the
  // loader already made it that size, so the probe and a size it already has change nothing.
  emscripten_set_canvas_element_size__deps: ['$findCanvasEventTarget'],
  emscripten_set_canvas_element_size: function (target, width, height) {
    var canvas = findCanvasEventTarget(target);
    if (!canvas) return -4; // EMSCRIPTEN_RESULT_UNKNOWN_TARGET
    if (width === 1 && height === 1) return 0;
    if (canvas.width !== width) canvas.width = width;
    if (canvas.height !== height) canvas.height = height;
    return 0;
  },

  $LeewayPageState: { leaveWarning: false },

  leeway_page_set_leave_warning_js__deps: ['$LeewayPageState'],
  leeway_page_set_leave_warning_js: function (on) { LeewayPageState.leaveWarning = !!on; },

  leeway_page_init_js__deps: ['$LeewayLoop', '$GL', '$LeewayPageState'],
  leeway_page_init_js: function () {
    var wake = function () { LeewayLoop.wake(); };
    ['pointerdown', 'pointermove', 'pointerup', 'mousedown', 'mousemove', 'mouseup', 'wheel',
      'keydown', 'keyup', 'keypress', 'touchstart', 'touchmove', 'touchend', 'resize', 'focus',
      'blur', 'visibilitychange', 'pageshow', 'hashchange', 'popstate'].forEach(function (type) {
      window.addEventListener(type, wake, { capture: true, passive: true });
    });
    // The last reliable moment to save: the tab is hidden, closed or sent to the back/forward cache.
    var hidden = function () { if (document.visibilityState === 'hidden') _leeway_page_hidden(); };
    document.addEventListener('visibilitychange', hidden);
    window.addEventListener('pagehide', function () { _leeway_page_hidden(); });
    // Work that could not be saved: leaving asks first (the browser words the question).
    window.addEventListener('beforeunload', function (event) {
      if (!LeewayPageState.leaveWarning) return;
      event.preventDefault();
      event.returnValue = '';
    });
    if (window.matchMedia) {
      ['(prefers-color-scheme: dark)', '(prefers-contrast: more)', '(forced-colors: active)',
        '(pointer: coarse)'].forEach(function (query) {
        window.matchMedia(query).addEventListener('change', wake);
      });
    }
    // A new pixel ratio without a new window size (moved to another screen, some zooms) fires
    // no resize event; SDL resizes the canvas and the app rebuilds its fonts on one, so send it.
    var watchPixelRatio = function () {
      if (!window.matchMedia) return;
      window.matchMedia('(resolution: ' + window.devicePixelRatio + 'dppx)').addEventListener('change',
        function () {
          window.dispatchEvent(new Event('resize'));
          watchPixelRatio();
        }, { once: true });
    };
    watchPixelRatio();
    // A lost WebGL context is announced and, once the browser gives it back, rebuilt by the app.
    var canvas = document.getElementById('canvas');
    var lostMessage = document.getElementById('graphics-lost');
    canvas.addEventListener('webglcontextlost', function (event) {
      event.preventDefault(); // asks the browser to restore it
      if (lostMessage) lostMessage.hidden = false;
      _leeway_page_context_lost();
      window.leeway.contextLost = true;
    });
    canvas.addEventListener('webglcontextrestored', function () {
      if (lostMessage) lostMessage.hidden = true;
      // The old objects died with the context: forget them, so the renderer's clean-up before
      // it remakes everything deletes nothing (the browser would warn about each one).
      ['buffers', 'programs', 'framebuffers', 'renderbuffers', 'textures', 'shaders', 'vaos',
        'samplers', 'queries', 'transformFeedbacks', 'syncs'].forEach(function (table) {
        if (GL[table]) GL[table].fill(null);
      });
      _leeway_page_context_restored();
      window.leeway.contextLost = false;
      LeewayLoop.wake();
    });
    window.leeway = window.leeway || {};
    window.leeway.framesDrawn = 0;
    window.leeway.screen = null;
  },

  leeway_page_first_frame_js: function () {
    var loading = document.getElementById('loading');
    if (loading) loading.hidden = true;
    document.body.classList.add('ready');
    window.leeway.ready = true;
    window.dispatchEvent(new Event('leeway-first-frame')); // the loader registers the service worker
  },

  leeway_page_frame_drawn_js: function () {
    window.leeway.framesDrawn++;
  },

  leeway_page_sleep_js__deps: ['$LeewayLoop'],
  leeway_page_sleep_js: function () {
    LeewayLoop.sleep();
  },

  leeway_page_wake_after_js__deps: ['$LeewayLoop'],
  leeway_page_wake_after_js: function (timer, milliseconds) {
    clearTimeout(LeewayLoop.timers[timer]);
    LeewayLoop.timers[timer] = setTimeout(function () {
      delete LeewayLoop.timers[timer];
      LeewayLoop.wake();
    }, milliseconds);
  },

  leeway_page_prefers_dark_js: function () {
    return window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches ? 1 : 0;
  },

  leeway_page_prefers_more_contrast_js: function () {
    return window.matchMedia && (window.matchMedia('(prefers-contrast: more)').matches ||
      window.matchMedia('(forced-colors: active)').matches) ? 1 : 0;
  },

  leeway_page_coarse_pointer_js: function () {
    return window.matchMedia && window.matchMedia('(pointer: coarse)').matches ? 1 : 0;
  },

  // Display preferences live in localStorage under "leeway." keys, apart from the workbook.
  // A browser that refuses storage simply forgets them.
  leeway_page_load_preference_js: function (keyPointer, bufferPointer, bufferSize) {
    var value = '';
    try {
      value = window.localStorage.getItem('leeway.' + UTF8ToString(keyPointer)) || '';
    } catch (error) { /* storage refused: nothing remembered */ }
    stringToUTF8(value, bufferPointer, bufferSize);
  },

  leeway_page_save_preference_js: function (keyPointer, valuePointer) {
    var key = UTF8ToString(keyPointer);
    var value = UTF8ToString(valuePointer);
    try {
      window.localStorage.setItem('leeway.' + key, value);
    } catch (error) { /* storage refused: the choice lasts for this visit */ }
    // The page around the canvas (its messages, the next loading screen) takes the theme too.
    if (key === 'theme' && window.leewayApplyTheme) window.leewayApplyTheme(value);
  },

  leeway_page_set_title_js: function (titlePointer) {
    document.title = UTF8ToString(titlePointer);
  },

  leeway_page_location_hash_js: function (bufferPointer, bufferSize) {
    stringToUTF8(window.location.hash, bufferPointer, bufferSize);
  },

  leeway_page_set_location_hash_js: function (hashPointer) {
    var hash = UTF8ToString(hashPointer);
    if (window.location.hash !== hash) window.location.hash = hash;
  },

  leeway_page_random_bytes_js: function (bufferPointer, size) {
    crypto.getRandomValues(HEAPU8.subarray(bufferPointer, bufferPointer + size));
  },
});
