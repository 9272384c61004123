// Who may talk to the browser-mode bridge: only this launch's own page. Checks the Host header
// (against DNS rebinding), Origin and Fetch Metadata (against other local pages), and the launch token.

import { timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

const TOKEN_HEADER = 'x-workbench-token';

function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

/** The Host header must name the loopback address we listen on; anything else is a rebinding attempt. */
export function isAllowedHost(headers: IncomingHttpHeaders, port: number): boolean {
  return typeof headers.host === 'string' && allowedHosts(port).includes(headers.host.toLowerCase());
}

/**
 * A browser always sends Origin on POST and Sec-Fetch-Site on modern engines; when present they must be
 * our own. Non-browser clients (tests, scripts) send neither and are held to the token alone.
 */
export function isSameOriginRequest(headers: IncomingHttpHeaders, port: number): boolean {
  const origin = headers.origin;
  if (origin !== undefined && !allowedHosts(port).some((host) => origin === `http://${host}`)) return false;
  const site = headers['sec-fetch-site'];
  return site === undefined || site === 'same-origin' || site === 'none';
}

export function hasToken(headers: IncomingHttpHeaders, token: string): boolean {
  const given = headers[TOKEN_HEADER];
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}
