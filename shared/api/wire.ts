// What crosses a door: every call answers an envelope, so a failure keeps its code across IPC and HTTP
// (Electron's contextBridge and fetch would both strip custom error properties).

import { z } from 'zod';
import { ERROR_CODES, WorkbenchError, toWorkbenchError } from '../errors.ts';
import type { ApiMethodName } from './methods.ts';

export type Envelope<T = unknown> = { ok: true; value: T } | { ok: false; error: { code: string; message: string } };

const EnvelopeSchema = z.union([
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.object({ code: z.enum(ERROR_CODES), message: z.string() }) }),
]);

export function success<T>(value: T): Envelope<T> {
  return { ok: true, value };
}

export function failure(error: unknown): Envelope<never> {
  const e = toWorkbenchError(error);
  return { ok: false, error: { code: e.code, message: e.message } };
}

/** Unwraps an envelope into its value, or throws the WorkbenchError it carries. */
export function unwrap(raw: unknown): unknown {
  const parsed = EnvelopeSchema.safeParse(raw);
  if (!parsed.success) throw new WorkbenchError('internal', 'The workbench answered something unreadable.');
  if (parsed.data.ok) return parsed.data.value;
  throw new WorkbenchError(parsed.data.error.code, parsed.data.error.message);
}

/**
 * The raw door object (`window.workbench`): each method takes the contract's argument object and
 * resolves to an envelope. The preload and the browser-mode bridge both provide exactly this shape.
 */
export type WorkbenchBridge = {
  [M in ApiMethodName]: (args: unknown) => Promise<Envelope>;
};
