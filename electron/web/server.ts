// Browser mode: serves the built renderer and the API contract over HTTP on 127.0.0.1 only.
// The page gets the per-launch token in the URL fragment (never sent to a server, never in a Referer).

import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import type { WorkbenchApi } from '../../shared/api/contract.ts';
import { RENDERER_CSP } from '../../shared/api/csp.ts';
import { failure } from '../../shared/api/wire.ts';
import { WorkbenchError } from '../../shared/errors.ts';
import { dispatch } from '../services/dispatch.ts';
import { DOWNLOAD_PREFIX, type Downloads } from './downloads.ts';
import { hasToken, isAllowedHost, isSameOriginRequest } from './http-guard.ts';
import { MAX_JSON_DEPTH, nestsDeeperThan } from './json-limits.ts';

/** 20 MB of file as base64 plus JSON overhead. */
const MAX_BODY_BYTES = 28 * 1024 * 1024;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
};

const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy': RENDERER_CSP,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'x-frame-options': 'DENY',
  'cache-control': 'no-store',
};

export interface WebServer {
  /** The page to open, with the token in its fragment. */
  url: string;
  origin: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

export async function startWebServer(options: {
  service: WorkbenchApi;
  staticDir: string;
  port?: number;
  token?: string;
  /** Finished reports the page fetches with GET /download/<id> (see downloads.ts). */
  downloads?: Downloads;
}): Promise<WebServer> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  let port = 0;
  const server = createServer((req, res) => {
    handle(req, res, { ...options, token, port }).catch((error: unknown) => {
      if (!res.headersSent) sendJson(res, 500, failure(error));
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/#token=${token}`,
    origin,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => void (options.downloads?.clear() ?? Promise.resolve()).then(resolve));
      }),
  };
}

interface Context {
  service: WorkbenchApi;
  staticDir: string;
  token: string;
  port: number;
  downloads?: Downloads;
}

async function handle(req: IncomingMessage, res: ServerResponse, ctx: Context): Promise<void> {
  if (!isAllowedHost(req.headers, ctx.port)) return sendText(res, 421, 'Misdirected request');
  if (!isSameOriginRequest(req.headers, ctx.port)) return sendText(res, 403, 'Cross-origin requests are refused');
  const path = decodedPath(req.url);
  if (path === undefined) return sendText(res, 400, 'Malformed URL');
  if (path.startsWith('/api/')) return handleApi(req, res, ctx, path.slice('/api/'.length));
  if (path.startsWith(DOWNLOAD_PREFIX)) return handleDownload(req, res, ctx, path.slice(DOWNLOAD_PREFIX.length));
  if (req.method !== 'GET' && req.method !== 'HEAD') return sendText(res, 405, 'Method not allowed');
  return serveStatic(res, ctx.staticDir, path);
}

async function handleApi(req: IncomingMessage, res: ServerResponse, ctx: Context, method: string): Promise<void> {
  if (req.method !== 'POST') return sendText(res, 405, 'Use POST');
  if (!hasToken(req.headers, ctx.token)) {
    return sendJson(res, 401, failure(new WorkbenchError('unauthorized', 'Missing or wrong launch token.')));
  }
  // application/json forces a CORS preflight from any other origin, which this server never answers.
  if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
    return sendText(res, 415, 'Send application/json');
  }
  const body = await readBody(req);
  if (body === undefined) {
    const limit = `${MAX_BODY_BYTES / 1024 / 1024} MB`;
    return sendJson(res, 413, failure(new WorkbenchError('invalid-argument', `The request is over ${limit}.`)));
  }
  if (nestsDeeperThan(body, MAX_JSON_DEPTH)) {
    const reason = `The request nests deeper than ${MAX_JSON_DEPTH} levels.`;
    return sendJson(res, 400, failure(new WorkbenchError('invalid-argument', reason)));
  }
  let args: unknown;
  try {
    args = body.length ? JSON.parse(body) : {};
  } catch {
    return sendJson(res, 400, failure(new WorkbenchError('invalid-argument', 'The request body is not JSON.')));
  }
  sendJson(res, 200, await dispatch(ctx.service, method, args));
}

/** A finished report: GET with the launch token, like any API call (a plain link could not send it). */
function handleDownload(req: IncomingMessage, res: ServerResponse, ctx: Context, id: string): void {
  if (req.method !== 'GET') return sendText(res, 405, 'Use GET');
  if (!hasToken(req.headers, ctx.token)) {
    return sendJson(res, 401, failure(new WorkbenchError('unauthorized', 'Missing or wrong launch token.')));
  }
  if (!ctx.downloads?.send(id, res, SECURITY_HEADERS)) sendText(res, 404, 'No such download (or already fetched)');
}

async function serveStatic(res: ServerResponse, root: string, urlPath: string): Promise<void> {
  const relative = urlPath === '/' ? 'index.html' : urlPath.replace(/^\/+/, '');
  const file = normalize(join(root, relative));
  if (!file.startsWith(normalize(root) + sep)) return sendText(res, 404, 'Not found');
  let data: Buffer;
  try {
    data = await readFile(file);
  } catch {
    return sendText(res, 404, 'Not found');
  }
  res.writeHead(200, {
    ...SECURITY_HEADERS,
    'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
  });
  res.end(data);
}

/** The request's path, percent-decoded; undefined when it is malformed (`/%E0%A4%A`): a 400, not a 500. */
function decodedPath(url: string | undefined): string | undefined {
  try {
    return decodeURIComponent(new URL(url ?? '/', 'http://127.0.0.1').pathname);
  } catch {
    return undefined;
  }
}

function readBody(req: IncomingMessage): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      // Keep draining past the limit (dropping the data) so the 413 answer can still be sent.
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on('end', () => resolve(size > MAX_BODY_BYTES ? undefined : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(value));
}

function sendText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'content-type': 'text/plain; charset=utf-8' });
  res.end(text);
}
