// What every built page gets, Waymark's and the benchmark's reference apps'
// alike (scripts/post-build.mjs, bench/post-build.mjs), so that all are
// served the same way: a Content-Security-Policy that allows only the
// page's own files and its inline scripts by their hashes (in the page, and
// in csp.txt for the server's header), and .br and .gz copies of its files.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

/** Puts the policy in `html` (the page in `dir`) and csp.txt; returns both. */
export function protectPage(dir, html) {
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
  const protectedHtml = html.replace(
    /<meta charset="utf-8" \/>/,
    (m) => `${m}\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`,
  );
  writeFileSync(join(dir, "index.html"), protectedHtml);
  writeFileSync(join(dir, "csp.txt"), policy + "\n");
  return { html: protectedHtml, scripts: hashes.length };
}

/** Writes .br (quality 11) and .gz (level 9) copies of the text and wasm
 * files in each of `folders` (relative to `dir`). */
export function precompress(dir, folders = ["."]) {
  for (const folder of folders) {
    for (const name of readdirSync(join(dir, folder)).filter((f) => /\.(html|js|css|wasm|svg|webmanifest|ftl)$/.test(f))) {
      const path = join(dir, folder, name);
      const body = readFileSync(path);
      writeFileSync(`${path}.br`, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
      writeFileSync(`${path}.gz`, gzipSync(body, { level: 9 }));
    }
  }
}
