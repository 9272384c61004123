import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createClaimAnnotation, readClaim, withClaimFields } from '../../../shared/annotations/claim.ts';
import { ClaimStore } from './claim-store.ts';
import { textEditAction } from './claim-actions.ts';

const text = 'في 14 يوليو 2011 أجري اختبار صاروخي';
const claim = (id: string, start: number, end: number) =>
  createClaimAnnotation({
    id,
    sourceIri: 'urn:x',
    text,
    start,
    end,
    tags: ['likely-typo'],
    now: '2026-01-01T00:00:00Z',
  });

test('create, edit and delete each undo and redo exactly', () => {
  const store = new ClaimStore();
  const a = claim('a', 3, 16);
  store.commit({ label: 'create', patches: [{ before: null, after: a }] });
  const noted = withClaimFields(a, { note: 'السياق يقول 2001', correction: '2001' }, '2026-01-02T00:00:00Z');
  store.commit({ label: 'note', patches: [{ before: a, after: noted }] });
  store.commit({ label: 'delete', patches: [{ before: noted, after: null }] });
  assert.equal(store.getSnapshot().annotations.length, 0);
  store.undo();
  assert.equal(readClaim(store.get('a')!).correction, '2001');
  store.undo();
  assert.equal(readClaim(store.get('a')!).note, '');
  store.undo();
  assert.equal(store.get('a'), undefined);
  assert.equal(store.getSnapshot().canUndo, false);
  store.redo();
  store.redo();
  assert.equal(readClaim(store.get('a')!).correction, '2001');
  assert.equal(store.getSnapshot().canRedo, true);
});

test('a new action drops the redo history; revisions always increase', () => {
  const store = new ClaimStore();
  const seen: number[] = [];
  store.subscribe(() => seen.push(store.getSnapshot().revision));
  store.commit({ label: 'a', patches: [{ before: null, after: claim('a', 3, 5) }] });
  store.undo();
  store.commit({ label: 'b', patches: [{ before: null, after: claim('b', 6, 11) }] });
  assert.equal(store.getSnapshot().canRedo, false);
  assert.deepEqual(seen, [1, 2, 3]);
});

test('typing a note coalesces into one undo step; a pause or another claim starts a new one', () => {
  let now = 0;
  const store = new ClaimStore([], () => now);
  const a = claim('a', 3, 5);
  store.commit({ label: 'create', patches: [{ before: null, after: a }] });
  let current = a;
  for (const note of ['ق', 'قا', 'قال']) {
    const next = withClaimFields(current, { note }, '2026-01-02T00:00:00Z');
    store.commit({ label: 'note', coalesceKey: 'note:a', patches: [{ before: current, after: next }] });
    current = next;
    now += 300;
  }
  store.undo();
  assert.equal(readClaim(store.get('a')!).note, '', 'one undo removes the whole typed note');
  store.redo();
  now += 5000;
  const later = withClaimFields(current, { note: 'قال ذلك' }, '2026-01-03T00:00:00Z');
  store.commit({ label: 'note', coalesceKey: 'note:a', patches: [{ before: current, after: later }] });
  store.undo();
  assert.equal(readClaim(store.get('a')!).note, 'قال');
});

test('reset replaces claims and clears history', () => {
  const store = new ClaimStore([claim('a', 3, 5)]);
  store.commit({ label: 'x', patches: [{ before: null, after: claim('b', 6, 8) }] });
  store.reset([claim('c', 1, 2)]);
  assert.deepEqual(
    store.getSnapshot().annotations.map((a) => a.id),
    ['c'],
  );
  assert.equal(store.undo(), null);
});

test('a text correction is one entry of the same history: peeked, undone only if still last, redone in turn', () => {
  const store = new ClaimStore();
  const a = claim('a', 3, 16);
  store.commit({ label: 'create', patches: [{ before: null, after: a }] });
  const moved = claim('a', 4, 17);
  const action = textEditAction('text', [a], [moved], { before: text, after: `x${text}` });
  assert.deepEqual(action.patches, [{ before: a, after: moved }], 'only changed claims are patched');
  store.commit(action);
  const top = store.peekUndo()!;
  assert.deepEqual(top.text, { before: text, after: `x${text}` });
  assert.equal(store.undo({ ...top }), null, 'not undone when another entry is expected');
  assert.equal(store.undo(top), top);
  assert.equal(store.get('a'), a, 'the claim is back exactly as before the text change');
  assert.equal(store.peekRedo(), top);
  store.redo(top);
  assert.equal(store.get('a'), moved);
  store.undo(store.peekUndo()!);
  store.undo();
  assert.equal(store.get('a'), undefined, 'the claim action from before the text change is still undoable');
});
