// Shared by the end-to-end tests: a page that records console errors and any
// request leaving 127.0.0.1, and the real words of the locale files.
import { test as base, expect } from "@playwright/test";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import jsQR from "jsqr";
import { PNG } from "pngjs";

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

/** Stands in a camera that films `svg` (a QR code) on grey paper, turned
 * 8°, slightly blurred and a little closer each frame, as a hand holds it.
 * Run in the page before the scanner starts (Playwright's init script, or
 * a driver's evaluate). */
export function cameraFilming(svg) {
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  navigator.mediaDevices.getUserMedia = async () => {
    const canvas = document.createElement("canvas");
    canvas.width = 800;
    canvas.height = 800;
    const draw = canvas.getContext("2d");
    let frame = 0;
    const film = () => {
      frame += 1;
      draw.filter = "none";
      draw.fillStyle = "#9a9a9a";
      draw.fillRect(0, 0, 800, 800);
      draw.save();
      draw.translate(400, 400);
      draw.rotate(((8 + (frame % 10) * 0.7) * Math.PI) / 180);
      draw.filter = "blur(0.8px) contrast(0.8)";
      const side = 600 + (frame % 10) * 8;
      if (image.complete) draw.drawImage(image, -side / 2, -side / 2, side, side);
      draw.restore();
      requestAnimationFrame(film);
    };
    film();
    return canvas.captureStream(15);
  };
}

/** On the goals step: a goal with two steps. */
export async function addGoal(page, lang, title, steps) {
  await page.locator("#add-goal").click();
  const goal = page.locator(".goal").last();
  await goal.getByLabel(message(lang, "goal-title-label")).fill(title);
  for (const [at, words] of steps.entries()) {
    await goal.getByRole("button", { name: message(lang, "step-add") }).click();
    await expect(goal.locator(".step").nth(at).locator("input[type=text]")).toBeFocused();
    await page.keyboard.type(words);
  }
}

/** The printout of the page as a PDF: its page count, its text, and the
 * text of every QR code on its first page, read by jsQR (not our decoder)
 * from poppler's rendering at 150 dpi. */
export async function printout(page) {
  await page.emulateMedia({ media: "print" });
  const dir = mkdtempSync(join(tmpdir(), "waymark-print-"));
  const pdf = join(dir, "sheet.pdf");
  writeFileSync(pdf, await page.pdf({ format: "A4", printBackground: true }));
  await page.emulateMedia({ media: "screen" });
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf], { encoding: "utf8" }))[1]);
  const text = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });
  execFileSync("pdftoppm", ["-r", "150", "-png", "-f", "1", "-l", "1", "-singlefile", pdf, join(dir, "page")]);
  const png = PNG.sync.read(readFileSync(join(dir, "page.png")));
  const qr = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  return { pages, text, qr: qr?.data ?? null };
}

