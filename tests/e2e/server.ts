/**
 * Tiny static HTTP server on 127.0.0.1 (random port) used by the E2E runner, the bench runner
 * and `npm run dev`. Serves several folders under URL prefixes; never listens beyond loopback.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.pdf': 'application/pdf',
  '.csv': 'text/csv; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
};

export interface StaticServer {
  server: Server;
  port: number;
  /** http://127.0.0.1:PORT */
  origin: string;
  close(): Promise<void>;
}

/** A request handler that may answer a request before the static lookup (return true when handled). */
export type ExtraRoute = (
  req: import('node:http').IncomingMessage,
  res: import('node:http').ServerResponse,
) => boolean;

/**
 * Starts a static server. `mounts` maps a URL prefix ('/' or '/corpus/') to a folder.
 * The longest matching prefix wins; paths escaping the folder get 403.
 */
export async function startStaticServer(
  mounts: Record<string, string>,
  extra?: ExtraRoute,
): Promise<StaticServer> {
  const entries = Object.entries(mounts).sort((a, b) => b[0].length - a[0].length);
  const server = createServer((req, res) => {
    try {
      if (extra?.(req, res)) return;
      const url = new URL(req.url ?? '/', 'http://x');
      const pathname = decodeURIComponent(url.pathname);
      const mount = entries.find(([prefix]) => pathname.startsWith(prefix));
      if (!mount) return send(res, 404, 'not found');
      const [prefix, dir] = mount;
      const root = path.resolve(dir);
      let file = path.resolve(root, `.${path.sep}${pathname.slice(prefix.length)}`);
      if (file !== root && !file.startsWith(root + path.sep)) return send(res, 403, 'forbidden');
      if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
      if (!existsSync(file)) {
        // browsers ask for a favicon on every page: answer quietly instead of logging a 404
        if (pathname === '/favicon.ico') {
          res.writeHead(204);
          res.end();
          return;
        }
        return send(res, 404, 'not found');
      }
      res.writeHead(200, {
        'content-type': TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      });
      createReadStream(file).pipe(res);
    } catch (e) {
      send(res, 500, String(e));
    }
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    server,
    port,
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}

function send(res: import('node:http').ServerResponse, status: number, body: string): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  res.end(body);
}
