// Turns a raw door (preload or HTTP bridge) into the typed WorkbenchApi, checking every answer against
// the contract's result schema, so a renderer bug or a mismatched build fails loudly at the boundary.

import { WorkbenchError } from '../errors.ts';
import { api, type ApiMethod, type WorkbenchApi } from './contract.ts';
import { API_METHODS } from './methods.ts';
import { unwrap, type WorkbenchBridge } from './wire.ts';

export function createApiClient(bridge: WorkbenchBridge): WorkbenchApi {
  const client: Record<string, (args: unknown) => Promise<unknown>> = {};
  for (const method of API_METHODS) {
    client[method] = async (args: unknown) => parseResult(method, unwrap(await bridge[method](args ?? {})));
  }
  return client as unknown as WorkbenchApi;
}

function parseResult(method: ApiMethod, value: unknown): unknown {
  const parsed = api[method].result.safeParse(value);
  if (!parsed.success) {
    throw new WorkbenchError(
      'internal',
      `${method} answered in an unexpected shape: ${parsed.error.issues[0]?.message}`,
    );
  }
  return parsed.data;
}
