// Waymark's service worker: keeps the app shell so the app opens with no
// signal. It caches only the app's own files, never a client's words (those
// live in localStorage or sessionStorage). scripts/post-build.mjs fills in
// the version and the file list of each build.
const VERSION = "__WAYMARK_VERSION__";
const ASSETS = __WAYMARK_ASSETS__;
// Every language's messages: a first visit fetches only the reader's, and
// the worker keeps them all, so switching language works with no signal.
const LANGUAGES = __WAYMARK_LANGUAGES__;
// What the page fetches only when it is needed, never on the way to the
// Start button: the screens after Welcome (their wasm module) and the share
// worker (the cipher and the QR encoder), which only the Share step starts.
// Kept too, so that the whole journey works with no signal.
const LATER = __WAYMARK_LATER__;

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(VERSION)
      .then((cache) => cache.addAll([...ASSETS, ...LANGUAGES, ...LATER]))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  const old = (keys) => keys.filter((key) => key !== VERSION).map((key) => caches.delete(key));
  event.waitUntil(caches.keys().then((keys) => Promise.all(old(keys))).then(() => self.clients.claim()));
});

// The case manager's page (open/) is not stored ahead: a client's phone
// never needs it. On a device where this worker runs (the client's app
// registers it), its files are kept once it has been opened, so that it too
// opens with no signal afterwards.
const caseManagerRoot = new URL("open/", self.registration.scope).href;
const caseManagerPage = (url) => url.startsWith(caseManagerRoot);
const keep = (event, key, response) => {
  if (response.status === 200) {
    const copy = response.clone();
    event.waitUntil(caches.open(VERSION).then((cache) => cache.put(key, copy)).catch(() => undefined));
  }
  return response;
};

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  const forCaseManager = caseManagerPage(request.url);
  if (request.mode === "navigate") {
    // The page itself: fresh when online (so an update arrives on the next
    // launch), the cached copy when offline. The fragment never reaches here.
    const page = forCaseManager ? "./open/" : "./index.html";
    event.respondWith(
      fetch(request)
        .then((response) => (forCaseManager ? keep(event, page, response) : response))
        .catch(() => caches.match(page)),
    );
    return;
  }
  // The cache first: hashed files never change, and the rest (the share
  // worker's, the screens' module) are of this worker's version.
  event.respondWith(
    caches.match(request).then((hit) => hit || fetch(request).then((r) => (forCaseManager ? keep(event, request, r) : r))),
  );
});
