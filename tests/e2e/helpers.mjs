// Shared by the end-to-end tests: a page that records console errors and any
// request leaving 127.0.0.1, and the real words of the locale files.
import { test as base, expect } from "@playwright/test";
import { readFileSync } from "node:fs";

/** The text of a message in locales/<lang>/ (without selects); the lines of
 * a message written over several are joined as Fluent joins them. */
export function message(lang, id) {
  const file = (name) => readFileSync(new URL(`../../locales/${lang}/${name}`, import.meta.url), "utf8");
  const lines = (file("main.ftl") + "\n" + file("case-manager.ftl")).split("\n");
  const at = lines.findIndex((l) => l.startsWith(`${id} =`));
  if (at < 0) throw new Error(`no message ${id} in ${lang}`);
  const first = lines[at].slice(id.length + 2).trim();
  const rest = [];
  for (let i = at + 1; i < lines.length && /^\s+\S/.test(lines[i]); i++) rest.push(lines[i].trim());
  return [first, ...rest].filter(Boolean).join("\n");
}

export const test = base.extend({
  page: async ({ page }, use) => {
    const consoleErrors = [];
    const foreignRequests = [];
    page.on("console", (m) => m.type() === "error" && consoleErrors.push(m.text()));
    page.on("pageerror", (e) => consoleErrors.push(String(e)));
    page.on("request", (r) => {
      const url = new URL(r.url());
      if (url.protocol.startsWith("http") && url.hostname !== "127.0.0.1") foreignRequests.push(r.url());
    });
    await use(page);
    expect(consoleErrors, "console errors").toEqual([]);
    expect(foreignRequests, "requests to other hosts").toEqual([]);
  },
});

export { expect };

/** Opens the app fresh, in a language, with nothing saved. */
export async function openFresh(page, lang = "en") {
  await page.goto("/");
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.locator("#language").selectOption(lang);
  await expect(page.locator("html")).toHaveAttribute("lang", lang);
  // Let the autosave of the language choice land (storage was cleared, so
  // a saved plan in this language is that save), so that a test writing to
  // storage next is not overwritten by it.
  await expect
    .poll(() => page.evaluate(() => JSON.parse(localStorage.getItem("waymark.plan") ?? "{}").lang), {
      message: "the language choice is saved",
    })
    .toBe(lang);
}

/** Waits until the saved draft (in `where`: localStorage or sessionStorage)
 * holds `words`: the autosave, which waits for a pause in typing, has
 * landed. */
export async function untilSaved(page, words, where = "localStorage") {
  await expect
    .poll(() => page.evaluate((w) => window[w].getItem("waymark.plan") ?? "", where), {
      message: `${JSON.stringify(words)} saved in ${where}`,
    })
    .toContain(words);
}

/** The visible words of the answers on the current step. */
export function answers(page) {
  return page.locator(".answer-list .answer-text");
}
