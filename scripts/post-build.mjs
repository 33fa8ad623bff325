// Trunk post-build hook (see Trunk.toml), run in the staging directory:
// 1. writes the page's messages, one file per language (locales/<lang>-<hash>.ftl:
//    the client's main.ftl; for the case manager's page, its
//    case-manager.ftl too), and puts scripts/preload-messages.js in the
//    page with their list, so a first visit fetches only the reader's;
// 2. cuts the client's app after Welcome, and the case manager's page
//    before the answer's composer, into wasm modules of their own
//    (scripts/split-wasm.mjs), then minifies wasm-bindgen's JavaScript
//    (scripts/page-policy.mjs);
// 3. puts a Content-Security-Policy in the page that allows only the app's
//    own files, plus its inline scripts by their hashes;
// 4. fills the service worker's file lists and version;
// 5. writes .br and .gz copies of every text and wasm file, for servers
//    that serve precompressed files (scripts/static-server.mjs, nginx).
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { minifyBindings, precompress, protectPage } from "./page-policy.mjs";
import { splitApp } from "./split-wasm.mjs";

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2] ?? "dist";
const indexPath = join(dir, "index.html");
let html = readFileSync(indexPath, "utf8");
const hash16 = (body) => createHash("sha256").update(body).digest("hex").slice(0, 16);

// The client's app has the service worker; the case manager's page
// (dist/open/) shows the client's messages and its own.
const clientApp = existsSync(join(dir, "sw.js"));
const messageFiles = clientApp ? ["main"] : ["main", "case-manager"];
const source = new URL("../locales/", import.meta.url);
const langs = readdirSync(source).filter((entry) => statSync(new URL(entry, source)).isDirectory()).sort();
mkdirSync(join(dir, "locales"), { recursive: true });
const locales = {};
for (const lang of langs) {
  const body = messageFiles.map((file) => readFileSync(new URL(`${lang}/${file}.ftl`, source), "utf8")).join("\n");
  const name = `locales/${lang}-${hash16(body)}.ftl`;
  writeFileSync(join(dir, name), body);
  locales[lang] = name;
}
const preload = readFileSync(new URL("preload-messages.js", import.meta.url), "utf8").replace(
  "__WAYMARK_LOCALES__",
  JSON.stringify(locales),
);
// In the head, so the fetch starts as the wasm's does.
html = html.replace("</head>", `  <script>\n${preload}    </script>\n  </head>`);

const { html: splitPage, chunks: splitModules } = splitApp(dir, html, { bin: clientApp ? "waymark" : "waymark-open" });
html = splitPage;
html = minifyBindings(dir, html);
const { html: page, scripts } = protectPage(dir, html);
html = page;

// The service worker is the client app's (dist/); the case manager's page
// (dist/open/) has none and is not in its list.
if (clientApp) {
  const files = readdirSync(dir).filter((f) => !/\.(br|gz|txt)$/.test(f) && f !== "sw.js" && statSync(join(dir, f)).isFile());
  // Over the files' contents: the share worker's files keep their names
  // from build to build, and a change in them alone must make a new version.
  const version = hash16(files.sort().map((f) => readFileSync(join(dir, f))).join("") + html);
  // Everything the app needs offline. The PNG icons are left out: only the
  // browser's install prompt uses them, and that needs the network anyway, so
  // a first visit on a weak signal does not pay for them. Every language,
  // the screens after Welcome and the share worker's files are kept too,
  // but the first load waits for none of them (the worker fetches them once
  // it is installed; the page, when the person needs them). So is the scan
  // worker, which a QR scanner starts where the browser has no BarcodeDetector.
  const later = (f) => f.startsWith("waymark-share") || f.startsWith("waymark-scan") || splitModules.includes(f);
  const urls = (list) => JSON.stringify(list.map((f) => `./${f}`));
  const offline = files.filter((f) => !/^icon-\d+\.png$/.test(f) && !later(f));
  const sw = readFileSync(join(dir, "sw.js"), "utf8")
    .replace('"__WAYMARK_VERSION__"', JSON.stringify(`waymark-${version}`))
    .replace("__WAYMARK_ASSETS__", urls(offline))
    .replace("__WAYMARK_LANGUAGES__", urls(Object.values(locales)))
    .replace("__WAYMARK_LATER__", urls(files.filter(later)));
  writeFileSync(join(dir, "sw.js"), sw);
}

precompress(dir, [".", "locales"]);
console.log(`post-build: ${langs.length} languages, CSP with ${scripts} script hash(es), precompressed files`);
