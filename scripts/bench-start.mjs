// Start-up and memory of release builds in headless Chromium, as on a cheap
// phone: CPU slowed 4x and Lighthouse's slow-4G network (562.5 ms RTT,
// 1.44 Mbit/s down). Cold loads (a new browser context each: no cache, no
// service worker), interleaved when there are several apps (A, B, C, A, B,
// C, ...), so that a slow moment of the machine falls on all of them alike.
//
// For every app: the bytes that crossed the network before the Start button
// (#start) was clickable (the sum of CDP Network.loadingFinished
// encodedDataLength, headers included, of the responses that had finished by
// then) and the median time to it. For Waymark also the first contentful
// paint and the JS heap after a whole walk-through.
//
// Usage: node scripts/bench-start.mjs [name=]base-url ... [runs]
//   A URL without a name is "waymark". The walk-through runs on "waymark".
//   e.g. node scripts/bench-start.mjs waymark=http://127.0.0.1:8092 \
//          floor=http://127.0.0.1:8093 counter=http://127.0.0.1:8094 5
import { chromium } from "@playwright/test";
import { chromiumArgs } from "../playwright.config.mjs";

const apps = [];
let runs = 5;
for (const arg of process.argv.slice(2)) {
  if (/^\d+$/.test(arg)) runs = Number(arg);
  else {
    const [, name, url] = arg.match(/^(?:([\w-]+)=)?(.+)$/);
    apps.push({ name: name ?? "waymark", base: url.replace(/\/$/, "") });
  }
}
if (apps.length === 0) apps.push({ name: "waymark", base: "http://127.0.0.1:8092" });
for (const app of apps) Object.assign(app, { interactive: [], paints: [], bytes: [], files: undefined });

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: chromiumArgs });

