// Which frames may call the API over IPC: only our own renderer's top frame, served from the app:// scheme
// (or the Vite dev server during development). Pure, so it is tested in Node.

export interface TrustedRenderer {
  /** Origin of the packaged renderer, e.g. app://workbench (electron/main/app-protocol.ts). */
  appOrigin?: string;
  /** Origin of the Vite dev server, in development only. */
  devServerUrl?: string;
}

export interface SenderFrameLike {
  url: string;
  /** The top frame has no parent. */
  parent: unknown;
}

export function isTrustedSender(frame: SenderFrameLike | null | undefined, trusted: TrustedRenderer): boolean {
  if (!frame || frame.parent) return false;
  const origin = originOf(frame.url);
  if (!origin) return false;
  if (trusted.devServerUrl) return origin === originOf(trusted.devServerUrl);
  return trusted.appOrigin !== undefined && origin === trusted.appOrigin;
}

/**
 * scheme://host[:port] of a URL. Spelled out rather than URL.origin, which is "null" for custom schemes in
 * Node's parser even when Chromium treats them as standard.
 */
function originOf(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (!url.host) return null;
  return `${url.protocol}//${url.host}`;
}
