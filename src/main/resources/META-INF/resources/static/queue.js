/* The phone's queue of reports sent while offline: IndexedDB, shared by the page and the service
   worker. An entry is stored before the first try to send, so nothing is lost if the tab dies. */
(function (scope) {
  'use strict';
  var DB = 'observer-queue', STORE = 'submissions';

  function open() {
    return new Promise(function (resolve, reject) {
      var request = indexedDB.open(DB, 1);
      request.onupgradeneeded = function () { request.result.createObjectStore(STORE, { keyPath: 'id' }); };
      request.onsuccess = function () { resolve(request.result); };
      request.onerror = function () { reject(request.error); };
    });
  }

  function run(mode, work) {
    return open().then(function (db) {
      return new Promise(function (resolve, reject) {
        var tx = db.transaction(STORE, mode), result;
        var store = tx.objectStore(STORE);
        var request = work(store);
        if (request) { request.onsuccess = function () { result = request.result; }; }
        tx.oncomplete = function () { db.close(); resolve(result); };
        tx.onerror = function () { db.close(); reject(tx.error); };
      });
    });
  }

  function put(entry) { return run('readwrite', function (s) { return s.put(entry); }); }
  function remove(id) { return run('readwrite', function (s) { return s['delete'](id); }); }
  function all() { return run('readonly', function (s) { return s.getAll(); }).then(function (r) { return r || []; }); }

  /* One try to send an entry. The form page is fetched first: it renews the CSRF cookie and token,
     which may have expired while the phone was offline. */
  function send(entry) {
    return fetch(entry.action, { credentials: 'same-origin' }).then(function (page) {
      if (!page.ok || page.url.indexOf(self.location.origin) !== 0) { throw new Error('not signed in'); }
      return page.text();
    }).then(function (html) {
      var match = /name="csrf-token" value="([^"]+)"/.exec(html);
      if (!match) { throw new Error('no form'); }
      var data = new FormData();
      entry.fields.forEach(function (field) {
        if (field[0] === 'csrf-token') { return; }
        if (field[1] instanceof Blob) { data.append(field[0], field[1], field[2] || 'photo.jpg'); }
        else { data.append(field[0], field[1]); }
      });
      data.append('csrf-token', match[1]);
      return fetch(entry.action, { method: 'POST', body: data, credentials: 'same-origin' });
    }).then(function (response) {
      if (response.ok && /\/(reports|tallies|observer\/checklists)\/[^/]+$/.test(response.url)) {
        return remove(entry.id).then(function () { return { state: 'sent', url: response.url }; });
      }
      if (response.status === 400) { return { state: 'invalid', response: response }; }
      return { state: 'waiting' };
    })['catch'](function () { return { state: 'waiting' }; });
  }

  /* Sends every queued entry, one after the other; returns how many were sent. */
  function flush() {
    return all().then(function (entries) {
      return entries.reduce(function (done, entry) {
        return done.then(function (count) {
          return send(entry).then(function (result) { return count + (result.state === 'sent' ? 1 : 0); });
        });
      }, Promise.resolve(0));
    });
  }

  scope.ObserverQueue = { put: put, remove: remove, all: all, send: send, flush: flush };
})(self);
