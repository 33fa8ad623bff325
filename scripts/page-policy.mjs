// What every built page gets, Waymark's and the benchmark's reference apps'
// alike (scripts/post-build.mjs, bench/post-build.mjs), so that all are
// served the same way: wasm-bindgen's JavaScript minified, a
// Content-Security-Policy that allows only the page's own files and its
// inline scripts by their hashes (in the page, and in csp.txt for the
// server's header), and .br and .gz copies of its files.
import { createHash } from "node:crypto";
import { transformSync } from "esbuild";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

/** Minifies the ES module wasm-bindgen writes (Trunk minifies only classic
 * scripts, such as the share worker's): 7.6 -> 6.0 KiB brotli of every
 * first visit. The page names the module with its integrity hash, so that is
 * replaced too; returns the page. */
export function minifyBindings(dir, html) {
  const integrity = (body) => `sha384-${createHash("sha384").update(body).digest("base64")}`;
  const imported = [...html.matchAll(/ from\s*['"]\.\/([^'"]+\.js)['"]/g)].map(([, file]) => file);
  // The split modules' loader (scripts/split-wasm.mjs), which the bindings import.
  const preloaded = [...html.matchAll(/<link [^>]*href="?\.\/(__wasm_split\.js)"?[^>]*>/g)].map(([, file]) => file);
  for (const file of new Set([...imported, ...preloaded])) {
    const code = readFileSync(join(dir, file), "utf8");
    const minified = transformSync(code, { minify: true, format: "esm", target: "es2020" }).code;
    writeFileSync(join(dir, file), minified);
    html = html.replaceAll(integrity(code), integrity(minified));
  }
  return html;
}

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
  // Trunk's minifier (Trunk.toml) unquotes attributes and drops the slash.
  const charset = /<meta charset="?utf-8"?\s*\/?>/i;
  if (!charset.test(html)) throw new Error(`${dir}/index.html: no <meta charset> to put the policy after`);
  const protectedHtml = html.replace(
    charset,
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
