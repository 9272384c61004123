// Helpers shared by this folder's tests: asserting WorkbenchErrors and making repeatable "random" bytes.
// Test-only; nothing in the service imports it.

import assert from 'node:assert/strict';
import { WorkbenchError, type ErrorCode } from '../../../shared/errors.ts';

/** Asserts that `run` throws a WorkbenchError with `code` whose message contains every fragment. */
export function assertThrowsWorkbench(run: () => unknown, code: ErrorCode, ...fragments: string[]): void {
  assert.throws(run, (error: unknown) => checkError(error, code, fragments));
}

/** The async form of assertThrowsWorkbench. */
export async function assertRejectsWorkbench(
  run: () => Promise<unknown>,
  code: ErrorCode,
  ...fragments: string[]
): Promise<void> {
  await assert.rejects(run, (error: unknown) => checkError(error, code, fragments));
}

function checkError(error: unknown, code: ErrorCode, fragments: string[]): true {
  assert.ok(error instanceof WorkbenchError, `expected a WorkbenchError, got ${String(error)}`);
  assert.equal(error.code, code, error.message);
  for (const fragment of fragments) {
    assert.ok(error.message.includes(fragment), `"${error.message}" should mention "${fragment}"`);
  }
  return true;
}

/** Bytes from a fixed-seed generator (xorshift32), so a failing "random" case fails the same way again. */
export function pseudoRandomBytes(length: number, seed = 0x2545f491): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = seed >>> 0;
  for (let i = 0; i < length; i++) {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    bytes[i] = state & 0xff;
  }
  return bytes;
}
