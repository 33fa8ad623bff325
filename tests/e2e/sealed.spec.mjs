// Sealed to the agency: staff make the agency's key and a kiosk setup link;
// a client on that kiosk shares a plan only the agency can open; a browser
// without the key is told whose key it needs, one with the key file opens
// it. A client's own phone takes the key from the wall poster's link, and
// may share unsealed.
import { readFileSync } from "node:fs";
import { test, expect, message, openFresh, printout } from "./helpers.mjs";

const en = (id) => message("en", id);
const AGENCY = "Miriam's Kitchen case management";
const PASSPHRASE = "correct horse battery";
const WORDS = "I sleep at my sister's flat some nights";

/** The bytes of a code's digits (src/share/digits.rs: 7 bytes a 17-digit
 * block, a last block of k bytes in DIGITS[k] digits). */
function codeBytes(code) {
  const DIGITS = [0, 3, 5, 8, 10, 13, 15, 17];
  const digits = code.slice(code.indexOf("-") + 1);
  const bytes = [];
  for (let at = 0; at < digits.length; at += 17) {
    const block = digits.slice(at, at + 17);
    const len = DIGITS.indexOf(block.length);
    let value = BigInt(block);
    const out = [];
    for (let i = 0; i < len; i++) {
      out.unshift(Number(value & 0xffn));
      value >>= 8n;
    }
    bytes.push(...out);
  }
  return Buffer.from(bytes);
}

/** None of the client's words, nor any six letters of them, in `text` or in
 * the bytes of the code it carries. */
function expectNoWords(what, text, code) {
  const pieces = WORDS.split(" ").filter((w) => w.length >= 5);
  const bytes = codeBytes(code);
  for (const piece of pieces) {
    expect(text, `${what} shows "${piece}"`).not.toContain(piece);
    expect(bytes.includes(Buffer.from(piece)), `${what}'s bytes hold "${piece}"`).toBe(false);
  }
}

/** From Welcome: the client's words on Strengths, then the Share step. */
async function writeAndGoToShare(page) {
  await page.locator("#start").click();
  await page.getByLabel(en("own-words-label")).fill(WORDS);
  await page.keyboard.press("Enter");
  await page.locator(".progress-step", { hasText: en("part-share") }).click();
}

/** Staff on the case manager's page make the agency's key; the key file,
 * the fingerprint and the links come back. */
async function makeAgencyKey(staff, { keep = false } = {}) {
  await staff.goto("/open/");
  await staff.locator("#agency-keys summary").click();
  await staff.getByLabel(en("keys-name")).fill(AGENCY);
  await staff.locator("#key-passphrase").fill("too short");
  await staff.locator("#make-key").click();
  await expect(staff.locator(".agency-keys .problem")).toHaveText(en("keyfile-passphrase-short"));
  await staff.locator("#key-passphrase").fill(PASSPHRASE);
  if (keep) await staff.locator("#key-keep").check();
  await staff.locator("#make-key").click();
  await expect(staff.locator(".key-list li")).toHaveCount(1);
  const fingerprint = (await staff.locator(".key-list .fingerprint").innerText()).replace(/\s+/g, " ").trim();
  expect(fingerprint).toMatch(/^([a-z]+ ){4}\d{4}$/);
  const [download] = await Promise.all([staff.waitForEvent("download"), staff.locator("#save-key-file").click()]);
  const keyFile = await download.path();
  const file = JSON.parse(readFileSync(keyFile, "utf8"));
  expect(file.waymark_agency_keys).toBe(1);
  expect(file.keys[0].agency).toBe(AGENCY);
  return {
    fingerprint,
    keyFile,
    setupLink: await staff.locator("#kiosk-setup-link").inputValue(),
    connectLink: await staff.locator("#connect-link").inputValue(),
  };
}

