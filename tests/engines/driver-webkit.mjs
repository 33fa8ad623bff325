// WebKitGTK (the engine of every iPhone browser) through WebKitWebDriver and
// its MiniBrowser, driven by selenium-webdriver. The driver runs under
// xvfb-run (MiniBrowser needs a display) in a process group of its own, so
// that stopping it by its PID also stops Xvfb and every MiniBrowser.
import { execFileSync } from "node:child_process";
import { Builder, Key } from "selenium-webdriver";
import { until } from "./wait.mjs";
import { findInPage, describe } from "./find.mjs";
import { spawnGroup, stopGroup, answers } from "./children.mjs";

const MINIBROWSER = "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser";

export async function launchWebKit({ port = 4471 } = {}) {
  const server = `http://127.0.0.1:${port}`;
  if (await answers(`${server}/status`)) throw new Error(`port ${port} is already in use`);
  const driverProcess = spawnGroup("xvfb-run", ["-a", "WebKitWebDriver", `--port=${port}`]);
  let exited = false;
  driverProcess.exited.then(() => (exited = true));
  await until(() => {
    if (exited) throw new Error("WebKitWebDriver exited");
    return fetch(`${server}/status`).then((r) => r.ok);
  }, { what: "WebKitWebDriver to answer" });
  const version = execFileSync("dpkg-query", ["-W", "-f=${Version}", "libwebkit2gtk-4.1-0"], { encoding: "utf8" });
  return {
    name: `WebKitGTK ${version.split("-")[0]}`,
    /** A new MiniBrowser: its own, ephemeral, storage. */
    async newSession() {
      const driver = await new Builder()
        .usingServer(server)
        .withCapabilities({
          browserName: "MiniBrowser",
          "webkitgtk:browserOptions": { binary: MINIBROWSER, args: ["--automation"] },
        })
        .build();
      return webkitSession(driver);
    },
    close: () => stopGroup(driverProcess),
  };
}

function webkitSession(driver) {
  // See driver-firefox.mjs: find and act in one try.
  const act = (selector, text, action) =>
    until(async () => {
      const element = await driver.executeScript(findInPage, selector, text);
      if (!element) return false;
      await action(element);
      return true;
    }, { what: describe(selector, text) });

  return {
    open: (url) => driver.get(url),
    reload: () => driver.navigate().refresh(),
    url: () => driver.getCurrentUrl(),
    click: (selector, text) => act(selector, text, (el) => el.click()),
    type: (selector, words, { enter = false } = {}) =>
      act(selector, null, (el) => el.sendKeys(words, ...(enter ? [Key.ENTER] : []))),
    // WebDriver selects an option by clicking it.
    select: (selector, value) =>
      until(async () => {
        const pick = (s, v) => [...(document.querySelector(s)?.options ?? [])].find((o) => o.value === v);
        const option = await driver.executeScript(pick, selector, value);
        if (!option) return false;
        await option.click();
        return true;
      }, { what: `option ${value} of ${selector}` }),
    evaluate: (fn, ...args) => driver.executeScript(fn, ...args),
    /** WebKitWebDriver offers no console log: not checked in this engine. */
    errors: () => null,
    close: () => driver.quit(),
  };
}
