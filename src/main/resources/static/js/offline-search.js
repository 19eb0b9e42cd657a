/* Search of the offline copy: matches the words typed against the prebuilt index in
   search-index.js (window.FIELDGUIDE_SEARCH), accent- and case-insensitive, each word as a prefix.
   Words are folded as OfflineSearch.fold does on the server. Without JavaScript the page lists all entries. */
(function () {
  'use strict';
  var entries = window.FIELDGUIDE_SEARCH;
  var form = document.getElementById('offline-search');
  var input = document.getElementById('offline-q');
  var out = document.getElementById('offline-results');
  var all = document.getElementById('offline-all');
  if (!entries || !form || !input || !out) { return; }

  function fold(text) { return text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase(); }
  function words(text) { return fold(text).split(/[^\p{L}\p{N}]+/u).filter(function (w) { return w.length > 0; }); }
  entries.forEach(function (e) { e.tws = e.tw.split(' '); e.ws = e.w.split(' '); });

  function has(list, prefix) {
    for (var i = 0; i < list.length; i++) { if (list[i].lastIndexOf(prefix, 0) === 0) { return true; } }
    return false;
  }

  function find(query) {
    var wanted = words(query);
    if (!wanted.length) { return null; }
    var hits = [];
    entries.forEach(function (e, order) {
      var score = 0;
      for (var i = 0; i < wanted.length; i++) {
        if (has(e.tws, wanted[i])) { score += 3; } else if (has(e.ws, wanted[i])) { score += 1; } else { return; }
      }
      hits.push({ entry: e, score: score, order: order });
    });
    hits.sort(function (a, b) { return b.score - a.score || a.order - b.order; });
    return hits;
  }

  function show(query) {
    var hits = find(query);
    out.textContent = '';
    if (all) { all.hidden = hits !== null; }
    if (hits === null) { return; }
    var status = document.createElement('p');
    status.textContent = hits.length ? out.getAttribute('data-count').replace('{n}', hits.length) : out.getAttribute('data-none');
    out.appendChild(status);
    var list = document.createElement('ol');
    hits.forEach(function (hit) {
      var item = document.createElement('li');
      var link = document.createElement('a');
      link.href = hit.entry.u;
      link.textContent = hit.entry.t;
      var summary = document.createElement('p');
      summary.textContent = hit.entry.s;
      if (hit.entry.l) {
        link.lang = summary.lang = hit.entry.l;
        link.dir = summary.dir = hit.entry.d;
      }
      var category = document.createElement('span');
      category.className = 'category';
      category.textContent = hit.entry.c;
      item.appendChild(link);
      item.appendChild(category);
      item.appendChild(summary);
      list.appendChild(item);
    });
    out.appendChild(list);
  }

  var timer;
  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(function () { show(input.value); }, 150);
  });
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    show(input.value);
  });
  var initial = new URLSearchParams(window.location.search).get('q');
  if (initial) {
    input.value = initial;
    show(initial);
  }
}());
