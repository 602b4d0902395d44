// Backup files: downloads through a Blob link, imports through the page's hidden file input.
mergeInto(LibraryManager.library, {
  // The file's bytes go straight from wasm memory into the Blob (which copies them): no
  // JS string is decoded from them only to be encoded back to UTF-8.
  leeway_files_download_js: function (namePointer, bytesPointer, length) {
    var blob = new Blob([HEAPU8.subarray(bytesPointer, bytesPointer + length)], { type: 'application/json' });
    var url = URL.createObjectURL(blob);
    var link = document.createElement('a');
    link.href = url;
    link.download = UTF8ToString(namePointer);
    link.hidden = true;
    document.body.appendChild(link);
    link.click();
    link.remove();
    // The download has started by now; keep the URL a little longer for slow browsers.
    setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
  },

  leeway_files_pick_js__deps: ['$LeewayLoop', '$leewayCallWithStrings', 'malloc', 'free'],
  leeway_files_pick_js: function (requestId, maxBytes) {
    var input = document.getElementById('import-file');
    // The file's bytes go to C as they are, with their length: a NUL byte or broken UTF-8 in a
    // file must reach the importer (and be reported), not end or alter the text on the way.
    function answer(picked, name, bytes, error) {
      var length = bytes ? bytes.length : 0;
      var pointer = _malloc(length + 1);
      if (bytes) HEAPU8.set(bytes, pointer);
      try {
        leewayCallWithStrings([name, error], function (namePointer, errorPointer) {
          _leeway_files_picked(requestId, picked ? 1 : 0, namePointer, pointer, length, errorPointer);
        });
      } finally {
        _free(pointer);
      }
      LeewayLoop.wake();
    }
    input.value = '';
    input.onchange = function () {
      var file = input.files && input.files[0];
      if (!file) return;
      if (file.size > maxBytes) {
        answer(false, file.name, null, 'The file is ' + (file.size / 1048576).toFixed(1) +
          ' MB; a Leeway backup is at most ' + Math.round(maxBytes / 1048576) + ' MB.');
        return;
      }
      file.arrayBuffer().then(function (buffer) {
        answer(true, file.name, new Uint8Array(buffer), null);
      }, function (error) {
        answer(false, file.name, null, 'The file could not be read (' + error.message + ').');
      });
    };
    input.click();
  },
});
