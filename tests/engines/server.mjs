// The release build served by scripts/static-server.mjs, in a process group
// of its own, so that it can be stopped (the offline journey does so) by its
// real PID.
import { spawn } from "node:child_process";
import { until } from "./wait.mjs";

/** Serves `dir` on 127.0.0.1:`port`; resolves once it answers. */
export async function startServer(dir, port) {
  const child = spawn(process.execPath, ["scripts/static-server.mjs", dir, String(port)], {
    detached: true,
    stdio: "ignore",
  });
  const url = `http://127.0.0.1:${port}`;
  let exited = false;
  child.once("exit", () => (exited = true));
  await until(() => {
    if (exited) throw new Error(`the static server on port ${port} exited`);
    return fetch(url + "/").then((r) => r.ok);
  }, { what: `the static server on port ${port}` });
  return {
    url,
    /** Stops the server and resolves once nothing answers on its port. */
    async stop() {
      if (!exited) {
        try {
          process.kill(-child.pid, "SIGTERM");
        } catch {
          // Already gone.
        }
      }
      await until(() => fetch(url + "/").then(() => false, () => true), { what: `the server on port ${port} to stop` });
    },
  };
}
