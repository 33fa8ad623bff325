// The seven journeys every engine must get through, written once against the
// driver verbs (open, reload, url, click, type, select, evaluate, errors,
// close) that driver-firefox.mjs and driver-webkit.mjs both provide.
import { message, cameraFilming } from "../e2e/helpers.mjs";
import { until } from "./wait.mjs";
import { startServer } from "./server.mjs";

// --- small steps built on the verbs -------------------------------------

/** Waits until what `fn` computes in the page is truthy; returns it. */
const waitIn = (session, what, fn, ...args) => until(() => session.evaluate(fn, ...args), { what });

const textOf = (selector) => document.querySelector(selector)?.innerText ?? "";

/** Waits until the element's visible text contains `words`. */
const waitForText = (session, selector, words) =>
  waitIn(session, `"${words}" in ${selector}`, (s, w) => (document.querySelector(s)?.innerText ?? "").includes(w), selector, words);

/** Waits until the autosave has written `words` to `storage`. */
const waitForSaved = (session, words, storage = "localStorage") =>
  waitIn(session, `"${words}" saved in ${storage}`, (w, s) => (window[s].getItem("waymark.plan") ?? "").includes(w), words, storage);

/** Opens `url` and waits until the app has started (its splash is gone).
 * Moving on sooner would abort the page's own downloads, which Firefox
 * reports as console errors of the page being left. */
async function openApp(session, url) {
  await session.open(url);
  await appStarted(session);
}

async function reloadApp(session) {
  await session.reload();
  await appStarted(session);
}

const appStarted = (session) =>
  waitIn(session, "the app to start", () => document.readyState === "complete" && !document.getElementById("splash"));

function check(condition, what) {
  if (!condition) throw new Error(what);
}

/** Opens the app with nothing saved and picks a language with the picker. */
async function openFresh(session, base, lang) {
  await openApp(session, `${base}/`);
  await session.evaluate(() => localStorage.clear());
  await reloadApp(session);
  await waitIn(session, "the language picker", () => !!document.querySelector("#language"));
  // Picking the language already shown changes nothing (WebKit fires no
  // change event for it), so there is nothing to wait for then.
  if ((await session.evaluate(() => document.documentElement.lang)) === lang) return;
  await session.select("#language", lang);
  await waitIn(session, `the page in ${lang}`, (l) => document.documentElement.lang === l, lang);
  // The choice is saved once it shows; wait for it so that it does not land
  // on top of what the journey writes next.
  await waitIn(session, "the language saved", (l) => localStorage.getItem("waymark.lang") === JSON.stringify(l), lang);
}

/** Every value in every place a browser keeps site data, as one string. */
async function everythingStored() {
  const parts = [JSON.stringify({ ...localStorage }), JSON.stringify({ ...sessionStorage })];
  for (const name of await caches.keys()) {
    const cache = await caches.open(name);
    for (const request of await cache.keys()) parts.push(request.url, await (await cache.match(request)).text());
  }
  if (indexedDB.databases) parts.push(JSON.stringify(await indexedDB.databases()));
  return parts.join("\n");
}

// --- the journeys ----------------------------------------------------------

/** (1) A client's walk in Spanish: answers and a goal survive a reload. */
async function walkWithReload(browser, { base }) {
  const es = (id) => message("es", id);
  const client = await browser.newSession();
  try {
    await openFresh(client, base, "es");
    await client.click("#start");
    await waitForText(client, "h1", es("question-strengths"));
    await client.click('.chip[data-key="have-valid-id"]');
    await client.type(".own-words input", "Sé cocinar para muchas personas", { enter: true });
    await waitForText(client, ".answer-list", "Sé cocinar para muchas personas");
    await client.click(".progress-step", es("part-goals"));
    await waitForText(client, "h1", es("question-goals"));
    await client.click("#add-goal");
    await client.type(".goal-editor input[type=text]", "Encontrar un lugar estable");
    await client.click(".add-step");
    await client.type(".step input[type=text]", "Llamar al albergue");
    await waitForSaved(client, "Llamar al albergue");

    await reloadApp(client);
    await waitForText(client, "h1", es("question-goals"));
    check((await client.url()).endsWith("#goals"), "the reload stays on the Goals step");
    await waitForText(client, ".goal-title", "Encontrar un lugar estable");

    await client.click("#next");
    await waitForText(client, "h1", es("review-title"));
    const review = await client.evaluate(textOf, ".plan-summary");
    for (const words of [es("chip-have-valid-id"), "Sé cocinar para muchas personas", "Encontrar un lugar estable", "Llamar al albergue"]) {
      check(review.includes(words), `Review shows "${words}"`);
    }
    return client.errors();
  } finally {
    await client.close();
  }
}

