// Neurite's service worker: after one visit the app opens with the network off.
//
// The cache is named after this build (BUILD) and holds exactly its files (FILES): both are
// written by scripts/sw-manifest after every Trunk build, so a new build is a new sw.js, which
// the browser installs on its next visit; the new worker caches the new files and deletes
// every older neurite-… cache when it takes over. The page itself is fetched network first,
// so a visitor online always gets the newest page; only offline is the cached one shown.
// Hashed files (their names change with their content) come from the cache first.
const BUILD = 'unbuilt';
const FILES = [];
const CACHE = `neurite-${BUILD}`;
const PAGE = './';

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE)
      // `reload`: from the network, never the HTTP cache, which may hold an older page.
      .then((cache) => cache.addAll([PAGE, ...FILES].map((url) => new Request(url, { cache: 'reload' }))))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((names) => Promise.all(names
        .filter((name) => name.startsWith('neurite-') && name !== CACHE)
        .map((name) => caches.delete(name))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    event.respondWith(fetch(request).catch(() =>
      caches.open(CACHE).then((cache) => cache.match(PAGE)).then((page) => page ?? Response.error())));
    return;
  }
  event.respondWith(
    caches.open(CACHE)
      .then((cache) => cache.match(request, { ignoreSearch: true }))
      .then((hit) => hit ?? fetch(request)),
  );
});
