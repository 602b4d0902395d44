// IndexedDB storage for the workbook (src/platform/storage.h has the contract).
//   generations      sequence -> { text, checksum }            the documents themselves
//   generation_info  sequence -> { sequence, savedAt, savedOn, checksum, length }
// Every save is a new generation written in one strict-durability transaction and read back.
// One tab writes (Web Locks); the others are told, through a BroadcastChannel, when it saved.
mergeInto(LibraryManager.library, {
  $LeewayStorage__deps: ['$LeewayLoop', '$leewayCallWithStrings'],
  $LeewayStorage: {
    databaseName: 'leeway',
    databaseVersion: 2,
    lockName: 'leeway-writer',
    channelName: 'leeway-storage',
    openTimeoutMs: 5000,
    database: null,
    channel: null,
    writer: false,
    nextSequence: 1,
    watching: false,

    // FNV-1a over UTF-16 code units: cheap, and any flipped or lost character changes it.
    checksum: function (text) {
      var hash = 0x811c9dc5;
      for (var i = 0; i < text.length; i++) {
        hash ^= text.charCodeAt(i);
        hash = Math.imul(hash, 0x01000193) >>> 0;
      }
      return hash;
    },

    localDate: function (date) {
      function pad(number) { return (number < 10 ? '0' : '') + number; }
      return date.getFullYear() + '-' + pad(date.getMonth() + 1) + '-' + pad(date.getDate());
    },

    errorText: function (error) {
      return error ? (error.message || error.name || String(error)) : 'unknown error';
    },

    // Calls C with a load result. generations: [{sequence, savedOn}], passed as "seq date;..."
    deliver: function (callback, result) {
      var list = (result.generations || []).map(function (info) {
        return info.sequence + ' ' + info.savedOn;
      }).join(';');
      leewayCallWithStrings([result.text, result.savedAt, list, result.message],
        function (text, savedAt, generations, message) {
          callback(result.available ? 1 : 0, result.text !== null && result.text !== undefined ? 1 : 0,
            text, result.sequence || 0, savedAt, result.skipped || 0, LeewayStorage.writer ? 1 : 0,
            generations, message);
        });
      LeewayLoop.wake();
    },

    // Reads the newest generation older than `before` whose checksum holds.
    readNewest: function (before, done) {
      var storage = LeewayStorage;
      var transaction;
      try {
        transaction = storage.database.transaction(['generations', 'generation_info'], 'readonly');
      } catch (error) {
        done({ available: false, message: 'Reading the stored workbook failed (' + storage.errorText(error) + ').' });
        return;
      }
      var infoRequest = transaction.objectStore('generation_info').getAll();
      infoRequest.onsuccess = function () {
        var infos = infoRequest.result.sort(function (a, b) { return b.sequence - a.sequence; });
        if (infos.length) storage.nextSequence = Math.max(storage.nextSequence, infos[0].sequence + 1);
        var candidates = infos.filter(function (info) { return before === 0 || info.sequence < before; });
        var skipped = 0;
        function tryNext(index) {
          if (index >= candidates.length) {
            done({ available: true, text: null, skipped: skipped, generations: infos });
            return;
          }
          var info = candidates[index];
          var read = transaction.objectStore('generations').get(info.sequence);
          read.onsuccess = function () {
            var record = read.result;
            if (record && typeof record.text === 'string' && storage.checksum(record.text) === info.checksum) {
              done({ available: true, text: record.text, sequence: info.sequence, savedAt: info.savedAt,
                skipped: skipped, generations: infos });
            } else {
              skipped++;
              tryNext(index + 1);
            }
          };
          read.onerror = function (event) {
            event.preventDefault();
            skipped++;
            tryNext(index + 1);
          };
        }
        tryNext(0);
      };
      infoRequest.onerror = function () {
        done({ available: false, message: 'Reading the stored workbook failed (' +
          storage.errorText(infoRequest.error) + ').' });
      };
    },

    // The stores of a new database (and the move from version 1, which kept one document).
    createStores: function (event, request) {
      var storage = LeewayStorage;
      var database = request.result;
      var upgrade = request.transaction;
      var generations = database.createObjectStore('generations');
      var infos = database.createObjectStore('generation_info');
      // Version 1 kept one document under documents/workbook: it becomes generation 1.
      if (event.oldVersion === 1 && database.objectStoreNames.contains('documents')) {
        var old = upgrade.objectStore('documents').get('workbook');
        old.onsuccess = function () {
          if (old.result && typeof old.result.text === 'string') {
            var text = old.result.text;
            var savedAt = old.result.savedAt || new Date().toISOString();
            generations.put({ text: text, checksum: storage.checksum(text) }, 1);
            infos.put({ sequence: 1, savedAt: savedAt, savedOn: storage.localDate(new Date(savedAt)),
              checksum: storage.checksum(text), length: text.length }, 1);
          }
          database.deleteObjectStore('documents');
        };
      }
    },

    // Events for the app: the database was made anew (its data gone), could not be opened again,
    // or was handed to a newer Leeway (src/platform/storage.h, StorageLoss).
    lossEvents: { recreated: 0, notReopened: 1, handedOver: 2 },

    tellLoss: function (event, message) {
      leewayCallWithStrings([message || null], function (messagePointer) {
        _leeway_storage_lost(event, messagePointer);
      });
      LeewayLoop.wake();
    },

    // The open connection, watched for the database going away under the tab.
    attach: function (database) {
      var storage = LeewayStorage;
      storage.database = database;
      database.onversionchange = function (event) {
        if (event.newVersion === null) {
          // Deleted: another tab, or the site's data being cleared. The app still holds the
          // workbook; the database is made again and it is written back.
          storage.lost('the stored copy was deleted');
          return;
        }
        // A newer Leeway in another tab upgrades the database: what is unsaved here is written
        // first (the save's transaction starts now, and closing waits for it), then this tab
        // lets go and stops writing.
        _leeway_page_hidden();
        database.close();
        if (storage.database === database) storage.database = null;
        storage.writer = false;
        storage.tellLoss(storage.lossEvents.handedOver, null);
      };
      // The browser closed the connection itself (storage cleared, disk trouble).
      database.onclose = function () { storage.lost('the browser closed the stored copy'); };
    },

    // Opens the database again (which makes it anew when it was deleted) and tells the app.
    lost: function (reason) {
      var storage = LeewayStorage;
      if (storage.database) {
        try { storage.database.close(); } catch (error) { /* already closing */ }
        storage.database = null;
      }
      if (storage.reopening || storage.wiping) return;
      storage.reopening = true;
      var finish = function (database, message) {
        storage.reopening = false;
        if (database) {
          storage.attach(database);
          storage.nextSequence = 1;
          storage.tellLoss(storage.lossEvents.recreated, reason);
        } else {
          storage.tellLoss(storage.lossEvents.notReopened, reason + '; opening it again failed (' + message + ')');
        }
      };
      var request;
      try {
        request = indexedDB.open(storage.databaseName, storage.databaseVersion);
      } catch (error) {
        finish(null, storage.errorText(error));
        return;
      }
      request.onupgradeneeded = function (event) { storage.createStores(event, request); };
      request.onsuccess = function () { finish(request.result, null); };
      request.onerror = function () { finish(null, storage.errorText(request.error)); };
      request.onblocked = function () { finish(null, 'another tab holds the storage'); };
    },

    // Holds the writer lock for the life of the tab; calls back with whether it got it now.
    claimWriterLock: function (decided, becameWriter) {
      var storage = LeewayStorage;
      if (!navigator.locks) {
        storage.writer = true; // no Web Locks: every tab writes, as before locks existed
        decided();
        return;
      }
      var holdForever = function () { return new Promise(function () {}); };
      navigator.locks.request(storage.lockName, { ifAvailable: true }, function (lock) {
        storage.writer = !!lock;
        decided();
        if (lock) return holdForever();
        // Another tab writes. Wait in line; when it closes, this tab takes over.
        navigator.locks.request(storage.lockName, function () {
          storage.writer = true;
          becameWriter();
          return holdForever();
        });
        return null;
      });
    },
  },

  leeway_storage_open_js__deps: ['$LeewayStorage'],
  leeway_storage_open_js: function () {
    var storage = LeewayStorage;
    var answered = false;
    function answer(result) {
      if (answered) return;
      answered = true;
      clearTimeout(timeout);
      storage.deliver(_leeway_storage_loaded, result);
    }
    var timeout = setTimeout(function () {
      answer({ available: false, message: 'The browser storage did not answer within ' +
        storage.openTimeoutMs / 1000 + ' seconds.' });
    }, storage.openTimeoutMs);

    var request;
    try {
      if (!window.indexedDB) throw new Error('this browser has no IndexedDB');
      request = indexedDB.open(storage.databaseName, storage.databaseVersion);
    } catch (error) {
      answer({ available: false, message: 'The browser does not allow storage here (' +
        storage.errorText(error) + ').' });
      return;
    }
    request.onupgradeneeded = function (event) { storage.createStores(event, request); };
    request.onblocked = function () {
      answer({ available: false, message: 'An older Leeway tab is still open and holds the storage. ' +
        'Close it and reload this page.' });
    };
    request.onerror = function () {
      answer({ available: false, message: 'The browser refused storage (' +
        storage.errorText(request.error) + ').' });
    };
    request.onsuccess = function () {
      storage.attach(request.result);
      storage.claimWriterLock(function () {
        storage.readNewest(0, answer);
      }, function () {
        storage.readNewest(0, function (result) { storage.deliver(_leeway_storage_changed, result); });
      });
      if (window.BroadcastChannel) {
        storage.channel = new BroadcastChannel(storage.channelName);
        storage.channel.onmessage = function () {
          if (storage.writer) return; // only readers follow another tab's saves
          storage.readNewest(0, function (result) { storage.deliver(_leeway_storage_changed, result); });
        };
      }
    };
  },

  leeway_storage_load_older_js__deps: ['$LeewayStorage'],
  leeway_storage_load_older_js: function (before) {
    LeewayStorage.readNewest(before, function (result) {
      LeewayStorage.deliver(_leeway_storage_loaded, result);
    });
  },

  leeway_storage_save_js__deps: ['$LeewayStorage'],
  leeway_storage_save_js: function (documentPointer, dropPointer, requestId) {
    var storage = LeewayStorage;
    var text = UTF8ToString(documentPointer);
    var drop = UTF8ToString(dropPointer).split(',').filter(Boolean).map(Number);
    function answer(ok, sequence, savedOn, message) {
      leewayCallWithStrings([savedOn, message], function (savedOnPointer, messagePointer) {
        _leeway_storage_saved(requestId, ok ? 1 : 0, sequence, savedOnPointer, messagePointer);
      });
      LeewayLoop.wake();
    }
    if (!storage.database) {
      // Lost under the tab: try to open it again; the app retries this save meanwhile.
      if (window.indexedDB && !storage.reopening) storage.lost('the stored copy was not open');
      answer(false, 0, null, 'the browser storage is being opened again');
      return;
    }
    if (!storage.writer) {
      answer(false, 0, null, 'another tab is saving your workbook');
      return;
    }
    // Everything below happens in this call, so a save started as the page hides still commits.
    var sequence = storage.nextSequence;
    var now = new Date();
    var checksum = storage.checksum(text);
    var savedOn = storage.localDate(now);
    var transaction;
    try {
      transaction = storage.database.transaction(['generations', 'generation_info'], 'readwrite',
        { durability: 'strict' });
      transaction.objectStore('generations').put({ text: text, checksum: checksum }, sequence);
      transaction.objectStore('generation_info').put({ sequence: sequence, savedAt: now.toISOString(),
        savedOn: savedOn, checksum: checksum, length: text.length }, sequence);
      drop.forEach(function (old) {
        transaction.objectStore('generations').delete(old);
        transaction.objectStore('generation_info').delete(old);
      });
    } catch (error) {
      if (error && error.name === 'InvalidStateError') {
        // The connection is closing: the database went away under the tab.
        storage.lost('the stored copy went away');
        answer(false, 0, null, 'the browser storage is being opened again');
        return;
      }
      var full = !!error && error.name === 'QuotaExceededError';
      answer(false, 0, null, full ? 'the browser storage is full'
        : 'the browser refused the save (' + storage.errorText(error) + ')');
      return;
    }
    storage.nextSequence = sequence + 1;
    transaction.onabort = function () {
      var error = transaction.error;
      var quota = !!error && error.name === 'QuotaExceededError';
      answer(false, 0, null, quota ? 'the browser storage is full'
        : 'the browser cancelled the save (' + storage.errorText(error) + ')');
    };
    transaction.oncomplete = function () {
      // Read the generation back: only a copy that reads back intact counts as saved.
      var check;
      try {
        check = storage.database.transaction('generations', 'readonly').objectStore('generations').get(sequence);
      } catch (error) {
        answer(false, 0, null, 'the saved copy could not be read back (' + storage.errorText(error) + ')');
        return;
      }
      check.onsuccess = function () {
        var record = check.result;
        if (!record || typeof record.text !== 'string' || storage.checksum(record.text) !== checksum) {
          answer(false, 0, null, 'the saved copy did not read back intact');
          return;
        }
        if (storage.channel) storage.channel.postMessage({ saved: sequence });
        answer(true, sequence, savedOn, null);
      };
      check.onerror = function () {
        answer(false, 0, null, 'the saved copy could not be read back (' +
          storage.errorText(check.error) + ')');
      };
    };
  },

  // --- Kiosk wipe: delete the database, then prove it is gone by reading it back. ---
  $LeewayStorageWipe__deps: ['$LeewayStorage'],
  $LeewayStorageWipe: {
    timeoutMs: 10000,
    // A fresh database has no stores; one that still has stores must hold no record at all.
    verify: function (answer) {
      var storage = LeewayStorage;
      var open;
      try {
        open = indexedDB.open(storage.databaseName);
      } catch (error) {
        answer(false, 'the stored data could not be read back (' + storage.errorText(error) + ')');
        return;
      }
      open.onerror = function () {
        answer(false, 'the stored data could not be read back (' + storage.errorText(open.error) + ')');
      };
      open.onsuccess = function () {
        var database = open.result;
        var names = Array.prototype.slice.call(database.objectStoreNames);
        var removeEmpty = function () {
          database.close();
          var again = indexedDB.deleteDatabase(storage.databaseName);
          again.onsuccess = again.onerror = function () { answer(true, null); };
        };
        if (!names.length) { removeEmpty(); return; }
        var transaction = database.transaction(names, 'readonly');
        var left = 0;
        names.forEach(function (name) {
          var count = transaction.objectStore(name).count();
          count.onsuccess = function () { left += count.result; };
        });
        transaction.oncomplete = function () {
          if (left === 0) { removeEmpty(); return; }
          database.close();
          answer(false, left + ' stored records are still there after deleting');
        };
        transaction.onabort = function () {
          database.close();
          answer(false, 'the stored data could not be read back (' + storage.errorText(transaction.error) + ')');
        };
      };
    },
  },

  leeway_storage_wipe_js__deps: ['$LeewayStorage', '$LeewayStorageWipe', '$LeewayLoop', '$leewayCallWithStrings'],
  leeway_storage_wipe_js: function () {
    var storage = LeewayStorage;
    var finished = false;
    var timeout;
    function answer(ok, message) {
      if (finished) return;
      finished = true;
      clearTimeout(timeout);
      leewayCallWithStrings([message], function (messagePointer) {
        _leeway_storage_wiped(ok ? 1 : 0, messagePointer);
      });
      LeewayLoop.wake();
    }
    timeout = setTimeout(function () {
      answer(false, 'the browser storage did not let go within ' + LeewayStorageWipe.timeoutMs / 1000 +
        ' seconds; another tab of Leeway may still be open');
    }, LeewayStorageWipe.timeoutMs);
    // This page saves nothing from now on: it restarts once the wipe is done.
    storage.writer = false;
    storage.wiping = true; // the database goes away on purpose: nothing opens it again
    if (storage.channel) { storage.channel.close(); storage.channel = null; }
    if (storage.database) { storage.database.close(); storage.database = null; }
    if (!window.indexedDB) { answer(true, null); return; }
    var request;
    try {
      request = indexedDB.deleteDatabase(storage.databaseName);
    } catch (error) {
      answer(false, 'the browser refused to delete the stored data (' + storage.errorText(error) + ')');
      return;
    }
    // Blocked: other tabs are asked to close the database (onversionchange); the timeout decides.
    request.onerror = function () {
      answer(false, 'the browser could not delete the stored data (' + storage.errorText(request.error) + ')');
    };
    request.onsuccess = function () { LeewayStorageWipe.verify(answer); };
  },

  leeway_storage_persist_js__deps: ['$LeewayLoop'],
  leeway_storage_persist_js: function () {
    function answer(supported, persisted, estimate) {
      _leeway_storage_persistence(supported ? 1 : 0, persisted ? 1 : 0,
        estimate && estimate.usage || 0, estimate && estimate.quota || 0);
      LeewayLoop.wake();
    }
    if (!navigator.storage || !navigator.storage.persist) {
      answer(false, false, null);
      return;
    }
    navigator.storage.persist().catch(function () { return false; }).then(function (persisted) {
      var estimate = navigator.storage.estimate ? navigator.storage.estimate() : Promise.resolve(null);
      estimate.catch(function () { return null; }).then(function (result) { answer(true, persisted, result); });
    });
  },
});
