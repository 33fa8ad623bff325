// Sealing to an agency in the browser, as on a cheap phone (CPU slowed 4x,
// headless Chromium, release build): the time from "Make my code" to the
// link, sealed and not, for the typical plan (answered and checked in,
// tests/fixtures/plan-v3-typical-answered.json); on the case manager's
// page, unlocking the key file and opening the sealed code against a plain
// one. Medians of RUNS, after one run to warm up (the worker's download).
//
// Usage: node scripts/bench-seal.mjs [base-url] [runs]
import { readFileSync } from "node:fs";
import { chromium } from "@playwright/test";
import { chromiumArgs } from "../playwright.config.mjs";

const base = (process.argv[2] ?? "http://127.0.0.1:8092").replace(/\/$/, "");
const runs = Number(process.argv[3] ?? 5);
const plan = readFileSync(new URL("../tests/fixtures/plan-v3-typical-answered.json", import.meta.url), "utf8");
const PASSPHRASE = "correct horse battery";
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: chromiumArgs });
async function slowPage() {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, acceptDownloads: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  return page;
}

/** Milliseconds of `act` until `done` holds, on the page's clock. */
async function timed(page, act, done) {
  const start = await page.evaluate(() => performance.now());
  await act();
  await done();
  return (await page.evaluate(() => performance.now())) - start;
}

// The agency's key, made on the case manager's page (not timed: made once).
const office = await slowPage();
await office.goto(`${base}/open/`);
await office.locator("#agency-keys summary").click();
await office.locator("#key-name").fill("Miriam's Kitchen case management");
await office.locator("#key-passphrase").fill(PASSPHRASE);
await office.locator("#make-key").click();
await office.locator(".key-list li").waitFor();
const connect = await office.locator("#connect-link").inputValue();
const agency = connect.slice(connect.indexOf("#agency/") + "#agency/".length);
const [download] = await Promise.all([office.waitForEvent("download"), office.locator("#save-key-file").click()]);
const keyFile = await download.path();

// The client's phone: the plan and the agency's key on it, on the Share step.
const phone = await slowPage();
await phone.goto(`${base}/`);
await phone.evaluate(
  ([plan, agency]) => {
    localStorage.setItem("waymark.plan", plan);
    localStorage.setItem("waymark.agency", JSON.stringify({ code: agency, from_staff: false }));
  },
  [plan, agency],
);
await phone.goto(`${base}/#share`);
// Same page, new fragment: reload, so the app reads what was just stored.
await phone.reload();
await phone.locator("#make-code").waitFor();
async function makeCode(sealed) {
  await phone.locator("#share-seal").setChecked(sealed);
  const before = await phone.locator("#share-link").inputValue().catch(() => "");
  const ms = await timed(
    phone,
    () => phone.locator("#make-code").click(),
    () => phone.waitForFunction((b) => (document.querySelector("#share-link")?.value ?? "") !== b && document.querySelector("#share-link")?.value, before),
  );
  return { ms, link: await phone.locator("#share-link").inputValue() };
}
const made = { sealed: [], plain: [] };
let codes = {};
await makeCode(true);
for (let i = 0; i < runs; i++) {
  for (const kind of ["sealed", "plain"]) {
    const { ms, link } = await makeCode(kind === "sealed");
    made[kind].push(ms);
    codes[kind] = link.slice(link.indexOf("#i/") + 3);
  }
}

// The case manager: unlock the key file, then open each code.
await office.reload();
await office.locator("#agency-keys summary").click();
await office.locator("#key-file").setInputFiles(keyFile);
const unlock = await timed(
  office,
  async () => {
    await office.locator("#key-file-passphrase").fill(PASSPHRASE);
    await office.locator(".keys-import button[type=submit]").click();
  },
  () => office.locator(".key-list li").waitFor(),
);
const opened = { sealed: [], plain: [] };
for (let i = 0; i < runs + 1; i++) {
  for (const kind of ["sealed", "plain"]) {
    await office.locator("#import-code").fill(codes[kind]);
    const ms = await timed(
      office,
      () => office.locator(".import-paste button[type=submit]").click(),
      () => office.locator(".plan-summary").waitFor(),
    );
    if (i > 0) opened[kind].push(ms);
    await office.locator("#close-plan").click();
    await office.locator("#import-code").waitFor();
  }
}
await browser.close();

const f = (xs) => `${median(xs).toFixed(0)} ms`;
console.log(`| in the browser, CPU 4x slower (median of ${runs}) | sealed | not sealed |`);
console.log("|---|---:|---:|");
console.log(`| "Make my code" to the link and QR (share worker) | ${f(made.sealed)} | ${f(made.plain)} |`);
console.log(`| case manager pastes the code to the plan on screen | ${f(opened.sealed)} | ${f(opened.plain)} |`);
console.log(`\nUnlocking the key file (PBKDF2, 600,000 rounds), CPU 4x slower: ${unlock.toFixed(0)} ms`);
console.log(`Sealed code: ${codes.sealed.length} characters; not sealed: ${codes.plain.length}`);
