// Cuts a page's app into wasm modules at its `wasm_split` points (called by
// post-build.mjs). The client's app: the shell and Welcome, which a first
// visit needs before the Start button, and the screens after it
// (src/ui/screens.rs), fetched when the person leaves Welcome, with the
// forms that open codes and the staff's readers. The case manager's page:
// the page that opens a plan, and the answer's composer
// (src/ui/answering.rs), fetched once a plan is open.
//
// Trunk builds the app with `--features split` (index.html) and runs
// wasm-bindgen on it, but wasm-bindgen drops the relocations that
// wasm-split needs. So this takes cargo's own output (linked with
// --emit-relocs, build.rs), splits it with wasm-split-cli
// (scripts/setup.sh installs it), runs wasm-bindgen and wasm-opt on the
// pieces, and puts them in place of Trunk's files under the same names,
// with the page's integrity hashes updated.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const integrity = (body) => `sha384-${createHash("sha384").update(body).digest("base64")}`;
// The wasm features rustc's wasm32 target uses; wasm-opt must accept them.
const wasmOpt = ["-Oz", "--enable-bulk-memory", "--enable-nontrapping-float-to-int", "--enable-reference-types", "--enable-sign-ext", "--enable-mutable-globals"];
const run = (tool, args) => execFileSync(tool, args, { stdio: ["ignore", "ignore", "inherit"] });

/** Splits the app in `dir` (Trunk's staging folder); returns the page with new hashes. */
export function splitApp(dir, html, { bin = "waymark" } = {}) {
  // Trunk writes its hash as a bare hex number: a leading zero is left out.
  const bindings = readdirSync(dir).find((f) => new RegExp(`^${bin}-[0-9a-f]{8,16}\\.js$`).test(f));
  if (!bindings) throw new Error(`split-wasm: no ${bin}-<hash>.js in ${dir}`);
  const stem = bindings.slice(0, -".js".length);
  const targetDir = process.env.CARGO_TARGET_DIR ?? new URL("../target", import.meta.url).pathname;
  const linked = join(targetDir, "wasm32-unknown-unknown", "release", `${bin}.wasm`);

  const work = mkdtempSync(join(tmpdir(), "waymark-split-"));
  try {
    run("wasm-split-cli", ["--target", "web", "--out-name", stem, linked, work]);
    const chunks = readdirSync(work).filter((f) => f.endsWith(".wasm") && f !== `${stem}.wasm`);
    if (chunks.length === 0) throw new Error("split-wasm: wasm-split found no split point (was the app built with --features split?)");
    run("wasm-bindgen", ["--target", "web", "--keep-lld-exports", "--out-name", stem, "--out-dir", join(work, "bindgen"), join(work, `${stem}.wasm`)]);

    const replace = (file, body) => {
      const old = readFileSync(join(dir, file));
      html = html.replaceAll(integrity(old), integrity(body));
      writeFileSync(join(dir, file), body);
    };
    replace(bindings, readFileSync(join(work, "bindgen", bindings)));
    run("wasm-opt", [...wasmOpt, join(work, "bindgen", `${stem}_bg.wasm`), "-o", join(work, "main.wasm")]);
    replace(`${stem}_bg.wasm`, readFileSync(join(work, "main.wasm")));
    for (const chunk of chunks) run("wasm-opt", [...wasmOpt, join(work, chunk), "-o", join(dir, chunk)]);
    // The loader of the split modules, which the bindings import: fetched
    // with them rather than after them.
    copyFileSync(join(work, "__wasm_split.js"), join(dir, "__wasm_split.js"));
    const preload = `<link rel="modulepreload" href="./__wasm_split.js" crossorigin>`;
    html = html.replace(/<link [^>]*rel="?modulepreload"?[^>]*>/, (m) => `${m}\n    ${preload}`);
    if (!html.includes(preload)) throw new Error("split-wasm: no modulepreload of the bindings in the page");
    return { html, chunks };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
