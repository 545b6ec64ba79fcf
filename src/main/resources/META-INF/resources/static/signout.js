/* Signing out forgets the pages kept for offline use, so the next person on this phone cannot read
   them; reports still queued stay, and are sent only when their owner signs in again. */
(function () {
  'use strict';
  var next = document.getElementById('signout-link');
  if (!next) { return; }
  var done = function () { window.location.replace(next.getAttribute('href')); };
  if (!window.caches) { done(); return; }
  caches.keys().then(function (keys) {
    return Promise.all(keys.map(function (key) { return caches.delete(key); }));
  }).then(done, done);
})();
