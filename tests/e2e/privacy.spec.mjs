// Shared tablets and personal phones: nothing left behind, nothing sent,
// works offline.
import { test, expect, message, answers, untilSaved } from "./helpers.mjs";

const WORDS = ["Kasia-zielony-rower", "tajne-słowo-42"];

/** Every value in every place a browser keeps site data, as one string. */
async function everythingStored(page) {
  return page.evaluate(async () => {
    const parts = [JSON.stringify({ ...localStorage }), JSON.stringify({ ...sessionStorage })];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        parts.push(request.url, await (await cache.match(request)).text());
      }
    }
    if (indexedDB.databases) parts.push(JSON.stringify(await indexedDB.databases()));
    return parts.join("\n");
  });
}

async function fillTwoSteps(page, lang) {
  await page.locator("#start").click();
  await page.getByLabel(message(lang, "own-words-label")).fill(WORDS[0]);
  await page.keyboard.press("Enter");
  await page.locator("#next").click();
  await page.getByLabel(message(lang, "own-words-label")).fill(WORDS[1]);
  await page.keyboard.press("Enter");
  await expect(answers(page)).toHaveText([WORDS[1]]);
}

async function expectNoTrace(page) {
  const stored = await everythingStored(page);
  for (const word of WORDS) expect(stored).not.toContain(word);
  expect(await page.evaluate(() => localStorage.getItem("waymark.plan"))).toBeNull();
  // Back through history, as far as it goes within the app: none of their
  // words come back.
  const app = new URL(page.url()).origin;
  for (let i = 0; i < 4 && page.url().startsWith(app); i++) {
    // Read the page only once it shows a screen for this history entry:
    // loaded, and a frame drawn after it with a heading in it.
    await page.waitForLoadState();
    await page.waitForFunction(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(!!document.querySelector("h1, h2"))))),
    );
    const text = await page.locator("body").innerText();
    for (const word of WORDS) expect(text).not.toContain(word);
    await page.goBack({ waitUntil: "commit" }).catch(() => null);
  }
}

test("a kiosk warns when idle, then erases everything", async ({ page }) => {
  await page.goto("/?setup=kiosk&idle=5&lang=pl");
  await expect(page.locator(".kiosk-note")).toContainText(message("pl", "kiosk-note"));
  expect(page.url()).not.toContain("setup");
  await fillTwoSteps(page, "pl");
  await untilSaved(page, WORDS[1], "sessionStorage");
  expect(await page.evaluate(() => localStorage.getItem("waymark.plan"))).toBeNull();
  expect(await page.evaluate(() => sessionStorage.getItem("waymark.plan"))).toContain(WORDS[1]);
  // Every text input keeps the browser's autofill away from their words.
  for (const input of await page.locator('input[type="text"], textarea').all()) {
    await expect(input).toHaveAttribute("autocomplete", "off");
  }

  await expect(page.locator("#idle-title")).toHaveText(message("pl", "idle-title"), { timeout: 10_000 });
  await expect(page.locator("#still-here")).toBeFocused();
  // Touching the screen keeps their work.
  await page.locator("#still-here").click();
  await expect(page.locator("#idle-title")).toHaveCount(0);
  await expect(answers(page)).toHaveText([WORDS[1]]);
  // Left alone: the warning, then Welcome and nothing left.
  await expect(page.locator("#idle-title")).toBeVisible({ timeout: 10_000 });
  await expect(page.locator("#start")).toBeVisible({ timeout: 20_000 });
  await expect(page.locator("html")).toHaveAttribute("lang", "pl");
  expect(await page.evaluate(() => localStorage.getItem("waymark.device"))).toContain("kiosk");
  await expectNoTrace(page);
});

test("on a kiosk, the case manager's page left idle also erases the client's draft", async ({ page }) => {
  await page.goto("/?setup=kiosk&idle=5&lang=pl");
  await fillTwoSteps(page, "pl");
  await untilSaved(page, WORDS[1], "sessionStorage");
  await page.goto("/open/");
  await expect(page.locator("#import-code")).toBeVisible();
  await expect(page.locator("#idle-title")).toBeVisible({ timeout: 10_000 });
  // Left alone: back to the client's Welcome, with nothing of theirs.
  await expect(page.locator("#start")).toBeVisible({ timeout: 25_000 });
  await expect(page.locator("#start")).toHaveText(new RegExp(message("pl", "start")));
  await expectNoTrace(page);
});

test("'I am finished' erases everything on a kiosk", async ({ page }) => {
  await page.goto("/?setup=kiosk&idle=600&lang=es");
  await fillTwoSteps(page, "es");
  await page.locator("#finish").click();
  await expect(page.locator("#finish-title")).toHaveText(message("es", "finish-title"));
  await expect(page.locator("#finish-cancel")).toBeFocused();
  // Tab stays inside the question: from its last button to its first, and back.
  await page.keyboard.press("Tab");
  await expect(page.locator("#finish-yes")).toBeFocused();
  await page.keyboard.press("Shift+Tab");
  await expect(page.locator("#finish-cancel")).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(page.locator("#finish-title")).toHaveCount(0);
  await expect(page.locator("#finish")).toBeFocused();
  await expect(answers(page)).toHaveText([WORDS[1]]);
  await page.locator("#finish").click();
  await page.locator("#finish-yes").click();
  await expect(page.locator("#start")).toBeVisible();
  await expect(page.locator("h1")).toContainText(message("es", "welcome-title"));
  await expectNoTrace(page);
});

