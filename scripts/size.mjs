// Prints the size of every file of a first visit (raw, gzip -9 and brotli
// -q 11) and the totals. A client's first visit is the page, the service
// worker, the files the service worker stores for offline use (read from
// the built sw.js), and one language's messages: the largest, so the figure
// holds for every reader. Listed apart: the other languages, the screens
// after Welcome and the share worker (the page fetches these when the
// person needs them, and the service worker keeps them once installed,
// after the first load), and files only the browser's install prompt
// fetches. The case manager's page (open/) is a first visit of its own,
// measured after, with its largest language; the answer's composer, which
// it fetches once a plan is open, is listed apart. Usage: node scripts/size.mjs [dist]
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const dir = process.argv[2] ?? "dist";
const kb = (n) => (n / 1024).toFixed(1).padStart(8);
const measure = (name) => {
  const body = readFileSync(join(dir, name));
  const brotli = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
  return { name, raw: body.length, gzip: gzipSync(body, { level: 9 }).length, brotli: brotli.length };
};
const sum = (rows) => rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
const line = (r) => console.log(`${r.name.padEnd(58)} ${kb(r.raw)} ${kb(r.gzip)} ${kb(r.brotli)}`);
const served = (folder) =>
  readdirSync(join(dir, folder)).filter((f) => !/\.(gz|br|txt)$/.test(f) && statSync(join(dir, folder, f)).isFile());

const worker = readFileSync(join(dir, "sw.js"), "utf8");
const listed = (name) => JSON.parse(worker.match(new RegExp(`const ${name} = (\\[.*?\\]);`, "s"))[1]).map((url) => url.replace(/^\.\//, ""));
const largest = (files) => files.map(measure).sort((a, b) => b.brotli - a.brotli)[0].name;
const languages = listed("LANGUAGES");
const reader = largest(languages);
const firstVisit = [...new Set(["index.html", "sw.js", ...listed("ASSETS"), reader])].sort();
const later = [...languages.filter((f) => f !== reader), ...listed("LATER")];
const installOnly = served(".").filter((f) => !firstVisit.includes(f) && !later.includes(f));
const caseManagerLanguage = largest(served("open/locales").map((f) => `open/locales/${f}`));
// The answer's composer and what it shares with nothing else: fetched once
// a plan is open (src/ui/answering.rs).
const afterOpening = (f) => /^open\/(split_|chunk_).*\.wasm$/.test(f);
const caseManagerFiles = served("open").map((f) => `open/${f}`);
const caseManager = [...caseManagerFiles.filter((f) => !afterOpening(f)), caseManagerLanguage];
const caseManagerLater = caseManagerFiles.filter(afterOpening);

console.log(`${"file".padEnd(58)} ${"raw KiB".padStart(8)} ${"gzip".padStart(8)} ${"brotli".padStart(8)}`);
installOnly.map(measure).forEach((r) => line({ ...r, name: `(on install only) ${r.name}` }));
later.map(measure).forEach((r) => line({ ...r, name: `(later: when needed, or by the worker) ${r.name}` }));
caseManagerLater.map(measure).forEach((r) => line({ ...r, name: `(case manager, once a plan is open) ${r.name}` }));
const caseManagerRows = caseManager.map(measure);
caseManagerRows.forEach((r) => line({ ...r, name: `(case manager) ${r.name}` }));
line({ name: "case manager's page total", ...sum(caseManagerRows) });
const rows = firstVisit.map(measure);
rows.forEach(line);
// Last, for scripts/check-size.mjs.
line({ name: "total", ...sum(rows) });
