// Coming back to a plan: the take-away sheet, continuing from its QR code on
// a kiosk, checking in, and what the case manager sees changed.
import { readFileSync } from "node:fs";
import { test, expect, message, openFresh, addGoal, printout } from "./helpers.mjs";

const pl = (id) => message("pl", id);
const en = (id) => message("en", id);

test("kiosk: a client takes their plan away on paper, erases, continues next week with the PIN, checks in, and the case manager sees what changed", async ({ page, browser }) => {
  await page.goto("/?setup=kiosk&idle=1800&lang=pl");
  await page.locator("#start").click();
  await page.getByLabel(pl("own-words-label")).fill("Umiem gotować");
  await page.keyboard.press("Enter");
  await page.locator(".progress-step", { hasText: pl("part-goals") }).click();
  await addGoal(page, "pl", "Znaleźć pracę w kuchni", ["Napisać CV", "Pójść do urzędu pracy"]);
  await page.locator(".progress-step", { hasText: pl("part-share") }).click();
  await page.getByLabel(pl("share-pin-toggle")).check();
  await page.getByLabel(pl("share-pin-label")).fill("482913");
  await page.locator("#make-code").click();
  await expect(page.locator(".share-result .qr svg")).toBeVisible();
  const link = await page.locator("#share-link").inputValue();

  // The take-away sheet: by default a protected plan prints its QR code and
  // no words; the client chooses to print them too.
  let sheet = await printout(page);
  expect(sheet.pages).toBe(1);
  expect(sheet.text).toContain(pl("print-title"));
  expect(sheet.text).not.toContain("Znaleźć pracę w kuchni");
  expect(sheet.qr).toBe(link);
  await page.getByLabel(pl("print-words-toggle")).check();
  sheet = await printout(page);
  expect(sheet.pages, "the sheet is one page").toBe(1);
  expect(sheet.text).toContain(pl("print-title"));
  const today = await page.evaluate(() => new Date().toLocaleDateString("pl", { dateStyle: "long" }));
  expect(sheet.text).toContain(today);
  expect(sheet.text).toContain("Znaleźć pracę w kuchni");
  expect(sheet.text).toContain("Napisać CV");
  expect(sheet.text).toContain(pl("print-scan").slice(0, 30));
  // The goals come before the answers.
  expect(sheet.text.indexOf("Znaleźć pracę w kuchni")).toBeLessThan(sheet.text.indexOf("Umiem gotować"));
  expect(sheet.qr, "the printed QR code, read by jsQR, is the plan's link").toBe(link);

  // "I am finished" offers to print or take the plan first, then erases.
  await page.locator("#finish").click();
  await expect(page.locator("#finish-other")).toHaveText(pl("finish-share-first"));
  await page.locator("#finish-yes").click();
  await expect(page.locator("#start")).toHaveText(new RegExp(pl("start")));
  expect(await page.evaluate(() => sessionStorage.getItem("waymark.plan") ?? "")).not.toContain("Umiem");

  // Next week, the same kiosk: the phone camera opens the QR code's link;
  // the client continues their plan here, with their PIN.
  await page.goto(link);
  await page.locator("#continue-here").click();
  await expect(page.locator("h1")).toHaveText(pl("continue-title"));
  await expect(page.locator(".import-pin .hint")).toHaveText(pl("continue-pin-hint"));
  await page.getByLabel(pl("import-pin-label")).fill("482913");
  await page.getByRole("button", { name: pl("import-open") }).click();
  await expect(page.locator("h1")).toContainText(pl("review-title"));
  await expect(page.locator(".notice")).toContainText(pl("continue-opened"));
  await expect(page.locator(".plan-summary")).toContainText("Umiem gotować");
  await expect(page.locator(".changes-since h2")).toContainText(pl("since-title").split("{")[0].trim());
  // Kept in this session only, as every kiosk draft.
  await expect.poll(() => page.evaluate(() => sessionStorage.getItem("waymark.plan") ?? "")).toContain("Umiem gotować");
  expect(await page.evaluate(() => localStorage.getItem("waymark.plan"))).toBeNull();

  // "How is it going?": a step done, on the way, in their own words.
  await page.locator("#review-check-in").click();
  await expect(page.locator("h1")).toContainText(pl("check-in-title"));
  const goal = page.locator(".check-in-goal").first();
  await goal.getByLabel("Napisać CV").check();
  await goal.getByLabel(pl("status-on-my-way")).check();
  await goal.getByLabel(pl("check-in-words")).fill("Mam już CV, potrzebuję pomocy z wydrukiem");
  await goal.getByLabel(pl("fit-keep")).check();
  await page.locator("#check-in-save").click();
  await expect(page.locator("h1")).toContainText(pl("review-title"));
  await expect(page.locator(".notice")).toContainText(pl("check-in-saved"));
  await expect(page.locator('.changes-since [data-change="since-steps"]')).toBeVisible();
  await expect(page.locator(".summary-history")).toContainText("Mam już CV");

  // Shared again, without a PIN this time.
  await page.locator(".progress-step", { hasText: pl("part-share") }).click();
  await page.locator("#make-code").click();
  const second = await page.locator("#share-link").inputValue();
  expect(second).not.toBe(link);

  // The case manager opens the new code and sees what is new since.
  const office = await browser.newContext({ locale: "en-GB" });
  const manager = await office.newPage();
  await manager.goto(second);
  await expect(manager.locator("h1")).toContainText(en("plan-view-title"));
  await expect(manager.locator(".changes-since h2")).toContainText("New since");
  await expect(manager.locator('.changes-since [data-change="since-steps"]')).toHaveText("1 step done");
  await expect(manager.locator('.changes-since [data-change="since-check-ins"]')).toHaveText("1 check-in");
  const step = manager.locator(".summary-steps li", { hasText: "Napisać CV" });
  await expect(step.locator(".change-mark")).toHaveText(en("mark-done-since"));
  await expect(manager.locator(".timeline")).toContainText("Mam już CV, potrzebuję pomocy z wydrukiem");
  await expect(manager.locator(".timeline")).toContainText(en("status-on-my-way"));
  await expect(manager.locator(".steps-chart .chart-figures")).toContainText("1 of 2 steps done");
  const [download] = await Promise.all([manager.waitForEvent("download"), manager.locator("#export-fhir").click()]);
  const bundle = JSON.parse(readFileSync(await download.path(), "utf8"));
  const fhirGoal = bundle.entry.map((e) => e.resource).find((r) => r.resourceType === "Goal");
  expect(fhirGoal.lifecycleStatus).toBe("active");
  // On their way, with more steps done than before: improving.
  expect(fhirGoal.achievementStatus.coding[0].code).toBe("improving");
  expect(fhirGoal.note.map((n) => n.text)).toContain("Mam już CV, potrzebuję pomocy z wydrukiem");
  await office.close();
});

