// Accessibility: axe-core (WCAG 2.2 A/AA rules) on every screen in every
// language, text zoom and narrow screens, and read-aloud in the right language.
import { test as base } from "@playwright/test";
import { readdirSync } from "node:fs";
import { test, expect, message, answers } from "./helpers.mjs";

const LANGS = readdirSync(new URL("../../locales", import.meta.url));
const AXE = new URL("../../node_modules/axe-core/axe.min.js", import.meta.url).pathname;
const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** axe-core's violations on the page as it is now, as "rule: target" lines. */
async function violations(page) {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ path: AXE });
  const result = await page.evaluate((tags) => window.axe.run(document, { runOnly: { type: "tag", values: tags } }), WCAG);
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(" ")}`));
}

/** Scans the page once `ready` (a locator, or a function that waits) says
 * the screen is there: scanning before it renders would pass trivially. */
async function scan(page, screen, found, ready) {
  if (typeof ready === "function") await ready();
  else await expect(ready, `${screen} shows`).toBeVisible();
  for (const v of await violations(page)) found.push(`${screen}: ${v}`);
}

// axe is injected as a script, which the app's CSP rightly blocks: these
// contexts bypass the CSP (the CSP itself is tested in privacy.spec.mjs).
const axeTest = base.extend({ context: async ({ browser }, use) => {
  const context = await browser.newContext({ bypassCSP: true, viewport: { width: 390, height: 844 } });
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await use(context);
  await context.close();
} });

axeTest("the scan is real: a page with an unlabelled field fails", async ({ context }) => {
  const page = await context.newPage();
  await page.setContent('<html lang="en"><body><main><h1>Form</h1><input type="text"></main></body></html>');
  expect((await violations(page)).join("\n")).toContain("label");
});

for (const lang of LANGS) {
  axeTest(`every screen has zero axe violations in ${lang}`, async ({ context }) => {
    const m = (id) => message(lang, id);
    const page = await context.newPage();
    const found = [];
    await page.goto("/");
    await page.evaluate((l) => { localStorage.clear(); localStorage.setItem("waymark.lang", JSON.stringify(l)); }, lang);
    await page.reload();
    await expect(page.locator("html")).toHaveAttribute("lang", lang);
    // The journey's steps in the progress bar: Strengths is 0, Share 6.
    const current = (n) => () => expect(page.locator(".progress-step").nth(n)).toHaveAttribute("aria-current", "step");
    await scan(page, "welcome", found, page.locator("#start"));
    await page.locator("#start").click();
    await page.locator(".chip").first().click();
    await page.getByLabel(m("own-words-label")).fill("Ana 🙂 سلام");
    await page.keyboard.press("Enter");
    await scan(page, "strengths", found, async () => {
      await current(0)();
      await expect(answers(page)).toHaveCount(2);
    });
    for (const [n, step] of ["weaknesses", "opportunities", "threats"].entries()) {
      await page.locator("#next").click();
      await page.locator(".chip").first().click();
      await scan(page, step, found, async () => {
        await current(n + 1)();
        await expect(answers(page)).toHaveCount(1);
      });
    }
    await page.locator("#next").click();
    await page.locator('.start-from[data-helps="false"] summary').click();
    await page.locator('.start-from[data-helps="false"] .chip').first().click();
    await page.locator(".add-step").click();
    // The new step's box takes the focus after the next paint.
    await expect(page.locator(".step-list input:focus")).toHaveCount(1);
    await page.keyboard.type("1");
    await scan(page, "goals", found, async () => {
      await current(4)();
      await expect(page.locator(".step-list input:focus")).toHaveValue("1");
    });
    await page.locator("#next").click();
    await scan(page, "review", found, current(5));
    await page.locator("#next").click();
    await page.locator("#make-code").click();
    await page.locator(".qr svg").waitFor();
    await scan(page, "share", found, current(6));
    const link = await page.locator("#share-link").inputValue();
    await page.locator("#open-settings").click();
    await scan(page, "settings", found, page.locator("#stored-title"));
    await page.goto("/open/");
    await page.locator("#import-code").waitFor();
    await scan(page, "import", found, page.locator("#import-code"));
    await page.locator("#import-code").fill(link);
    await page.locator(".import-paste button").click();
    await page.locator(".plan-summary").waitFor();
    await scan(page, "plan view", found, page.locator(".plan-summary"));

    // The case manager answers from the directory; the client chooses; staff
    // load the centre's services; the client sees them and names a gap.
    await page.locator("#directory-file").setInputFiles("tests/fixtures/hsds/centre.json");
    await page.locator("#directory-pick-0").click();
    await page.locator(".area-rules summary").click();
    await page.locator("#area-rules-apply").click();
    await page.locator("#answer-from").fill("Sam");
    await page.locator("#make-answer").click();
    const answerLink = await page.locator("#answer-link").inputValue();
    await scan(page, "answer made", found, page.locator(".answer-made .qr svg"));
    await page.goto(answerLink.replace(/^http:\/\/[^/]+/, ""));
    await page.locator(".received-answer .choice-yes").first().click();
    await scan(page, "answers", found, page.locator('.received-answer [aria-pressed="true"]'));
    await page.goto("/#settings");
    await page.locator("details.staff summary").click();
    await page.locator("#centre-file").setInputFiles("tests/fixtures/hsds/centre.json");
    await scan(page, "staff settings with the centre's services", found, page.locator("#centre-remove"));
    await page.goto("/#help");
    await page.locator("#gap-words").fill("Ana 🙂 سلام");
    await page.locator("#gap-add").click();
    await scan(page, "what could help, here at this centre", found, async () => {
      await expect(page.locator(".centre .chip")).toHaveCount(4);
      await expect(page.locator(".gap-list li")).toHaveCount(1);
    });

    // Coming back: a check-in, what changed since, continuing over a draft,
    // and the case manager's overview with its timeline and chart.
    await page.goto("/#check-in");
    await page.locator(".check-in-steps input").first().check();
    await page.locator(".check-in-goal .choice input").nth(1).check();
    await page.locator(".check-in-goal textarea").fill("Ana 🙂 سلام");
    await scan(page, "check-in", found, page.locator("#check-in-save"));
    await page.locator("#check-in-save").click();
    await scan(page, "review after a check-in", found, page.locator(".changes-since"));
    await page.goto("/#share");
    await page.locator("#make-code").click();
    await page.locator(".qr svg").waitFor();
    const again = await page.locator("#share-link").inputValue();
    await page.goto("/#continue");
    await scan(page, "continue", found, page.locator("#import-code"));
    await page.locator("#import-code").fill(link);
    await page.locator(".import-paste button").click();
    await scan(page, "continue over a draft", found, page.locator("#continue-replace"));
    await page.goto(again.replace(/^http:\/\/[^/]+/, ""));
    await scan(page, "plan view with check-ins", found, page.locator(".steps-chart"));
    // Sealed to the agency: the key panel, the poster's link on the phone,
    // the Share step's choice, and a page without the key.
    await page.goto("/open/");
    await page.locator("#agency-keys summary").click();
    await page.locator("#key-name").fill("Ana 🙂 سلام");
    await page.locator("#key-passphrase").fill("correct horse battery");
    await page.locator("#make-key").click();
    await scan(page, "agency keys", found, page.locator(".key-list li"));
    const connect = await page.locator("#connect-link").inputValue();
    await page.goto(connect.replace(/^http:\/\/[^/]+/, ""));
    await scan(page, "connect", found, page.locator("#connect-yes"));
    await page.locator("#connect-yes").click();
    await page.goto("/#settings");
    await scan(page, "settings with an agency", found, page.locator("#agency-sealing"));
    await page.goto("/#share");
    await page.locator("#make-code").click();
    await page.locator(".qr svg").waitFor();
    await scan(page, "share, sealed", found, page.locator("#share-seal"));
    const sealed = await page.locator("#share-link").inputValue();
    await page.goto(sealed.replace(/^http:\/\/[^/]+/, ""));
    await scan(page, "a sealed plan, no key", found, page.locator(".sealed-needs"));
    await page.goto(`/?setup=kiosk&idle=5&lang=${lang}`);
    await page.locator("#idle-title").waitFor({ timeout: 15_000 });
    await scan(page, "kiosk warning", found, page.locator("#idle-title"));
    await page.locator("#still-here").click();
    await page.locator("#finish").click();
    await scan(page, "finish dialog", found, page.locator("#finish-title"));
    expect(found).toEqual([]);
  });
}

test("at 200 % text and 320 px wide, no screen scrolls sideways", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 320, height: 640 }, bypassCSP: true });
  const page = await context.newPage();
  // Measured once `ready` says the screen is there; reading scrollWidth
  // lays the page out at the new text size, synchronously.
  const noSideScroll = async (screen, ready) => {
    await ready();
    const { scroll, client } = await page.evaluate(() => {
      document.documentElement.style.fontSize = "200%";
      return { scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth };
    });
    expect(scroll, `${screen} scrolls sideways`).toBeLessThanOrEqual(client);
  };
  await page.goto("/");
  await page.evaluate(() => { localStorage.clear(); localStorage.setItem("waymark.lang", '"uk"'); });
  await page.reload();
  const current = (n) => expect(page.locator(".progress-step").nth(n)).toHaveAttribute("aria-current", "step");
  await noSideScroll("welcome", () => expect(page.locator("#start")).toBeVisible());
  await page.locator("#start").click();
  await page.locator(".chip").first().click();
  await page.locator(".own-words input").fill("Довге речення, щоб перевірити перенесення рядків на вузькому екрані");
  await page.keyboard.press("Enter");
  await noSideScroll("strengths", () => expect(answers(page)).toHaveCount(2));
  await page.locator(".progress-step").nth(4).click();
  await page.locator("#add-goal").click();
  await page.locator(".add-step").click();
  await noSideScroll("goals", () => expect(page.locator(".step-list .step")).toHaveCount(1));
  await page.locator(".progress-step").nth(5).click();
  await noSideScroll("review", () => current(5));
  await page.locator(".progress-step").nth(6).click();
  await page.locator("#make-code").click();
  await page.locator(".qr svg").waitFor();
  await noSideScroll("share", () => current(6));
  await page.screenshot({ path: "test-results/zoom-200-320px-share.png", fullPage: true });
  await context.close();
});

test("read-aloud speaks in the reader's language, and says when there is no voice", async ({ page }) => {
  await page.addInitScript(() => {
    window.__spoken = [];
    const voices = ["en-GB", "es-ES", "fr-FR", "pl-PL", "uk-UA", "ru-RU", "ar-SA"].map((lang) => ({ lang, name: lang }));
    window.SpeechSynthesisUtterance = class { constructor(text) { this.text = text; } };
    Object.defineProperty(window, "speechSynthesis", {
      value: { getVoices: () => voices, speak: (u) => window.__spoken.push({ lang: u.lang, voice: u.voice.lang, text: u.text }), cancel() {} },
    });
  });
  await page.goto("/");
  await page.evaluate(() => localStorage.clear());
  for (const lang of LANGS) {
    await page.locator("#language").selectOption(lang);
    await page.goto("/#strengths");
    await page.locator(".question .speaker").first().click();
    const spoken = await page.evaluate(() => window.__spoken.splice(0));
    if (lang === "fa") {
      expect(spoken).toEqual([]);
      await expect(page.locator(".no-voice-note").first()).toHaveText(message("fa", "read-aloud-no-voice"));
    } else {
      expect(spoken).toEqual([{ lang, voice: expect.stringMatching(new RegExp(`^${lang}-`)), text: message(lang, "question-strengths") }]);
    }
  }
  await page.locator("#language").selectOption("pl");
  await page.goto("/#strengths");
  await page.locator('.chip[data-key="can-cook"]').click();
  await page.goto("/#review");
  await page.locator("#read-plan").click();
  const [plan] = await page.evaluate(() => window.__spoken.splice(0));
  expect(plan.lang).toBe("pl");
  expect(plan.text).toContain(message("pl", "chip-can-cook"));
});

test("the screens' module waiting and unreachable screens have zero axe violations in every language", async ({ browser }) => {
  const screensModule = /\/split_[a-z_]+\.wasm$/;
  const found = [];
  for (const lang of LANGS) {
    const context = await browser.newContext({ bypassCSP: true, serviceWorkers: "block", viewport: { width: 390, height: 844 } });
    await context.addInitScript((l) => localStorage.setItem("waymark.lang", JSON.stringify(l)), lang);
    // The module's fetch held until the waiting screen is scanned, then refused.
    let release;
    const held = new Promise((resolve) => (release = resolve));
    await context.route(screensModule, async (route) => {
      await held;
      await route.abort("internetdisconnected");
    });
    const page = await context.newPage();
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", lang);
    await page.locator("#start").click();
    await scan(page, `${lang} waiting`, found, page.locator("main h1", { hasText: message(lang, "screens-loading") }));
    release();
    await scan(page, `${lang} unreachable`, found, page.locator("#screens-retry"));
    await context.close();
  }
  expect(found).toEqual([]);
});
