// The size guard, run by the test command on the release build: fails when
// the first visit's brotli total grows more than 5 % past the figure the
// README quotes, so that growth is a decision written down, not an accident.
// It also prints the distance to the 200 KiB brotli budget.
import { readFileSync } from "node:fs";
import { execFileSync } from "node:child_process";

const BUDGET_KIB = 200;
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
console.log(`first visit: ${total} KiB brotli; README says ${quoted[1]} KiB (limit ${limit.toFixed(1)}); budget ${BUDGET_KIB} KiB`);
if (total > limit) {
  console.error(`The first visit grew past the README's figure by more than 5 %. Shrink it, or measure and update the README.`);
  process.exit(1);
}
