// Backup files: downloads through a Blob link, imports through the page's hidden file input.
mergeInto(LibraryManager.library, {
  leeway_files_download_js: function (namePointer, textPointer) {
    var blob = new Blob([UTF8ToString(textPointer)], { type: 'application/json' });
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

  leeway_files_pick_js__deps: ['$LeewayLoop', '$leewayCallWithStrings'],
  leeway_files_pick_js: function (requestId, maxBytes) {
    var input = document.getElementById('import-file');
    function answer(picked, name, text, error) {
      leewayCallWithStrings([name, text, error], function (namePointer, textPointer, errorPointer) {
        _leeway_files_picked(requestId, picked ? 1 : 0, namePointer, textPointer, errorPointer);
      });
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
      file.text().then(function (text) {
        answer(true, file.name, text, null);
      }, function (error) {
        answer(false, file.name, null, 'The file could not be read (' + error.message + ').');
      });
    };
    input.click();
  },
});
