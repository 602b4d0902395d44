// Text entry through the browser's own input. While a text field of the app is active, a real
// <textarea> holds the keyboard focus at the field's caret: the browser then does what only it
// can (dead keys, compose, input methods, emoji pickers, autocorrect, the soft keyboard of phones,
// the system clipboard), and what it produces goes to the app's field, which keeps editing (caret,
// selection, undo) as before. The element is invisible except while an input method composes,
// when it shows the text being composed at the caret.
mergeInto(LibraryManager.library, {
  $LeewayTextEntry__deps: ['$LeewayLoop', '$leewayCallWithStrings'],
  $LeewayTextEntry: {
    element: null,
    field: null, // the app's active field: { id, x, y, height, secret, digits }
    selectedText: '', // the field's selection, also held (selected) by the element
    clipboardText: '', // the last text copied, cut or pasted
    composing: false,
    releasing: false, // the app let go: the blur that follows is not the user's
    heldKeys: null, // key code -> key number sent down, for its key up
    pointerStart: null,
    unconfirmed: false, // focused by a tap, not yet confirmed by the app
    isMac: false,

    // Numbers of src/platform/text_entry.h's TextEntryKey.
    keys: {
      Enter: 1, Escape: 2, Backspace: 3, Delete: 4, ArrowLeft: 5, ArrowRight: 6, ArrowUp: 7,
      ArrowDown: 8, Home: 9, End: 10, PageUp: 11, PageDown: 12,
    },
    // With Ctrl (Cmd on a Mac). C, X and V are not here: the page's copy, cut and paste events
    // carry them, with the clipboard's contents.
    shortcuts: { a: 13, y: 17, z: 18 },
    modifierBits: { ctrl: 1, shift: 2, alt: 4 },

    init: function () {
      var entry = LeewayTextEntry;
      var element = document.createElement('textarea');
      element.id = 'text-entry';
      element.className = 'text-entry';
      element.rows = 1;
      element.wrap = 'off';
      element.tabIndex = -1; // reached through the app's fields, never on its own by Tab
      element.hidden = true;
      element.setAttribute('autocomplete', 'off');
      element.setAttribute('aria-multiline', 'false');
      element.setAttribute('enterkeyhint', 'done');
      document.body.appendChild(element);
      entry.element = element;
      entry.heldKeys = new Map();
      entry.isMac = /Mac|iPhone|iPad/.test(navigator.platform || '');
      element.addEventListener('keydown', entry.onKeyDown);
      element.addEventListener('keyup', entry.onKeyUp);
      element.addEventListener('beforeinput', entry.onBeforeInput);
      element.addEventListener('input', entry.onInput);
      element.addEventListener('compositionstart', function () {
        entry.composing = true;
        element.classList.add('composing');
        entry.place();
      });
      element.addEventListener('compositionend', function (event) {
        entry.composing = false;
        element.classList.remove('composing');
        if (event.data) entry.sendText(event.data);
        entry.resetValue();
        entry.place();
      });
      element.addEventListener('copy', function (event) { entry.onCopy(event, false); });
      element.addEventListener('cut', function (event) { entry.onCopy(event, true); });
      element.addEventListener('paste', function (event) {
        event.preventDefault();
        var text = event.clipboardData ? event.clipboardData.getData('text/plain') : '';
        if (!text || !entry.field) return;
        entry.clipboardText = text;
        leewayCallWithStrings([text], function (pointer) { _leeway_text_entry_paste(pointer); });
        LeewayLoop.wake();
      });
      element.addEventListener('drop', function (event) { event.preventDefault(); });
      element.addEventListener('blur', entry.onBlur);

      // Phones open their keyboard only for a focus given inside the tap itself, so a tap on a
      // field focuses the element at once; the app then confirms the field and its caret.
      var canvas = document.getElementById('canvas');
      canvas.addEventListener('pointerdown', function (event) {
        entry.pointerStart = { x: event.clientX, y: event.clientY };
      });
      canvas.addEventListener('pointerup', function (event) {
        var start = entry.pointerStart;
        entry.pointerStart = null;
        if (!start || Math.abs(event.clientX - start.x) > 10 || Math.abs(event.clientY - start.y) > 10) return;
        var item = entry.textFieldAt(event.clientX, event.clientY);
        if (item && (!entry.field || entry.field.id !== item.id)) {
          entry.show({ id: item.id, x: item.x + 6, y: item.y, height: item.height, secret: false, digits: false }, item);
          // Should the app not take the field (it rarely refuses a click), the keyboard goes back.
          entry.unconfirmed = true;
          setTimeout(function () {
            if (entry.unconfirmed) entry.release();
          }, 1000);
        }
      });
    },

    // The mirrored text field drawn at this point of the canvas, if any.
    textFieldAt: function (x, y) {
      var screen = window.leeway && window.leeway.screen;
      if (!screen) return null;
      for (var index = 0; index < screen.items.length; index++) {
        var item = screen.items[index];
        if (item.role === 'textbox' && item.id !== undefined && !item.disabled && !item.offscreen &&
            x >= item.x && x < item.x + item.width && y >= item.y && y < item.y + item.height) return item;
      }
      return null;
    },

    // A click on a text field keeps the keyboard here; elsewhere it goes to the canvas.
    keepsFocusFor: function (event) {
      return !!LeewayTextEntry.element && document.activeElement === LeewayTextEntry.element &&
        !!LeewayTextEntry.textFieldAt(event.clientX, event.clientY);
    },

    mirroredItem: function (id) {
      var screen = window.leeway && window.leeway.screen;
      if (!screen) return null;
      for (var index = 0; index < screen.items.length; index++) {
        if (screen.items[index].id === id) return screen.items[index];
      }
      return null;
    },

    modifiers: function (event) {
      var bits = LeewayTextEntry.modifierBits;
      var altGraph = event.getModifierState && event.getModifierState('AltGraph');
      return (event.ctrlKey || (LeewayTextEntry.isMac && event.metaKey) ? bits.ctrl : 0) |
        (event.shiftKey ? bits.shift : 0) | (event.altKey && !altGraph ? bits.alt : 0);
    },

    sendKey: function (key, down, modifiers) {
      _leeway_text_entry_key(key, down ? 1 : 0, modifiers);
      LeewayLoop.wake();
    },

    sendText: function (text) {
      if (!text || !LeewayTextEntry.field) return;
      leewayCallWithStrings([text], function (pointer) { _leeway_text_entry_text(pointer); });
      LeewayLoop.wake();
    },

    // The letter of a Ctrl shortcut on any keyboard layout (Ctrl+Z on a Russian layout is Ctrl+Я).
    shortcutLetter: function (event) {
      if (/^[a-z]$/i.test(event.key)) return event.key.toLowerCase();
      var code = /^Key([A-Z])$/.exec(event.code || '');
      return code ? code[1].toLowerCase() : '';
    },

    onKeyDown: function (event) {
      var entry = LeewayTextEntry;
      if (event.isComposing || event.keyCode === 229) return; // the input method has the key
      var bits = entry.modifierBits;
      var modifiers = entry.modifiers(event);
      if (event.key === 'Tab') {
        if (event.ctrlKey || event.altKey || event.metaKey) return; // the browser's own
        event.preventDefault();
        entry.moveFocus(event.shiftKey ? -1 : 1);
        return;
      }
      var key = entry.keys[event.key] || 0;
      if (key && event.altKey && !entry.isMac) return; // Alt+Left is the browser's Back
      if (key && entry.isMac) {
        // A Mac's line and word moves: Cmd+Left/Right to the ends, Option+Left/Right by words.
        if (event.metaKey && (key === entry.keys.ArrowLeft || key === entry.keys.ArrowRight)) {
          key = key === entry.keys.ArrowLeft ? entry.keys.Home : entry.keys.End;
          modifiers &= ~bits.ctrl;
        } else if (event.altKey) {
          modifiers = (modifiers & ~bits.alt) | bits.ctrl;
        }
      }
      if (!key && (modifiers & bits.ctrl) && !(modifiers & bits.alt)) {
        var letter = entry.shortcutLetter(event);
        key = entry.shortcuts[letter] || 0;
        if (letter === 'z' && event.shiftKey) { // redo, as Ctrl+Y
          key = entry.shortcuts.y;
          modifiers &= ~bits.shift;
        }
      }
      if (key) {
        event.preventDefault();
        entry.heldKeys.set(event.code || event.key, key);
        entry.sendKey(key, true, modifiers);
      } else if (/^(Shift|Control|Alt|Meta)$/.test(event.key)) {
        entry.sendKey(0, true, modifiers); // Shift+click selects, Ctrl+click… need the state
      }
      // Anything else is the browser's: its shortcuts (Ctrl+W, Ctrl+T, Ctrl+L, F5…) and text.
    },

    onKeyUp: function (event) {
      var entry = LeewayTextEntry;
      var code = event.code || event.key;
      var key = entry.heldKeys.get(code);
      if (key) {
        entry.heldKeys.delete(code);
        entry.sendKey(key, false, entry.modifiers(event));
      } else if (/^(Shift|Control|Alt|Meta)$/.test(event.key)) {
        entry.sendKey(0, false, entry.modifiers(event));
      }
    },

    // Edits the browser would make to the element, made to the app's field instead. True when
    // the edit was understood.
    applyEdit: function (inputType, text) {
      var entry = LeewayTextEntry;
      var keys = entry.keys;
      var ctrl = entry.modifierBits.ctrl;
      var press = function (key, modifiers) {
        entry.sendKey(key, true, modifiers);
        entry.sendKey(key, false, 0);
      };
      switch (inputType) {
        case 'insertText':
        case 'insertReplacementText':
        case 'insertFromComposition':
          entry.sendText(text);
          return true;
        case 'insertFromPaste':
        case 'insertFromDrop':
        case 'insertFromYank':
          if (text) leewayCallWithStrings([text], function (pointer) { _leeway_text_entry_paste(pointer); });
          LeewayLoop.wake();
          return true;
        case 'insertLineBreak':
        case 'insertParagraph': press(keys.Enter, 0); return true;
        case 'deleteContentBackward': press(keys.Backspace, 0); return true;
        case 'deleteContentForward': press(keys.Delete, 0); return true;
        case 'deleteWordBackward': press(keys.Backspace, ctrl); return true;
        case 'deleteWordForward': press(keys.Delete, ctrl); return true;
        case 'historyUndo': press(entry.shortcuts.z, ctrl); return true;
        case 'historyRedo': press(entry.shortcuts.y, ctrl); return true;
      }
      return false;
    },

    onBeforeInput: function (event) {
      var entry = LeewayTextEntry;
      if (entry.composing || event.isComposing || !event.cancelable) return; // see onInput
      if (/Composition/.test(event.inputType)) return;
      var text = event.data;
      if (text === null && event.dataTransfer) text = event.dataTransfer.getData('text/plain');
      entry.applyEdit(event.inputType, text || '');
      event.preventDefault(); // the element keeps only the field's selection
    },

    // An edit that could not be cancelled before it happened (some phone keyboards): what it left
    // in the element is passed on, then the element is reset.
    onInput: function (event) {
      var entry = LeewayTextEntry;
      if (entry.composing || event.isComposing) {
        entry.place();
        return;
      }
      if (/Composition/.test(event.inputType || '')) return; // compositionend passes it on
      var element = entry.element;
      if (element.value !== entry.selectedText) {
        var type = event.inputType || 'insertText';
        entry.applyEdit(/^insert/.test(type) ? 'insertText' : type, element.value);
      }
      entry.resetValue();
    },

    onCopy: function (event, cut) {
      var entry = LeewayTextEntry;
      event.preventDefault();
      if (!entry.field || entry.field.secret || entry.composing || !entry.selectedText) return;
      event.clipboardData.setData('text/plain', entry.selectedText);
      entry.clipboardText = entry.selectedText;
      if (cut) {
        _leeway_text_entry_cut();
        LeewayLoop.wake();
      }
    },

    // Tab leaves the field for the next control of the page, as it would in a form.
    moveFocus: function (direction) {
      var entry = LeewayTextEntry;
      var mirror = document.getElementById('mirror');
      var controls = Array.prototype.filter.call(mirror.querySelectorAll('button, input, a[href]'),
        function (control) { return !control.disabled; });
      var here = entry.field ? mirror.querySelector('[data-id="' + entry.field.id + '"]') : null;
      var index = here ? controls.indexOf(here) : -1;
      var next = index < 0 ? controls[direction > 0 ? 0 : controls.length - 1] : controls[index + direction];
      if (next) next.focus();
      else document.getElementById('canvas').focus({ preventScroll: true });
    },

    onBlur: function () {
      var entry = LeewayTextEntry;
      entry.heldKeys.forEach(function (key) { _leeway_text_entry_key(key, 0, 0); });
      entry.heldKeys.clear();
      _leeway_text_entry_key(0, 0, 0);
      LeewayLoop.wake();
      if (entry.releasing || !entry.field) return;
      setTimeout(function () {
        // Another window took the focus: the field stays active, as a page's field would.
        if (!document.hasFocus() || document.activeElement === entry.element || !entry.field) return;
        entry.hide();
        _leeway_text_entry_left();
        LeewayLoop.wake();
      }, 0);
    },

    resetValue: function () {
      var element = LeewayTextEntry.element;
      element.value = LeewayTextEntry.selectedText;
      element.select();
    },

    // Puts the element over the caret, sized for the text being composed.
    place: function () {
      var entry = LeewayTextEntry;
      var field = entry.field;
      if (!field) return;
      var style = entry.element.style;
      style.left = field.x + 'px';
      style.top = field.y + 'px';
      style.height = field.height + 'px';
      style.lineHeight = field.height + 'px';
      // 16 px at least: iOS zooms the page into a focused field with smaller text.
      style.fontSize = Math.max(16, Math.round(field.height)) + 'px';
      if (entry.composing) {
        style.width = '1px';
        style.width = Math.min(entry.element.scrollWidth + 2, Math.max(40, window.innerWidth - field.x)) + 'px';
      } else {
        style.width = '2px';
      }
    },

    show: function (field, item) {
      var entry = LeewayTextEntry;
      var element = entry.element;
      entry.field = field;
      element.hidden = false;
      entry.place();
      element.setAttribute('aria-label', item ? item.name : 'Text');
      element.inputMode = field.digits ? 'numeric' : 'text';
      element.spellcheck = !field.secret;
      element.setAttribute('autocorrect', field.secret ? 'off' : 'on');
      element.setAttribute('autocapitalize', field.secret ? 'off' : 'sentences');
      if (document.activeElement !== element) element.focus({ preventScroll: true });
    },

    // Gives the keyboard back to the canvas, unless it already went elsewhere.
    release: function () {
      var entry = LeewayTextEntry;
      if (!entry.element || entry.element.hidden) return;
      if (document.activeElement === entry.element) {
        entry.releasing = true;
        document.getElementById('canvas').focus({ preventScroll: true });
        entry.releasing = false;
      }
      entry.hide();
    },

    hide: function () {
      var entry = LeewayTextEntry;
      entry.unconfirmed = false;
      entry.field = null;
      entry.composing = false;
      entry.selectedText = '';
      entry.element.classList.remove('composing');
      entry.element.value = '';
      entry.element.removeAttribute('aria-label');
      entry.element.hidden = true;
    },
  },

  leeway_text_entry_init_js__deps: ['$LeewayTextEntry'],
  leeway_text_entry_init_js: function () {
    if (!LeewayTextEntry.element) LeewayTextEntry.init();
  },

  leeway_text_entry_focus_js__deps: ['$LeewayTextEntry'],
  leeway_text_entry_focus_js: function (id, x, y, height, selectedPointer, secret, digits) {
    var entry = LeewayTextEntry;
    if (!entry.element) entry.init();
    var field = { id: id >>> 0, x: x, y: y, height: height, secret: !!secret, digits: !!digits };
    // A keyboard user in a mirrored control keeps it: the app's field is done instead.
    var focused = document.activeElement;
    if (focused && focused !== entry.element && focused !== document.body &&
        focused !== document.getElementById('canvas')) {
      _leeway_text_entry_left();
      LeewayLoop.wake();
      return;
    }
    var selected = UTF8ToString(selectedPointer);
    entry.unconfirmed = false;
    entry.show(field, entry.mirroredItem(field.id));
    if (!entry.composing && entry.selectedText !== selected) {
      entry.selectedText = selected;
      entry.resetValue();
    }
  },

  leeway_text_entry_release_js__deps: ['$LeewayTextEntry'],
  leeway_text_entry_release_js: function () {
    LeewayTextEntry.release();
  },

  leeway_text_entry_write_clipboard_js__deps: ['$LeewayTextEntry'],
  leeway_text_entry_write_clipboard_js: function (textPointer) {
    var entry = LeewayTextEntry;
    var text = UTF8ToString(textPointer);
    if (text === entry.clipboardText) return; // a copy or cut event put it there already
    entry.clipboardText = text;
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).catch(function () { /* refused: the text stays known here */ });
    }
  },

  leeway_text_entry_clipboard_size_js__deps: ['$LeewayTextEntry'],
  leeway_text_entry_clipboard_size_js: function () {
    return lengthBytesUTF8(LeewayTextEntry.clipboardText);
  },

  leeway_text_entry_clipboard_js__deps: ['$LeewayTextEntry'],
  leeway_text_entry_clipboard_js: function (bufferPointer, size) {
    stringToUTF8(LeewayTextEntry.clipboardText, bufferPointer, size);
  },
});
