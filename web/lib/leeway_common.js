// Helpers shared by Leeway's JS libraries: passing strings into C and waking the frame loop.
mergeInto(LibraryManager.library, {
  $leewayCallWithStrings__deps: ['malloc', 'free'],
  $leewayCallWithStrings: function (strings, call) {
    var pointers = strings.map(function (text) {
      if (text === null || text === undefined) return 0;
      var size = lengthBytesUTF8(text) + 1;
      var pointer = _malloc(size);
      stringToUTF8(text, pointer, size);
      return pointer;
    });
    try {
      call.apply(null, pointers);
    } finally {
      pointers.forEach(function (pointer) { if (pointer) _free(pointer); });
    }
  },

  // The frame loop sleeps while nothing changes; input, timers and storage wake it.
  $LeewayLoop__deps: ['$Browser'],
  $LeewayLoop: {
    sleeping: false,
    timers: {},
    busy: 0, // work under way that will wake the loop (font files loading)
    sleep: function () {
      if (LeewayLoop.sleeping) return;
      LeewayLoop.sleeping = true;
      Browser.mainLoop.pause();
      // Tests read the screen only once it has settled.
      if (window.leeway) window.leeway.idle = LeewayLoop.busy === 0;
    },
    wake: function () {
      if (!LeewayLoop.sleeping || (window.leeway && window.leeway.stopped)) return;
      LeewayLoop.sleeping = false;
      if (window.leeway) window.leeway.idle = false;
      Browser.mainLoop.resume();
    },
  },
});
