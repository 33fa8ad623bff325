// A small static file server for the built app (dist/), used by the serve
// command and the end-to-end tests. Waymark has no server of its own; in
// production any static host does this job.
// Usage: node scripts/static-server.mjs <dir> <port>
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";

const root = resolve(process.argv[2] ?? "dist");
const port = Number(process.argv[3] ?? 8080);
// The same policy as the page's <meta>, as a header (post-build writes it).
const csp = await readFile(join(root, "csp.txt"), "utf8").then((t) => t.trim()).catch(() => "default-src 'self'");

const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
  ".txt": "text/plain; charset=utf-8",
  ".ftl": "text/plain; charset=utf-8",
};

createServer(async (req, res) => {
  const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
  let file = normalize(join(root, path));
  if (!file.startsWith(root)) {
    res.writeHead(403).end();
    return;
  }
  try {
    if ((await stat(file)).isDirectory()) file = join(file, "index.html");
    const type = types[extname(file)] ?? "application/octet-stream";
    // Hashed assets never change; everything else must always be fresh.
    const cache = /-[0-9a-f]{8,16}(_bg)?\.\w+$/.test(file) ? "public, max-age=31536000, immutable" : "no-cache";
    const headers = { "content-type": type, "cache-control": cache, vary: "accept-encoding" };
    if (file.endsWith(".html")) headers["content-security-policy"] = csp;
    // A precompressed copy when the browser takes it (post-build writes them).
    const accepts = req.headers["accept-encoding"] ?? "";
    let body;
    for (const [encoding, suffix] of [["br", ".br"], ["gzip", ".gz"]]) {
      if (body || !accepts.includes(encoding)) continue;
      body = await readFile(file + suffix).catch(() => undefined);
      if (body) headers["content-encoding"] = encoding;
    }
    body ??= await readFile(file);
    res.writeHead(200, headers);
    res.end(body);
  } catch {
    res.writeHead(404, { "content-type": "text/plain" }).end("not found");
  }
}).listen(port, "127.0.0.1", () => console.log(`serving ${root} on http://127.0.0.1:${port}/`));
