import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readClaim } from '../../../shared/annotations/claim.ts';
import { isOrphan, positionSelector, quoteSelector } from '../../../shared/annotations/model.ts';
import { createClaim, deleteClaims, editFields, reattachClaim, tagSpans, toggleTag } from './claim-actions.ts';
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

test('tagging all hits is one undo step: new claims for new spans, the tag added to a claim on the same span', () => {
  const store = new ClaimStore();
  const first = text.indexOf('14 يوليو');
  const second = text.lastIndexOf('14 يوليو');
  store.commit(
    createClaim({ sourceId: 'abcd1234', text, start: first, end: first + 8, tagId: 'sourced', now: NOW, id: 'c1' }),
  );
  const spans = [
    { start: first, end: first + 8 },
    { start: second, end: second + 8 },
    { start: second, end: second + 8 },
  ];
  const existing = [{ annotation: store.get('c1')!, start: first, end: first + 8 }];
  const action = tagSpans({ sourceId: 'abcd1234', text, spans, tagId: 'disputed', now: NOW, existing })!;
  assert.equal(action.patches.length, 2, 'the repeated span counts once');
  store.commit(action);
  const claims = store.getSnapshot().annotations;
  assert.equal(claims.length, 2);
  assert.deepEqual(readClaim(store.get('c1')!).tags, ['sourced', 'disputed']);
  const added = claims.find((c) => c.id !== 'c1')!;
  assert.equal(quoteSelector(added)!.exact, '14 يوليو');
  assert.deepEqual(readClaim(added).tags, ['disputed']);
  store.undo();
  assert.equal(store.getSnapshot().annotations.length, 1, 'one undo removes every new claim');
  assert.deepEqual(readClaim(store.get('c1')!).tags, ['sourced']);
  const again = [{ annotation: store.get('c1')!, start: first, end: first + 8 }];
  assert.equal(
    tagSpans({ sourceId: 'abcd1234', text, spans: spans.slice(0, 1), tagId: 'sourced', now: NOW, existing: again }),
    null,
  );
});
