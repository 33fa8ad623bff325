// Runs the five end-to-end journeys (journeys.mjs) in one engine against the
// release build in dist/: one line per journey, exit status 1 if any failed.
// Usage: node tests/engines/run.mjs firefox|webkit   (from the repository root)
import { startServer } from "./server.mjs";
import { journeys } from "./journeys.mjs";

const engines = {
  firefox: async () => (await import("./driver-firefox.mjs")).launchFirefox(),
  webkit: async () => (await import("./driver-webkit.mjs")).launchWebKit(),
};
const engine = process.argv[2];
if (!engines[engine]) {
  console.error("usage: node tests/engines/run.mjs firefox|webkit");
  process.exit(2);
}

/** A journey whose browser hangs fails after `ms` instead of holding the run. */
function withinLimit(promise, ms) {
  let timer;
  const limit = new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`not done after ${ms / 1000} s`)), ms)));
  return Promise.race([promise, limit]).finally(() => clearTimeout(timer));
}

const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;
const dist = "dist";
const port = Number(process.env.ENGINES_PORT ?? 8190);
const started = Date.now();
const server = await startServer(dist, port);
let failed = 0;
let browser;
try {
  browser = await engines[engine]();
  console.log(`${browser.name}: browser up in ${seconds(started)}`);
  for (const journey of journeys) {
    const since = Date.now();
    try {
      const errors = await withinLimit(journey.run(browser, { base: server.url, dist, offlinePort: port + 1 }), 120_000);
      if (errors?.length) throw new Error(`console errors: ${errors.join(" | ")}`);
      console.log(`  pass  ${journey.name}  (${seconds(since)})`);
    } catch (error) {
      failed++;
      console.log(`  FAIL  ${journey.name}  (${seconds(since)})\n        ${error.message}`);
    }
  }
} finally {
  await browser?.close();
  await server.stop();
}
console.log(`${engine}: ${journeys.length - failed}/${journeys.length} journeys passed in ${seconds(started)}`);
process.exit(failed ? 1 : 0);
