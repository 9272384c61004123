import assert from 'node:assert/strict';
import { afterEach, beforeEach, mock, test } from 'node:test';
import { Autosaver } from './autosave.ts';

// Mocked timers: the debounce is checked at exact instants, never by sleeping past it on a real clock (which a
// loaded machine can stretch), and a scheduled 10 s timer costs no real time.
beforeEach(() => mock.timers.enable({ apis: ['setTimeout'] }));
afterEach(() => mock.timers.reset());

/** Lets the save's promise callbacks run (no timer involved). */
async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await Promise.resolve();
}

test('debounces: a burst of changes is one save of the last version', async () => {
  const saved: string[] = [];
  const saver = new Autosaver<string>(async (v) => void saved.push(v), 20);
  saver.changed(1, 'a');
  mock.timers.tick(15);
  saver.changed(2, 'ab');
  mock.timers.tick(15);
  saver.changed(3, 'abc');
  assert.equal(saver.getState().status, 'unsaved');
  mock.timers.tick(19);
  assert.deepEqual(saved, [], 'nothing is saved before the delay has passed since the last change');
  mock.timers.tick(1);
  await settle();
  assert.deepEqual(saved, ['abc']);
  assert.equal(saver.getState().status, 'saved');
  mock.timers.tick(1000);
  await settle();
  assert.deepEqual(saved, ['abc'], 'and no second save follows');
});

test('flush saves at once and waits; changes during a save are saved after it, in order', async () => {
  const saved: string[] = [];
  let release!: () => void;
  const saver = new Autosaver<string>(async (v) => {
    saved.push(v);
    if (v === 'first') await new Promise<void>((r) => (release = r));
  }, 10_000);
  saver.changed(1, 'first');
  const flushed = saver.flush();
  await settle();
  assert.deepEqual(saved, ['first'], 'flush does not wait for the delay');
  saver.changed(2, 'second');
  release();
  assert.equal(await flushed, true);
  assert.deepEqual(saved, ['first', 'second']);
  assert.equal(saver.getState().status, 'saved');
  saver.dispose();
});

test('a failed save is reported, keeps the change, and the next change retries', async () => {
  let fail = true;
  const saved: string[] = [];
  const saver = new Autosaver<string>(async (v) => {
    if (fail) throw new Error('disk full');
    saved.push(v);
  }, 10);
  saver.changed(1, 'x');
  assert.equal(await saver.flush(), false);
  assert.deepEqual(saver.getState(), { status: 'error', message: 'disk full' });
  fail = false;
  assert.equal(await saver.flush(), true, 'flush retries what is still unsaved');
  assert.deepEqual(saved, ['x']);
});
