// Hand-off: the client shares with a PIN; the case manager opens the link in
// another browser, in English, reads the plan and exports FHIR.
import { readFileSync } from "node:fs";
import { test, expect, message, openFresh, cameraFilming } from "./helpers.mjs";
import { fhirR4Validator } from "../support/fhir-schema.mjs";

/** A fresh English plan with one idea from Strengths, shared: its link. */
async function shareLinkOf(page, chipKey) {
  await openFresh(page, "en");
  await page.locator("#start").click();
  await page.locator(`.chip[data-key="${chipKey}"]`).click();
  await page.locator(".progress-step", { hasText: message("en", "part-share") }).click();
  await page.locator("#make-code").click();
  return page.locator("#share-link").inputValue();
}

test("a PIN-protected link made in Polish opens in English in another browser", async ({ page, browser }) => {
  const pl = (id) => message("pl", id);
  const en = (id) => message("en", id);
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await openFresh(page, "pl");
  await page.locator("#start").click();
  await page.locator('.chip[data-key="have-valid-id"]').click();
  await page.getByLabel(pl("own-words-label")).fill("Umiem naprawiać rowery");
  await page.keyboard.press("Enter");
  await page.locator(".progress-step", { hasText: pl("part-threats") }).click();
  await page.getByLabel(pl("own-words-label")).fill("Boję się zimy");
  await page.keyboard.press("Enter");
  await page.getByLabel(pl("own-words-label")).fill("Prywatna sprawa");
  await page.keyboard.press("Enter");
  await page.locator(".progress-step", { hasText: pl("part-goals") }).click();
  await page.locator("#add-goal").click();
  await page.locator(".goal").first().getByLabel(pl("goal-title-label")).fill("Znaleźć pracę w kuchni");
  await page.locator(".progress-step", { hasText: pl("part-share") }).click();
  await expect(page.locator("h1")).toContainText(pl("share-title"));

  // Leave one worry out, protect with a PIN.
  await page.getByLabel("Prywatna sprawa").uncheck();
  await page.getByLabel(pl("share-pin-toggle")).check();
  await page.getByLabel(pl("share-pin-label")).fill("482913");
  await page.locator("#make-code").click();
  await expect(page.locator(".qr svg")).toBeVisible();
  await page.locator("#copy-link").click();
  await expect(page.locator(".ok")).toHaveText(pl("share-copied"));
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/open\/#i\/WM3-\d+$/);
  expect(link).not.toContain("rowery");

  // The case manager: another browser context, English.
  const office = await browser.newContext({ locale: "en-GB" });
  const manager = await office.newPage();
  const errors = [];
  manager.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  await manager.goto(link);
  await expect(manager.locator("html")).toHaveAttribute("lang", "en");
  await expect(manager.locator("h1")).toContainText(en("import-title"));
  expect(manager.url()).not.toContain("WM3");
  expect(await manager.evaluate(() => location.pathname + location.hash)).toBe("/open/");
  await manager.getByLabel(en("import-pin-label")).fill("000000");
  await manager.getByRole("button", { name: en("import-open") }).click();
  await expect(manager.locator('[data-error="error-wrong-pin"]')).toBeVisible();
  await expect(manager.locator(".tries")).toHaveText("4 tries left");
  await manager.getByLabel(en("import-pin-label")).fill("482913");
  await manager.getByRole("button", { name: en("import-open") }).click();
  await expect(manager.locator("h1")).toContainText(en("plan-view-title"));
  const summary = manager.locator(".plan-summary");
  await expect(summary).toContainText(en("chip-have-valid-id"));
  await expect(summary.locator('bdi.own[lang="pl"]', { hasText: "Umiem naprawiać rowery" })).toBeVisible();
  await expect(summary).toContainText("Boję się zimy");
  await expect(summary).not.toContainText("Prywatna sprawa");
  await expect(summary.locator(".summary-goal h3 bdi")).toHaveText("Znaleźć pracę w kuchni");
  await expect(manager.locator(".written-in")).toContainText("Polski");
  expect(manager.url()).not.toContain("WM3");

  // The FHIR export downloads, and is valid FHIR R4 by HL7's JSON schema.
  const [download] = await Promise.all([manager.waitForEvent("download"), manager.locator("#export-fhir").click()]);
  const bundle = JSON.parse(readFileSync(await download.path(), "utf8"));
  expect((await fhirR4Validator())(bundle), "FHIR R4 schema errors").toEqual([]);
  expect(bundle.resourceType).toBe("Bundle");
  const goal = bundle.entry.map((e) => e.resource).find((r) => r.resourceType === "Goal");
  expect(goal.lifecycleStatus).toBe("proposed");
  expect(goal.description.text).toBe("Znaleźć pracę w kuchni");
  // Nothing of the plan is kept on the case manager's device.
  const stored = await manager.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
  expect(stored).not.toContain("rowery");
  expect(errors).toEqual([]);
  // Back closes the plan, and does not bring the code back: its history
  // entry was replaced.
  await manager.goBack();
  await expect(manager.locator("h1")).toContainText(en("import-title"));
  await expect(manager.locator(".plan-summary")).toHaveCount(0);
  expect(manager.url()).not.toContain("WM3");
  await office.close();
});

