// The case manager answers back: suggestions from the agency's directory and
// typed, a meeting, an answer the client opens on their own phone, and the
// client's yes and not now, carried into Review, the print and the next share.
import { test, expect, message, openFresh, addGoal, printout } from "./helpers.mjs";

const pl = (id) => message("pl", id);
const en = (id) => message("en", id);
const GOAL = "Załatwić dowód osobisty";

test("a case manager answers a Polish client's plan; the client takes one service and leaves the other; the next share shows it", async ({ page, browser }) => {
  // The client's plan, shared with a PIN.
  await openFresh(page, "pl");
  await page.locator("#start").click();
  await page.getByLabel(pl("own-words-label")).fill("Umiem gotować");
  await page.keyboard.press("Enter");
  await page.locator(".progress-step", { hasText: pl("part-goals") }).click();
  await addGoal(page, "pl", GOAL, ["Znaleźć akt urodzenia"]);
  // What is missing around here, for the agency to count.
  await page.locator(".progress-step", { hasText: pl("part-opportunities") }).click();
  await page.getByLabel(pl("gaps-label")).fill("Nie ma gdzie wyprać ubrań wieczorem");
  await page.getByLabel(pl("gaps-label")).press("Enter");
  await expect(page.locator(".gap-list")).toContainText("Nie ma gdzie wyprać ubrań wieczorem");
  await page.locator(".progress-step", { hasText: pl("part-share") }).click();
  await page.getByLabel(pl("share-pin-toggle")).check();
  await page.getByLabel(pl("share-pin-label")).fill("482913");
  await page.locator("#make-code").click();
  const link = await page.locator("#share-link").inputValue();

  // The case manager, in English, loads the centre's directory and answers.
  const office = await browser.newContext({ locale: "en-GB" });
  const manager = await office.newPage();
  await manager.goto(link);
  await manager.getByLabel(en("import-pin-label")).fill("482913");
  await manager.getByRole("button", { name: en("import-open") }).click();
  await expect(manager.locator("h1")).toContainText(en("plan-view-title"));
  await expect(manager.locator(".summary-gaps")).toContainText("Nie ma gdzie wyprać ubrań wieczorem");
  await manager.locator("#directory-file").setInputFiles("tests/fixtures/hsds/centre.json");
  await expect(manager.locator("#directory-count")).toHaveText("4 services loaded.");
  // Staff adjust the life-area rules: a broken line is named, a good rule
  // sorts the services again.
  await manager.locator(".area-rules summary").click();
  const rules = await manager.locator("#area-rules").inputValue();
  await manager.locator("#area-rules").fill(`clinic = nowhere\n${rules}`);
  await manager.locator("#area-rules-apply").click();
  await expect(manager.locator("#area-rules-problem")).toHaveText('Line 1: "nowhere" is not a life area.');
  await manager.locator("#area-rules").fill(`legal = health\n${rules}`);
  await manager.locator("#area-rules-apply").click();
  await expect(manager.locator("#area-rules-ok")).toHaveText(en("directory-rules-applied"));
  await manager.locator("#directory-area").selectOption("health");
  await expect(manager.locator(".directory-matches")).toContainText("Legal Advice Clinic");
  await manager.locator("#area-rules").fill(rules);
  await manager.locator("#area-rules-apply").click();
  await expect(manager.locator(".directory-matches")).not.toContainText("Legal Advice Clinic");
  await manager.locator("#directory-area").selectOption("");
  await manager.getByLabel(en("directory-search")).fill("legal");
  await expect(manager.locator("#directory-found")).toHaveText("1 service matches.");
  await expect(manager.locator(".directory-matches")).toContainText("Legal Advice Clinic");
  await expect(manager.locator(".directory-matches")).toContainText("020 7946 0101");
  await expect(manager.locator("#answer-goal")).toHaveValue(/\d+/);
  await manager.locator("#directory-pick-0").click();
  await manager.getByLabel(en("answer-service-name")).fill("Eastport Food Bank");
  await manager.getByLabel(en("answer-service-phone")).fill("020 7946 0999");
  await manager.locator("#add-service").click();
  await manager.getByLabel(en("answer-meeting-day"), { exact: true }).fill("2026-12-17");
  await manager.getByLabel(en("answer-meeting-time"), { exact: true }).fill("09:30");
  await manager.getByLabel(en("answer-meeting-place"), { exact: true }).fill("Front desk");
  await manager.locator("#add-meeting").click();
  await expect(manager.locator(".answer-item")).toHaveCount(3);
  await expect(manager.locator(".answer-item").nth(0)).toContainText(GOAL);
  // Without a name, the answer says what is missing.
  await manager.locator("#make-answer").click();
  await expect(manager.locator("#answer-problem")).toHaveText(en("answer-needs-name"));
  await manager.getByLabel(en("answer-your-name")).fill("Sam Carter");
  await manager.locator("#make-answer").click();
  await expect(manager.locator("#answer-made-title")).toBeFocused();
  await expect(manager.locator(".answer-made .qr svg")).toBeVisible();
  await expect(manager.locator("#answer-pin-note")).toBeVisible();
  const answerLink = await manager.locator("#answer-link").inputValue();
  expect(answerLink).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#answer\/WA2-\d+$/);
  // Nothing of it is saved on the case manager's device.
  expect(await manager.evaluate(() => Object.keys(localStorage))).toEqual([]);

  // The client's phone opens the answer's link: it asks the plan's PIN.
  await page.goto(answerLink);
  await expect(page.locator("h1")).toContainText(pl("answers-title"));
  expect(new URL(page.url()).hash).toBe("#answers");
  await expect(page.locator(".import-pin .hint")).toHaveText(pl("answer-pin-hint"));
  await page.getByLabel(pl("import-pin-label")).fill("482913");
  await page.getByRole("button", { name: pl("import-open") }).click();
  const answer = page.locator("section.received-answer");
  await expect(answer.locator("h3")).toHaveText(pl("answer-from").replace("{ $name }", "Sam Carter"));
  const items = answer.locator(".support-item");
  await expect(items).toHaveCount(3);
  await expect(items.nth(0)).toContainText(GOAL);
  await expect(items.nth(0)).toContainText("Legal Advice Clinic");
  // The directory's words are marked with their language, English.
  await expect(items.nth(0).locator(".offer-title")).toHaveAttribute("lang", "en");
  await expect(items.nth(0).locator(".offer-phone a")).toHaveAttribute("href", "tel:02079460101");
  // Kept as waiting: nothing is taken before a yes.
  const choices = () => page.evaluate(() => (JSON.parse(localStorage.getItem("waymark.plan")).support ?? []).map((s) => s.choice));
  await expect.poll(choices).toEqual(["waiting", "waiting", "waiting"]);
  await items.nth(0).getByRole("button", { name: pl("answer-yes") }).click();
  await items.nth(1).getByRole("button", { name: pl("answer-not-now") }).click();
  await items.nth(2).getByRole("button", { name: pl("answer-yes") }).click();
  await expect(items.nth(0).getByRole("button", { name: pl("answer-yes") })).toHaveAttribute("aria-pressed", "true");
  await expect(items.nth(1).getByRole("button", { name: pl("answer-not-now") })).toHaveAttribute("aria-pressed", "true");
  await expect.poll(choices).toEqual(["yes", "not-now", "yes"]);

  // Review's "My support" holds only what was taken, with its phone.
  await page.locator("#answers-done").click();
  const support = page.locator(".summary-support");
  await expect(support.locator("h2")).toHaveText(pl("support-title"));
  await expect(support).toContainText("Legal Advice Clinic");
  await expect(support).toContainText("020 7946 0101");
  await expect(support).toContainText("Front desk");
  await expect(support).not.toContainText("Eastport Food Bank");
  // A "not now" can be revisited.
  await expect(page.locator("#review-answers")).toHaveText(/^\W*1 \S+ /);

  // The take-away print shows the same, and the next share carries the choices.
  await page.locator(".progress-step", { hasText: pl("part-share") }).click();
  await page.locator("#make-code").click();
  const next = await page.locator("#share-link").inputValue();
  const sheet = await printout(page);
  expect(sheet.text).toContain(pl("support-title"));
  expect(sheet.text).toContain("Legal Advice Clinic");
  expect(sheet.text).toContain("020 7946 0101");
  expect(sheet.text).not.toContain("Eastport Food Bank");

  await manager.goto(next);
  await expect(manager.locator("h1")).toContainText(en("plan-view-title"));
  const seen = manager.locator(".summary-support");
  await expect(seen.locator("h2")).toHaveText(en("support-all-title"));
  await expect(seen.locator(".support-item", { hasText: "Legal Advice Clinic" })).toContainText(en("choice-yes"));
  await expect(seen.locator(".support-item", { hasText: "Eastport Food Bank" })).toContainText(en("choice-not-now"));
  await office.close();
});

