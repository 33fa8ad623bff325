// The foundation slice: language, Start, strengths that survive a reload,
// and saved data that goes wrong without anything being lost.
import { test, expect, message, openFresh, answers, untilSaved } from "./helpers.mjs";

const OWN_WORDS = "Umiem naprawiać rowery";

test("a strength added in Polish, by chip and by typing, survives a reload", async ({ page }) => {
  await openFresh(page, "pl");
  await expect(page.locator("h1")).toContainText(message("pl", "welcome-title"));
  await page.locator("#start").click();
  await expect(page.locator("h1")).toContainText(message("pl", "question-strengths"));
  await expect(page.locator("h1")).toBeFocused();

  await page.locator('.chip[data-key="have-valid-id"]').click();
  await expect(page.locator('.chip[data-key="have-valid-id"]')).toHaveAttribute("aria-pressed", "true");
  await page.getByLabel(message("pl", "own-words-label")).fill(OWN_WORDS);
  await page.keyboard.press("Enter");
  await expect(answers(page)).toHaveText([message("pl", "chip-have-valid-id"), OWN_WORDS]);
  await expect(page.locator(".count")).toHaveText("2 mocne strony");
  expect(page.url()).not.toContain("rowery");

  await untilSaved(page, OWN_WORDS);
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("lang", "pl");
  await expect(page.locator("h1")).toContainText(message("pl", "question-strengths"));
  await expect(answers(page)).toHaveText([message("pl", "chip-have-valid-id"), OWN_WORDS]);
});

test("a chip follows the language; Arabic turns the page right to left", async ({ page }) => {
  await openFresh(page, "pl");
  await page.locator("#start").click();
  await page.locator('.chip[data-key="have-valid-id"]').click();
  await page.locator("#language").selectOption("en");
  await expect(answers(page)).toHaveText([message("en", "chip-have-valid-id")]);
  await page.locator("#language").selectOption("ar");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.locator("html")).toHaveAttribute("lang", "ar");
  await expect(answers(page)).toHaveText([message("ar", "chip-have-valid-id")]);
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
});

test("answers can be changed, moved and removed", async ({ page }) => {
  await openFresh(page, "en");
  await page.locator("#start").click();
  const box = page.getByLabel(message("en", "own-words-label"));
  for (const words of ["I can cook", "I am patient"]) {
    await box.fill(words);
    await page.getByRole("button", { name: message("en", "add"), exact: true }).click();
  }
  await expect(answers(page)).toHaveText(["I can cook", "I am patient"]);
  await page.locator(".answer").nth(1).getByRole("button", { name: message("en", "move-up") }).click();
  await expect(answers(page)).toHaveText(["I am patient", "I can cook"]);
  await page.locator(".answer").nth(1).getByRole("button", { name: message("en", "edit") }).click();
  await page.getByLabel(message("en", "edit-answer-label")).fill("I can cook for others");
  await page.getByRole("button", { name: message("en", "save") }).click();
  await expect(answers(page)).toHaveText(["I am patient", "I can cook for others"]);
  await page.locator(".answer").first().getByRole("button", { name: message("en", "remove") }).click();
  await expect(answers(page)).toHaveText(["I can cook for others"]);
  await expect(page.locator(".count")).toHaveText("1 strength");
});

test("the back button returns from Strengths to Welcome", async ({ page }) => {
  await openFresh(page, "en");
  await page.locator("#start").click();
  await expect(page.locator("h1")).toContainText(message("en", "question-strengths"));
  await page.goBack();
  await expect(page.locator("h1")).toContainText(message("en", "welcome-title"));
  await page.goForward();
  await expect(page.locator("h1")).toContainText(message("en", "question-strengths"));
});

test("garbage in the saved draft is kept aside and the person is told", async ({ page }) => {
  await openFresh(page, "pl");
  await page.evaluate(() => localStorage.setItem("waymark.plan", "{garbage!"));
  await page.reload();
  await expect(page.locator('[data-notice="DraftUnreadable"]')).toContainText(message("pl", "notice-draft-unreadable"));
  const aside = await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith("waymark.plan.unreadable."))
      .map((k) => localStorage.getItem(k)),
  );
  expect(aside).toEqual(["{garbage!"]);
  // The app still works: a new answer is saved again.
  await page.locator("#start").click();
  await page.locator('.chip[data-key="keep-going"]').click();
  await expect.poll(() => page.evaluate(() => localStorage.getItem("waymark.plan") ?? "")).toContain("keep-going");
});

test("a draft from a newer version is left untouched", async ({ page }) => {
  await page.clock.install();
  await openFresh(page, "en");
  const newer = JSON.stringify({ schema: 99, id: "future", things: ["kept"] });
  await page.evaluate((v) => localStorage.setItem("waymark.plan", v), newer);
  await page.reload();
  await expect(page.locator('[data-notice="TooNew"]')).toContainText(message("en", "notice-too-new"));
  await page.locator("#start").click();
  await page.locator('.chip[data-key="keep-going"]').click();
  await expect(page.locator('.chip[data-key="keep-going"]')).toHaveAttribute("aria-pressed", "true");
  // That nothing is saved has no event to wait for: the page's clock is run
  // on past the autosave delay (0.4 s) instead, which fires every timer due.
  await page.clock.runFor(2_000);
  expect(await page.evaluate(() => localStorage.getItem("waymark.plan"))).toBe(newer);
});

test("a full device keeps the answers on screen and says they are not saved", async ({ page }) => {
  await openFresh(page, "es");
  await page.evaluate(() => {
    const real = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if (key === "waymark.plan") throw new DOMException("full", "QuotaExceededError");
      return real.call(this, key, value);
    };
  });
  await page.locator("#start").click();
  await page.getByLabel(message("es", "own-words-label")).fill("Sé cocinar");
  await page.keyboard.press("Enter");
  await expect(page.locator('[data-notice="StorageFull"]')).toContainText(message("es", "notice-storage-full"));
  await expect(answers(page)).toHaveText(["Sé cocinar"]);
});
