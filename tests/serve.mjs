#!/usr/bin/env node
/**
 * A tiny static file server for the built site, used by Playwright (one process per test run)
 * and the benchmark. It starts in well under a second, where `astro preview` loads all of Astro.
 *
 *   node tests/serve.mjs PORT:DIR[:BASE] [PORT:DIR[:BASE] …]
 *   node tests/serve.mjs 4371:dist 4372:dist-sub:/cx/
 *
 * Each PORT serves one build folder under its base path, the way a static host does:
 * - `/x/` serves `DIR/x/index.html`, `/x.css` serves `DIR/x.css`;
 * - a folder without its trailing slash (`/kennisbank`) is a 404, as in `astro preview`
 *   (the site uses trailingSlash: 'always', so such a link is a bug a test should see);
 * - anything missing, or outside the base, answers 404 with `DIR/404.html`;
 * - query strings are ignored; nothing outside DIR is ever read.
 * No caching headers: every request reads the file again, so a rebuild is seen at once.
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

/** The file a request path maps to inside `root` (undefined when outside it or not a file). */
export async function resolveFile(root, base, pathname) {
  if (!pathname.startsWith(base)) return undefined;
  let rest;
  try {
    rest = decodeURIComponent(pathname.slice(base.length));
  } catch {
    return undefined;
  }
  if (rest.includes('\0')) return undefined;
  const file = resolve(root, rest.endsWith('/') || rest === '' ? join(rest, 'index.html') : rest);
  if (file !== root && !file.startsWith(root + sep)) return undefined;
  try {
    return (await stat(file)).isFile() ? file : undefined;
  } catch {
    return undefined;
  }
}

/** Starts one server; resolves with it once it listens. */
export function serve({ port, dir, base = '/', host = '127.0.0.1' }) {
  const root = resolve(dir);
  const b = base.endsWith('/') ? base : `${base}/`;
  const server = createServer(async (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    const file = await resolveFile(root, b, pathname);
    let status = 200;
    let body;
    let type;
    if (file) {
      body = await readFile(file);
      type = TYPES[extname(file)] ?? 'application/octet-stream';
    } else {
      status = 404;
      body = await readFile(join(root, '404.html')).catch(() => Buffer.from('Not found'));
      type = TYPES['.html'];
    }
    res.writeHead(status, { 'Content-Type': type, 'Content-Length': body.length, 'Cache-Control': 'no-cache' });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => ok(server));
  });
}

/** "4371:dist:/cx/" → { port: 4371, dir: 'dist', base: '/cx/' } */
export function parseSpec(spec) {
  const [port, dir, base = '/'] = spec.split(':');
  if (!Number(port) || !dir) throw new Error(`expected PORT:DIR[:BASE], got "${spec}"`);
  return { port: Number(port), dir, base };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const specs = process.argv.slice(2).map(parseSpec);
  if (!specs.length) {
    console.error('usage: node tests/serve.mjs PORT:DIR[:BASE] [PORT:DIR[:BASE] …]');
    process.exit(2);
  }
  const servers = await Promise.all(specs.map(serve)).catch((e) => {
    console.error(`serve: ${e.message}`);
    process.exit(1);
  });
  for (const s of specs) console.log(`serving ${s.dir}/ at http://127.0.0.1:${s.port}${s.base}`);
  const stop = () => {
    for (const s of servers) s.close();
    process.exit(0);
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}
