/**
 * A small static server for dist/, used by the CSP browser test and the
 * Lighthouse bench: it serves files the way a static host does (`/a/` →
 * `a/index.html`, unknown path → `404.html` with status 404, text gzipped
 * when the client accepts it) and, unlike `astro preview`, adds the headers of
 * public/_headers to each response, so the Content-Security-Policy is really
 * enforced by the browser.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { headersFor, parseHeadersFile, type HeaderRule } from '../src/lib/headers.ts';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.topojson': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
};

export interface StaticServer {
  /** `http://127.0.0.1:<port>`, without trailing slash. */
  url: string;
  close: () => Promise<void>;
}

export interface StaticServerOptions {
  /** Folder to serve (default dist). */
  root?: string;
  /** The _headers file whose rules are applied (default <root>/_headers; null for none). */
  headersFile?: string | null;
}

/** The file a request path maps to, or null (never outside the root). */
export function fileFor(root: string, pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  const candidate = normalize(join(root, decoded));
  if (candidate !== root && !candidate.startsWith(root + sep)) return null;
  if (existsSync(candidate) && statSync(candidate).isDirectory()) {
    const index = join(candidate, 'index.html');
    return existsSync(index) ? index : null;
  }
  return existsSync(candidate) ? candidate : null;
}

/** Starts the server on a free port of 127.0.0.1. */
export function startStaticServer(options: StaticServerOptions = {}): Promise<StaticServer> {
  const root = resolve(options.root ?? 'dist');
  const headersPath = options.headersFile === undefined ? join(root, '_headers') : options.headersFile;
  const rules: HeaderRule[] =
    headersPath && existsSync(headersPath) ? parseHeadersFile(readFileSync(headersPath, 'utf8')) : [];
  const server: Server = createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
    // A directory asked without its slash is redirected, as static hosts do with trailing slashes.
    const direct = fileFor(root, pathname);
    if (!pathname.endsWith('/') && direct?.endsWith(`${sep}index.html`) && !pathname.endsWith('.html')) {
      response.writeHead(301, { Location: `${pathname}/` });
      response.end();
      return;
    }
    const file = direct ?? join(root, '404.html');
    const status = direct ? 200 : 404;
    for (const [name, value] of headersFor(pathname, rules)) response.setHeader(name, value);
    response.setHeader('Content-Type', CONTENT_TYPES[extname(file)] ?? 'application/octet-stream');
    if (!existsSync(file)) {
      response.writeHead(404);
      response.end('404');
      return;
    }
    let body = readFileSync(file);
    const type = String(response.getHeader('Content-Type'));
    const compressible = /^text\/|json|xml|svg/.test(type);
    if (compressible) response.setHeader('Vary', 'Accept-Encoding');
    if (compressible && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
      body = gzipSync(body);
      response.setHeader('Content-Encoding', 'gzip');
    }
    response.setHeader('Content-Length', body.length);
    response.writeHead(status);
    response.end(request.method === 'HEAD' ? undefined : body);
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolvePromise({
        url: `http://127.0.0.1:${port}`,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
