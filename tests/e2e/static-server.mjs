// A plain static server of a directory for the offline tests: no compression, no base path
// (tests/e2e/harness.mjs's serveDist has those), and shut() closes every connection so the
// network is really gone. `requests(prefix)` counts the requests answered under a path prefix;
// `damage(prefix)` makes every answer under that prefix arrive with one byte changed (null: none).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';

const MIME = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css' };

/** Serves `dir` on a loopback port; returns the server with `url`, `shut()` and `requests()`. */
export async function serve(dir) {
  const paths = [];
  let damaged = null;
  const server = createServer(async (req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    paths.push(path);
    const file = join(dir, path === '/' ? 'index.html' : path.slice(1));
    try {
      const body = await readFile(file);
      if (damaged !== null && path.startsWith(damaged)) body[body.length >> 1] ^= 0xff;
      res.writeHead(200, { 'content-type': MIME[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  server.url = `http://127.0.0.1:${server.address().port}/`;
  server.shut = () => { server.closeAllConnections(); return new Promise((ok) => server.close(ok)); };
  server.requests = (prefix) => paths.filter((p) => p.startsWith(prefix)).length;
  server.damage = (prefix) => { damaged = prefix; };
  return server;
}
