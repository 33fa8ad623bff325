// Which driver call each journey is waiting on. A WebDriver call the browser
// never answers leaves no other trace, so a journey held past its limit names
// the call that held it, and how long it had been waiting.

/** The browser, with every session it opens traced into `pending` (a Set). */
export function tracedBrowser(browser, pending) {
  return {
    ...browser,
    newSession: async () => traced(await whilePending(pending, "newSession()", () => browser.newSession()), pending),
  };
}

/** Wraps the session's asynchronous verbs so that each call is listed in
 * `pending` until it settles. `errors` stays as it is: it is read without
 * waiting. */
function traced(session, pending) {
  const wrapped = { ...session };
  for (const verb of ["open", "reload", "url", "click", "type", "select", "evaluate", "close"]) {
    wrapped[verb] = (...args) => whilePending(pending, `${verb}(${args.map(shortly).join(", ")})`, () => session[verb](...args));
  }
  return wrapped;
}

async function whilePending(pending, what, call) {
  const entry = { what, since: Date.now() };
  pending.add(entry);
  try {
    return await call();
  } finally {
    pending.delete(entry);
  }
}

/** "evaluate(() => document.readyState…) for 104.2 s", one per pending call. */
export function describePending(pending) {
  const now = Date.now();
  return [...pending].map((call) => `${call.what} for ${((now - call.since) / 1000).toFixed(1)} s`).join("; ");
}

function shortly(argument) {
  const text = typeof argument === "function" ? argument.toString() : JSON.stringify(argument) ?? String(argument);
  const oneLine = text.replace(/\s+/g, " ");
  return oneLine.length > 60 ? `${oneLine.slice(0, 60)}…` : oneLine;
}
