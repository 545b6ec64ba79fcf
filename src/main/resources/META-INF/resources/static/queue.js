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
     which may have expired while the phone was offline. The states: sent; waiting (no network, the
     server failing, or signed out: try again later); other (someone else is signed in: keep it for
     its owner); refused (the server will not take it as it is: the observer must look at it). */
  function send(entry) {
    return fetch(entry.action, { credentials: 'same-origin' }).then(function (page) {
      if (page.status === 403 || page.status === 404) { throw { state: 'refused', status: page.status }; }
      if (!page.ok || page.url.indexOf(self.location.origin) !== 0) { throw { state: 'waiting' }; }
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
      return fetch(entry.action, { method: 'POST', body: data, credentials: 'same-origin',
        headers: { 'X-Queue-Owner': entry.owner || '' } });
    }).then(function (response) {
      if (response.ok && /\/(reports|tallies|observer\/checklists)\/[^/]+$/.test(response.url)) {
        return remove(entry.id).then(function () { return { state: 'sent', url: response.url }; });
      }
      if (response.status === 409) { return { state: 'other' }; }
      if (response.status >= 400 && response.status < 500) { return refuse(entry, response.status); }
      return { state: 'waiting' };
    })['catch'](function (failure) {
      if (failure && failure.state === 'refused') { return refuse(entry, failure.status); }
      return { state: 'waiting' };
    });
  }

  /* Kept, not tried again: the banner lists it, to open it again filled in or to discard it. */
  function refuse(entry, status) {
    entry.refused = status;
    return put(entry).then(function () { return { state: 'refused', status: status }; });
  }

  /* The entries of one owner, or of all when the owner is not known (the service worker). */
  function of(owner) {
    return all().then(function (entries) {
      return entries.filter(function (e) { return !owner || e.owner === owner; });
    });
  }

  /* Sends the owner's queued entries (all, without an owner), one after the other; returns how many were sent. */
  function flush(owner) {
    return of(owner).then(function (entries) {
      entries = entries.filter(function (e) { return !e.refused; });
      return entries.reduce(function (done, entry) {
        return done.then(function (count) {
          return send(entry).then(function (result) { return count + (result.state === 'sent' ? 1 : 0); });
        });
      }, Promise.resolve(0));
    });
  }

  scope.ObserverQueue = { put: put, remove: remove, of: of, send: send, flush: flush };
})(self);
