// The page around the canvas: loading screen, waking on input, theme, title and test hooks.
mergeInto(LibraryManager.library, {
  leeway_page_init_js__deps: ['$LeewayLoop'],
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
    if (window.matchMedia) {
      window.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', wake);
    }
    window.leeway = window.leeway || {};
    window.leeway.framesDrawn = 0;
    window.leeway.screen = null;
  },

  leeway_page_first_frame_js: function () {
    var loading = document.getElementById('loading');
    if (loading) loading.hidden = true;
    document.body.classList.add('ready');
    window.leeway.ready = true;
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
