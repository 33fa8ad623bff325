// Messages come one language at a time: a first visit fetches only the
// reader's, switching fetches the next, and once the service worker has run
// every language works with no signal.
import { test, expect, message, openFresh } from "./helpers.mjs";

const ftlRequests = (page) => {
  const seen = [];
  page.on("request", (r) => /\/locales\/[a-z]+-[0-9a-f]{16}\.ftl$/.test(r.url()) && seen.push(new URL(r.url()).pathname));
  return seen;
};

test("a first visit fetches only the reader's language, and Welcome shows in it at once", async ({ browser }) => {
  const context = await browser.newContext({ locale: "pl-PL", serviceWorkers: "block" });
  const page = await context.newPage();
  const requests = ftlRequests(page);
  // The first heading the page ever shows, caught as it appears.
  await page.addInitScript(() => {
    new MutationObserver(() => {
      const h1 = document.querySelector("main h1");
      if (h1 && window.firstHeading === undefined) window.firstHeading = h1.textContent;
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto("/");
  await expect(page.locator("#start")).toBeVisible();
  expect(await page.evaluate(() => window.firstHeading)).toBe(message("pl", "welcome-title"));
  await expect(page.locator("html")).toHaveAttribute("lang", "pl");
  expect(requests).toEqual([expect.stringMatching(/\/locales\/pl-[0-9a-f]{16}\.ftl$/)]);
  // A message written over several lines shows whole.
  await expect(page.locator(".privacy p").first()).toHaveText(message("pl", "privacy-body").replaceAll("\n", " "));

  // Switching online fetches the next language, once.
  await page.locator("#language").selectOption("es");
  await expect(page.locator("main h1")).toHaveText(message("es", "welcome-title"));
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  expect(requests).toHaveLength(2);
  expect(requests[1]).toMatch(/\/locales\/es-[0-9a-f]{16}\.ftl$/);
  await context.close();
});

test("the saved choice decides the first language, with no second fetch", async ({ browser }) => {
  const context = await browser.newContext({ locale: "en-GB", serviceWorkers: "block" });
  const page = await context.newPage();
  await page.goto("/");
  await page.evaluate(() => localStorage.setItem("waymark.lang", JSON.stringify("ar")));
  const requests = ftlRequests(page);
  await page.reload();
  await expect(page.locator("main h1")).toHaveText(message("ar", "welcome-title"));
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  expect(requests).toEqual([expect.stringMatching(/\/locales\/ar-/)]);
  await context.close();
});

test("once loaded, every language works offline", async ({ page, context }) => {
  await page.goto("/");
  await expect(page.locator("#start")).toBeVisible();
  // The worker keeps all eight languages once it is installed.
  await expect
    .poll(() => page.evaluate(async () => {
      const names = await caches.keys();
      const cache = names.length ? await caches.open(names[0]) : null;
      const keys = cache ? await cache.keys() : [];
      return keys.filter((r) => r.url.endsWith(".ftl")).length;
    }))
    .toBe(8);
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
  await context.setOffline(true);
  await page.reload();
  await expect(page.locator("#start")).toBeVisible();
  for (const [lang, dir] of [["uk", "ltr"], ["fa", "rtl"], ["fr", "ltr"]]) {
    await page.locator("#language").selectOption(lang);
    await expect(page.locator("main h1")).toHaveText(message(lang, "welcome-title"));
    await expect(page.locator("html")).toHaveAttribute("dir", dir);
  }
  await context.setOffline(false);
});

test("switching language keeps what the person was doing on the screen", async ({ page }) => {
  await openFresh(page, "en");
  await page.locator("#start").click();
  await page.locator('.chip[data-key="have-phone"]').click();
  await page.locator(".progress-step", { hasText: message("en", "part-share") }).click();
  const box = page.locator(".include-group input[type=checkbox]").first();
  await box.uncheck();
  await page.locator("#share-protect").check();
  await page.locator("#share-pin").fill("4829");
  await page.locator("#language").selectOption("fr");
  await expect(page.locator("main h1")).toHaveText(message("fr", "share-title"));
  // The screen was re-worded, not rebuilt: the choices are as they were.
  await expect(box).not.toBeChecked();
  await expect(page.locator("#share-pin")).toHaveValue("4829");
});

test("a language that cannot be fetched leaves the page, and the list, as they were", async ({ browser }) => {
  const context = await browser.newContext({ locale: "en-GB", serviceWorkers: "block" });
  const page = await context.newPage();
  await page.goto("/");
  await expect(page.locator("#start")).toBeVisible();
  await context.setOffline(true);
  await page.locator("#language").selectOption("pl");
  await expect(page.locator("#language")).toHaveValue("en");
  await expect(page.locator("main h1")).toHaveText(message("en", "welcome-title"));
  expect(await page.evaluate(() => localStorage.getItem("waymark.lang"))).not.toBe(JSON.stringify("pl"));
  // Back online, choosing it again works.
  await context.setOffline(false);
  await page.locator("#language").selectOption("pl");
  await expect(page.locator("main h1")).toHaveText(message("pl", "welcome-title"));
  await context.close();
});
