/*
 * Reading without a connection: registers the service worker (/sw.js), runs "Keep this category
 * offline" on category pages and lists the kept pages on the offline page. Pages work without it.
 */
(function () {
  'use strict';

  if (!('serviceWorker' in navigator) || !('caches' in window)) {
    return;
  }
  var KEPT = 'fieldguide-kept-v1';   // the same names as in sw.js
  var PAGES = 'fieldguide-pages-v1';
  var RECORDS = '/offline-kept/';    // one record per kept category: /offline-kept/{lang}/{category}

  navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(function () { /* the site works without it */ });

  // Signing out: forget the pages of the session (the worker does it too when it sees the form sent).
  document.querySelectorAll('form[action$="/logout"]').forEach(function (form) {
    form.addEventListener('submit', function () {
      if (navigator.serviceWorker.controller) {
        navigator.serviceWorker.controller.postMessage('signed-out');
      }
      caches.delete(PAGES);
    });
  });

  function format(text, values) {
    return text.replace(/\{(\d+)\}/g, function (all, i) { return String(values[Number(i)]); });
  }

  function isPublic(response) {
    return response.ok && response.status === 200 && !response.redirected
      && /(^|,)\s*public\s*(,|$)/i.test(response.headers.get('Cache-Control') || '');
  }

  function records() {
    return caches.open(KEPT).then(function (cache) {
      return cache.keys().then(function (requests) {
        return Promise.all(requests
          .filter(function (r) { return new URL(r.url).pathname.indexOf(RECORDS) === 0; })
          .map(function (r) { return cache.match(r).then(function (res) { return res.json(); }); }));
      });
    });
  }

  // ---- "Keep this category offline" (category pages) ----
  var box = document.querySelector('[data-keep-offline]');
  if (box) {
    var keepButton = box.querySelector('[data-keep]');
    var removeButton = box.querySelector('[data-remove]');
    var status = box.querySelector('[data-status]');
    var recordUrl = RECORDS + box.dataset.lang + '/' + box.dataset.category;
    box.hidden = false;

    var show = function (record) {
      keepButton.textContent = record ? box.dataset.msgUpdate : box.dataset.msgKeep;
      removeButton.hidden = !record;
      if (record) {
        status.textContent = record.summary;
      }
    };
    caches.open(KEPT).then(function (c) { return c.match(recordUrl); })
      .then(function (r) { return r ? r.json() : null; }).then(show);

    keepButton.addEventListener('click', function () {
      keepButton.disabled = true;
      removeButton.disabled = true;
      status.textContent = box.dataset.msgPreparing;
      fetch(box.dataset.list, { credentials: 'omit' })
        .then(function (r) { if (!r.ok) { throw new Error(r.status); } return r.json(); })
        .then(function (answer) {
          var listing = answer.listing;
          var items = listing.pages.concat(listing.files);
          var done = 0;
          var failed = 0;
          return caches.open(KEPT).then(function (cache) {
            // one at a time: gentle on a poor connection, and the progress means something
            return items.reduce(function (previous, item) {
              return previous.then(function () {
                return fetch(item.url, { credentials: 'omit', cache: 'no-cache' })
                  .then(function (response) {
                    if (!isPublic(response)) { throw new Error(response.status); }
                    return cache.put(item.url, response);
                  })
                  .catch(function () { failed++; })
                  .then(function () {
                    done++;
                    status.textContent = format(box.dataset.msgProgress, [done, items.length]);
                  });
              });
            }, Promise.resolve()).then(function () {
              var record = {
                lang: listing.language, category: listing.category, title: listing.title,
                version: listing.version, keptAt: new Date().toISOString(), summary: answer.summary,
                pages: listing.pages, files: listing.files
              };
              return cache.put(recordUrl, new Response(JSON.stringify(record),
                { headers: { 'Content-Type': 'application/json' } })).then(function () {
                show(record);
                if (failed > 0) {
                  status.textContent = format(box.dataset.msgFailed, [failed]);
                }
              });
            });
          });
        })
        .catch(function () { status.textContent = box.dataset.msgError; })
        .then(function () { keepButton.disabled = false; removeButton.disabled = false; });
    });

    removeButton.addEventListener('click', function () {
      removeButton.disabled = true;
      Promise.all([caches.open(KEPT), caches.open(PAGES), records()]).then(function (opened) {
        var kept = opened[0];
        var pages = opened[1];
        var others = {};
        opened[2].forEach(function (r) {
          if (RECORDS + r.lang + '/' + r.category !== recordUrl) {
            r.pages.concat(r.files).forEach(function (item) { others[item.url] = true; });
          }
        });
        return kept.match(recordUrl).then(function (r) { return r ? r.json() : { pages: [], files: [] }; })
          .then(function (record) {
            var urls = record.pages.concat(record.files).map(function (item) { return item.url; });
            return Promise.all(urls.filter(function (u) { return !others[u]; }).map(function (u) {
              return Promise.all([kept.delete(u), pages.delete(u, { ignoreVary: true })]);
            }));
          })
          .then(function () { return kept.delete(recordUrl); });
      }).then(function () {
        show(null);
        status.textContent = box.dataset.msgRemoved;
      }).then(function () { removeButton.disabled = false; }, function () { removeButton.disabled = false; });
    });
  }

  // ---- The offline page: the pages kept on this device ----
  var list = document.querySelector('[data-kept-pages]');
  if (list) {
    var titleOf = function (html) {
      var match = /<title>([^<]*)<\/title>/.exec(html);
      var text = document.createElement('textarea');
      text.innerHTML = match ? match[1] : '';
      return text.value.replace(/\s*·[^·]*$/, '');
    };
    var names = { en: 'English', fr: 'Français', es: 'Español', ar: 'العربية' };
    var here = document.documentElement.lang;
    var add = function (url, title) {
      var language = url.split('/')[1];
      var li = document.createElement('li');
      var a = document.createElement('a');
      a.href = url;
      a.textContent = title;
      if (names[language]) {
        a.lang = language;
        a.dir = language === 'ar' ? 'rtl' : 'ltr';
      }
      li.appendChild(a);
      if (names[language] && language !== here) {
        var tag = document.createElement('span');
        tag.className = 'muted';
        tag.lang = language;
        tag.textContent = ' · ' + names[language];
        li.appendChild(tag);
      }
      // this page's language first
      if (language === here) {
        var first = Array.prototype.find.call(list.children, function (other) { return other.dataset.other; });
        list.insertBefore(li, first || null);
      } else {
        li.dataset.other = 'true';
        list.appendChild(li);
      }
    };
    var seen = {};
    records().then(function (kept) {
      kept.forEach(function (record) {
        record.pages.forEach(function (p) {
          if (!seen[p.url]) { seen[p.url] = true; add(p.url, p.title); }
        });
      });
      return caches.open(PAGES);
    }).then(function (cache) {
      return cache.keys().then(function (requests) {
        return Promise.all(requests.map(function (r) {
          var path = new URL(r.url).pathname + new URL(r.url).search;
          if (seen[path]) { return null; }
          seen[path] = true;
          return cache.match(r).then(function (res) { return res.text(); })
            .then(function (html) { add(path, titleOf(html)); });
        }));
      });
    }).then(function () {
      document.querySelector('[data-kept-none]').hidden = list.children.length > 0;
    });
  }
}());
