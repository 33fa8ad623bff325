// End-to-end tests: Debian's Chromium against the release build in dist/.
import { defineConfig } from "@playwright/test";

export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-quic",
  "--no-first-run",
  // A synthetic camera, for the QR-scanning test.
  "--use-fake-device-for-media-stream",
  "--use-fake-ui-for-media-stream",
];

const port = Number(process.env.E2E_PORT ?? 8090);

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "test-results",
  timeout: 60_000,
  // A condition has 10 s to hold, not Playwright's 5: a kiosk's autosave once
  // took longer than 5 s to show while both cores were busy.
  expect: { timeout: 10_000 },
  workers: 1,
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: { executablePath: "/usr/bin/chromium", args: chromiumArgs },
  },
  webServer: {
    command: `node scripts/static-server.mjs dist ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
  },
});
