// Prints the size of every file of a first visit in dist/ (all of them: the
// service worker fetches every file on its first run): raw, gzip -9 and
// brotli -q 11, and the totals. Usage: node scripts/size.mjs [dist]
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const dir = process.argv[2] ?? "dist";
const kb = (n) => (n / 1024).toFixed(1).padStart(8);
const rows = readdirSync(dir)
  .filter((name) => !/\.(gz|br|txt)$/.test(name))
  .map((name) => {
    const body = readFileSync(join(dir, name));
    const brotli = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
    return { name, raw: body.length, gzip: gzipSync(body, { level: 9 }).length, brotli: brotli.length };
  });
const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
console.log(`${"file".padEnd(40)} ${"raw KiB".padStart(8)} ${"gzip".padStart(8)} ${"brotli".padStart(8)}`);
for (const r of [...rows, { name: "total", ...total }]) {
  console.log(`${r.name.padEnd(40)} ${kb(r.raw)} ${kb(r.gzip)} ${kb(r.brotli)}`);
}
