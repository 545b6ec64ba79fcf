// Keeps a results page current without reloading it: asks the server for a cheap version number
// (from the database, so any instance answers the same) and, when it moved, fetches the page again
// and swaps its #live part. Without JavaScript the page is complete as served.
(function () {
  'use strict';
  var live = document.getElementById('live');
  if (!live || !window.fetch || !window.DOMParser) {
    return;
  }
  var every = Number(live.getAttribute('data-refresh-seconds') || 30) * 1000;
  var version = live.getAttribute('data-version');

  function swap(html, next) {
    var fresh = new DOMParser().parseFromString(html, 'text/html').getElementById('live');
    if (fresh) {
      live.replaceWith(fresh);
      live = fresh;
      // the page says the version it was drawn at, which may be newer than the one that was asked
      version = fresh.getAttribute('data-version') || next;
      var status = document.getElementById('live-status');
      if (status) {
        status.textContent = status.getAttribute('data-updated') + ' ' + new Date().toLocaleTimeString();
      }
    }
  }

  function check() {
    fetch('/results/version', { credentials: 'same-origin', cache: 'no-store' })
      .then(function (response) { return response.ok ? response.text() : null; })
      .then(function (next) {
        if (next && next !== version) {
          return fetch(window.location.href, { credentials: 'same-origin', cache: 'no-store' })
            .then(function (response) { return response.ok ? response.text() : null; })
            .then(function (html) { if (html) { swap(html, next); } });
        }
        return null;
      })
      .catch(function () { /* offline for a moment: try again at the next tick */ })
      .then(function () { window.setTimeout(check, every); });
  }
  window.setTimeout(check, every);
}());
