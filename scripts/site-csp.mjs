// One Content-Security-Policy for the whole site, for the server's header
// (scripts/static-server.mjs, the nginx example in the README): each page's
// policy (written by post-build.mjs as csp.txt) allows only its own inline
// loader script, so the site's allows the loaders of both pages.
// Usage: node scripts/site-csp.mjs [dist]
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.argv[2] ?? "dist";
// The case manager's policy is folded in and removed, so a second run
// finds only the site's own.
const pages = [join(dir, "csp.txt"), join(dir, "open", "csp.txt")].filter((file) => existsSync(file));
const directives = new Map();
for (const policy of pages.map((file) => readFileSync(file, "utf8").trim())) {
  for (const directive of policy.split(/;\s*/)) {
    const [name, ...sources] = directive.split(/\s+/);
    directives.set(name, [...new Set([...(directives.get(name) ?? []), ...sources])]);
  }
}
const site = [...directives].map(([name, sources]) => [name, ...sources].join(" ")).join("; ");
writeFileSync(pages[0], site + "\n");
pages.slice(1).forEach((file) => rmSync(file));
console.log(`site-csp: ${directives.get("script-src").filter((s) => s.startsWith("'sha256-")).length} loader hashes`);
