// IndexedDB storage for the workbook document: one database, one store, one key.
mergeInto(LibraryManager.library, {
  $LeewayStorage: {
    databaseName: 'leeway',
    storeName: 'documents',
    documentKey: 'workbook',
    openTimeoutMs: 5000,
    database: null,
  },

  leeway_storage_open_js__deps: ['$LeewayStorage', '$LeewayLoop', '$leewayCallWithStrings'],
  leeway_storage_open_js: function () {
    var answered = false;
    function answer(available, found, documentText, message) {
      if (answered) return;
      answered = true;
      leewayCallWithStrings([documentText, message], function (documentPointer, messagePointer) {
        _leeway_storage_loaded(available ? 1 : 0, found ? 1 : 0, documentPointer, messagePointer);
      });
      LeewayLoop.wake();
    }
    var timeout = setTimeout(function () {
      answer(false, false, null, 'The browser storage did not answer within ' +
        LeewayStorage.openTimeoutMs / 1000 + ' seconds.');
    }, LeewayStorage.openTimeoutMs);
    function finish(available, found, documentText, message) {
      clearTimeout(timeout);
      answer(available, found, documentText, message);
    }
    var request;
    try {
      if (!window.indexedDB) throw new Error('this browser has no IndexedDB');
      request = indexedDB.open(LeewayStorage.databaseName, 1);
    } catch (error) {
      finish(false, false, null, 'The browser does not allow storage here (' + error.message + ').');
      return;
    }
    request.onupgradeneeded = function () {
      request.result.createObjectStore(LeewayStorage.storeName);
    };
    request.onblocked = function () {
      finish(false, false, null, 'Another Leeway tab is upgrading the storage; close it and reload.');
    };
    request.onerror = function () {
      finish(false, false, null, 'The browser refused storage (' +
        (request.error ? request.error.message : 'unknown error') + ').');
    };
    request.onsuccess = function () {
      var database = request.result;
      LeewayStorage.database = database;
      database.onversionchange = function () { database.close(); };
      try {
        var read = database.transaction(LeewayStorage.storeName, 'readonly')
          .objectStore(LeewayStorage.storeName).get(LeewayStorage.documentKey);
        read.onsuccess = function () {
          var record = read.result;
          if (record && typeof record.text === 'string') finish(true, true, record.text, null);
          else finish(true, false, null, null);
        };
        read.onerror = function () {
          finish(false, false, null, 'Reading the stored workbook failed (' +
            (read.error ? read.error.message : 'unknown error') + ').');
        };
      } catch (error) {
        finish(false, false, null, 'Reading the stored workbook failed (' + error.message + ').');
      }
    };
  },

  leeway_storage_save_js__deps: ['$LeewayStorage', '$LeewayLoop', '$leewayCallWithStrings'],
  leeway_storage_save_js: function (documentPointer, requestId) {
    var text = UTF8ToString(documentPointer);
    function answer(ok, message) {
      leewayCallWithStrings([message], function (messagePointer) {
        _leeway_storage_saved(requestId, ok ? 1 : 0, messagePointer);
      });
      LeewayLoop.wake();
    }
    var database = LeewayStorage.database;
    if (!database) {
      answer(false, 'storage is not open');
      return;
    }
    try {
      var transaction = database.transaction(LeewayStorage.storeName, 'readwrite',
        { durability: 'strict' });
      transaction.objectStore(LeewayStorage.storeName)
        .put({ text: text, savedAt: new Date().toISOString() }, LeewayStorage.documentKey);
      transaction.oncomplete = function () { answer(true, null); };
      transaction.onabort = function () {
        var error = transaction.error;
        answer(false, error && error.name === 'QuotaExceededError'
          ? 'the browser storage is full' : 'the browser cancelled the save' +
            (error ? ' (' + error.message + ')' : ''));
      };
    } catch (error) {
      answer(false, 'the browser refused the save (' + error.message + ')');
    }
  },
});