/** (2) On a kiosk, "I am finished" then erase leaves nothing of their words. */
async function kioskEraseLeavesNoTrace(browser, { base }) {
  const words = ["Kasia-zielony-rower", "tajne-słowo-42"];
  const es = (id) => message("es", id);
  const kiosk = await browser.newSession();
  try {
    await openApp(kiosk, `${base}/?setup=kiosk&idle=600&lang=es`);
    await waitForText(kiosk, ".kiosk-note", es("kiosk-note"));
    await kiosk.click("#start");
    await kiosk.type(".own-words input", words[0], { enter: true });
    await waitForText(kiosk, ".answer-list", words[0]);
    await kiosk.click("#next");
    await waitForText(kiosk, "h1", es("question-weaknesses"));
    await kiosk.type(".own-words input", words[1], { enter: true });
    await waitForSaved(kiosk, words[1], "sessionStorage");
    check((await kiosk.evaluate(() => localStorage.getItem("waymark.plan"))) === null, "a kiosk keeps no draft in localStorage");
    // The scan below does see their words while they are there.
    check((await kiosk.evaluate(everythingStored)).includes(words[1]), "the storage scan finds the draft before the erase");

    await kiosk.click("#finish");
    await waitForText(kiosk, "#finish-title", es("finish-title"));
    await kiosk.click("#finish-yes");
    await waitForText(kiosk, "h1", es("welcome-title"));
    const stored = await kiosk.evaluate(everythingStored);
    const screen = await kiosk.evaluate(textOf, "body");
    for (const word of words) {
      check(!stored.includes(word), `"${word}" is gone from storage and caches`);
      check(!screen.includes(word), `"${word}" is gone from the screen`);
    }
    check((await kiosk.evaluate(() => localStorage.getItem("waymark.device"))).includes("kiosk"), "the device stays a kiosk");
    return kiosk.errors();
  } finally {
    await kiosk.close();
  }
}

/** (3) A link made on the Share step opens the plan on the case manager's
 * page in a browser session that shares nothing with the client's. */
