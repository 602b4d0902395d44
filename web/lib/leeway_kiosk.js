// Kiosk mode: the facilitator's settings in localStorage, clearing a participant's
// page storage, the page's manners during a session, and the take-home link's compression.
mergeInto(LibraryManager.library, {
  $LeewayKiosk: {
    prefix: 'leeway-kiosk-',
    leavePrompt: false,
    noContextMenu: false,
    installed: false,
    install: function () {
      if (LeewayKiosk.installed) return;
      LeewayKiosk.installed = true;
      window.addEventListener('beforeunload', function (event) {
        if (!LeewayKiosk.leavePrompt) return;
        event.preventDefault();
        event.returnValue = ''; // older browsers need a value to ask
      });
      window.addEventListener('contextmenu', function (event) {
        if (LeewayKiosk.noContextMenu) event.preventDefault();
      }, { capture: true });
    },
    keys: function (area) {
      var keys = [];
      for (var i = 0; i < area.length; i++) keys.push(area.key(i));
      return keys;
    },
    toBase64Url: function (bytes) {
      var binary = '';
      for (var i = 0; i < bytes.length; i += 0x8000) {
        binary += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
      }
      return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    },
    fromBase64Url: function (text) {
      var base64 = text.replace(/-/g, '+').replace(/_/g, '/');
      while (base64.length % 4) base64 += '=';
      var binary = atob(base64);
      var bytes = new Uint8Array(binary.length);
      for (var i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
      return bytes;
    },
    // Runs bytes through a CompressionStream or DecompressionStream.
    transform: function (stream, bytes) {
      var writer = stream.writable.getWriter();
      writer.write(bytes);
      writer.close();
      return new Response(stream.readable).arrayBuffer().then(function (buffer) {
        return new Uint8Array(buffer);
      });
    },
  },

  leeway_kiosk_read_js__deps: ['$leewayCallWithStrings'],
  leeway_kiosk_read_js: function (keyPointer, callbackData) {
    var value = null;
    try { value = window.localStorage.getItem(UTF8ToString(keyPointer)); } catch (error) { value = null; }
    leewayCallWithStrings([value || ''], function (valuePointer) {
      _leeway_kiosk_value(callbackData, valuePointer);
    });
  },

  leeway_kiosk_write_js: function (keyPointer, valuePointer) {
    try {
      window.localStorage.setItem(UTF8ToString(keyPointer), UTF8ToString(valuePointer));
      return 1;
    } catch (error) {
      return 0;
    }
  },

  leeway_kiosk_remove_js: function (keyPointer) {
    try { window.localStorage.removeItem(UTF8ToString(keyPointer)); } catch (error) { /* nothing to remove */ }
  },

  leeway_kiosk_clear_page_storage_js__deps: ['$LeewayKiosk', '$leewayCallWithStrings'],
  leeway_kiosk_clear_page_storage_js: function (callbackData) {
    var left = [];
    try {
      LeewayKiosk.keys(window.localStorage).forEach(function (key) {
        if (key.indexOf(LeewayKiosk.prefix) !== 0) window.localStorage.removeItem(key);
      });
      window.sessionStorage.clear();
      // Read back: only the facilitator's keys may remain.
      LeewayKiosk.keys(window.localStorage).forEach(function (key) {
        if (key.indexOf(LeewayKiosk.prefix) !== 0) left.push('localStorage "' + key + '"');
      });
      LeewayKiosk.keys(window.sessionStorage).forEach(function (key) {
        left.push('sessionStorage "' + key + '"');
      });
    } catch (error) {
      left.push('page storage could not be cleared (' + (error && error.message || error) + ')');
    }
    leewayCallWithStrings([left.join(', ')], function (messagePointer) {
      _leeway_kiosk_value(callbackData, messagePointer);
    });
  },

  leeway_kiosk_restart_js__deps: ['$LeewayKiosk'],
  leeway_kiosk_restart_js: function () {
    LeewayKiosk.leavePrompt = false;
    window.location.replace(window.location.pathname + window.location.search);
  },

  leeway_kiosk_set_leave_prompt_js__deps: ['$LeewayKiosk'],
  leeway_kiosk_set_leave_prompt_js: function (on) {
    LeewayKiosk.install();
    LeewayKiosk.leavePrompt = !!on;
  },

  leeway_kiosk_set_context_menu_blocked_js__deps: ['$LeewayKiosk'],
  leeway_kiosk_set_context_menu_blocked_js: function (on) {
    LeewayKiosk.install();
    LeewayKiosk.noContextMenu = !!on;
  },

  leeway_kiosk_toggle_fullscreen_js__deps: ['$LeewayLoop'],
  leeway_kiosk_toggle_fullscreen_js: function () {
    var done = function () { LeewayLoop.wake(); };
    try {
      if (document.fullscreenElement) {
        document.exitFullscreen().then(done, done);
      } else if (document.documentElement.requestFullscreen) {
        document.documentElement.requestFullscreen().then(done, done);
      }
    } catch (error) { done(); }
  },

  leeway_kiosk_is_fullscreen_js: function () {
    return document.fullscreenElement ? 1 : 0;
  },

  leeway_kiosk_page_address_js__deps: ['$leewayCallWithStrings'],
  leeway_kiosk_page_address_js: function (callbackData) {
    var address = window.location.origin + window.location.pathname;
    leewayCallWithStrings([address], function (pointer) { _leeway_kiosk_value(callbackData, pointer); });
  },

  leeway_kiosk_take_fragment_js__deps: ['$leewayCallWithStrings'],
  leeway_kiosk_take_fragment_js: function (prefixPointer, callbackData) {
    var prefix = UTF8ToString(prefixPointer);
    var hash = window.location.hash;
    // No link Leeway makes comes near this: anything longer is cut here, and refused whole.
    if (hash.length > 65536) hash = hash.slice(0, 65537);
    if (hash.indexOf(prefix) === 0) {
      history.replaceState(null, '', window.location.pathname + window.location.search + '#/today');
    } else {
      hash = '';
    }
    leewayCallWithStrings([hash], function (pointer) { _leeway_kiosk_value(callbackData, pointer); });
  },

  leeway_kiosk_compress_js__deps: ['$LeewayKiosk', '$LeewayLoop', '$leewayCallWithStrings'],
  leeway_kiosk_compress_js: function (textPointer, requestId) {
    var text = UTF8ToString(textPointer);
    function answer(encoded) {
      leewayCallWithStrings([encoded], function (pointer) { _leeway_kiosk_compressed(requestId, 1, pointer); });
      LeewayLoop.wake();
    }
    try {
      LeewayKiosk.transform(new CompressionStream('deflate-raw'), new TextEncoder().encode(text))
        .then(function (bytes) { answer(LeewayKiosk.toBase64Url(bytes)); }, function () { answer(''); });
    } catch (error) {
      answer('');
    }
  },

  // PBKDF2-HMAC-SHA-256 through Web Crypto: native code, so the high round count costs a
  // fraction of a second. Returns 0 when the page has no Web Crypto (not served securely); the
  // app then derives the same hash itself.
  leeway_kiosk_derive_pin_js__deps: ['$LeewayLoop', '$leewayCallWithStrings'],
  leeway_kiosk_derive_pin_js: function (pinPointer, saltPointer, rounds, requestId) {
    var subtle = window.crypto && window.crypto.subtle;
    if (!subtle) return 0;
    var encoder = new TextEncoder();
    var pin = encoder.encode(UTF8ToString(pinPointer));
    var salt = encoder.encode(UTF8ToString(saltPointer));
    function answer(hex) {
      leewayCallWithStrings([hex], function (pointer) { _leeway_kiosk_compressed(requestId, 1, pointer); });
      LeewayLoop.wake();
    }
    subtle.importKey('raw', pin, 'PBKDF2', false, ['deriveBits'])
      .then(function (key) {
        return subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: salt, iterations: rounds }, key, 256);
      })
      .then(function (bits) {
        answer(Array.prototype.map.call(new Uint8Array(bits), function (byte) {
          return (byte < 16 ? '0' : '') + byte.toString(16);
        }).join(''));
      }, function () { answer(''); });
    return 1;
  },

  // Unpacks as a stream and stops once more than maxBytes came out: a few KB that would unpack
  // to gigabytes cost nothing. Answers 1 with the text, 0 when damaged, 2 when too large.
  leeway_kiosk_decompress_js__deps: ['$LeewayKiosk', '$LeewayLoop', '$leewayCallWithStrings'],
  leeway_kiosk_decompress_js: function (encodedPointer, maxBytes, requestId) {
    var encoded = UTF8ToString(encodedPointer);
    function answer(result, text) {
      leewayCallWithStrings([text], function (pointer) { _leeway_kiosk_compressed(requestId, result, pointer); });
      LeewayLoop.wake();
    }
    try {
      var stream = new DecompressionStream('deflate-raw');
      var writer = stream.writable.getWriter();
      writer.write(LeewayKiosk.fromBase64Url(encoded)).catch(function () {});
      writer.close().catch(function () {});
      var reader = stream.readable.getReader();
      var chunks = [];
      var total = 0;
      var pump = function () {
        return reader.read().then(function (step) {
          if (step.done) {
            var bytes = new Uint8Array(total);
            var at = 0;
            chunks.forEach(function (chunk) { bytes.set(chunk, at); at += chunk.length; });
            answer(1, new TextDecoder('utf-8', { fatal: true }).decode(bytes));
            return;
          }
          total += step.value.length;
          if (total > maxBytes) {
            chunks = null;
            reader.cancel().catch(function () {});
            answer(2, '');
            return;
          }
          chunks.push(step.value);
          return pump();
        });
      };
      pump().catch(function () { answer(0, ''); });
    } catch (error) {
      answer(0, '');
    }
  },
});
