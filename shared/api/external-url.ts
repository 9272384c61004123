// The allow-list for opening a citation's URL outside the app: web pages on public hosts only, nothing that
// runs or reads local things (file:, javascript:, data:, custom protocols, this machine or the local network),
// and no credentials smuggled in the URL.

import { WorkbenchError } from '../errors.ts';
import { nonPublicHostReason } from './public-host.ts';

/** The WHATWG URL parser that Node and browsers both have; shared/ is typed without either, so name its shape. */
interface ParsedUrl {
  protocol: string;
  username: string;
  password: string;
  hostname: string;
  href: string;
}
const WhatwgUrl = (globalThis as unknown as { URL: new (input: string) => ParsedUrl }).URL;

const ALLOWED_PROTOCOLS = new Set(['https:', 'http:']);

/** The URL normalised by the URL parser, or invalid-argument saying why it may not be opened. */
export function checkExternalUrl(raw: string): string {
  let url: ParsedUrl;
  try {
    url = new WhatwgUrl(raw.trim());
  } catch {
    throw refuse(raw, 'it is not a complete web address (it needs https:// or http://)');
  }
  if (!ALLOWED_PROTOCOLS.has(url.protocol)) throw refuse(raw, `${url.protocol} links are not opened, only http(s)`);
  if (url.username || url.password) throw refuse(raw, 'it carries a user name or password');
  if (!url.hostname) throw refuse(raw, 'it names no host');
  const local = nonPublicHostReason(url.hostname);
  if (local) throw refuse(raw, local);
  return url.href;
}

function refuse(raw: string, why: string): WorkbenchError {
  return new WorkbenchError(
    'invalid-argument',
    `The link ${JSON.stringify(raw.slice(0, 200))} was not opened: ${why}.`,
  );
}
