/* Observer's service worker: keeps the app's files and the observer's pages for use without
   network, and sends queued reports when the network is back (Background Sync where there is). */
'use strict';
importScripts('/static/queue.js');
var CACHE = 'observer-v1';
var FILES = ['/static/observer.css', '/static/queue.js', '/static/app.js'];

self.addEventListener('install', function (event) {
  event.waitUntil(caches.open(CACHE).then(function (cache) { return cache.addAll(FILES); }));
  self.skipWaiting();
});

self.addEventListener('activate', function (event) {
  event.waitUntil(caches.keys().then(function (keys) {
    return Promise.all(keys.filter(function (k) { return k !== CACHE; }).map(function (k) { return caches.delete(k); }));
  }).then(function () { return self.clients.claim(); }));
});

function offlinePage(url) {
  return url.origin === self.location.origin
    && (url.pathname === '/observer' || /^\/observer\/stations\/[^/]+\/(report|tally|checklist)$/.test(url.pathname));
}

/* A form page kept from earlier carries the submission id of that visit: give it a fresh one, so
   two reports written offline are two reports. */
function freshSubmission(response) {
  return response.text().then(function (html) {
    var id = self.crypto && self.crypto.randomUUID ? self.crypto.randomUUID() : String(Date.now()) + Math.random();
    return new Response(html.replace(/(name="submissionId" value=")[^"]*"/, '$1' + id + '"'),
      { headers: { 'Content-Type': 'text/html;charset=UTF-8' } });
  });
}

self.addEventListener('fetch', function (event) {
  var request = event.request;
  var url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) { return; }
  if (url.pathname.indexOf('/static/') === 0) {
    event.respondWith(fetch(request).then(function (response) {
      var copy = response.clone();
      caches.open(CACHE).then(function (cache) { cache.put(request, copy); });
      return response;
    })['catch'](function () { return caches.match(request); }));
    return;
  }
  if (request.mode === 'navigate' && offlinePage(url) && (!url.search || /^\?(ballot|phase)=\w+$/.test(url.search))) {
    event.respondWith(fetch(request).then(function (response) {
      if (response.ok && !response.redirected) {
        var copy = response.clone();
        caches.open(CACHE).then(function (cache) { cache.put(request, copy); });
      }
      return response;
    })['catch'](function () {
      return caches.match(request).then(function (cached) {
        if (!cached) { throw new Error('offline and not kept'); }
        return url.pathname === '/observer' ? cached : freshSubmission(cached);
      });
    }));
  }
});

self.addEventListener('sync', function (event) {
  if (event.tag === 'send-queue') { event.waitUntil(self.ObserverQueue.flush(null)); }
});
