// The client's whole journey: four SWOT steps, their own goals, and Review.
import { test, expect, message, openFresh, answers } from "./helpers.mjs";

async function next(page) {
  await page.locator("#next").click();
}

async function typeAnswer(page, lang, words) {
  await page.getByLabel(message(lang, "own-words-label")).fill(words);
  await page.keyboard.press("Enter");
}

test("a full walk-through in Spanish, with two goals, survives a reload and shows on Review", async ({ page }) => {
  const es = (id) => message("es", id);
  await openFresh(page, "es");
  await page.locator("#start").click();

  await page.locator('.chip[data-key="have-valid-id"]').click();
  await typeAnswer(page, "es", "Sé cocinar para muchas personas");
  await next(page);
  await expect(page.locator("h1")).toContainText(es("question-weaknesses"));
  await page.locator('.chip[data-key="id-lost"]').click();
  await typeAnswer(page, "es", "Me cuesta leer cartas oficiales");
  await next(page);
  await expect(page.locator("h1")).toContainText(es("question-opportunities"));
  await page.locator('.chip[data-key="free-meals"]').click();
  await next(page);
  await expect(page.locator("h1")).toContainText(es("question-threats"));
  await page.locator('.chip[data-key="eviction"]').click();
  await typeAnswer(page, "es", "Tengo miedo de perder mi trabajo");
  await expect(answers(page)).toHaveText([es("chip-eviction"), "Tengo miedo de perder mi trabajo"]);
  await next(page);

  // Goal 1 grows from a worry, in one tap.
  await expect(page.locator("h1")).toContainText(es("question-goals"));
  await page.getByText(es("goal-from-worry")).click();
  await page.locator('.start-from[data-helps="false"] .chip', { hasText: es("chip-eviction") }).click();
  const first = page.locator(".goal").first();
  await first.getByLabel(es("goal-title-label")).fill("Encontrar un lugar estable");
  await first.getByRole("button", { name: es("step-add") }).click();
  await expect(first.locator(".step").nth(0).locator("input[type=text]")).toBeFocused();
  await page.keyboard.type("Llamar al albergue");
  await first.locator(".step").nth(0).locator('input[type="date"]').fill("2026-12-01");
  await first.getByRole("button", { name: es("step-add") }).click();
  await expect(first.locator(".step").nth(1).locator("input[type=text]")).toBeFocused();
  await page.keyboard.type("Ir a la cita con mi DNI");
  await first.locator(".step").nth(1).locator('input[type="date"]').fill("2026-12-15");
  await first.locator(".step").nth(0).locator('input[type="checkbox"]').check();
  await expect(first.getByLabel(es("chip-eviction"))).toBeChecked();

  // Goal 2, typed, then moved to the top.
  await page.locator("#add-goal").click();
  const second = page.locator(".goal").nth(1);
  await second.getByLabel(es("goal-title-label")).fill("Renovar mi documento");
  await second.getByRole("button", { name: es("move-up") }).click();
  await expect(page.locator(".goal-title")).toHaveText(["Renovar mi documento", "Encontrar un lugar estable"]);
  await expect(page.locator(".goal").nth(1).locator(".goal-steps")).toContainText("1");

  // The last change (the move) is saved, and everything before it with it.
  await expect
    .poll(() => page.evaluate(() => JSON.parse(localStorage.getItem("waymark.plan")).goals.map((g) => g.title)))
    .toEqual(["Renovar mi documento", "Encontrar un lugar estable"]);
  await page.reload();
  await expect(page.locator("h1")).toContainText(es("question-goals"));
  await expect(page.locator(".goal-title")).toHaveText(["Renovar mi documento", "Encontrar un lugar estable"]);
  expect(page.url()).toMatch(/#goals$/);

  await next(page);
  await expect(page.locator("h1")).toContainText(es("review-title"));
  const review = page.locator(".plan-summary");
  for (const words of [
    es("chip-have-valid-id"), "Sé cocinar para muchas personas", es("chip-id-lost"),
    "Me cuesta leer cartas oficiales", es("chip-free-meals"), es("chip-eviction"),
    "Tengo miedo de perder mi trabajo", "Llamar al albergue", "Ir a la cita con mi DNI",
  ]) {
    await expect(review).toContainText(words);
  }
  await expect(review.locator(".summary-goal h3 bdi")).toHaveText(["Renovar mi documento", "Encontrar un lugar estable"]);
  await expect(review).toContainText("1 de diciembre de 2026");
  await expect(review.locator(".summary-steps li.done")).toHaveText(/Llamar al albergue/);
  // The edit link goes back to its step.
  await review.locator('[data-part="hard"] .edit-link').click();
  await expect(page.locator("h1")).toContainText(es("question-weaknesses"));
  expect(await page.title()).toBe("Waymark");
});

/** Presses Tab until the focused element matches `selector`, like a keyboard user. */
async function tabTo(page, selector, shift = false) {
  for (let i = 0; i < 150; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press(shift ? "Shift+Tab" : "Tab");
  }
  throw new Error(`Tab never reached ${selector}`);
}

test("the same journey with the keyboard alone, in English", async ({ page }) => {
  const en = (id) => message("en", id);
  await openFresh(page, "en");
  await tabTo(page, "#start");
  await page.keyboard.press("Enter");
  await expect(page.locator("h1")).toBeFocused();

  await tabTo(page, '.chip[data-key="work-experience"]');
  await page.keyboard.press("Space");
  await tabTo(page, ".own-words input");
  await page.keyboard.type("I am good with people");
  await page.keyboard.press("Enter");
  await expect(answers(page)).toHaveText([en("chip-work-experience"), "I am good with people"]);
  for (const question of ["question-weaknesses", "question-opportunities", "question-threats"]) {
    await tabTo(page, "#next");
    await page.keyboard.press("Enter");
    await expect(page.locator("h1")).toContainText(en(question));
    await expect(page.locator("h1")).toBeFocused();
  }
  await tabTo(page, '.chip[data-key="benefits-stop"]');
  await page.keyboard.press("Enter");
  await tabTo(page, "#next");
  await page.keyboard.press("Enter");
  await expect(page.locator("h1")).toContainText(en("question-goals"));

  await tabTo(page, "#add-goal");
  await page.keyboard.press("Enter");
  await tabTo(page, ".goal-editor input[type=text]");
  await page.keyboard.type("Keep my benefits");
  await tabTo(page, ".add-step");
  await page.keyboard.press("Enter");
  await expect(page.locator(".step input[type=text]")).toBeFocused();
  await page.keyboard.type("Send the form on time");
  await tabTo(page, ".step input[type=checkbox]", true);
  await page.keyboard.press("Space");
  await tabTo(page, ".links input[type=checkbox]");
  await page.keyboard.press("Space");
  await tabTo(page, "#next");
  await page.keyboard.press("Enter");
  await expect(page.locator("h1")).toContainText(en("review-title"));
  const goal = page.locator(".summary-goal");
  await expect(goal.locator("h3 bdi")).toHaveText("Keep my benefits");
  await expect(goal.locator(".summary-steps li.done")).toHaveText(/Send the form on time/);
  await expect(goal.locator(".summary-links")).toContainText(en("chip-work-experience"));
});

test("Arabic runs right to left through to Review", async ({ page }) => {
  const ar = (id) => message("ar", id);
  await openFresh(page, "ar");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await page.locator("#start").click();
  await page.locator('.chip[data-key="can-cook"]').click();
  await typeAnswer(page, "ar", "أعرف كيف أصلح الدراجات");
  await page.locator(".progress-step", { hasText: ar("part-goals") }).click();
  await page.getByText(ar("goal-from-strength")).click();
  await page.locator('.start-from[data-helps="true"] .chip').first().click();
  await page.locator(".goal").first().getByLabel(ar("goal-title-label")).fill("أن أجد عملًا في مطبخ");
  await page.locator(".goal").first().locator(".goal-toggle").click();
  await page.locator("#next").click();
  await expect(page.locator("h1")).toContainText(ar("review-title"));
  await expect(page.locator(".plan-summary")).toContainText("أعرف كيف أصلح الدراجات");
  await expect(page.locator(".summary-goal h3 bdi")).toHaveText("أن أجد عملًا في مطبخ");
  await expect(page.locator('[data-part="hard"] .empty')).toHaveText(ar("review-skipped"));
  const direction = await page.locator(".plan-summary").evaluate((el) => getComputedStyle(el).direction);
  expect(direction).toBe("rtl");
});

test("a date never takes a fifth year digit, so it is kept, not dropped", async ({ page }) => {
  await openFresh(page, "en");
  await page.locator("#start").click();
  for (let step = 0; step < 4; step++) await next(page);
  await page.locator("#add-goal").click();
  const target = page.getByLabel(message("en", "goal-target-label"));
  await target.focus();
  // Month, day, then a year typed with one digit too many (en-US order).
  await page.keyboard.type("11");
  await page.keyboard.type("23");
  await page.keyboard.type("20266");
  await page.keyboard.press("Tab");
  await expect(target).toHaveValue("0266-11-23");
  const saved = () => page.evaluate(() => JSON.parse(localStorage.getItem("waymark.plan")).goals[0]?.target);
  await expect.poll(saved, { message: "the target date is saved as typed" }).toBe("0266-11-23");
});
