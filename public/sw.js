// Waymark's service worker: keeps the app shell so the app opens with no
// signal. It caches only the app's own files, never a client's words (those
// live in localStorage or sessionStorage). scripts/post-build.mjs fills in
// the version and the file list of each build.
const VERSION = "__WAYMARK_VERSION__";
const ASSETS = __WAYMARK_ASSETS__;

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(VERSION).then((cache) => cache.addAll(ASSETS)).then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  const old = (keys) => keys.filter((key) => key !== VERSION).map((key) => caches.delete(key));
  event.waitUntil(caches.keys().then((keys) => Promise.all(old(keys))).then(() => self.clients.claim()));
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === "navigate") {
    // The page itself: fresh when online (so an update arrives on the next
    // launch), the cached copy when offline. The fragment never reaches here.
    event.respondWith(fetch(request).catch(() => caches.match("./index.html")));
    return;
  }
  // Hashed files never change: the cache first.
  event.respondWith(caches.match(request).then((hit) => hit || fetch(request)));
});
