/**
 * A tiny static file server on 127.0.0.1 for the demo page, the e2e tests and the bench.
 * Local only: it binds to the loopback address and serves one folder, nothing else.
 *
 *   npm run serve -- [--port 4173] [FOLDER]
 */
import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

export interface StaticServer {
  server: Server;
  origin: string;
  close(): Promise<void>;
}

export async function startStaticServer(folder: string, port = 0, host = '127.0.0.1'): Promise<StaticServer> {
  const root = resolve(folder);
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://local');
    const path = resolve(join(root, decodeURIComponent(url.pathname)));
    if (path !== root && !path.startsWith(root + sep)) {
      res.writeHead(403).end('Forbidden');
      return;
    }
    let file = path;
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      statSync(file);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, ok);
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    server,
    origin: `http://${host}:${actualPort}`,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const portIndex = args.indexOf('--port');
  const port = portIndex >= 0 ? Number(args.splice(portIndex, 2)[1]) : 4173;
  const folder = args[0] ?? 'test/fixtures/pages';
  startStaticServer(folder, port).then((s) => console.log(`Serving ${folder} at ${s.origin}/ (Ctrl+C to stop)`));
}
