// The screen mirror: every control and text the canvas shows, as real page elements laid over
// it. Screen readers read them, keyboards Tab through them, tests find them by role and name.
// They let the mouse through to the canvas (pointer-events: none); anything else that activates
// them (Enter, Space, a screen reader's default action, element.click()) is sent to the app,
// which clicks the control exactly as a mouse would.
mergeInto(LibraryManager.library, {
  $LeewayMirror__deps: ['$LeewayLoop', '$LeewayTextEntry', '$leewayCallWithStrings'],
  $LeewayMirror: {
    root: null,
    polite: null,
    assertive: null,
    elements: null, // key -> element; created in init (library objects are serialized)
    containers: null, // container key -> element: landmarks, lists and their items
    announced: null, // live texts of the last snapshot, by kind

    init: function () {
      var mirror = LeewayMirror;
      mirror.elements = new Map();
      mirror.containers = new Map();
      mirror.announced = { status: new Set(), alert: new Set() };
      mirror.root = document.getElementById('mirror');
      mirror.polite = document.getElementById('announce-polite');
      mirror.assertive = document.getElementById('announce-assertive');
      var canvas = document.getElementById('canvas');
      // SDL cancels mousedown, which would keep keyboard focus away from the canvas. A click on
      // a text field while typing keeps the keyboard in the text entry element (an input method's
      // composition and a phone's keyboard would close otherwise).
      canvas.addEventListener('mousedown', function (event) {
        if (!LeewayTextEntry.keepsFocusFor(event)) canvas.focus({ preventScroll: true });
      });
      // Tab from the canvas enters the mirrored controls; the canvas never traps focus.
      canvas.addEventListener('keydown', function (event) {
        if (event.key !== 'Tab') return;
        var controls = mirror.root.querySelectorAll('button, input, a[href]');
        if (!controls.length) return;
        event.preventDefault();
        event.stopImmediatePropagation();
        controls[event.shiftKey ? controls.length - 1 : 0].focus();
      }, true);
      mirror.root.addEventListener('focusin', function (event) {
        mirror.send(_leeway_mirror_focus, event.target);
      });
      mirror.root.addEventListener('focusout', function (event) {
        if (!mirror.root.contains(event.relatedTarget)) mirror.send(_leeway_mirror_focus, null);
      });
      mirror.root.addEventListener('click', function (event) {
        var target = event.target.closest('[data-id]');
        if (!target || target.tagName === 'INPUT' && target.type !== 'checkbox' && target.type !== 'radio') return;
        event.preventDefault();
        mirror.send(_leeway_mirror_activate, target);
      });
      mirror.root.addEventListener('input', function (event) {
        var target = event.target;
        if (target.type !== 'text') return;
        leewayCallWithStrings([target.value], function (text) {
          _leeway_mirror_set_text(Number(target.dataset.id), text);
        });
        LeewayLoop.wake();
      });
    },

    send: function (call, element) {
      call(element ? Number(element.dataset.id) : 0);
      LeewayLoop.wake();
    },

    create: function (item) {
      var element;
      switch (item.role) {
        case 'button': element = document.createElement('button'); element.type = 'button'; break;
        case 'textbox':
          element = document.createElement('input');
          element.type = 'text';
          element.autocomplete = 'off';
          break;
        case 'checkbox':
        case 'radio':
          element = document.createElement('input');
          element.type = item.role;
          break;
        case 'link': element = document.createElement('a'); break;
        case 'heading': element = document.createElement('h' + Math.min(6, item.level || 2)); break;
        case 'columnheader':
        case 'cell':
          element = document.createElement(item.role === 'cell' ? 'td' : 'th');
          element.setAttribute('role', item.role);
          break;
        case 'progressbar':
          element = document.createElement('div');
          element.setAttribute('role', 'progressbar');
          break;
        default: element = document.createElement('p');
      }
      element.className = 'mirror-item';
      return element;
    },

    update: function (element, item) {
      if (item.id !== undefined) element.dataset.id = String(item.id);
      if (element.tagName === 'INPUT') {
        element.setAttribute('aria-label', item.name);
        // Never overwrite what the user is typing into the focused field.
        if (item.role === 'textbox' && document.activeElement !== element && element.value !== item.value) {
          element.value = item.value;
        }
        if (item.role === 'textbox' && element.placeholder !== (item.hint || '')) element.placeholder = item.hint || '';
        if (item.role === 'checkbox' || item.role === 'radio') element.checked = !!item.checked;
      } else if (element.textContent !== item.name) {
        element.textContent = item.name;
      }
      if (item.role === 'progressbar') {
        var match = /(\d+) of (\d+)/.exec(item.name);
        if (match) {
          element.setAttribute('aria-valuenow', match[1]);
          element.setAttribute('aria-valuemin', '0');
          element.setAttribute('aria-valuemax', match[2]);
        }
        element.setAttribute('aria-label', item.name);
      }
      if (item.role === 'link') {
        element.href = item.href || '#';
        if (item.current) element.setAttribute('aria-current', 'page');
        else element.removeAttribute('aria-current');
      } else {
        element.disabled = !!item.disabled;
      }
      if (item.expanded !== undefined) element.setAttribute('aria-expanded', String(item.expanded));
      var style = element.style;
      style.left = item.x + 'px';
      style.top = item.y + 'px';
      style.width = item.width + 'px';
      style.height = item.height + 'px';
    },

    // Speaks the live texts (status line, notices, errors) that were not on screen before. Each
    // announcement is a new line in the region, so one that follows quickly (the "Saved" after
    // "Backup saved") is read after it instead of cutting it short, and nothing is read twice.
    announce: function (kind, texts) {
      var before = LeewayMirror.announced[kind];
      var fresh = texts.filter(function (text) { return !before.has(text); });
      LeewayMirror.announced[kind] = new Set(texts);
      if (!fresh.length) return;
      var region = kind === 'alert' ? LeewayMirror.assertive : LeewayMirror.polite;
      var line = document.createElement('p');
      line.textContent = fresh.join(' ');
      region.appendChild(line);
      while (region.childNodes.length > 3) region.removeChild(region.firstChild);
    },

    // The element of a container: a landmark, a list or an item of one. Containers are not
    // positioned, so the items inside still lie where the canvas draws them.
    createContainer: function (container) {
      var tags = { navigation: 'nav', main: 'main', region: 'section', contentinfo: 'footer', dialog: 'div',
        list: 'ul', listitem: 'li', table: 'table', row: 'tr' };
      var element = document.createElement(tags[container.kind] || 'div');
      // Explicit roles: a list styled without bullets, or a table whose cells are positioned, is
      // still a list or a table to every screen reader.
      if (['list', 'table', 'row'].includes(container.kind)) element.setAttribute('role', container.kind);
      if (container.kind === 'contentinfo') element.setAttribute('role', 'contentinfo');
      if (container.kind === 'dialog') {
        element.setAttribute('role', 'dialog');
        element.setAttribute('aria-modal', 'true');
      }
      element.className = 'mirror-group';
      element.dataset.kind = container.kind;
      return element;
    },

    publish: function (snapshot) {
      var mirror = LeewayMirror;
      if (!mirror.root) mirror.init();
      // Items keep their element across frames (by id, or by role and text), so focus and
      // the screen reader's position survive updates; nothing is touched that did not change.
      var seen = new Set();
      var live = { status: [], alert: [] };
      // Containers first: what each is, and the element it has (kept across frames by key).
      var containerOf = new Map();
      (snapshot.containers || []).forEach(function (container) {
        var element = mirror.containers.get(container.key);
        if (!element || element.dataset.kind !== container.kind) {
          if (element) element.remove();
          element = mirror.createContainer(container);
          mirror.containers.set(container.key, element);
        }
        if (container.label) element.setAttribute('aria-label', container.label);
        else element.removeAttribute('aria-label');
        containerOf.set(container.key, container);
      });
      // What each parent (the root or a container) holds, in the order the app drew it: a
      // container takes its place where the first thing inside it was drawn.
      var children = new Map([[mirror.root, []]]);
      var placed = new Set();
      var place = function (key) {
        if (!key || !containerOf.has(key)) return mirror.root;
        var element = mirror.containers.get(key);
        if (!placed.has(key)) {
          placed.add(key);
          var parent = place(containerOf.get(key).in);
          children.get(parent).push(element);
          children.set(element, []);
        }
        return element;
      };
      snapshot.items.forEach(function (item, index) {
        if (item.role === 'status' || item.role === 'alert') live[item.role].push(item.name);
        var key = item.id !== undefined ? 'id:' + item.id : item.role + ':' + item.name + ':' + index;
        // Two items under one id (an app bug) each get an element, rather than fight over one.
        if (seen.has(key)) key += ':' + index;
        var element = mirror.elements.get(key);
        if (!element || element.dataset.role !== item.role) {
          if (element) element.remove();
          element = mirror.create(item);
          element.dataset.role = item.role;
          mirror.elements.set(key, element);
        }
        mirror.update(element, item);
        children.get(place(item.in)).push(element);
        seen.add(key);
      });
      mirror.announce('status', live.status);
      mirror.announce('alert', live.alert);
      // What went away goes first, so that putting the rest in order moves only what must move.
      var lostFocus = false;
      mirror.elements.forEach(function (element, key) {
        if (seen.has(key)) return;
        lostFocus = lostFocus || element.contains(document.activeElement);
        element.remove();
        mirror.elements.delete(key);
      });
      mirror.containers.forEach(function (element, key) {
        if (placed.has(key)) return;
        lostFocus = lostFocus || element.contains(document.activeElement);
        element.remove();
        mirror.containers.delete(key);
      });
      // The focused control went away with its screen: keep focus in the app.
      if (lostFocus) document.getElementById('canvas').focus({ preventScroll: true });
      children.forEach(function (wanted, parent) { mirror.arrange(parent, wanted); });
      window.leeway.screen = snapshot;
    },

    // Puts the elements in the order the app drew them, which is the order Tab follows. An
    // element moved in the page loses the keyboard focus (a keyboard user would be thrown out of
    // the field they type in), so the focused element stays put and the others move around it.
    arrange: function (root, wanted) {
      var focused = document.activeElement;
      var next = root.firstChild;
      wanted.forEach(function (element) {
        if (element === focused && element.parentNode === root) {
          // Everything still between goes to the end; each is put in its place when its turn comes.
          while (next && next !== element) {
            var aside = next;
            next = next.nextSibling;
            root.appendChild(aside);
          }
        } else if (next !== element) {
          root.insertBefore(element, next);
        }
        next = element.nextSibling;
      });
    },
  },

  leeway_mirror_publish_js__deps: ['$LeewayMirror'],
  leeway_mirror_publish_js: function (jsonPointer) {
    LeewayMirror.publish(JSON.parse(UTF8ToString(jsonPointer)));
  },
});