test("an answer to a plan that is not on this device waits while the client continues that plan", async ({ page, browser }) => {
  // A plan shared from one phone, answered by the case manager.
  const phone = await browser.newContext();
  const first = await phone.newPage();
  await openFresh(first, "en");
  await first.locator("#start").click();
  await first.locator(".progress-step", { hasText: en("part-goals") }).click();
  await addGoal(first, "en", "Find a room", []);
  await first.locator(".progress-step", { hasText: en("part-share") }).click();
  await first.locator("#make-code").click();
  const link = await first.locator("#share-link").inputValue();
  await phone.close();
  const office = await browser.newContext();
  const manager = await office.newPage();
  await manager.goto(link);
  await manager.locator("#answer-kind-message").check();
  await manager.getByLabel(en("answer-message-label")).fill("Well done on your first step.");
  await manager.locator("#add-answer-message").click();
  await manager.locator("#answer-kind-step").check();
  await manager.getByLabel(en("answer-step-label")).fill("Call the housing desk");
  await manager.locator("#add-answer-step").click();
  await manager.getByLabel(en("answer-your-name")).fill("Sam");
  await manager.locator("#make-answer").click();
  const answerLink = await manager.locator("#answer-link").inputValue();
  await office.close();

  // A kiosk after the last client's wipe: no such plan here.
  await page.goto("/?setup=kiosk&idle=1800&lang=en");
  await page.goto(answerLink);
  await expect(page.locator("#answer-other-plan-title")).toHaveText("An answer from Sam");
  // The answer waits in memory only, and a wipe takes it too.
  expect(await page.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage }))).not.toContain("Well done");
  await page.locator("#finish").click();
  await page.locator("#finish-yes").click();
  await expect(page.locator("#start")).toBeVisible();
  await page.goto("/#answers");
  await expect(page.locator("h1")).toContainText(en("answers-title"));
  await expect(page.locator("#answer-other-plan-title")).toHaveCount(0);
  await page.goto(answerLink);
  await expect(page.locator("#answer-other-plan-title")).toHaveText("An answer from Sam");
  await page.locator("#answer-open-plan").click();
  await expect(page.locator("h1")).toHaveText(en("continue-title"));
  await page.locator("#import-code").fill(link);
  await page.getByRole("button", { name: en("import-open") }).click();
  // The plan opens, and then the answer that waited for it.
  await expect(page.locator("h1")).toContainText(en("answers-title"));
  await expect(page.locator("section.received-answer")).toContainText("Well done on your first step.");
  const step = page.locator(".support-item", { hasText: "Call the housing desk" });
  await step.getByRole("button", { name: en("answer-yes") }).click();
  await expect(step).toContainText(en("answer-step-added"));
  await page.locator("#answers-done").click();
  await expect(page.locator(".summary-goal", { hasText: "Find a room" })).toContainText("Call the housing desk");
  // On a kiosk, all of it lives in this session only.
  await expect.poll(() => page.evaluate(() => sessionStorage.getItem("waymark.plan") ?? "")).toContain("Call the housing desk");
  expect(await page.evaluate(() => localStorage.getItem("waymark.plan"))).toBeNull();
});

