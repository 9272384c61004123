// Errors that cross a door (IPC, HTTP, CLI) with a stable code, so every door reports the same thing.
// Only `code` and `message` travel; they are the whole contract for failures.

export const ERROR_CODES = [
  'invalid-argument',
  'not-found',
  'import-empty',
  'import-binary',
  'import-too-large',
  'import-unreadable',
  'import-unsupported',
  // Documents (PDF, Word, OpenDocument, saved web pages):
  'import-protected',
  'import-damaged',
  'import-no-text',
  'import-over-limit',
  'file-corrupt',
  'file-newer-version',
  'conflict',
  // A source moved to the workspace's trash (deleted, restorable): nothing is read from or written to it.
  'source-in-trash',
  'io',
  'unauthorized',
  'internal',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export class WorkbenchError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'WorkbenchError';
    this.code = code;
  }
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}

/** Turns anything thrown into a WorkbenchError; unknown failures become 'internal' with their message. */
export function toWorkbenchError(error: unknown): WorkbenchError {
  if (error instanceof WorkbenchError) return error;
  if (error instanceof Error) return new WorkbenchError('internal', error.message, { cause: error });
  return new WorkbenchError('internal', String(error));
}
