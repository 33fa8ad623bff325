// Runs the seven end-to-end journeys (journeys.mjs) in one engine against the
// release build in dist/: one line per journey, exit status 1 if any failed.
// Usage: node tests/engines/run.mjs firefox|webkit   (from the repository root)
import { startServer } from "./server.mjs";
import { journeys } from "./journeys.mjs";
import { tracedBrowser, describePending } from "./steps.mjs";

const engines = {
  firefox: async () => (await import("./driver-firefox.mjs")).launchFirefox(),
  webkit: async () => (await import("./driver-webkit.mjs")).launchWebKit(),
};
const engine = process.argv[2];
if (!engines[engine]) {
  console.error("usage: node tests/engines/run.mjs firefox|webkit");
  process.exit(2);
}

/** A journey whose browser hangs fails after `ms` instead of holding the run,
 * naming the driver calls still waiting for the browser's answer. */
function withinLimit(promise, ms, pending) {
  let timer;
  const limit = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Held(`not done after ${ms / 1000} s; waiting on ${describePending(pending) || "nothing"}`)), ms);
  });
  return Promise.race([promise, limit]).finally(() => clearTimeout(timer));
}

/** The browser stopped answering a driver call (not a check that failed). */
class Held extends Error {}

/** Runs one journey with its sessions traced. A journey the browser held is
 * run once more in a browser started afresh (WebKitWebDriver allows a single
 * session, and the held one may never close), and the first try is reported:
 * WebKitGTK has, once in many runs, never answered a driver call. A journey
 * that fails a check, or is held twice, fails. */
async function runJourney(journey, context) {
  for (let attempt = 1; ; attempt++) {
    const pending = new Set();
    try {
      return await withinLimit(journey.run(tracedBrowser(browser, pending), context), JOURNEY_LIMIT_MS, pending);
    } catch (error) {
      if (!(error instanceof Held) || attempt === 2) throw error;
      console.log(`  held  ${journey.name}: ${error.message}; starting the browser again`);
      held++;
      await browser.close();
      browser = await engines[engine]();
    }
  }
}

const JOURNEY_LIMIT_MS = 60_000;
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;
const dist = "dist";
const port = Number(process.env.ENGINES_PORT ?? 8190);
const started = Date.now();
const server = await startServer(dist, port);
let failed = 0;
let held = 0;
let browser;
try {
  browser = await engines[engine]();
  console.log(`${browser.name}: browser up in ${seconds(started)}`);
  for (const journey of journeys) {
    const since = Date.now();
    try {
      const errors = await runJourney(journey, { base: server.url, dist, offlinePort: port + 1 });
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
const retried = held ? ` (the browser held ${held} and was started again)` : "";
console.log(`${engine}: ${journeys.length - failed}/${journeys.length} journeys passed in ${seconds(started)}${retried}`);
process.exit(failed ? 1 : 0);
