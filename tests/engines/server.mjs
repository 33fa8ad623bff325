// The release build served by scripts/static-server.mjs, in a process group
// of its own, so that it can be stopped (the offline journey does so) by its
// real PID.
import { spawnGroup, stopGroup, answers } from "./children.mjs";
import { until } from "./wait.mjs";

/** Serves `dir` on 127.0.0.1:`port`; resolves once it answers. */
export async function startServer(dir, port) {
  const url = `http://127.0.0.1:${port}`;
  if (await answers(url)) throw new Error(`port ${port} is already in use`);
  const child = spawnGroup(process.execPath, ["scripts/static-server.mjs", dir, String(port)]);
  let exited = false;
  child.exited.then(() => (exited = true));
  await until(() => {
    if (exited) throw new Error(`the static server on port ${port} exited`);
    return answers(url + "/");
  }, { what: `the static server on port ${port}` });
  return {
    url,
    /** Stops the server and resolves once nothing answers on its port. */
    async stop() {
      await stopGroup(child);
      await until(async () => !(await answers(url + "/")), { what: `the server on port ${port} to stop` });
    },
  };
}
