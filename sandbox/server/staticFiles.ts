/** Serving files from fixed roots, never outside them. */
import { createReadStream, existsSync, statSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.md': 'text/markdown; charset=utf-8',
  '.woff2': 'font/woff2',
};

/** Resolves `relativePath` inside `root`; undefined when it escapes the root or does not exist. */
export function resolveInside(root: string, relativePath: string): string | undefined {
  const base = resolve(root);
  const target = resolve(join(base, normalize(decodeURIComponent(relativePath))));
  if (target !== base && !target.startsWith(base + sep)) {
    return undefined;
  }
  return existsSync(target) && statSync(target).isFile() ? target : undefined;
}

export function sendFile(response: ServerResponse, file: string): void {
  response.writeHead(200, {
    'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
    'Cache-Control': 'no-store',
  });
  createReadStream(file).pipe(response);
}

export function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  response.end(JSON.stringify(body));
}