test("continuing over a draft asks first, and the replaced draft is kept aside", async ({ page, browser }) => {
  // A plan made and shared on one phone…
  const phone = await browser.newContext();
  const first = await phone.newPage();
  await openFresh(first, "en");
  await first.locator("#start").click();
  await first.getByLabel(en("own-words-label")).fill("I am good with people");
  await first.getByLabel(en("own-words-label")).press("Enter");
  await first.locator(".progress-step", { hasText: en("part-share") }).click();
  await first.locator("#make-code").click();
  await first.locator("#copy-code").waitFor();
  const code = await first.locator("#share-link").inputValue();
  await phone.close();

  // …continued on a device that has a draft of its own.
  await openFresh(page, "en");
  await page.locator("#start").click();
  await page.getByLabel(en("own-words-label")).fill("My draft here");
  await page.getByLabel(en("own-words-label")).press("Enter");
  await expect.poll(() => page.evaluate(() => localStorage.getItem("waymark.plan") ?? "")).toContain("My draft here");
  await page.goto("/");
  await page.locator("#welcome-have-plan").click();
  await page.locator("#import-code").fill(code);
  await page.getByRole("button", { name: en("import-open") }).click();
  await expect(page.locator("#continue-replace-title")).toHaveText(en("continue-replace-title"));

  // "Keep the plan I have" keeps it, and nothing changes.
  await page.locator("#continue-keep").click();
  await expect(page.locator(".plan-summary")).toContainText("My draft here");
  await expect(page.locator(".plan-summary")).not.toContainText("I am good with people");

  // Asked again, "Use the plan I opened": the old draft is kept aside, whole.
  await page.goto("/#continue");
  await page.locator("#import-code").fill(code);
  await page.getByRole("button", { name: en("import-open") }).click();
  await page.locator("#continue-replace").click();
  await expect(page.locator(".plan-summary")).toContainText("I am good with people");
  await expect(page.locator(".plan-summary")).not.toContainText("My draft here");
  const aside = await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith("waymark.plan.unreadable."))
      .map((k) => localStorage.getItem(k)),
  );
  expect(aside).toHaveLength(1);
  expect(JSON.parse(aside[0]).swot.strengths.map((i) => i.text)).toEqual(["My draft here"]);
  await expect.poll(() => page.evaluate(() => localStorage.getItem("waymark.plan") ?? "")).toContain("I am good with people");
});
