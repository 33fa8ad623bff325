// Takes screenshots of every screen at phone and tablet sizes in the given
// languages, for a person to look at. Not a test.
// Usage: node scripts/screenshots.mjs [out-dir] [langs,comma,separated]
// Needs the release build served: node scripts/static-server.mjs dist 8091
import { chromium } from "@playwright/test";
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { chromiumArgs } from "../playwright.config.mjs";

const out = process.argv[2] ?? "screenshots";
const langs = (process.argv[3] ?? "pl,ar").split(",");
const base = process.env.BASE_URL ?? "http://127.0.0.1:8091";
const sizes = { phone: { width: 390, height: 844 }, tablet: { width: 1024, height: 768 } };
const ownWords = {
  ar: ["أعرف كيف أصلح الدراجات", "أن أجد سكنًا ثابتًا", "أتصل بالمأوى"],
  fa: ["من دوچرخه تعمیر می‌کنم", "یک جای ثابت برای زندگی پیدا کنم", "به خوابگاه زنگ بزنم"],
  fr: ["Je sais réparer les vélos", "Trouver un logement stable", "Appeler le foyer"],
  default: ["Umiem naprawiać rowery", "Znaleźć stałe mieszkanie", "Zadzwonić do schroniska"],
};
mkdirSync(out, { recursive: true });

/** Makes an agency key for `agency` on the case manager's page. */
async function makeKey(page, agency) {
  await page.goto(`${base}/open/`);
  await page.click("#agency-keys summary");
  await page.fill("#key-name", agency);
  await page.fill("#key-passphrase", "correct horse battery");
  await page.click("#make-key");
  await page.waitForSelector(".key-list li");
}

