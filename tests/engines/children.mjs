// The background processes the journeys start (the static servers,
// WebKitWebDriver with its Xvfb and MiniBrowsers), each in a process group of
// its own: stopped by that group's PID when the run ends in any way, so that
// none is left holding a port for the next run.
import { spawn } from "node:child_process";

const running = new Set();

/** Spawns `command` in a new process group that is killed when this process
 * exits, even on Ctrl+C or a `timeout`. Resolves `exited` when it ends. */
export function spawnGroup(command, args) {
  const child = spawn(command, args, { detached: true, stdio: "ignore" });
  running.add(child);
  child.exited = new Promise((resolve) => child.once("exit", resolve)).then(() => running.delete(child));
  return child;
}

/** Stops the group and waits until its leader has exited. */
export async function stopGroup(child) {
  if (!running.has(child)) return;
  killGroup(child);
  await child.exited;
}

function killGroup(child) {
  try {
    process.kill(-child.pid, "SIGTERM");
  } catch {
    // Already gone.
  }
}

process.on("exit", () => running.forEach(killGroup));
for (const [signal, code] of [["SIGINT", 130], ["SIGTERM", 143]]) process.once(signal, () => process.exit(code));

/** True when something already answers at `url`: a leftover from another run
 * would otherwise be tested in place of the one just started. */
export const answers = (url) => fetch(url).then(() => true, () => false);
