// Start-up and memory of the release build in headless Chromium, as on a
// cheap phone: CPU slowed 4x and Lighthouse's slow-4G network (562.5 ms RTT,
// 1.44 Mbit/s down). Prints the median of several cold loads (no cache, no
// service worker) and the JS heap after a whole walk-through.
// Usage: node scripts/bench-start.mjs [base-url] [runs]
import { chromium } from "@playwright/test";
import { chromiumArgs } from "../playwright.config.mjs";

const base = process.argv[2] ?? "http://127.0.0.1:8092";
const runs = Number(process.argv[3] ?? 5);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: chromiumArgs });

async function slowPage() {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, serviceWorkers: "block" });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
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
  return { context, page, cdp };
}

const paints = [];
const interactive = [];
for (let i = 0; i < runs; i++) {
  const { context, page } = await slowPage();
  await page.goto(base + "/");
  await page.waitForFunction(() => window.__interactiveAt !== undefined, null, { timeout: 120_000 });
  await page.waitForTimeout(300); // let the paint entry arrive
  const { fcp, tti } = await page.evaluate(() => ({
    fcp: window.__fcp ?? performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? NaN,
    tti: window.__interactiveAt,
  }));
  paints.push(fcp);
  interactive.push(tti);
  await context.close();
}

// Memory after a whole walk-through (not throttled: the heap does not care).
const context = await browser.newContext({ serviceWorkers: "block" });
const page = await context.newPage();
await page.goto(base + "/");
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
const heap = await cdp.send("Runtime.getHeapUsage");
const wasmBytes = await page.evaluate(() => {
  const mem = performance.memory;
  return mem ? mem.usedJSHeapSize : NaN;
});
await browser.close();

const ms = (x) => `${Math.round(x)} ms`;
console.log(`| measure (4x CPU, slow 4G, median of ${runs} cold loads) | value |`);
console.log("|---|---:|");
console.log(`| first contentful paint | ${ms(median(paints))} |`);
console.log(`| interactive (Start clickable) | ${ms(median(interactive))} |`);
console.log(`| all runs, interactive | ${interactive.map(ms).join(", ")} |`);
console.log(`| JS heap after a full walk-through (after GC) | ${(heap.usedSize / 1024 / 1024).toFixed(1)} MiB of ${(heap.totalSize / 1024 / 1024).toFixed(1)} MiB |`);
console.log(`| performance.memory.usedJSHeapSize | ${(wasmBytes / 1024 / 1024).toFixed(1)} MiB |`);