const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: chromiumArgs });
for (const lang of langs) {
  const [own, goal, step] = ownWords[lang] ?? ownWords.default;
  for (const [sizeName, viewport] of Object.entries(sizes)) {
    const page = await browser.newPage({ viewport });
    const shot = (name) => page.screenshot({ path: `${out}/${lang}-${sizeName}-${name}.png`, fullPage: true });
    await page.goto(base);
    await page.evaluate((l) => { localStorage.clear(); localStorage.setItem("waymark.lang", JSON.stringify(l)); }, lang);
    await page.reload();
    await page.waitForSelector("#start");
    await shot("1-welcome");
    await page.click("#start");
    for (const key of ["have-valid-id", "keep-going"]) await page.click(`.chip[data-key="${key}"]`);
    await page.fill(".own-words input", own);
    await page.keyboard.press("Enter");
    await shot("2-strengths");
    await page.click("#next");
    await page.click('.chip[data-key="id-lost"]');
    await shot("3-weaknesses");
    await page.click("#next");
    await page.click('.chip[data-key="shelter-place"]');
    await shot("4-opportunities");
    await page.click("#next");
    await page.click('.chip[data-key="sleep-outside-cold"]');
    await shot("5-threats");
    await page.click("#next");
    await page.click('.start-from[data-helps="false"] summary');
    await page.click('.start-from[data-helps="false"] .chip >> nth=1');
    await page.fill(".goal-editor input[type=text]", goal);
    await page.click(".add-step");
    await page.keyboard.type(step);
    await page.fill(".step input[type=date]", "2026-12-01");
    await page.check(".step input[type=checkbox]");
    await page.fill(".goal-editor input[id$=target]", "2027-01-15");
    await page.click(".links input[type=checkbox] >> nth=0");
    await shot("6-goals");
    await page.click(".goal .row-actions .danger");
    await page.waitForSelector("#goal-remove-title");
    await page.screenshot({ path: `${out}/${lang}-${sizeName}-6-goals-remove.png` });
    await page.keyboard.press("Escape");
    await page.click("#next");
    await shot("7-review");
    await page.click("#next");
    await page.check("#share-protect");
    await page.fill("#share-pin", "482913");
    await page.click("#make-code");
    await page.waitForSelector(".qr svg");
    await shot("8-share");
    const link = await page.inputValue("#share-link");
    if (sizeName === "phone") {
      // The take-away sheet, as printed on A4, with the client's words.
      await page.check("#print-words");
      await page.emulateMedia({ media: "print" });
      const pdf = `${out}/${lang}-take-away.pdf`;
      writeFileSync(pdf, await page.pdf({ format: "A4", printBackground: true }));
      await page.emulateMedia({ media: "screen" });
      execFileSync("pdftoppm", ["-r", "60", "-png", pdf, `${out}/${lang}-take-away`]);
    }
    await page.goto(`${base}/#check-in`);
    await page.waitForSelector(".check-in-goal");
    await page.check(".check-in-steps input >> nth=0");
    await page.check(".check-in-goal .choice input >> nth=1");
    await page.fill(".check-in-goal textarea", step);
    await shot("11-check-in");
    await page.click("#check-in-save");
    await page.waitForSelector(".changes-since");
    await shot("12-review-after-check-in");
    await page.goto(`${base}/#share`);
    await page.click("#make-code");
    await page.waitForSelector(".qr svg");
    const again = await page.inputValue("#share-link");
    await page.goto(`${base}/#continue`);
    await page.waitForSelector("#import-code");
    await shot("13-continue");
    await page.fill("#import-code", again);
    await page.click(".import-paste button");
    await page.waitForSelector("#continue-replace");
    await shot("14-continue-over-a-draft");
    await page.goto(again);
    await page.waitForSelector(".steps-chart");
    await shot("15-plan-view-check-ins");
    await page.goto(`${base}/open/`);
    await page.waitForSelector("#import-code");
    await shot("9-import");
    await page.goto(link);
    await page.waitForSelector("#import-pin");
    await shot("9-import-pin");
    await page.fill("#import-pin", "482913");
    await page.keyboard.press("Enter");
    await page.waitForSelector(".plan-summary");
    await shot("10-plan-view");
    // The case manager's answer, from the centre's directory and typed.
    await page.setInputFiles("#directory-file", "tests/fixtures/hsds/centre.json");
    await page.fill("#directory-words", "legal");
    await page.click("#directory-pick-0");
    await page.fill("#service-name", "Eastport Food Bank");
    await page.fill("#service-phone", "020 7946 0999");
    await page.click("#add-service");
    await page.fill("#meeting-day", "2026-12-17");
    await page.fill("#meeting-time", "09:30");
    await page.fill("#meeting-place", "Front desk");
    await page.click("#add-meeting");
    await page.fill("#answer-from", "Sam Carter");
    await shot("16-answer-composer");
    await page.click("#make-answer");
    await page.waitForSelector(".answer-made .qr svg");
    await shot("17-answer-made");
    const answerLink = await page.inputValue("#answer-link");
    if (sizeName === "phone") {
      await page.evaluate(() => document.body.classList.add("printing-answer"));
      await page.emulateMedia({ media: "print" });
      const pdf = `${out}/${lang}-answer-sheet.pdf`;
      writeFileSync(pdf, await page.pdf({ format: "A4", printBackground: true }));
      await page.emulateMedia({ media: "screen" });
      execFileSync("pdftoppm", ["-r", "60", "-png", pdf, `${out}/${lang}-answer-sheet`]);
    }
    // The client opens it on their phone, with their plan's PIN, and chooses.
    await page.goto(answerLink);
    await page.waitForSelector("#import-pin");
    await page.fill("#import-pin", "482913");
    await page.keyboard.press("Enter");
    await page.waitForSelector(".received-answer");
    await page.click(".received-answer .choice-yes >> nth=0");
    await page.click(".received-answer .choice-not-now >> nth=1");
    await shot("18-answers");
    await page.goto(`${base}/#review`);
    await page.waitForSelector(".summary-support");
    await shot("19-review-my-support");

    // Sealed to the agency: the key panel, the poster, the phone's Connect
    // screen, Settings, the Share step and a page without the key.
    await makeKey(page, "Miriam's Kitchen case management");
    await shot("20-agency-keys");
    if (sizeName === "phone") {
      await page.evaluate(() => document.body.classList.add("printing-poster"));
      await page.emulateMedia({ media: "print" });
      writeFileSync(`${out}/${lang}-poster.pdf`, await page.pdf({ format: "A4", printBackground: true }));
      await page.emulateMedia({ media: "screen" });
      await page.evaluate(() => document.body.classList.remove("printing-poster"));
      execFileSync("pdftoppm", ["-r", "60", "-png", "-singlefile", `${out}/${lang}-poster.pdf`, `${out}/${lang}-poster`]);
    }
    await page.click(".key-list li button");
    await page.waitForSelector("#keys-retire-confirm-yes");
    await shot("20b-retire-question");
    await page.click("#keys-retire-confirm-cancel");
    const connect = await page.inputValue("#connect-link");
    await page.goto(connect);
    await page.waitForSelector("#connect-yes");
    await shot("21-connect");
    await page.click("#connect-yes");
    await page.goto(`${base}/#settings`);
    await page.waitForSelector("#agency-sealing");
    await shot("22-settings-agency");
    await page.goto(`${base}/#share`);
    await page.click("#make-code");
    await page.waitForSelector(".qr svg");
    await shot("23-share-sealed");
    const sealedLink = await page.inputValue("#share-link");
    await page.goto(sealedLink);
    await page.waitForSelector(".sealed-needs");
    await shot("24-sealed-needs-key");
    // Another agency's poster, on the phone that seals to the first.
    await makeKey(page, "Harbour House");
    await page.goto(await page.inputValue("#connect-link"));
    await page.waitForSelector("#connect-replaces");
    await shot("26-connect-replaces");
    // A kiosk whose setup link carried a damaged key.
    await page.goto(`${base}/?setup=kiosk&idle=600&lang=${lang}&agency=WK1-0123456789`);
    await page.click("#start");
    await page.goto(`${base}/#share`);
    await page.waitForSelector("#agency-unreadable");
    await shot("25-share-key-damaged");
    await page.close();
  }
}
await browser.close();
console.log(`screenshots in ${out}/`);
