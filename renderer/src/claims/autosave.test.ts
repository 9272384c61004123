import assert from 'node:assert/strict';
import { test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { Autosaver } from './autosave.ts';

test('debounces: a burst of changes is one save of the last version', async () => {
  const saved: string[] = [];
  const saver = new Autosaver<string>(async (v) => void saved.push(v), 20);
  saver.changed(1, 'a');
  saver.changed(2, 'ab');
  saver.changed(3, 'abc');
  assert.equal(saver.getState().status, 'unsaved');
  await sleep(60);
  assert.deepEqual(saved, ['abc']);
  assert.equal(saver.getState().status, 'saved');
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
  await sleep(5);
  saver.changed(2, 'second');
  release();
  assert.equal(await flushed, true);
  assert.deepEqual(saved, ['first', 'second']);
  assert.equal(saver.getState().status, 'saved');
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
