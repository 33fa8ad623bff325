// Starts downloading the reader's messages at once, beside the app's own
// download, so that the first screen waits for no extra round trip and
// never shows in another language. scripts/post-build.mjs puts this in each
// page, with the list of that page's language files. It guesses the
// language the app will start in by the app's rules (src/ui/app.rs): a
// setup link's language on a new kiosk, else the saved choice, the device's
// default, the browser's languages, English. If it guesses wrong, the app
// fetches its own choice.
window.waymarkLocales = __WAYMARK_LOCALES__;
(function () {
  var read = function (storage, key) {
    try {
      return JSON.parse(storage.getItem(key));
    } catch (e) {
      return null;
    }
  };
  var tags = [];
  try {
    var setup = new URLSearchParams(location.search);
    var device = read(localStorage, "waymark.device") || {};
    if (setup.get("setup") === "kiosk" || setup.get("setup") === "personal") {
      device = { mode: setup.get("setup"), default_lang: setup.get("lang") };
    }
    var kiosk = device.mode === "kiosk";
    // A setup link to kiosk mode erases the saved choice with the draft.
    if (!(kiosk && setup.get("setup"))) tags.push(read(kiosk ? sessionStorage : localStorage, "waymark.lang"));
    tags.push(device.default_lang);
  } catch (e) {
    // Storage refused: the browser's languages decide.
  }
  tags = tags.concat(navigator.languages || [navigator.language]);
  var lang = "en";
  for (var i = 0; i < tags.length; i++) {
    var primary = String(tags[i] || "").split(/[-_]/)[0].toLowerCase();
    if (primary === "prs") primary = "fa"; // Dari reads Persian.
    if (Object.prototype.hasOwnProperty.call(window.waymarkLocales, primary)) {
      lang = primary;
      break;
    }
  }
  var text = fetch(window.waymarkLocales[lang]).then(function (response) {
    if (!response.ok) throw new Error("messages: " + response.status);
    return response.text();
  });
  // The app reports a failure itself (it falls back to English).
  text.catch(function () {});
  window.waymarkMessages = { lang: lang, text: text };
})();
