import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createClaimAnnotation } from '../annotations/claim.ts';
import { createApiClient } from './client.ts';
import { API_METHODS } from './methods.ts';
import type { Envelope, WorkbenchBridge } from './wire.ts';

/** A door that answers every call with `value`. */
function door(value: unknown): WorkbenchBridge {
  const answer = async (): Promise<Envelope> => ({ ok: true, value });
  return Object.fromEntries(API_METHODS.map((m) => [m, answer])) as unknown as WorkbenchBridge;
}

const claim = createClaimAnnotation({
  id: 'urn:uuid:00000000-0000-4000-8000-000000000001',
  sourceIri: 'urn:claim-workbench:source:s1',
  text: 'في 14 يوليو 2011',
  start: 3,
  end: 16,
  tags: ['likely-typo'],
  now: '2026-11-22T00:00:00.000Z',
});

test('annotations the service parsed from its file pass through with their outer shape checked', async () => {
  const { annotations } = await createApiClient(door({ annotations: [claim], revision: 'absent' })).getAnnotations({
    sourceId: 's1',
  });
  assert.deepEqual(annotations, [claim]);
});

test('an answer that is not a list of annotations is still refused, with the contract check', async () => {
  for (const value of [
    { annotations: 'x', revision: 'r' },
    { annotations: [{ id: 1 }], revision: 'r' },
    { annotations: [{ ...claim, type: 'X' }], revision: 'r' },
  ]) {
    await assert.rejects(
      createApiClient(door(value)).getAnnotations({ sourceId: 's1' }),
      /getAnnotations answered in an unexpected shape/,
    );
  }
});
