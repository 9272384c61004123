// Browser mode's door: the same WorkbenchBridge shape as the preload, over HTTP to the loopback server.
// The launch token arrives in the URL fragment; it is kept for this tab and removed from the address bar.

import { API_METHODS, type ApiMethodName } from '../../../shared/api/methods.ts';
import type { Envelope, WorkbenchBridge } from '../../../shared/api/wire.ts';

const TOKEN_KEY = 'workbench.token';

export function takeLaunchToken(location: Location, storage: Storage, history: History): string | null {
  const fromHash = new URLSearchParams(location.hash.slice(1)).get('token');
  if (fromHash) {
    storage.setItem(TOKEN_KEY, fromHash);
    history.replaceState(null, '', location.pathname + location.search);
  }
  return storage.getItem(TOKEN_KEY);
}

export function createHttpBridge(token: string): WorkbenchBridge {
  const call =
    (method: ApiMethodName) =>
    async (args: unknown): Promise<Envelope> => {
      const response = await fetch(`/api/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-workbench-token': token },
        body: JSON.stringify(args ?? {}),
      });
      if (response.headers.get('content-type')?.startsWith('application/json')) return response.json();
      return { ok: false, error: { code: 'internal', message: `HTTP ${response.status}: ${await response.text()}` } };
    };
  return Object.fromEntries(API_METHODS.map((m) => [m, call(m)])) as WorkbenchBridge;
}

/**
 * Fetches a finished report the server keeps for this page (see electron/web/downloads.ts), with the launch
 * token like every API call (the page then hands it to the browser as a download).
 */
export async function fetchServerFile(path: string): Promise<Blob> {
  const token = window.sessionStorage.getItem(TOKEN_KEY) ?? '';
  const response = await fetch(path, { headers: { 'x-workbench-token': token } });
  if (!response.ok) throw new Error(`HTTP ${response.status}: ${await response.text()}`);
  return response.blob();
}
