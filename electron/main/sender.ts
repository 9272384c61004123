// Which frames may call the API over IPC: only our own renderer's top frame, loaded from the
// packaged index.html (or the Vite dev server during development). Pure, so it is tested in Node.

export interface TrustedRenderer {
  /** file:// URL of the packaged renderer's index.html. */
  fileUrl?: string;
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
  let url: URL;
  try {
    url = new URL(frame.url);
  } catch {
    return false;
  }
  if (trusted.devServerUrl) {
    return url.origin === new URL(trusted.devServerUrl).origin;
  }
  if (!trusted.fileUrl || url.protocol !== 'file:') return false;
  const expected = new URL(trusted.fileUrl);
  return url.pathname === expected.pathname && url.host === expected.host;
}
