// Trunk post-build hook (see Trunk.toml), run in the staging directory:
// 1. puts a Content-Security-Policy in the page that allows only the app's
//    own files, plus Trunk's one inline loader script by its hash;
// 2. fills the service worker's file list and version;
// 3. writes .br and .gz copies of every text and wasm file, for servers
//    that serve precompressed files (scripts/static-server.mjs, nginx).
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2] ?? "dist";
const indexPath = join(dir, "index.html");
let html = readFileSync(indexPath, "utf8");

const hashes = [...html.matchAll(/<script(?: [^>]*)?>([\s\S]*?)<\/script>/g)]
  .filter(([, body]) => body.trim())
  .map(([, body]) => `'sha256-${createHash("sha256").update(body).digest("base64")}'`);
export const policy = [
  "default-src 'none'",
  `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(" ")}`,
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");
html = html.replace(/<meta charset="utf-8" \/>/, (m) => `${m}\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`);
writeFileSync(indexPath, html);
writeFileSync(join(dir, "csp.txt"), policy + "\n");

// The service worker is the client app's (dist/); the case manager's page
// (dist/open/) has none and is not in its list.
if (existsSync(join(dir, "sw.js"))) {
  const files = readdirSync(dir).filter((f) => !/\.(br|gz|txt)$/.test(f) && f !== "sw.js");
  const version = createHash("sha256").update(files.sort().join("\n") + html).digest("hex").slice(0, 16);
  // Everything the app needs offline. The PNG icons are left out: only the
  // browser's install prompt uses them, and that needs the network anyway, so
  // a first visit on a weak signal does not pay for them.
  const offline = files.filter((f) => !/^icon-\d+\.png$/.test(f));
  const assets = JSON.stringify(offline.map((f) => `./${f}`));
  const sw = readFileSync(join(dir, "sw.js"), "utf8")
    .replace('"__WAYMARK_VERSION__"', JSON.stringify(`waymark-${version}`))
    .replace("__WAYMARK_ASSETS__", assets);
  writeFileSync(join(dir, "sw.js"), sw);
}

for (const name of readdirSync(dir).filter((f) => /\.(html|js|css|wasm|svg|webmanifest)$/.test(f))) {
  const body = readFileSync(join(dir, name));
  writeFileSync(join(dir, `${name}.br`), brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
  writeFileSync(join(dir, `${name}.gz`), gzipSync(body, { level: 9 }));
}
console.log(`post-build: CSP with ${hashes.length} script hash(es), precompressed files`);
