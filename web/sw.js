// Neurite's service worker: after one visit the app opens with the network off.
//
// The cache is named after this build (BUILD) and holds exactly its files (FILES): both are
// written by scripts/sw-manifest after every Trunk build, so a new build is a new sw.js, which
// the browser installs on its next visit; the new worker caches the new files and deletes
// every older neurite-… cache when it takes over. The page itself is fetched network first,
// so a visitor online always gets the newest page; only offline is the cached one shown.
// Hashed files (their names change with their content) come from the cache first.
// PARTS are the lab families' wasm parts (scripts/split-build): not installed with the build
// (a first visit to the playground never downloads them) but cached when a lab fetches one,
// and carried over from the previous build's cache when their name (their content) is unchanged.
const BUILD = 'unbuilt';
const FILES = [];
const PARTS = [];
const CACHE = `neurite-${BUILD}`;
const PAGE = './';
// The data sets (data/<file>?v=<hash>): cached when a lab first fetches them, in a cache
// that outlives builds (their address changes when their content does); a newer version of
// a file replaces the older one in it.
const DATA = 'neurite-data';

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE)
      // `reload`: from the network, never the HTTP cache, which may hold an older page.
      .then((cache) => cache.addAll([PAGE, ...FILES].map((url) => new Request(url, { cache: 'reload' })))
        .then(() => keepParts(cache)))
      .then(() => self.skipWaiting()),
  );
});

/** Copies the parts this build still uses from older caches into `cache`. */
async function keepParts(cache) {
  const wanted = new Set(PARTS.map((p) => new URL(p, self.location).href));
  for (const name of await caches.keys()) {
    if (!name.startsWith('neurite-') || name === CACHE) continue;
    const old = await caches.open(name);
    for (const request of await old.keys()) {
      if (wanted.has(request.url)) await cache.put(request, await old.match(request));
    }
  }
}

const isPart = (url) => PARTS.some((p) => new URL(p, self.location).href === url.split('?')[0]);

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((names) => Promise.all(names
        .filter((name) => name.startsWith('neurite-') && name !== CACHE && name !== DATA)
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
  const url = new URL(request.url);
  if (url.pathname.includes('/data/') && url.searchParams.has('v')) {
    event.respondWith(caches.open(DATA).then((cache) => cache.match(request).then((hit) => hit
      ?? fetch(request).then((response) => {
        if (response.ok) {
          const fresh = response.clone();
          cache.keys()
            .then((keys) => Promise.all(keys
              .filter((key) => new URL(key.url).pathname === url.pathname)
              .map((key) => cache.delete(key))))
            .then(() => cache.put(request, fresh));
        }
        return response;
      }))));
    return;
  }
  event.respondWith(
    caches.open(CACHE)
      .then((cache) => cache.match(request, { ignoreSearch: true }))
      .then((hit) => hit ?? fetch(request).then((response) => {
        if (response.ok && isPart(request.url)) {
          const copy = response.clone();
          event.waitUntil(caches.open(CACHE).then((cache) => cache.put(request, copy)));
        }
        return response;
      })),
  );
});
