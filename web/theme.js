// The page's colours before the app starts (loading bar, messages) follow the theme chosen in
// Leeway's display settings, kept in localStorage as "leeway.theme" (system, light, dark or
// high-contrast). Run in <head>, before anything is shown; "system" leaves it to app.css's media
// queries. The app calls window.leewayApplyTheme again when the choice changes.
'use strict';

(function () {
  const backgrounds = { light: '#f7f5f0', dark: '#161b20', 'high-contrast': '#000000' };

  function apply(choice) {
    const root = document.documentElement;
    const chosen = Object.prototype.hasOwnProperty.call(backgrounds, choice);
    if (chosen) root.dataset.theme = choice;
    else delete root.dataset.theme;
    // The browser's own bar takes the page's background: the chosen one, or the system's.
    document.querySelectorAll('meta[name="theme-color"]').forEach((meta) => {
      if (meta.dataset.systemColor === undefined) meta.dataset.systemColor = meta.content;
      meta.content = chosen ? backgrounds[choice] : meta.dataset.systemColor;
    });
  }

  let stored = '';
  try {
    stored = window.localStorage.getItem('leeway.theme') || '';
  } catch (error) { /* storage refused: the system's theme */ }
  apply(stored);
  window.leewayApplyTheme = apply;
})();
