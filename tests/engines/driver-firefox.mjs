// Debian's Firefox ESR, driven by puppeteer-core over WebDriver BiDi (no
// geckodriver needed). Exposes the verbs the journeys use; driver-webkit.mjs
// has the same ones.
import puppeteer from "puppeteer-core";
import { until } from "./wait.mjs";
import { findInPage, describe } from "./find.mjs";

export async function launchFirefox() {
  const browser = await puppeteer.launch({
    browser: "firefox",
    executablePath: "/usr/bin/firefox-esr",
    headless: true,
  });
  return {
    name: `Firefox ${(await browser.version()).replace(/^firefox\//, "")}`,
    /** A browsing session that shares no storage with any other. */
    async newSession() {
      const context = await browser.createBrowserContext();
      return firefoxSession(context, await context.newPage());
    },
    close: () => browser.close(),
  };
}

function firefoxSession(context, page) {
  const errors = [];
  page.on("console", (m) => m.type() === "error" && errors.push(`${m.text()} (on ${page.url()})`));
  page.on("pageerror", (e) => errors.push(`${e} (on ${page.url()})`));

  // Finds the element and acts on it in one try, so that an element the app
  // re-rendered in between is simply looked up again.
  const act = (selector, text, action) =>
    until(async () => {
      const handle = (await page.evaluateHandle(findInPage, selector, text)).asElement();
      if (!handle) return false;
      await action(handle);
      return true;
    }, { what: describe(selector, text) });

  return {
    open: (url) => page.goto(url),
    reload: () => page.reload(),
    url: () => page.url(),
    click: (selector, text) => act(selector, text, (el) => el.click()),
    type: (selector, words, { enter = false } = {}) =>
      act(selector, null, async (el) => {
        await el.type(words);
        if (enter) await el.press("Enter");
      }),
    select: (selector, value) => act(selector, null, (el) => el.select(value)),
    evaluate: (fn, ...args) => page.evaluate(fn, ...args),
    /** Console errors and uncaught exceptions seen so far. */
    errors: () => errors,
    close: () => context.close(),
  };
}
