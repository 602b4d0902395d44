// The 1:1 report as a printable page and on the clipboard. The page is built from text nodes only,
// so nothing the user wrote can become markup.
mergeInto(LibraryManager.library, {
  leeway_print_report_js__deps: ['$LeewayLoop'],
  leeway_print_report_js: function (jsonPointer) {
    var report = JSON.parse(UTF8ToString(jsonPointer));
    var page = document.getElementById('print-report');
    page.replaceChildren();
    var add = function (parent, tag, text) {
      var element = document.createElement(tag);
      element.textContent = text;
      parent.appendChild(element);
      return element;
    };
    add(page, 'h1', report.title);
    add(page, 'p', report.subtitle).className = 'subtitle';
    report.parts.forEach(function (part) {
      var section = document.createElement('section');
      add(section, 'h2', part.heading);
      if (part.lines.length === 1) {
        add(section, 'p', part.lines[0]);
      } else {
        var list = document.createElement('ul');
        part.lines.forEach(function (line) { add(list, 'li', line); });
        section.appendChild(list);
      }
      page.appendChild(section);
    });
    page.hidden = false;
    document.body.classList.add('printing');
    window.addEventListener('afterprint', function () {
      document.body.classList.remove('printing');
      page.hidden = true;
      LeewayLoop.wake();
    }, { once: true });
    window.print();
  },

  leeway_copy_text_js__deps: ['$LeewayLoop'],
  leeway_copy_text_js: function (requestId, textPointer, length) {
    var text = UTF8ToString(textPointer, length);
    var finish = function (copied) {
      _leeway_text_copied(requestId, copied ? 1 : 0);
      LeewayLoop.wake();
    };
    if (!navigator.clipboard || !navigator.clipboard.writeText) { finish(false); return; }
    navigator.clipboard.writeText(text).then(function () { finish(true); }, function () { finish(false); });
  },
});
