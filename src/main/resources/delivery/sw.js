/*
 * Fieldguide's service worker: lets readers open pages again without a connection.
 *
 * What it keeps: only same-origin GET answers with status 200 whose Cache-Control says "public", i.e.
 * what an anonymous reader gets. Pages read while signed in are "private" and never stored.
 *   - pages: network first; without a network, the kept copy, else the offline page of that language
 *   - /assets/**: cache first (the file names change when their content does)
 *   - /files/**: only kept when the reader keeps a category offline (offline.js does it)
 * Signing out empties the pages cache, so nothing read in a session outlives it.
 */
'use strict';

const PAGES = 'fieldguide-pages-v1';     // pages as they were visited
const KEPT = 'fieldguide-kept-v1';       // categories kept on purpose (shared with offline.js)
const ASSETS = 'fieldguide-assets-v1';   // CSS, JavaScript, images
const OFFLINE = 'fieldguide-offline-v1'; // the offline page in each language
const CURRENT = [PAGES, KEPT, ASSETS, OFFLINE];
const LANGUAGES = ['en', 'fr', 'es', 'ar'];

function keepable(response) {
  return response && response.status === 200 && response.type === 'basic' && !response.redirected
    && /(^|,)\s*public\s*(,|$)/i.test(response.headers.get('Cache-Control') || '');
}

function languageOf(url) {
  const first = url.pathname.split('/')[1];
  return LANGUAGES.includes(first) ? first : 'en';
}

// The offline pages are fetched without cookies, so that they are the anonymous version, and the
// assets they use are kept with them (found in their HTML, so no file name is written here).
async function keepOfflinePages() {
  const offline = await caches.open(OFFLINE);
  const assets = await caches.open(ASSETS);
  for (const lang of LANGUAGES) {
    const url = '/' + lang + '/offline';
    const response = await fetch(url, { credentials: 'omit', cache: 'no-cache' });
    if (!keepable(response)) {
      throw new Error('Cannot keep ' + url + ': ' + response.status);
    }
    const html = await response.clone().text();
    await offline.put(url, response);
    for (const match of html.matchAll(/(?:href|src)="(\/assets\/[^"]+)"/g)) {
      if (!(await assets.match(match[1]))) {
        const asset = await fetch(match[1], { credentials: 'omit' });
        if (keepable(asset)) {
          await assets.put(match[1], asset);
        }
      }
    }
  }
}

self.addEventListener('install', (event) => {
  event.waitUntil(keepOfflinePages().then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((names) => Promise.all(names
      .filter((name) => name.startsWith('fieldguide-') && !CURRENT.includes(name))
      .map((name) => caches.delete(name))))
    .then(() => self.clients.claim()));
});

self.addEventListener('message', (event) => {
  if (event.data === 'signed-out') {
    event.waitUntil(caches.delete(PAGES));
  }
});

async function page(event) {
  const request = event.request;
  try {
    const response = await fetch(request);
    if (keepable(response)) {
      const copy = response.clone();
      event.waitUntil(caches.open(PAGES).then((cache) => cache.put(request, copy)));
    }
    return response;
  } catch (offline) {
    const kept = await caches.match(request, { ignoreVary: true, ignoreSearch: false });
    if (kept) {
      return kept;
    }
    const fallback = await caches.match('/' + languageOf(new URL(request.url)) + '/offline',
      { cacheName: OFFLINE, ignoreVary: true });
    return fallback || Response.error();
  }
}

async function asset(event) {
  const cached = await caches.match(event.request, { cacheName: ASSETS, ignoreVary: true });
  if (cached) {
    return cached;
  }
  const response = await fetch(event.request);
  if (keepable(response)) {
    const copy = response.clone();
    event.waitUntil(caches.open(ASSETS).then((cache) => cache.put(event.request, copy)));
  }
  return response;
}

// A kept file first (it may be large and the connection poor); otherwise the network, without keeping it.
async function file(event) {
  const kept = await caches.match(event.request, { cacheName: KEPT, ignoreVary: true });
  return kept || fetch(event.request);
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) {
    return;
  }
  if (request.method === 'POST' && url.pathname === '/logout') {
    // the form is sent as usual; meanwhile the pages of the session are forgotten
    event.waitUntil(caches.delete(PAGES));
    return;
  }
  if (request.method !== 'GET') {
    return;
  }
  if (url.pathname.startsWith('/assets/')) {
    event.respondWith(asset(event));
  } else if (url.pathname.startsWith('/files/')) {
    event.respondWith(file(event));
  } else if (request.mode === 'navigate') {
    event.respondWith(page(event));
  }
});
