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
  var restoring = null;  // the id of the refused form being filled in again on this page

  function text(key) { return banner ? banner.getAttribute('data-' + key) : ''; }

  function element(tag, content, className) {
    var node = document.createElement(tag);
    if (content) { node.textContent = content; }
    if (className) { node.className = className; }
    return node;
  }

  /* What a queued form is, read from where it goes, and when it was filled in. */
  function describe(entry) {
    var path = entry.action.split(/[?#]/)[0];
    var station = /^\/observer\/stations\/([^/]+)\/(report|tally|checklist)$/.exec(path);
    var amend = /^\/reports\/([^/]+)\/amend$/.exec(path);
    var what = station ? text('kind-' + station[2]) + ' · ' + text('station') + ' ' + decodeURIComponent(station[1])
      : amend ? text('kind-amend') + ' ' + amend[1] : path;
    var when = new Date(entry.queuedAt);
    try {
      when = when.toLocaleString(document.documentElement.lang, { dateStyle: 'medium', timeStyle: 'short' });
    } catch (e) { when = when.toLocaleString(); }
    return what + ' · ' + when;
  }

  /* A refused form: open it again filled in, see what was typed (if its page is gone), or throw it away. */
  function refusedItem(entry) {
    var item = element('li');
    item.appendChild(element('strong', describe(entry)));
    var typed = entry.fields.filter(function (f) {
      return typeof f[1] === 'string' && f[1].trim() && !/^(csrf-token|submissionId|action)$/.test(f[0]);
    }).map(function (f) { return f[1]; });
    var details = element('details');
    details.appendChild(element('summary', text('typed')));
    details.appendChild(element('p', typed.join(' · ')));
    item.appendChild(details);
    var actions = element('span', null, 'actions');
    var open = element('a', text('open'), 'button');
    open.href = entry.action + '#restore=' + encodeURIComponent(entry.id);
    var discard = element('button', text('discard'), 'secondary');
    discard.type = 'button';
    discard.addEventListener('click', function () {
      if (window.confirm(text('discard-confirm'))) { Q.remove(entry.id).then(function () { showQueue(); }); }
    });
    actions.appendChild(open);
    actions.appendChild(discard);
    item.appendChild(actions);
    return item;
  }

  /* The banner: an optional message, how many forms wait, and each refused form with what to do. */
  function showQueue(message) {
    if (!banner) { return Promise.resolve(); }
    return Q.of(owner).then(function (entries) {
      var refused = entries.filter(function (e) { return e.refused && e.id !== restoring; });
      var waiting = entries.filter(function (e) { return !e.refused; }).length;
      banner.textContent = '';
      if (message) { banner.appendChild(element('p', message)); }
      if (waiting) { banner.appendChild(element('p', text('queued').replace('{count}', waiting))); }
      if (refused.length) {
        banner.appendChild(element('p', text('refused').replace('{count}', refused.length)));
        var list = element('ul', null, 'refused');
        refused.forEach(function (e) { list.appendChild(refusedItem(e)); });
        banner.appendChild(list);
      }
      banner.hidden = !banner.firstChild;
    });
  }

  /* "Open again" of a refused form: its page, with #restore=<id>, gets the stored fields back
     (photos too where the browser lets a script set a file input); the message to show, or null. */
  function restore() {
    var wanted = /^#restore=(.+)$/.exec(window.location.hash);
    var form = document.querySelector('form.queued-form');
    if (!wanted || !form) { return Promise.resolve(null); }
    return Q.of(owner).then(function (entries) {
      var entry = entries.filter(function (e) { return e.id === decodeURIComponent(wanted[1]); })[0];
      if (!entry) { return null; }
      restoring = entry.id;
      var filled = {}, files = {};
      form.querySelectorAll('input[type=radio], input[type=checkbox]').forEach(function (i) { i.checked = false; });
      entry.fields.forEach(function (field) {
        var name = field[0], value = field[1];
        if (name === 'csrf-token' || name === 'action') { return; }
        if (value instanceof Blob) {
          (files[name] = files[name] || []).push(new File([value], field[2] || 'photo.jpg', { type: value.type }));
          return;
        }
        var inputs = form.querySelectorAll('[name="' + name.replace(/["\\]/g, '') + '"]');
        if (inputs.length && (inputs[0].type === 'radio' || inputs[0].type === 'checkbox')) {
          inputs.forEach(function (input) { if (input.value === value) { input.checked = true; } });
        } else if (inputs.length) {
          var index = filled[name] || 0;
          if (inputs[index]) { inputs[index].value = value; }
          filled[name] = index + 1;
        }
      });
      var photosLost = false;
      Object.keys(files).forEach(function (name) {
        try {
          var transfer = new DataTransfer();
          files[name].forEach(function (file) { transfer.items.add(file); });
          form.querySelector('[name="' + name + '"]').files = transfer.files;
        } catch (e) { photosLost = true; }
      });
      if (window.history && history.replaceState) { history.replaceState(null, '', location.pathname + location.search); }
      return text('restored') + (photosLost ? ' ' + text('reattach') : '');
    });
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

  /* Sends what waits; the banner then says how many went and what is left. */
  function flush(before) {
    return Q.flush(owner).then(function (sent) {
      var message = [before, sent ? text('sent').replace('{count}', sent) : null].filter(Boolean).join(' ');
      return showQueue(message);
    });
  }

  if (!owner) { return; }
  document.querySelectorAll('form.queued-form').forEach(enhance);
  window.addEventListener('online', function () { flush(null); });
  // "Open it again" on the page of that very form changes only the address's #fragment
  window.addEventListener('hashchange', function () { restore().then(function (m) { if (m) { return showQueue(m); } }); });
  restore().then(function (restored) { return navigator.onLine === false ? showQueue(restored) : flush(restored); });
  if ('serviceWorker' in navigator) { navigator.serviceWorker.register('/sw.js')['catch'](function () {}); }
})();