test("a truncated or foreign code gets a clear message, a good one opens", async ({ page }) => {
  const en = (id) => message("en", id);
  const code = await shareLinkOf(page, "keep-going");

  await page.goto("/open/");
  await page.getByLabel(en("import-paste-label")).fill(code.slice(0, -12));
  await page.getByRole("button", { name: en("import-open") }).click();
  await expect(page.locator(".problem")).toHaveText(en("error-truncated"));
  await expect(page.locator(".problem")).toContainText("damaged or incomplete");
  await page.getByLabel(en("import-paste-label")).fill("hello, this is my plan");
  await page.getByRole("button", { name: en("import-open") }).click();
  await expect(page.locator(".problem")).toHaveText(en("error-not-a-code"));
  await page.getByLabel(en("import-paste-label")).fill("WM9-123456");
  await page.getByRole("button", { name: en("import-open") }).click();
  await expect(page.locator(".problem")).toHaveText(en("error-too-new"));
  await page.getByLabel(en("import-paste-label")).fill(code);
  await page.getByRole("button", { name: en("import-open") }).click();
  await expect(page.locator(".plan-summary")).toContainText(en("chip-keep-going"));
});

test("a saved file opens in the import view", async ({ page }) => {
  const en = (id) => message("en", id);
  await openFresh(page, "en");
  await page.locator("#start").click();
  await page.getByLabel(en("own-words-label")).fill("I fix bikes");
  await page.keyboard.press("Enter");
  await page.locator(".progress-step", { hasText: en("part-share") }).click();
  await page.locator("#make-code").click();
  const [download] = await Promise.all([page.waitForEvent("download"), page.locator("#download-file").click()]);
  const file = await download.path();
  expect(JSON.parse(readFileSync(file, "utf8")).schema).toBe(3);
  await page.goto("/open/");
  await page.locator("#import-file").setInputFiles(file);
  await expect(page.locator(".plan-summary")).toContainText("I fix bikes");
});

test("a case manager scans the QR code with the camera", async ({ page, context }) => {
  const en = (id) => message("en", id);
  const link = await shareLinkOf(page, "have-phone");

  // Headless Chromium on Linux has no BarcodeDetector: stand one in that
  // answers only once the (synthetic) camera is really playing in the video.
  await context.grantPermissions(["camera"]);
  const office = await context.newPage();
  await office.addInitScript((text) => {
    window.BarcodeDetector = class {
      async detect(video) {
        return video.videoWidth > 0 && !video.paused ? [{ rawValue: text, format: "qr_code" }] : [];
      }
    };
  }, link);
  await office.goto("/open/");
  await office.locator("#scan-qr").click();
  await expect(office.locator("h1")).toContainText(en("plan-view-title"));
  await expect(office.locator(".plan-summary")).toContainText(en("chip-have-phone"));
  // The camera is off again.
  expect(await office.evaluate(() => document.querySelectorAll("video").length)).toBe(0);
});

