/**
 * A small static server for a built site that applies its `_headers` file, the way Netlify and
 * Cloudflare Pages do: so a test sees the site with the Content-Security-Policy as a response
 * header. Serves `dir` under `base`; a folder gives its index.html, anything else missing gives
 * 404.html with status 404.
 */
import { createServer, type Server } from 'node:http';
import { readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { headersFor, parseHeadersFile } from '../../src/lib/headers-file';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

export interface HeadersServer {
  url: string;
  close(): Promise<void>;
}

const isFile = (path: string) => {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
};

/** Starts the server on 127.0.0.1:`port`. */
export async function serveWithHeaders(dir: string, port: number, base = '/'): Promise<HeadersServer> {
  const rules = parseHeadersFile(readFileSync(join(dir, '_headers'), 'utf8'));
  const server: Server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let rel = pathname.startsWith(base) ? `/${pathname.slice(base.length)}` : null;
    let file = rel === null ? null : join(dir, normalize(rel));
    if (file && !file.startsWith(dir)) file = null;
    if (file && rel && !isFile(file) && isFile(join(file, 'index.html'))) file = join(file, 'index.html');
    const found = file !== null && isFile(file);
    const path = found ? file! : join(dir, '404.html');
    rel = found ? rel : '/404.html';
    res.statusCode = found ? 200 : 404;
    res.setHeader('Content-Type', TYPES[extname(path)] ?? 'application/octet-stream');
    for (const [name, value] of headersFor(rules, rel!)) res.appendHeader(name, value);
    res.end(req.method === 'HEAD' ? undefined : readFileSync(path));
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
