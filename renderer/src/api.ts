// The renderer's single way to the workbench: the preload's `window.workbench` in Electron, or the HTTP
// bridge in browser mode, both wrapped in the same typed, validated client. Nothing else knows which.

import { createApiClient } from '../../shared/api/client.ts';
import type { WorkbenchApi } from '../../shared/api/contract.ts';
import type { WorkbenchBridge } from '../../shared/api/wire.ts';
import { createHttpBridge, takeLaunchToken } from './bridge/http-bridge.ts';

declare global {
  interface Window {
    workbench?: WorkbenchBridge;
  }
}

export function connect(): WorkbenchApi | null {
  if (window.workbench) return createApiClient(window.workbench);
  const token = takeLaunchToken(window.location, window.sessionStorage, window.history);
  if (!token) return null;
  window.workbench = createHttpBridge(token);
  return createApiClient(window.workbench);
}
