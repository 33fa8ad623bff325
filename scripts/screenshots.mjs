// Takes screenshots of every screen at phone and tablet sizes in the given
// languages, for a person to look at. Not a test.
// Usage: node scripts/screenshots.mjs [out-dir] [langs,comma,separated]
// Needs the release build served: node scripts/static-server.mjs dist 8091
import { chromium } from "@playwright/test";
import { mkdirSync } from "node:fs";
import { chromiumArgs } from "../playwright.config.mjs";

const out = process.argv[2] ?? "screenshots";
const langs = (process.argv[3] ?? "pl,ar").split(",");
const base = process.env.BASE_URL ?? "http://127.0.0.1:8091";
const sizes = { phone: { width: 390, height: 844 }, tablet: { width: 1024, height: 768 } };
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: chromiumArgs });
for (const lang of langs) {
  for (const [sizeName, viewport] of Object.entries(sizes)) {
    const page = await browser.newPage({ viewport });
    await page.goto(base);
    await page.evaluate((l) => { localStorage.clear(); localStorage.setItem("waymark.lang", JSON.stringify(l)); }, lang);
    await page.reload();
    await page.waitForSelector("#start");
    await page.screenshot({ path: `${out}/${lang}-${sizeName}-welcome.png`, fullPage: true });
    await page.click("#start");
    for (const key of ["have-valid-id", "keep-going"]) await page.click(`.chip[data-key="${key}"]`);
    await page.fill(".own-words input", lang === "ar" ? "أعرف كيف أصلح الدراجات" : "Umiem naprawiać rowery");
    await page.keyboard.press("Enter");
    await page.waitForTimeout(200);
    await page.screenshot({ path: `${out}/${lang}-${sizeName}-strengths.png`, fullPage: true });
    await page.close();
  }
}
await browser.close();
console.log(`screenshots in ${out}/`);
