// Trunk post-build hook of the benchmark's reference apps (bench/*/Trunk.toml),
// run in the staging directory. Does for them what Waymark's own
// scripts/post-build.mjs does for it, so that scripts/static-server.mjs
// serves the three apps the same way:
// 1. the same Content-Security-Policy (in the page and in csp.txt, which the
//    server sends as a header; without it the server's default policy
//    blocks Trunk's inline loader and the wasm);
// 2. .br and .gz copies of every text and wasm file, with the same settings.
// Usage (outside Trunk): node bench/post-build.mjs <dir>
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
if (!dir) throw new Error("usage: node bench/post-build.mjs <dir>");
const indexPath = join(dir, "index.html");
let html = readFileSync(indexPath, "utf8");

const hashes = [...html.matchAll(/<script(?: [^>]*)?>([\s\S]*?)<\/script>/g)]
  .filter(([, body]) => body.trim())
  .map(([, body]) => `'sha256-${createHash("sha256").update(body).digest("base64")}'`);
const policy = [
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

for (const name of readdirSync(dir).filter((f) => /\.(html|js|css|wasm|svg|webmanifest)$/.test(f))) {
  const body = readFileSync(join(dir, name));
  writeFileSync(join(dir, `${name}.br`), brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
  writeFileSync(join(dir, `${name}.gz`), gzipSync(body, { level: 9 }));
}
console.log(`bench post-build: CSP with ${hashes.length} script hash(es), precompressed files`);
