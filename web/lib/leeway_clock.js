// The user's local calendar and the current UTC time, as the browser knows them.
mergeInto(LibraryManager.library, {
  leeway_clock_today_js: function (yearPointer, monthPointer, dayPointer) {
    var now = new Date();
    HEAP32[yearPointer >> 2] = now.getFullYear();
    HEAP32[monthPointer >> 2] = now.getMonth() + 1;
    HEAP32[dayPointer >> 2] = now.getDate();
  },

  leeway_clock_ms_until_midnight_js: function () {
    var now = new Date();
    var midnight = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1);
    return midnight.getTime() - now.getTime();
  },

  leeway_clock_utc_timestamp_js: function (bufferPointer, bufferSize) {
    // Whole seconds: "2026-11-26T17:02:04Z".
    stringToUTF8(new Date().toISOString().replace(/\.\d+Z$/, 'Z'), bufferPointer, bufferSize);
  },
});
