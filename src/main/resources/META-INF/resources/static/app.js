/* Enhancements for phones; every page works without them. With JavaScript: photos are scaled
   down before they leave the phone, and a report sent without network is queued on the phone and
   sent when the network is back. */
(function () {
  'use strict';
  if (!('indexedDB' in window) || !window.fetch || !window.ObserverQueue) { return; }
  var Q = window.ObserverQueue;
  var MAX_SIDE = 1600;
  var banner = document.getElementById('queue-banner');
  var owner = document.body.getAttribute('data-owner') || '';

  function text(key) { return banner ? banner.getAttribute('data-' + key) : ''; }

  function showQueue() {
    if (!banner) { return Promise.resolve(); }
    return Q.of(owner).then(function (entries) {
      var refused = entries.filter(function (e) { return e.refused; }).length;
      var waiting = entries.length - refused;
      var lines = [];
      if (waiting) { lines.push(text('queued').replace('{count}', waiting)); }
      if (refused) { lines.push(text('refused').replace('{count}', refused)); }
      banner.hidden = lines.length === 0;
      banner.textContent = lines.join(' ');
    });
  }

  function announce(message) {
    if (!banner) { return; }
    banner.hidden = false;
    banner.textContent = message;
  }

  function scale(file) {
    if (!/^image\/(jpeg|png|webp)$/.test(file.type) || !window.createImageBitmap) { return Promise.resolve(file); }
    return createImageBitmap(file).then(function (bitmap) {
      var ratio = Math.min(1, MAX_SIDE / Math.max(bitmap.width, bitmap.height));
      if (ratio === 1 && file.size < 1500000) { return file; }
      var canvas = document.createElement('canvas');
      canvas.width = Math.round(bitmap.width * ratio);
      canvas.height = Math.round(bitmap.height * ratio);
      canvas.getContext('2d').drawImage(bitmap, 0, 0, canvas.width, canvas.height);
      return new Promise(function (resolve) {
        canvas.toBlob(function (blob) {
          resolve(blob && blob.size < file.size ? new File([blob], file.name.replace(/\.\w+$/, '') + '.jpg',
            { type: 'image/jpeg' }) : file);
        }, 'image/jpeg', 0.85);
      });
    })['catch'](function () { return file; });
  }

  function freshId() {
    if (window.crypto && crypto.randomUUID) { return crypto.randomUUID(); }
    return 'xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx'.replace(/[xy]/g, function (c) {
      var r = Math.random() * 16 | 0; return (c === 'x' ? r : (r & 3 | 8)).toString(16);
    });
  }

  function enhance(form) {
    form.addEventListener('submit', function (event) {
      if (event.submitter && event.submitter.value !== 'send') { return; }
      event.preventDefault();
      var buttons = form.querySelectorAll('button');
      buttons.forEach(function (b) { b.disabled = true; });
      var data = new FormData(form);
      data.set('action', 'send');
      var fields = [];
      var scaling = [];
      data.forEach(function (value, name) {
        if (value instanceof File) {
          if (value.size === 0) { return; }
          scaling.push(scale(value).then(function (photo) { fields.push([name, photo, photo.name]); }));
        } else {
          fields.push([name, value]);
        }
      });
      Promise.all(scaling).then(function () {
        var entry = { id: data.get('submissionId'), action: form.getAttribute('action'), fields: fields,
          owner: owner, queuedAt: Date.now() };
        return Q.put(entry).then(function () { return Q.send(entry); }, function () {
          // the phone cannot keep it (storage full, private mode): send it the plain way
          return { state: 'plain' };
        });
      }).then(function (result) {
        if (result.state === 'plain') { HTMLFormElement.prototype.submit.call(form); return; }
        if (result.state === 'sent') { window.location.href = result.url; return; }
        if (result.state === 'refused') {
          // the server keeps nothing of a form it refuses: let it show why, the plain way
          return Q.remove(data.get('submissionId')).then(function () { HTMLFormElement.prototype.submit.call(form); });
        }
        form.reset();
        form.querySelector('[name=submissionId]').value = freshId();
        buttons.forEach(function (b) { b.disabled = false; });
        if (navigator.serviceWorker && navigator.serviceWorker.ready) {
          navigator.serviceWorker.ready.then(function (sw) { return sw.sync && sw.sync.register('send-queue'); })['catch'](function () {});
        }
        return showQueue();
      });
    });
  }

  function flush() {
    return Q.of(owner).then(function (entries) {
      if (!entries.length) { return; }
      return Q.flush(owner).then(function (sent) {
        if (sent) { announce(text('sent').replace('{count}', sent)); }
        return Q.of(owner).then(function (left) { if (left.length) { showQueue(); } });
      });
    });
  }

  if (!owner) { return; }
  document.querySelectorAll('form.queued-form').forEach(enhance);
  window.addEventListener('online', flush);
  showQueue().then(function () { if (navigator.onLine !== false) { return flush(); } });
  if ('serviceWorker' in navigator) { navigator.serviceWorker.register('/sw.js')['catch'](function () {}); }
})();