test("kiosk: staff load the centre's services once; a client taps one and names a gap; their wipe leaves the services and erases the client", async ({ page }) => {
  await page.goto("/?setup=kiosk&idle=1800&lang=en");
  await page.goto("/#settings");
  await page.locator("details.staff summary").click();
  await expect(page.locator("#centre-count")).toHaveText(en("centre-none"));
  // A broken file is refused with a message, and nothing is kept.
  await page.locator("#centre-file").setInputFiles({ name: "services.json", mimeType: "application/json", buffer: Buffer.from("[1, 2") });
  await expect(page.locator("#centre-problem")).toContainText("not JSON");
  await page.locator("#centre-file").setInputFiles("tests/fixtures/hsds/centre.json");
  await expect(page.locator("#centre-count")).toHaveText("4 services loaded.");
  await expect(page.locator("#centre-problem")).toHaveCount(0);

  // A client, on the "What could help" step.
  await page.goto("/#help");
  await expect(page.locator("#centre-title")).toContainText(en("centre-title"));
  const clinic = page.locator(".centre .chip", { hasText: "Legal Advice Clinic" });
  await expect(page.locator(".centre .chip")).toHaveCount(4);
  await clinic.click();
  await expect(clinic).toHaveAttribute("aria-pressed", "true");
  await expect(page.locator(".answer-list")).toContainText("Legal Advice Clinic");
  await page.getByLabel(en("gaps-label")).fill("A place to wash clothes in the evening");
  await page.locator("#gap-add").click();
  await expect(page.locator(".gap-list")).toContainText("A place to wash clothes in the evening");
  await expect.poll(() => page.evaluate(() => sessionStorage.getItem("waymark.plan") ?? "")).toContain("wash clothes");
  await page.goto("/#review");
  await expect(page.locator(".summary-gaps")).toContainText("A place to wash clothes in the evening");

  // The client finishes: they are erased, the centre's services are not.
  await page.locator("#finish").click();
  await page.locator("#finish-yes").click();
  await expect(page.locator("#start")).toBeVisible();
  expect(await page.evaluate(() => sessionStorage.getItem("waymark.plan"))).toBeNull();
  expect(await page.evaluate(() => localStorage.getItem("waymark.plan"))).toBeNull();
  expect(await page.evaluate(() => JSON.parse(localStorage.getItem("waymark.directory")).services.length)).toBe(4);
  await page.locator("#start").click();
  await page.goto("/#help");
  await expect(page.locator(".centre .chip")).toHaveCount(4);
  await expect(page.locator(".centre .chip", { hasText: "Legal Advice Clinic" })).toHaveAttribute("aria-pressed", "false");
  await expect(page.locator(".answer-list li")).toHaveCount(0);
  await expect(page.locator(".gap-list li")).toHaveCount(0);
});
