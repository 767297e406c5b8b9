/**
 * A small static server for a built site, for `npm start` and the e2e tests.
 *
 *   tsx scripts/serve.ts [dir] [--port 4321] [--base /archive/]
 *
 * Environment: SERVE_DIR (default dist), PORT (default 4321), BASE_PATH (default /).
 * Binds 127.0.0.1 only. Directories serve their index.html (a request without the
 * trailing slash is redirected to it); misses get <dir>/404.html with status 404.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { headersFor, parseHeadersFile, type HeaderRule } from './headers';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};

function contentType(file: string): string {
  const ext = path.extname(file).toLowerCase();
  // Pagefind's index fragments: .pf_meta, .pf_index, .pf_fragment, .pf_filter …
  if (ext.startsWith('.pf_')) return 'application/octet-stream';
  return TYPES[ext] ?? 'application/octet-stream';
}

function normaliseBase(raw: string | undefined): string {
  const trimmed = (raw ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

async function isFile(p: string): Promise<boolean> {
  try {
    return (await stat(p)).isFile();
  } catch {
    return false;
  }
}

async function isDir(p: string): Promise<boolean> {
  try {
    return (await stat(p)).isDirectory();
  } catch {
    return false;
  }
}

interface ServeOptions {
  dir: string;
  port: number;
  base: string;
}

export function createStaticServer({ dir, base }: Omit<ServeOptions, 'port'>) {
  const root = path.resolve(dir);
  const headersFile = path.join(root, '_headers');
  // Read when asked, not at start: the e2e tests start this server before dist-base/ is built.
  let headers: { mtimeMs: number; rules: HeaderRule[] } = { mtimeMs: -1, rules: [] };
  function headerRules(): readonly HeaderRule[] {
    const mtimeMs = existsSync(headersFile) ? statSync(headersFile).mtimeMs : 0;
    if (mtimeMs !== headers.mtimeMs) headers = { mtimeMs, rules: mtimeMs ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [] };
    return headers.rules;
  }

  function send(req: IncomingMessage, res: ServerResponse, file: string, status = 200): void {
    const sitePath = `/${path.relative(root, file).split(path.sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1');
    res.writeHead(status, {
      'Content-Type': contentType(file),
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-cache',
      ...headersFor(headerRules(), sitePath),
    });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    createReadStream(file).pipe(res);
  }

  async function notFound(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const page = path.join(root, '404.html');
    if (await isFile(page)) return send(req, res, page, 404);
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('404 Not Found\n');
  }

  async function respond(req: IncomingMessage, res: ServerResponse): Promise<void> {
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { Allow: 'GET, HEAD' });
        res.end();
        return;
      }
      const requestUrl = new URL(req.url ?? '/', 'http://127.0.0.1');
      let pathname: string;
      try {
        pathname = decodeURIComponent(requestUrl.pathname);
      } catch {
        return await notFound(req, res);
      }
      if (base !== '/' && `${pathname}/` === base) {
        res.writeHead(301, { Location: base + requestUrl.search });
        res.end();
        return;
      }
      if (!pathname.startsWith(base)) return await notFound(req, res);
      const rel = pathname.slice(base.length);
      const file = path.resolve(root, `.${path.posix.sep}${rel}`);
      if (file !== root && !file.startsWith(root + path.sep)) return await notFound(req, res);
      if (pathname.includes('\0')) return await notFound(req, res);

      if (await isDir(file)) {
        if (!pathname.endsWith('/')) {
          res.writeHead(301, { Location: `${requestUrl.pathname}/${requestUrl.search}` });
          res.end();
          return;
        }
        const index = path.join(file, 'index.html');
        if (await isFile(index)) return send(req, res, index);
        return await notFound(req, res);
      }
      if (await isFile(file)) return send(req, res, file);
      return await notFound(req, res);
    } catch (error) {
      console.error(error);
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('500 Internal Server Error\n');
    }
  }

  return createServer((req, res) => void respond(req, res));
}

function main(): void {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      port: { type: 'string', short: 'p' },
      base: { type: 'string', short: 'b' },
      dir: { type: 'string', short: 'd' },
    },
  });
  const dir = values.dir ?? positionals[0] ?? process.env.SERVE_DIR ?? 'dist';
  const port = Number(values.port ?? process.env.PORT ?? 4321);
  const base = normaliseBase(values.base ?? process.env.BASE_PATH);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`serve: bad port ${String(port)}`);
    process.exit(2);
  }
  const server = createStaticServer({ dir, base });
  server.on('error', (error) => {
    console.error(`serve: ${error.message}`);
    process.exit(1);
  });
  server.listen(port, '127.0.0.1', () => {
    console.log(`Serving ${path.resolve(dir)} at http://127.0.0.1:${port}${base}`);
  });
  const stop = () => server.close(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main();
}