async function slowPage() {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, serviceWorkers: "block" });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  // Every request and when it finished, on the browser's monotonic clock.
  const requests = new Map();
  cdp.on("Network.requestWillBeSent", ({ requestId, request, timestamp, wallTime }) =>
    requests.set(requestId, { url: request.url, sentAt: timestamp, wallTime }),
  );
  cdp.on("Network.responseReceived", ({ requestId, response }) => {
    const r = requests.get(requestId);
    if (r) Object.assign(r, { status: response.status, encoding: response.headers["content-encoding"] ?? response.headers["Content-Encoding"] });
  });
  cdp.on("Network.loadingFinished", ({ requestId, timestamp, encodedDataLength }) => {
    const r = requests.get(requestId);
    if (r) Object.assign(r, { finishedAt: timestamp, bytes: encodedDataLength });
  });
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: 562.5,
    downloadThroughput: (1.6 * 1024 * 1024 * 0.9) / 8,
    uploadThroughput: (750 * 1024 * 0.9) / 8,
  });
  // The moment the Start button exists and can be clicked: interactive.
  await page.addInitScript(() => {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (entry.name === "first-contentful-paint") window.__fcp = entry.startTime;
    }).observe({ type: "paint", buffered: true });
    new MutationObserver((_, observer) => {
      const start = document.querySelector("#start");
      if (start && !start.disabled) {
        window.__interactiveAt = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  return { context, page, requests };
}

async function coldLoad(app) {
  const { context, page, requests } = await slowPage();
  await page.goto(app.base + "/");
  await page.waitForFunction(() => window.__interactiveAt !== undefined, null, { timeout: 120_000 });
  await page.waitForTimeout(300); // let the paint entry arrive
  const { fcp, tti, timeOrigin, text } = await page.evaluate(() => ({
    fcp: window.__fcp ?? performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? NaN,
    tti: window.__interactiveAt,
    timeOrigin: performance.timeOrigin,
    text: document.querySelector("#start").textContent.trim(),
  }));
  await context.close();
  // The page's clock (wall time) onto CDP's monotonic one, by the first
  // request, which carries both.
  const first = [...requests.values()].find((r) => r.wallTime !== undefined);
  const clickableAt = (timeOrigin + tti) / 1000 - (first.wallTime - first.sentAt);
  const before = [...requests.values()].filter((r) => r.finishedAt !== undefined && r.finishedAt <= clickableAt);
  app.paints.push(fcp);
  app.interactive.push(tti);
  app.bytes.push(before.reduce((sum, r) => sum + r.bytes, 0));
  app.files ??= before.map((r) => ({ ...r, name: r.url.replace(app.base, "") }));
  app.text ??= text;
}

for (let i = 0; i < runs; i++) for (const app of apps) await coldLoad(app);

// Memory after a whole walk-through (not throttled: the heap does not care).
const waymark = apps.find((app) => app.name === "waymark");
let heap, jsHeap;
if (waymark) {
  const context = await browser.newContext({ serviceWorkers: "block" });
  const page = await context.newPage();
  await page.goto(waymark.base + "/");
  await page.click("#start");
  for (let step = 0; step < 4; step++) {
    for (const chip of await page.locator(".chip").all()) await chip.click();
    await page.fill(".own-words input", "A sentence of my own, written on this step.");
    await page.keyboard.press("Enter");
    await page.click("#next");
  }
  for (let g = 0; g < 3; g++) {
    await page.click("#add-goal");
    await page.fill(".goal-editor input[type=text]", `Goal ${g + 1}`);
    await page.click(".add-step");
    await page.keyboard.type("A first small step");
  }
  await page.click("#next");
  await page.click("#next");
  await page.click("#make-code");
  await page.waitForSelector(".qr svg");
  const cdp = await context.newCDPSession(page);
  await cdp.send("HeapProfiler.collectGarbage");
  heap = await cdp.send("Runtime.getHeapUsage");
  jsHeap = await page.evaluate(() => performance.memory?.usedJSHeapSize ?? NaN);
}
await browser.close();

const ms = (x) => `${Math.round(x)} ms`;
const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
const sameBytes = (app) => app.bytes.every((b) => b === app.bytes[0]);

console.log(`### Side by side (4x CPU, slow 4G; ${runs} cold loads each, interleaved)`);
console.log();
console.log("| app | bytes before Start clickable | Start clickable: median (min–max) |");
console.log("|---|---:|---:|");
for (const app of apps) {
  const bytes = median(app.bytes);
  const spread = sameBytes(app) ? "" : ` (${kib(Math.min(...app.bytes))}–${kib(Math.max(...app.bytes))})`;
  const range = `${Math.round(Math.min(...app.interactive))}–${Math.round(Math.max(...app.interactive))}`;
  console.log(`| ${app.name} | ${kib(bytes)} = ${bytes} B${spread} | ${ms(median(app.interactive))} (${range}) |`);
}
const floor = apps.find((app) => app.name === "floor");
if (waymark && floor) {
  const bytes = (median(waymark.bytes) / median(floor.bytes)).toFixed(2);
  const time = (median(waymark.interactive) / median(floor.interactive)).toFixed(2);
  console.log(`| waymark / floor | ${bytes}× | ${time}× |`);
}
console.log();
console.log("Responses counted (first load of each; bytes include headers):");
for (const app of apps) {
  const files = app.files.map((f) => `${f.name || "/"} ${f.status ?? "?"} ${f.encoding ?? "identity"} ${f.bytes} B`);
  console.log(`- ${app.name} (button "${app.text}"): ${files.join("; ")}`);
}

if (waymark) {
  console.log();
  console.log(`### Waymark (4x CPU, slow 4G, median of ${runs} cold loads)`);
  console.log();
  console.log("| measure | value |");
  console.log("|---|---:|");
  console.log(`| first contentful paint | ${ms(median(waymark.paints))} |`);
  console.log(`| interactive (Start clickable) | ${ms(median(waymark.interactive))} |`);
  console.log(`| all runs, interactive | ${waymark.interactive.map(ms).join(", ")} |`);
  console.log(`| JS heap after a full walk-through (after GC) | ${(heap.usedSize / 1024 / 1024).toFixed(1)} MiB of ${(heap.totalSize / 1024 / 1024).toFixed(1)} MiB |`);
  console.log(`| performance.memory.usedJSHeapSize | ${(jsHeap / 1024 / 1024).toFixed(1)} MiB |`);
}
