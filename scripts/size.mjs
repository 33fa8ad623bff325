// Prints the size of every file of a first visit (raw, gzip -9 and brotli
// -q 11) and the totals. A first visit is the page, the service worker, and
// the files the service worker stores for offline use (read from the built
// sw.js); files only the browser's install prompt fetches are listed below
// the total. Usage: node scripts/size.mjs [dist]
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const dir = process.argv[2] ?? "dist";
const kb = (n) => (n / 1024).toFixed(1).padStart(8);
const measure = (name) => {
  const body = readFileSync(join(dir, name));
  const brotli = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
  return { name, raw: body.length, gzip: gzipSync(body, { level: 9 }).length, brotli: brotli.length };
};
const worker = readFileSync(join(dir, "sw.js"), "utf8");
const precached = JSON.parse(worker.match(/const ASSETS = (\[.*?\]);/s)[1]).map((url) => url.replace(/^\.\//, ""));
const firstVisit = [...new Set(["index.html", "sw.js", ...precached])].sort();
const later = readdirSync(dir).filter((f) => !/\.(gz|br|txt)$/.test(f) && !firstVisit.includes(f));
const rows = firstVisit.map(measure);
const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
const line = (r) => console.log(`${r.name.padEnd(40)} ${kb(r.raw)} ${kb(r.gzip)} ${kb(r.brotli)}`);
console.log(`${"file".padEnd(40)} ${"raw KiB".padStart(8)} ${"gzip".padStart(8)} ${"brotli".padStart(8)}`);
later.map(measure).forEach((r) => line({ ...r, name: `(on install only) ${r.name}` }));
rows.forEach(line);
line({ name: "total", ...total });
