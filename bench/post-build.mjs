// Trunk post-build hook of the benchmark's reference apps (bench/*/Trunk.toml),
// run in the staging directory. Does for them what Waymark's own
// scripts/post-build.mjs does for it, so that scripts/static-server.mjs
// serves the three apps the same way:
// 1. wasm-bindgen's JavaScript minified, the same Content-Security-Policy (in the page and in csp.txt, which the
//    server sends as a header; without it the server's default policy
//    blocks Trunk's inline loader and the wasm);
// 2. .br and .gz copies of every text and wasm file, with the same settings.
// Usage (outside Trunk): node bench/post-build.mjs <dir>
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { minifyBindings, precompress, protectPage } from "../scripts/page-policy.mjs";

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
if (!dir) throw new Error("usage: node bench/post-build.mjs <dir>");
const html = minifyBindings(dir, readFileSync(join(dir, "index.html"), "utf8"));
const { scripts } = protectPage(dir, html);
precompress(dir);
console.log(`bench post-build: CSP with ${scripts} script hash(es), precompressed files`);
