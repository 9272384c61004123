import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readClaim } from '../../../shared/annotations/claim.ts';
import { isOrphan, positionSelector, quoteSelector } from '../../../shared/annotations/model.ts';
import { createClaim, deleteClaims, editFields, reattachClaim, toggleTag } from './claim-actions.ts';
import { ClaimStore } from './claim-store.ts';

const text = 'أجري الاختبار في 14 يوليو 2011 بنجاح، وفي 14 يوليو 2001 أيضًا';
const NOW = '2026-11-22T12:00:00.000Z';

test('a claim created on a span stores the exact quote, its offsets and the tag', () => {
  const start = text.indexOf('14 يوليو 2011');
  const action = createClaim({ sourceId: 'abcd1234', text, start, end: start + 13, tagId: 'likely-typo', now: NOW });
  const claim = action.patches[0]!.after!;
  assert.match(claim.id, /^urn:uuid:[0-9a-f-]{36}$/);
  assert.equal(quoteSelector(claim)!.exact, '14 يوليو 2011');
  assert.deepEqual([positionSelector(claim)!.start, positionSelector(claim)!.end], [start, start + 13]);
  assert.deepEqual(readClaim(claim).tags, ['likely-typo']);
});

test('toggling, editing and deleting are undoable through the store', () => {
  const store = new ClaimStore();
  store.commit(createClaim({ sourceId: 'abcd1234', text, start: 5, end: 13, tagId: 'sourced', now: NOW, id: 'c1' }));
  store.commit(toggleTag(store.get('c1')!, 'disputed', NOW));
  assert.deepEqual(readClaim(store.get('c1')!).tags, ['sourced', 'disputed']);
  store.commit(toggleTag(store.get('c1')!, 'sourced', NOW));
  store.commit(editFields(store.get('c1')!, { correction: '2001' }, NOW));
  store.commit(deleteClaims([store.get('c1')!]));
  assert.equal(store.get('c1'), undefined);
  store.undo();
  store.undo();
  assert.deepEqual(readClaim(store.get('c1')!), { tags: ['disputed'], note: '', correction: '', citations: [] });
});

test('re-attaching an orphan gives it the new span and clears the orphan mark', () => {
  const created = createClaim({ sourceId: 'abcd1234', text, start: 5, end: 13, tagId: 'sourced', now: NOW, id: 'o' });
  const orphan = { ...created.patches[0]!.after!, orphanedAt: NOW };
  const start = text.indexOf('بنجاح');
  const action = reattachClaim(orphan, text, start, start + 5, NOW);
  const after = action.patches[0]!.after!;
  assert.equal(isOrphan(after), false);
  assert.equal(quoteSelector(after)!.exact, 'بنجاح');
});
