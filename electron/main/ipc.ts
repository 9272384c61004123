// Registers one IPC handler per contract method. Each checks the sender frame, then goes through the
// same dispatch as the HTTP bridge (argument validation, service call, envelope).

import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type { WorkbenchApi } from '../../shared/api/contract.ts';
import { API_METHODS, ipcChannel } from '../../shared/api/methods.ts';
import { failure } from '../../shared/api/wire.ts';
import { WorkbenchError } from '../../shared/errors.ts';
import { dispatch } from '../services/dispatch.ts';
import { isTrustedSender, type TrustedRenderer } from './sender.ts';

export function registerApiHandlers(ipcMain: IpcMain, service: WorkbenchApi, trusted: TrustedRenderer): void {
  for (const method of API_METHODS) {
    ipcMain.handle(ipcChannel(method), async (event: IpcMainInvokeEvent, args: unknown) => {
      if (!isTrustedSender(event.senderFrame, trusted)) {
        return failure(new WorkbenchError('unauthorized', `IPC call ${method} from an untrusted frame was refused.`));
      }
      return dispatch(service, method, args);
    });
  }
}
