// The shared entry of the IPC and HTTP doors: look the method up in the contract, validate the
// arguments, call the service, and wrap the outcome in an envelope. Unknown methods are refused.

import { api, type ApiMethod, type WorkbenchApi } from '../../shared/api/contract.ts';
import { failure, success, type Envelope } from '../../shared/api/wire.ts';
import { WorkbenchError } from '../../shared/errors.ts';

function isApiMethod(name: string): name is ApiMethod {
  return Object.hasOwn(api, name);
}

export async function dispatch(service: WorkbenchApi, method: string, rawArgs: unknown): Promise<Envelope> {
  try {
    if (!isApiMethod(method)) throw new WorkbenchError('not-found', `No API method "${method}".`);
    const parsed = api[method].args.safeParse(rawArgs ?? {});
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue?.path.length ? ` (${issue.path.join('.')})` : '';
      throw new WorkbenchError('invalid-argument', `${method}: ${issue?.message ?? 'invalid arguments'}${where}`);
    }
    const call = service[method] as (args: unknown) => Promise<unknown>;
    return success(await call.call(service, parsed.data));
  } catch (error) {
    return failure(error);
  }
}