test("on a personal phone the draft survives a browser restart until 'Delete my data'", async ({ page, browser }) => {
  await page.goto("/");
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await fillTwoSteps(page, "en");
  await untilSaved(page, WORDS[1]);
  const state = await page.context().storageState();
  const restarted = await browser.newContext({ storageState: state });
  const again = await restarted.newPage();
  await again.goto("/#hard");
  await expect(answers(again)).toHaveText([WORDS[1]]);
  await again.locator("#open-settings").click();
  await expect(again.locator("h1")).toContainText(message("en", "settings-title"));
  await again.locator("#delete-data").click();
  await again.locator("#delete-yes").click();
  await expect(again.locator(".ok")).toHaveText(message("en", "settings-deleted"));
  expect(await everythingStored(again)).not.toContain(WORDS[0]);
  await again.goto("/#strengths");
  await expect(answers(again)).toHaveCount(0);
  await restarted.close();
});

test("loaded once, the app works offline and keeps a draft typed offline", async ({ page, context }) => {
  const fetched = [];
  page.on("request", (r) => fetched.push(new URL(r.url()).pathname));
  await page.goto("/");
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload(); // now controlled by the service worker
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
  // The service worker stored the client's app, and nothing of the case
  // manager's page: a client's phone does not download it.
  const stored = await page.evaluate(async () => (await caches.open((await caches.keys())[0]).then((c) => c.keys())).map((r) => r.url));
  expect(stored.some((url) => url.endsWith(".wasm"))).toBe(true);
  expect(stored.filter((url) => url.includes("/open/"))).toEqual([]);
  expect(fetched.filter((path) => path.startsWith("/open/"))).toEqual([]);
  await context.setOffline(true);
  await page.reload();
  await expect(page.locator("#start")).toBeVisible();
  await page.locator("#start").click();
  await page.getByLabel(message("en", "own-words-label")).fill("typed with no signal");
  await page.keyboard.press("Enter");
  await untilSaved(page, "typed with no signal");
  await page.reload();
  await expect(answers(page)).toHaveText(["typed with no signal"]);
  await context.setOffline(false);
});

test("the case manager's page, once opened, opens offline too", async ({ page, context }) => {
  await page.goto("/");
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.goto("/open/");
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
  await page.reload(); // fetched through the service worker, which keeps it
  await expect(page.locator("#import-code")).toBeVisible();
  await context.setOffline(true);
  await page.reload();
  await expect(page.locator("h1")).toContainText(message("en", "import-title"));
  await context.setOffline(false);
});

// A page of its own: the blocked attempts below log console errors on purpose.
test("the served page carries a CSP that blocks outside scripts and requests", async ({ context }) => {
  const page = await context.newPage();
  const response = await page.goto("/");
  expect(response.headers()["content-security-policy"]).toContain("default-src 'none'");
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
  expect(meta).toContain("connect-src 'self'");
  const violations = [];
  await page.exposeFunction("reportViolation", (v) => violations.push(v));
  await page.evaluate(() => document.addEventListener("securitypolicyviolation", (e) => window.reportViolation(e.violatedDirective)));
  const fetched = await page.evaluate(() => fetch("https://example.org/track").then(() => "sent", () => "blocked"));
  expect(fetched).toBe("blocked");
  await page.evaluate(() => {
    const s = document.createElement("script");
    s.src = "https://cdn.example.org/x.js";
    document.head.append(s);
  });
  await expect.poll(() => violations).toEqual(expect.arrayContaining(["connect-src", "script-src-elem"]));
});

test("a new version is picked up on the next launch and the draft stays", async ({ browser }) => {
  // A copy of the build on its own port, so that this test can publish an
  // "update" without touching what the other tests serve.
  const { cpSync, mkdtempSync, readFileSync, writeFileSync, rmSync } = await import("node:fs");
  const { spawn } = await import("node:child_process");
  const { tmpdir } = await import("node:os");
  const dir = mkdtempSync(`${tmpdir()}/waymark-update-`);
  cpSync("dist", dir, { recursive: true });
  for (const f of ["index.html.br", "index.html.gz", "sw.js.br", "sw.js.gz"]) rmSync(`${dir}/${f}`, { force: true });
  const port = 8097;
  const server = spawn("node", ["scripts/static-server.mjs", dir, String(port)], { stdio: "ignore" });
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    const url = `http://127.0.0.1:${port}/`;
    await expect.poll(() => page.goto(url).then(() => true, () => false)).toBe(true);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.locator("#start").click();
    await page.getByLabel(message("en", "own-words-label")).fill("written before the update");
    await page.keyboard.press("Enter");
    await untilSaved(page, "written before the update");

    // Publish version 2: a changed page and a changed service worker.
    writeFileSync(`${dir}/index.html`, readFileSync(`${dir}/index.html`, "utf8").replace("<title>Waymark</title>", '<title>Waymark</title><meta name="release" content="2" />'));
    writeFileSync(`${dir}/sw.js`, readFileSync(`${dir}/sw.js`, "utf8").replace(/waymark-[0-9a-f]{16}/, "waymark-version-2"));

    // Next launch: the new page arrives; the draft is still there.
    await page.reload();
    await expect(page.locator('meta[name="release"]')).toHaveAttribute("content", "2");
    await expect(answers(page)).toHaveText(["written before the update"]);
    await expect.poll(() => page.evaluate(() => caches.keys())).toEqual(["waymark-version-2"]);
    await context.close();
  } finally {
    server.kill();
    rmSync(dir, { recursive: true, force: true });
  }
});