test("a link made from /index.html points at the app's folder", async ({ page }) => {
  await page.goto("/index.html");
  await page.evaluate(() => localStorage.clear());
  await page.goto("/index.html#share");
  await page.locator("#make-code").click();
  expect(await page.locator("#share-link").inputValue()).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/open\/#i\/WM3-\d+$/);
});

test("a link from before the case manager's page had its own folder still opens the plan", async ({ page, context }) => {
  const en = (id) => message("en", id);
  const link = await shareLinkOf(page, "someone-i-trust");
  const office = await context.newPage();
  await office.goto(link.replace("/open/#i/", "/#i/"));
  await expect(office.locator("h1")).toContainText(en("plan-view-title"));
  await expect(office.locator(".plan-summary")).toContainText(en("chip-someone-i-trust"));
  expect(new URL(office.url()).pathname).toBe("/open/");
  expect(office.url()).not.toContain("WM3");
  // The same link opened in a tab where the client's app already runs.
  await page.evaluate((old) => (location.href = old), link.replace("/open/#i/", "/#i/"));
  await expect(page.locator(".plan-summary")).toContainText(en("chip-someone-i-trust"));
  expect(page.url()).not.toContain("WM3");
});

test("the Welcome screen's case manager button opens the case manager's page", async ({ page }) => {
  const en = (id) => message("en", id);
  await openFresh(page, "en");
  await page.locator("#case-manager").click();
  await expect(page.locator("h1")).toContainText(en("import-title"));
  expect(new URL(page.url()).pathname).toBe("/open/");
  await page.goBack();
  await expect(page.locator("#start")).toBeVisible();
});

test("a browser without its own deflate still makes a code that opens", async ({ page, context }) => {
  const en = (id) => message("en", id);
  await page.addInitScript(() => delete window.CompressionStream);
  const link = await shareLinkOf(page, "can-cook");
  const office = await context.newPage();
  await office.goto(link);
  await expect(office.locator(".plan-summary")).toContainText(en("chip-can-cook"));
});

test("a second link opened in the same tab shows its own plan", async ({ page, context }) => {
  const en = (id) => message("en", id);
  const first = await shareLinkOf(page, "can-cook");
  const second = await shareLinkOf(page, "have-phone");
  const office = await context.newPage();
  await office.goto(first);
  await expect(office.locator(".plan-summary")).toContainText(en("chip-can-cook"));
  // Only the fragment differs: the page stays, the new code arrives.
  await office.evaluate((link) => (location.href = link), second);
  await expect(office.locator(".plan-summary")).toContainText(en("chip-have-phone"));
  await expect(office.locator(".plan-summary")).not.toContainText(en("chip-can-cook"));
  expect(office.url()).not.toContain("WM3");
});

test("where there is no BarcodeDetector, the scan worker reads the camera's frames", async ({ page, context }) => {
  const en = (id) => message("en", id);
  await shareLinkOf(page, "have-phone");
  const svg = await page.locator(".share-result .qr svg").evaluate((e) => e.outerHTML);
  await context.grantPermissions(["camera"]);
  const office = await context.newPage();
  await office.addInitScript(cameraFilming, svg);
  await office.goto("/open/");
  expect(await office.evaluate(() => "BarcodeDetector" in window)).toBe(false);
  await office.locator("#scan-qr").click();
  await expect(office.locator("h1")).toContainText(en("plan-view-title"), { timeout: 30_000 });
  await expect(office.locator(".plan-summary")).toContainText(en("chip-have-phone"));
  expect(await office.evaluate(() => document.querySelectorAll("video").length)).toBe(0);
});
