// How both drivers pick an element: the same function, run in the page, so
// that "the button that says Start" means the same thing in every engine.

/** Runs in the page: the first element matching `selector` that is laid out
 * (not display:none) and, when `text` is given, whose text contains it. */
export function findInPage(selector, text) {
  for (const element of document.querySelectorAll(selector)) {
    const laidOut = element.getClientRects().length > 0;
    if (laidOut && (text == null || element.textContent.includes(text))) return element;
  }
  return null;
}

/** Names the element in error messages. */
export function describe(selector, text) {
  return text == null ? selector : `${selector} with "${text}"`;
}