async function shareLinkToCaseManager(browser, { base }) {
  const en = (id) => message("en", id);
  const client = await browser.newSession();
  let link;
  let errors;
  try {
    await openFresh(client, base, "en");
    await client.click("#start");
    await client.click('.chip[data-key="can-cook"]');
    await client.type(".own-words input", "I fix bikes", { enter: true });
    await waitForText(client, ".answer-list", "I fix bikes");
    await client.click(".progress-step", en("part-share"));
    await waitForText(client, "h1", en("share-title"));
    await client.click("#make-code");
    link = await waitIn(client, "the share link", () => document.querySelector("#share-link")?.value);
    check(/^http:\/\/127\.0\.0\.1:\d+\/open\/#i\/WM3-\d+$/.test(link), `a link to the case manager's page (got ${link})`);
    errors = client.errors();
  } finally {
    await client.close();
  }

  const office = await browser.newSession();
  try {
    await openApp(office, link);
    await waitForText(office, "h1", en("plan-view-title"));
    await waitForText(office, ".plan-summary", en("chip-can-cook"));
    await waitForText(office, ".plan-summary", "I fix bikes");
    check(!(await office.url()).includes("WM3"), "the code is stripped from the address bar");
    return [...(errors ?? []), ...(office.errors() ?? [])];
  } finally {
    await office.close();
  }
}

/** (5) Firefox and WebKit have no BarcodeDetector: a QR code filmed by the camera
 * (a canvas turned and blurred, standing in for it) is read by the scan
 * worker, and the plan opens. */
async function scanWithoutBarcodeDetector(browser, { base }) {
  const en = (id) => message("en", id);
  const client = await browser.newSession();
  let svg;
  let errors;
  try {
    await openFresh(client, base, "en");
    await client.click("#start");
    await client.click('.chip[data-key="can-cook"]');
    await client.click(".progress-step", en("part-share"));
    await client.click("#make-code");
    svg = await waitIn(client, "the QR code", () => document.querySelector(".share-result .qr svg")?.outerHTML);
    errors = client.errors();
  } finally {
    await client.close();
  }
  const office = await browser.newSession();
  try {
    await openApp(office, `${base}/open/`);
    check(!(await office.evaluate(() => "BarcodeDetector" in window)), "no BarcodeDetector in this engine");
    await office.evaluate(cameraFilming, svg);
    await office.click("#scan-qr");
    await waitForText(office, "h1", en("plan-view-title"));
    await waitForText(office, ".plan-summary", en("chip-can-cook"));
    return [...(errors ?? []), ...(office.errors() ?? [])];
  } finally {
    await office.close();
  }
}

/** (6) The case manager answers a plan; the answer's link opens on the
 * client's phone, and the service they say yes to joins their plan. One
 * session for both pages (WebKitWebDriver runs one at a time): the case
 * manager's page keeps nothing, so it leaves the client's storage as it is. */
async function answerOpensOnThePhone(browser, { base }) {
  const en = (id) => message("en", id);
  const session = await browser.newSession();
  try {
    await openFresh(session, base, "en");
    await session.click("#start");
    await session.click('.chip[data-key="can-cook"]');
    await session.click(".progress-step", en("part-share"));
    await session.click("#make-code");
    const link = await waitIn(session, "the share link", () => document.querySelector("#share-link")?.value);

    await openApp(session, link);
    await waitForText(session, "h1", en("plan-view-title"));
    await session.type("#answer-from", "Sam Carter");
    await session.type("#service-name", "Eastport Food Bank");
    await session.type("#service-phone", "020 7946 0999");
    await session.click("#add-service");
    await waitForText(session, ".answer-list", "Eastport Food Bank");
    await session.click("#make-answer");
    const answer = await waitIn(session, "the answer's link", () => document.querySelector("#answer-link")?.value);
    check(/^http:\/\/127\.0\.0\.1:\d+\/#answer\/WA2-\d+$/.test(answer), `a link into the client's app (got ${answer})`);

    await openApp(session, answer);
    await waitForText(session, ".received-answer", "Eastport Food Bank");
    check((await session.url()).endsWith("#answers"), "the code is stripped from the address bar");
    await session.click(".received-answer .choice-yes");
    await waitForSaved(session, '"choice":"yes"');
    await session.click("#answers-done");
    await waitForText(session, ".summary-support", "020 7946 0999");
    return session.errors();
  } finally {
    await session.close();
  }
}

/** (7) Staff make the agency's key and keep it on the computer; a kiosk set
 * up with it shares a plan sealed by this engine's share worker (its
 * randomness, its HPKE); the case manager's page says whose key it needs,
 * and opens it once the kept key's passphrase is typed. */
async function sealedToTheAgency(browser, { base }) {
  const en = (id) => message("en", id);
  const session = await browser.newSession();
  try {
    await openApp(session, `${base}/open/`);
    await session.evaluate(() => localStorage.clear());
    await reloadApp(session);
    await session.click("#agency-keys summary");
    await session.type("#key-name", "Eastport Centre");
    await session.type("#key-passphrase", "correct horse battery");
    await session.click("#key-keep");
    await session.click("#make-key");
    await waitIn(session, "the key kept", () => !!localStorage.getItem("waymark.agency.keys"));
    const setup = await waitIn(session, "the kiosk's setup link", () => document.querySelector("#kiosk-setup-link")?.value);

    await openApp(session, setup);
    await waitIn(session, "the language picker", () => !!document.querySelector("#language"));
    if ((await session.evaluate(() => document.documentElement.lang)) !== "en") {
      await session.select("#language", "en");
      await waitIn(session, "the page in English", () => document.documentElement.lang === "en");
    }
    await session.click("#start");
    await session.type(".own-words input", "I sleep at my sister's", { enter: true });
    await waitForText(session, ".answer-list", "I sleep at my sister's");
    await session.click(".progress-step", en("part-share"));
    await waitIn(session, "sealing offered, ticked", () => document.querySelector("#share-seal")?.checked === true);
    await session.click("#make-code");
    const link = await waitIn(session, "the share link", () => document.querySelector("#share-link")?.value);
    check(/\/open\/#i\/WS1-\d+$/.test(link), `a sealed link (got ${link})`);

    await openApp(session, link);
    await waitForText(session, ".sealed-needs", "Eastport Centre");
    await session.type("#kept-passphrase", "correct horse battery", { enter: true });
    await waitForText(session, ".plan-summary", "I sleep at my sister's");
    return session.errors();
  } finally {
    await session.close();
  }
}

/** (4) Loaded once, the app reloads with its server stopped (the service
 * worker serves it), and a draft typed offline is kept. A server of its own,
 * on its own port, so stopping it touches no other journey. */
async function offlineReload(browser, { dist, offlinePort }) {
  const en = (id) => message("en", id);
  const server = await startServer(dist, offlinePort);
  const phone = await browser.newSession();
  try {
    await openApp(phone, `${server.url}/`);
    await waitIn(phone, "the service worker to be ready", () => navigator.serviceWorker.ready.then(() => true));
    await reloadApp(phone);
    await waitIn(phone, "the page under the service worker", () => !!navigator.serviceWorker.controller);

    await server.stop();
    await reloadApp(phone);
    await waitForText(phone, "#start", en("start"));
    check(await phone.evaluate(() => !!navigator.serviceWorker.controller), "the offline page comes from the service worker");
    await phone.click("#start");
    await phone.type(".own-words input", "typed with no signal", { enter: true });
    await waitForSaved(phone, "typed with no signal");
    await reloadApp(phone);
    await waitForText(phone, ".answer-list", "typed with no signal");
    return phone.errors();
  } finally {
    await phone.close();
    await server.stop();
  }
}

export const journeys = [
  { name: "client's walk survives a reload", run: walkWithReload },
  { name: "kiosk erase leaves no trace", run: kioskEraseLeavesNoTrace },
  { name: "share link opens on the case manager's page", run: shareLinkToCaseManager },
  { name: "offline reload keeps a draft", run: offlineReload },
  { name: "a filmed QR code opens without BarcodeDetector", run: scanWithoutBarcodeDetector },
  { name: "an answer opens on the client's phone", run: answerOpensOnThePhone },
  { name: "a plan sealed to the agency opens with its kept key", run: sealedToTheAgency },
];