test("a kiosk set up with the agency's key shares a sealed plan; only a browser with the key file opens it", async ({ page, browser }) => {
  const office = await browser.newContext({ locale: "en-GB" });
  const staff = await office.newPage();
  const key = await makeAgencyKey(staff);
  expect(key.setupLink).toMatch(/\?setup=kiosk&idle=\d+&agency=WK1-\d+$/);

  // The kiosk, set up by the staff's link.
  await page.goto(key.setupLink);
  await expect(page.locator(".kiosk-note")).toBeVisible();
  await page.locator("#language").selectOption("en");
  await writeAndGoToShare(page);
  const seal = page.getByLabel(en("share-seal-toggle").replace("{ $agency }", AGENCY));
  await expect(seal).toBeChecked();
  // Sealed, no PIN is asked for.
  await expect(page.getByLabel(en("share-pin-toggle"))).toHaveCount(0);
  await page.locator("#make-code").click();
  const link = await page.locator("#share-link").inputValue();
  const code = link.slice(link.indexOf("#i/") + 3);
  expect(code).toMatch(/^WS1-\d+$/);
  const [download] = await Promise.all([page.waitForEvent("download"), page.locator("#download-file").click()]);
  const fileText = readFileSync(await download.path(), "utf8");
  expect(JSON.parse(fileText).waymark_share_code).toBe(code);
  const sheet = await printout(page);
  expect(sheet.qr, "the printed QR code carries the sealed link").toBe(link);
  // Only ciphertext leaves: the words are in none of them, byte by byte.
  expectNoWords("the link", link, code);
  expectNoWords("the file", fileText, JSON.parse(fileText).waymark_share_code);
  expectNoWords("the QR code", sheet.qr, sheet.qr.slice(sheet.qr.indexOf("#i/") + 3));

  // A browser without the key: whose key it needs, and its words.
  const elsewhere = await browser.newContext({ locale: "en-GB" });
  const stranger = await elsewhere.newPage();
  await stranger.goto(link);
  const needs = stranger.locator(".sealed-needs");
  await expect(needs).toContainText(en("sealed-needs").replace("{ $agency }", AGENCY));
  expect((await needs.locator(".fingerprint").innerText()).replace(/\s+/g, " ").trim()).toBe(key.fingerprint);
  await expect(stranger.locator(".plan-summary")).toHaveCount(0);

  // A colleague's browser with the key file: it opens.
  const colleagueDesk = await browser.newContext({ locale: "en-GB" });
  const colleague = await colleagueDesk.newPage();
  await colleague.goto(link);
  await expect(colleague.locator(".sealed-needs")).toBeVisible();
  await expect(colleague.locator("#agency-keys")).toHaveAttribute("open", "");
  await colleague.locator("#key-file").setInputFiles(key.keyFile);
  await colleague.locator("#key-file-passphrase").fill("correct horse batterY");
  await colleague.locator(".keys-import button[type=submit]").click();
  await expect(colleague.locator(".agency-keys .problem")).toHaveText(en("keyfile-wrong-passphrase"));
  await colleague.locator("#key-file-passphrase").fill(PASSPHRASE);
  await colleague.locator(".keys-import button[type=submit]").click();
  await expect(colleague.locator(".plan-summary")).toContainText(WORDS);

  // The client finishes: their plan goes, the kiosk's agency stays.
  await page.locator("#finish").click();
  await page.locator("#finish-yes").click();
  await expect(page.locator("#start")).toBeVisible();
  const kept = await page.evaluate(() => JSON.parse(localStorage.getItem("waymark.agency")));
  expect(kept.from_staff).toBe(true);
  await page.goto("/#settings");
  await expect(page.locator("#agency-sealing")).toContainText(AGENCY);
  await expect(page.locator("#agency-remove")).toHaveCount(0);
  for (const context of [office, elsewhere, colleagueDesk]) await context.close();
});

