// The screens after Welcome are a wasm module of their own
// (src/ui/screens.rs, scripts/split-wasm.mjs): a first visit does not fetch
// them on the way to the Start button, Start does, and with no signal the
// person gets a way to try again, with nothing they wrote lost.
import { readFileSync } from "node:fs";
import { test, expect, message } from "./helpers.mjs";

const screensModule = /\/split_[a-z_]+\.wasm$/;

test("Welcome comes without the screens' module; Start fetches it once, and every step works", async ({ browser }) => {
  const context = await browser.newContext({ locale: "pl-PL", serviceWorkers: "block" });
  const page = await context.newPage();
  const fetched = [];
  page.on("request", (r) => screensModule.test(r.url()) && fetched.push(r.url()));
  await page.goto("/");
  await expect(page.locator("#start")).toBeEnabled();
  await expect(page.locator("main h1")).toHaveText(message("pl", "welcome-title"));
  expect(fetched).toEqual([]);

  await page.locator("#start").click();
  await expect(page.locator("main h1")).toContainText(message("pl", "question-strengths"));
  await expect(page.locator("main h1")).toBeFocused();
  await page.locator(".chip").first().click();
  await page.locator("#next").click();
  await expect(page.locator("main h1")).toContainText(message("pl", "question-weaknesses"));
  expect(fetched).toHaveLength(1);
  await context.close();
});

test("with no signal, the next screen offers to try again, and the draft is all there", async ({ browser }) => {
  const context = await browser.newContext({ locale: "en-GB", serviceWorkers: "block" });
  const first = await context.newPage();
  await first.goto("/");
  await first.locator("#start").click();
  await first.locator(".chip").first().click();
  await expect(first.locator(".chip[aria-pressed=true]")).toHaveCount(1);
  await first.close();

  // The next day, with no signal for the screens' module.
  await context.route(screensModule, (route) => route.abort("internetdisconnected"));
  const page = await context.newPage();
  await page.goto("/");
  await expect(page.locator("#start")).toHaveText(new RegExp(message("en", "continue")));
  await page.locator("#start").click();
  await expect(page.locator("main h1")).toHaveText(message("en", "screens-unavailable-title"));
  await expect(page.locator("main h1")).toBeFocused();
  await expect(page.locator("#screens-retry")).toHaveText(message("en", "try-again"));

  // Back to Welcome and on again: the same message, not a blank page.
  await page.goBack();
  await expect(page.locator("main h1")).toHaveText(message("en", "welcome-title"));
  await page.goForward();
  await expect(page.locator("#screens-retry")).toBeVisible();

  await context.unroute(screensModule);
  await page.locator("#screens-retry").click();
  await expect(page.locator("main h1")).toContainText(message("en", "question-strengths"));
  await expect(page.locator(".chip[aria-pressed=true]")).toHaveCount(1);
  await context.close();
});

// The case manager's page: the answer's composer is a module of its own
// (src/ui/answering.rs), fetched once a plan is open; with no signal for it,
// the plan still reads, and the composer offers to try again.
test("the case manager's page opens a plan without the composer's module, then fetches it; with no signal it offers to try again", async ({ browser }) => {
  const context = await browser.newContext({ locale: "en-GB" });
  const page = await context.newPage();
  const fetched = [];
  page.on("request", (r) => /\/open\/(split|chunk)_[a-z0-9_]+\.wasm$/.test(r.url()) && fetched.push(r.url()));
  await context.route(/\/open\/split_answering\.wasm$/, (route) => route.abort("internetdisconnected"));
  await page.goto("/open/");
  await expect(page.locator("#import-code")).toBeVisible();
  expect(fetched).toEqual([]);

  const code = readFileSync("tests/fixtures/share-v3-typical-answered.txt", "utf8").trim();
  await page.locator("#import-code").fill(code);
  await page.locator(".import-paste button").click();
  await expect(page.locator(".plan-summary")).toBeVisible();
  await expect(page.locator(".module-retry")).toHaveText(message("en", "try-again"));
  expect(fetched.some((url) => url.endsWith("/split_answering.wasm"))).toBe(true);

  await context.unroute(/\/open\/split_answering\.wasm$/);
  await page.locator(".module-retry").click();
  await expect(page.locator("#make-answer")).toBeVisible();
  await context.close();
});
