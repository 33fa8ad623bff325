// The size guard, run by the test command on the release build. It fails
// when a client's first visit
// - is over the budget: 240,000 bytes brotli (the named crates in the
//   build, one language's messages); or
// - grew more than 5 % past the figure the README quotes, so that growth
//   is a decision written down, not an accident.
import { readFileSync } from "node:fs";
import { execFileSync } from "node:child_process";

const BUDGET_BYTES = 240_000;
const TOLERANCE = 1.05;
const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
const quoted = readme.match(/\| \*\*first visit\*\* \| \*\*[\d.]+ KiB\*\* \| \*\*[\d.]+ KiB\*\* \| \*\*([\d.]+) KiB\*\* \|/);
if (!quoted) {
  console.error("README.md has no '| **first visit** | ... |' row with the brotli figure");
  process.exit(1);
}
const table = execFileSync("node", [new URL("size.mjs", import.meta.url).pathname, process.argv[2] ?? "dist"], { encoding: "utf8" });
const total = Number(table.trim().split("\n").at(-1).trim().split(/\s+/).at(-1));
const limit = Number(quoted[1]) * TOLERANCE;
const budget = BUDGET_BYTES / 1024;
console.log(
  `first visit: ${total.toFixed(1)} KiB brotli; budget ${budget.toFixed(1)} KiB (240,000 bytes); ` +
    `README says ${quoted[1]} KiB (limit ${limit.toFixed(1)})`,
);
let failed = false;
if (total > budget) {
  console.error(`The first visit is over the 240,000-byte budget by ${(total - budget).toFixed(1)} KiB.`);
  failed = true;
}
if (total > limit) {
  console.error(`The first visit grew past the README's figure by more than 5 %. Shrink it, or measure and update the README.`);
  failed = true;
}
process.exit(failed ? 1 : 0);