test("a client's phone takes the agency's key from the poster's link, may share unsealed, and forgets it with their data", async ({ page, browser }) => {
  const office = await browser.newContext({ locale: "en-GB" });
  const staff = await office.newPage();
  const key = await makeAgencyKey(staff);
  // The poster prints the connect link's QR code and the words (the class
  // "Print the poster" sets before the browser's print dialog).
  await staff.evaluate(() => document.body.classList.add("printing-poster"));
  const poster = await printout(staff);
  await staff.evaluate(() => document.body.classList.remove("printing-poster"));
  expect(poster.pages).toBe(1);
  expect(poster.qr).toBe(key.connectLink);
  expect(poster.text.replace(/\s+/g, " ")).toContain(key.fingerprint);

  await openFresh(page, "en");
  await page.goto(key.connectLink);
  await expect(page.locator("h1")).toHaveText(en("connect-title").replace("{ $agency }", AGENCY));
  expect((await page.locator(".fingerprint").innerText()).replace(/\s+/g, " ").trim()).toBe(key.fingerprint);
  await page.locator("#connect-yes").click();
  await expect(page.locator("#connect-done")).toHaveText(en("connect-done").replace("{ $agency }", AGENCY));

  await page.locator("#connect-back").click();
  await writeAndGoToShare(page);
  const seal = page.getByLabel(en("share-seal-toggle").replace("{ $agency }", AGENCY));
  await expect(seal).toBeChecked();
  await page.locator("#make-code").click();
  await expect(page.locator("#share-link")).toHaveValue(/#i\/WS1-/);
  // The client's choice: not sealed, so they can keep going on another phone.
  await seal.uncheck();
  await expect(page.getByLabel(en("share-pin-toggle"))).toBeVisible();
  await page.locator("#make-code").click();
  await expect(page.locator("#share-link")).toHaveValue(/#i\/WM3-/);

  await page.goto("/#settings");
  await expect(page.locator("#agency-sealing")).toContainText(AGENCY);
  await page.locator("#delete-data").click();
  await page.locator("#delete-yes").click();
  await expect(page.locator("#agency-sealing")).toHaveCount(0);
  expect(await page.evaluate(() => localStorage.getItem("waymark.agency"))).toBeNull();
  await office.close();
});

test("a case manager's answer brings the agency's key; the client accepts it and their next share is sealed", async ({ page, browser }) => {
  await openFresh(page, "en");
  await writeAndGoToShare(page);
  await expect(page.locator("#share-seal")).toHaveCount(0);
  await page.locator("#make-code").click();
  const link = await page.locator("#share-link").inputValue();

  const office = await browser.newContext({ locale: "en-GB" });
  const staff = await office.newPage();
  const key = await makeAgencyKey(staff);
  await staff.goto(link);
  await expect(staff.locator(".plan-summary")).toContainText(WORDS);
  await staff.locator("#answer-from").fill("Sam Carter");
  await staff.locator("#answer-kind-message").check();
  await staff.getByLabel(en("answer-message-label")).fill("See you on Monday.");
  await staff.locator("#add-answer-message").click();
  await expect(staff.locator("#answer-send-key")).toBeChecked();
  await staff.locator("#make-answer").click();
  const answer = await staff.locator("#answer-link").inputValue();
  expect(answer).toMatch(/#answer\/WA2-\d+$/);

  await page.goto(answer);
  const offer = page.locator(".connect-offer");
  await expect(offer).toContainText(en("connect-hint").replace("{ $agency }", AGENCY));
  expect((await offer.locator(".fingerprint").innerText()).replace(/\s+/g, " ").trim()).toBe(key.fingerprint);
  await offer.locator("#connect-yes").click();
  await expect(page.locator("#connect-done")).toHaveText(en("connect-done").replace("{ $agency }", AGENCY));
  await page.goto("/#share");
  await expect(page.locator("#share-seal")).toBeChecked();
  await page.locator("#make-code").click();
  await expect(page.locator("#share-link")).toHaveValue(/#i\/WS1-/);
  await office.close();
});

test("staff change the passphrase of the key kept on their computer; the next visit unlocks it with the new one only", async ({ page, browser }) => {
  const key = await makeAgencyKey(page, { keep: true });
  const NEW = "a much longer new passphrase";
  await page.locator("#new-passphrase").fill("short");
  await page.locator("#change-passphrase").click();
  await expect(page.locator(".agency-keys .problem")).toHaveText(en("keyfile-passphrase-short"));
  await page.locator("#new-passphrase").fill(NEW);
  await page.locator("#change-passphrase").click();
  await expect(page.locator(".agency-keys .ok")).toHaveText(en("keys-passphrase-changed"));
  await expect(page.locator("#new-passphrase")).toHaveValue("");

  await page.reload();
  await page.locator("#agency-keys summary").click();
  await page.locator("#kept-passphrase").fill(PASSPHRASE);
  await page.locator(".keys-unlock button[type=submit]").click();
  await expect(page.locator(".agency-keys .problem")).toHaveText(en("keyfile-wrong-passphrase"));
  await page.locator("#kept-passphrase").fill(NEW);
  await page.locator(".keys-unlock button[type=submit]").click();
  await expect(page.locator(".agency-keys .ok")).toHaveText(en("keys-unlocked"));
  expect((await page.locator(".key-list .fingerprint").innerText()).replace(/\s+/g, " ").trim()).toBe(key.fingerprint);

  // The key file saved before the change still opens with the old one.
  const desk = await browser.newContext({ locale: "en-GB" });
  const colleague = await desk.newPage();
  await colleague.goto("/open/");
  await colleague.locator("#agency-keys summary").click();
  await colleague.locator("#key-file").setInputFiles(key.keyFile);
  await colleague.locator("#key-file-passphrase").fill(PASSPHRASE);
  await colleague.locator(".keys-import button[type=submit]").click();
  await expect(colleague.locator(".key-list li")).toHaveCount(1);
  await desk.close();
});

test("the agency's keys outlast a plan opened and closed, warn until saved, and a key file kept here is never written over before it is unlocked", async ({ page, browser }) => {
  const blocksClosing = () =>
    page.evaluate(() => {
      const leaving = new Event("beforeunload", { cancelable: true });
      window.dispatchEvent(leaving);
      return leaving.defaultPrevented;
    });
  await page.goto("/open/");
  await page.locator("#agency-keys summary").click();
  await page.getByLabel(en("keys-name")).fill(AGENCY);
  await page.locator("#key-passphrase").fill(PASSPHRASE);
  await page.locator("#make-key").click();
  await expect(page.locator("#keys-unsaved")).toHaveText(en("keys-unsaved"));
  expect(await blocksClosing(), "closing the page asks first").toBe(true);

  // A plan opened and closed: the keys and their passphrase are still here.
  const code = readFileSync("tests/fixtures/share-v3-typical-answered.txt", "utf8").trim();
  await page.locator(".import-paste textarea").fill(code);
  await page.locator(".import-paste button").click();
  await expect(page.locator(".plan-summary")).toBeVisible();
  await page.locator("#close-plan").click();
  await expect(page.locator("#keys-unsaved")).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent("download"), page.locator("#save-key-file").click()]);
  await expect(page.locator("#keys-unsaved")).toHaveCount(0);
  expect(await blocksClosing()).toBe(false);
  const savedFile = await download.path();

  // Kept, then retired after the question: the kept copy follows.
  await page.locator("#keys-keep").check();
  await expect.poll(() => page.evaluate(() => localStorage.getItem("waymark.agency.keys"))).not.toBeNull();
  // Unticking asks first; Cancel keeps it.
  await page.locator("#keys-keep").click();
  await expect(page.locator("#keys-unkeep-confirm-title")).toHaveText(en("keys-forget-question"));
  await page.locator("#keys-unkeep-confirm-cancel").click();
  await expect(page.locator("#keys-keep")).toBeChecked();
  expect(await page.evaluate(() => localStorage.getItem("waymark.agency.keys"))).not.toBeNull();
  await page.locator(".key-list li button").click();
  await expect(page.locator("#keys-retire-confirm-title")).toHaveText(en("keys-retire-question"));
  await page.locator("#keys-retire-confirm-yes").click();
  await expect(page.locator(".key-retired")).toBeVisible();
  await expect
    .poll(() => page.evaluate(() => JSON.parse(localStorage.getItem("waymark.agency.keys")).keys[0].retired))
    .not.toBeNull();
  const kept = await page.evaluate(() => localStorage.getItem("waymark.agency.keys"));

  // Next visit: the kept file waits for its passphrase; no second key can
  // be made over it, and a colleague's file taken in does not replace it.
  await page.reload();
  await page.locator("#agency-keys summary").click();
  await expect(page.locator("#kept-passphrase")).toBeVisible();
  await expect(page.locator("#make-key")).toHaveCount(0);
  const desk = await browser.newContext({ locale: "en-GB" });
  const colleague = await makeAgencyKey(await desk.newPage());
  await page.locator("#key-file").setInputFiles(colleague.keyFile);
  await page.locator("#key-file-passphrase").fill(PASSPHRASE);
  await page.locator(".keys-import button[type=submit]").click();
  await expect(page.locator(".key-list li")).toHaveCount(1);
  await expect(page.locator("#keys-keep")).not.toBeChecked();
  await expect(page.locator("#keys-keep")).toBeDisabled();
  expect(await page.evaluate(() => localStorage.getItem("waymark.agency.keys"))).toBe(kept);
  // Unlocked, the kept file takes in the colleague's key too.
  await page.locator("#kept-passphrase").fill(PASSPHRASE);
  await page.locator(".keys-unlock button[type=submit]").click();
  await expect(page.locator(".key-list li")).toHaveCount(2);
  await expect
    .poll(() => page.evaluate(() => JSON.parse(localStorage.getItem("waymark.agency.keys")).keys.length))
    .toBe(2);
  expect(readFileSync(savedFile, "utf8")).toContain(AGENCY);
  await desk.close();
});

test("a kiosk whose setup link carried a damaged key says so on Share, and shares unsealed", async ({ page }) => {
  await page.goto("/?setup=kiosk&idle=180&lang=en&agency=WK1-0123456789");
  await expect(page.locator(".kiosk-note")).toBeVisible();
  await writeAndGoToShare(page);
  await expect(page.locator("#agency-unreadable")).toHaveText(en("agency-unreadable"));
  await expect(page.locator("#share-seal")).toHaveCount(0);
  await page.locator("#make-code").click();
  await expect(page.locator("#share-link")).toHaveValue(/#i\/WM3-/);
});

test("a phone sealing to one key is offered the agency's new key by an answer, and told what it replaces", async ({ page, browser }) => {
  const oldDesk = await browser.newContext({ locale: "en-GB" });
  const old = await makeAgencyKey(await oldDesk.newPage());
  await openFresh(page, "en");
  await page.goto(old.connectLink);
  await page.locator("#connect-yes").click();
  await page.locator("#connect-back").click();
  await writeAndGoToShare(page);
  await page.locator("#share-seal").uncheck();
  await page.locator("#make-code").click();
  const link = await page.locator("#share-link").inputValue();

  // The agency's new key, on another desk: its answer brings it.
  const newDesk = await browser.newContext({ locale: "en-GB" });
  const staff = await newDesk.newPage();
  const key = await makeAgencyKey(staff);
  expect(key.fingerprint).not.toBe(old.fingerprint);
  await staff.goto(link);
  await staff.locator("#answer-from").fill("Sam Carter");
  await staff.locator("#answer-kind-message").check();
  await staff.getByLabel(en("answer-message-label")).fill("We have a new key.");
  await staff.locator("#add-answer-message").click();
  await staff.locator("#make-answer").click();
  const answer = await staff.locator("#answer-link").inputValue();

  await page.goto(answer);
  await expect(page.locator("#connect-replaces")).toHaveText(en("connect-replaces").replace("{ $agency }", AGENCY));
  expect((await page.locator(".connect-offer .fingerprint").innerText()).replace(/\s+/g, " ").trim()).toBe(key.fingerprint);
  await page.locator("#connect-yes").click();
  await page.goto("/#settings");
  expect((await page.locator("#agency-sealing ~ .fingerprint").innerText()).replace(/\s+/g, " ").trim()).toBe(key.fingerprint);
  for (const context of [oldDesk, newDesk]) await context.close();
});

test("a key file another tab kept since is unlocked before this tab writes over it", async ({ page, context }) => {
  const keptFile = (tab) => tab.evaluate(() => JSON.parse(localStorage.getItem("waymark.agency.keys") ?? "null"));
  await page.goto("/open/");
  await page.locator("#agency-keys summary").click();
  await page.getByLabel(en("keys-name")).fill(AGENCY);
  await page.locator("#key-passphrase").fill(PASSPHRASE);
  await page.locator("#key-keep").check();
  await page.locator("#make-key").click();
  await expect.poll(() => keptFile(page)).not.toBeNull();

  // A second tab unlocks the kept file and makes the next key.
  const other = await context.newPage();
  await other.goto("/open/");
  await other.locator("#agency-keys summary").click();
  await other.locator("#kept-passphrase").fill(PASSPHRASE);
  await other.locator(".keys-unlock button[type=submit]").click();
  await other.locator("#new-key").click();
  await expect(other.locator(".key-list li")).toHaveCount(2);
  await expect.poll(async () => (await keptFile(other)).keys.length).toBe(2);
  const newer = await keptFile(other);

  // This tab retires its key: the newer file stays as it is, the page asks
  // for its passphrase and says the retirement is only here.
  await page.locator(".key-list li button").click();
  await page.locator("#keys-retire-confirm-yes").click();
  await expect(page.locator("[data-error=keys-keep-unlock-first]")).toBeVisible();
  await expect(page.locator("#keys-unsaved")).toBeVisible();
  expect(await keptFile(page)).toEqual(newer);
  await page.locator("#kept-passphrase").fill(PASSPHRASE);
  await page.locator(".keys-unlock button[type=submit]").click();
  await expect(page.locator(".key-list li")).toHaveCount(2);
  await expect.poll(async () => (await keptFile(page)).keys.filter((k) => k.retired).length).toBe(1);
  await expect(page.locator("#keys-unsaved")).toHaveCount(0);
});
