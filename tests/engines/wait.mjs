// Waiting on conditions, never on the clock: every wait polls a check until
// it holds or a deadline passes, and says what it was waiting for.

/** Calls `check` until it returns a truthy value (returned) or `timeout` ms
 * pass. A check that throws counts as "not yet": the page may be between
 * two documents while it reloads. */
export async function until(check, { timeout = 15_000, what = "a condition" } = {}) {
  const deadline = Date.now() + timeout;
  let lastError;
  for (;;) {
    try {
      const value = await check();
      if (value) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      const why = lastError ? ` (last error: ${lastError.message ?? lastError})` : "";
      throw new Error(`timed out after ${timeout} ms waiting for ${what}${why}`);
    }
    // The pause between two looks, so that polling leaves the CPU to the browser.
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
