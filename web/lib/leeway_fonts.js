// The browser draws Leeway's glyphs (src/platform/glyph_renderer.h): from the WOFF2 files whose
// @font-face rules app.css carries, measured and drawn on a canvas of their own, then copied into
// the font atlas.
mergeInto(LibraryManager.library, {
  $LeewayFonts: {
    family: '"Leeway Inter"',
    loads: {}, // font files asked for, by the characters they were asked for: 'loading' or 'done'
    canvas: null,
    context: null,
    // The canvas's 2D context, kept in memory rather than on the GPU: its pixels are read back.
    contextOfSize: function (width, height) {
      if (!LeewayFonts.canvas) LeewayFonts.canvas = document.createElement('canvas');
      var canvas = LeewayFonts.canvas;
      if (canvas.width !== width || canvas.height !== height || !LeewayFonts.context) {
        canvas.width = width;
        canvas.height = height;
        LeewayFonts.context = canvas.getContext('2d', { willReadFrequently: true });
      }
      return LeewayFonts.context;
    },
    font: function (weight, emPixels) {
      return weight + ' ' + emPixels + 'px ' + LeewayFonts.family;
    },
    // Every character of zero-terminated first/last pairs, as one string.
    textOfRanges: function (pointer) {
      var text = '';
      for (var index = pointer >> 2; HEAPU32[index] && HEAPU32[index + 1]; index += 2) {
        for (var code = HEAPU32[index]; code <= HEAPU32[index + 1]; code++) text += String.fromCodePoint(code);
      }
      return text;
    },
  },

  leeway_fonts_loaded_js__deps: ['$LeewayFonts', '$LeewayLoop'],
  leeway_fonts_loaded_js: function (regularRanges, semiboldRanges) {
    var key = regularRanges + ':' + semiboldRanges;
    var state = LeewayFonts.loads[key];
    if (state === 'done') return 1;
    if (state === 'loading') return 0;
    var regularText = LeewayFonts.textOfRanges(regularRanges);
    var semiboldText = LeewayFonts.textOfRanges(semiboldRanges);
    // Loaded already (loader.js starts on the first letters while the app downloads).
    if (document.fonts.check(LeewayFonts.font(400, 16), regularText) &&
        document.fonts.check(LeewayFonts.font(600, 16), semiboldText)) {
      LeewayFonts.loads[key] = 'done';
      return 1;
    }
    LeewayFonts.loads[key] = 'loading';
    LeewayLoop.busy++;
    // The unicode-range of each @font-face picks the files these characters need; the browser
    // fetches each file once (the service worker keeps those it has fetched for offline use).
    Promise.all([
      document.fonts.load(LeewayFonts.font(400, 16), regularText),
      document.fonts.load(LeewayFonts.font(600, 16), semiboldText),
    ]).catch(function (error) {
      console.warn('Leeway could not load a font file, so some letters use a font of this system: ' + error);
    }).then(function () {
      LeewayFonts.loads[key] = 'done';
      LeewayLoop.busy--;
      LeewayLoop.wake();
    });
    return 0;
  },

  leeway_fonts_measure_js__deps: ['$LeewayFonts'],
  leeway_fonts_measure_js: function (weight, emPixels, codepoints, count, boxes) {
    var context = LeewayFonts.contextOfSize(1, 1);
    context.font = LeewayFonts.font(weight, emPixels);
    for (var i = 0; i < count; i++) {
      var metrics = context.measureText(String.fromCodePoint(HEAPU32[(codepoints >> 2) + i]));
      var box = (boxes >> 2) + 5 * i; // {float advance; int32 left, top, right, bottom}
      HEAPF32[box] = metrics.width;
      var inkWidth = metrics.actualBoundingBoxLeft + metrics.actualBoundingBoxRight;
      var inkHeight = metrics.actualBoundingBoxAscent + metrics.actualBoundingBoxDescent;
      if (!(inkWidth > 0 && inkHeight > 0)) {
        HEAP32[box + 1] = HEAP32[box + 2] = HEAP32[box + 3] = HEAP32[box + 4] = 0;
        continue;
      }
      // A pixel of room on every side for the edges' antialiasing.
      HEAP32[box + 1] = Math.floor(-metrics.actualBoundingBoxLeft) - 1;
      HEAP32[box + 2] = Math.floor(-metrics.actualBoundingBoxAscent) - 1;
      HEAP32[box + 3] = Math.ceil(metrics.actualBoundingBoxRight) + 1;
      HEAP32[box + 4] = Math.ceil(metrics.actualBoundingBoxDescent) + 1;
    }
  },

  leeway_fonts_draw_js__deps: ['$LeewayFonts'],
  leeway_fonts_draw_js: function (glyphs, count, alpha, width, height) {
    var context = LeewayFonts.contextOfSize(width, height);
    context.clearRect(0, 0, width, height);
    context.fillStyle = '#fff';
    context.textBaseline = 'alphabetic';
    context.textAlign = 'left';
    var font = '';
    for (var i = 0; i < count; i++) {
      var glyph = (glyphs >> 2) + 5 * i; // {uint32 codepoint; int32 weight; float em; int32 x, y}
      var wanted = LeewayFonts.font(HEAP32[glyph + 1], HEAPF32[glyph + 2]);
      if (wanted !== font) context.font = font = wanted;
      context.fillText(String.fromCodePoint(HEAPU32[glyph]), HEAP32[glyph + 3], HEAP32[glyph + 4]);
    }
    // The glyphs' coverage is the canvas's alpha.
    var pixels = context.getImageData(0, 0, width, height).data;
    for (var p = 0, n = width * height; p < n; p++) HEAPU8[alpha + p] = pixels[4 * p + 3];
    // The canvas's memory goes until the next atlas.
    LeewayFonts.contextOfSize(1, 1);
  },
});
