import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mergeAnnotations } from './merge.ts';
import type { Annotation } from './model.ts';

function claim(id: string, note = ''): Annotation {
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id,
    type: 'Annotation',
    body: note ? [{ type: 'TextualBody', value: note, purpose: 'commenting' }] : [],
    target: { source: 'urn:s', selector: [{ type: 'TextQuoteSelector', exact: id }] },
  } as unknown as Annotation;
}
const ids = (list: readonly Annotation[]) => list.map((a) => a.id);

test('two windows each adding a claim: both kept, no collision', () => {
  const base = [claim('a')];
  const { annotations, collisions } = mergeAnnotations(base, [...base, claim('ours')], [...base, claim('theirs')]);
  assert.deepEqual(ids(annotations), ['a', 'theirs', 'ours']);
  assert.deepEqual(collisions, []);
});

test('an edit on one side and a delete of another claim on the other: both applied', () => {
  const base = [claim('a'), claim('b')];
  const ours = [claim('a', 'note'), claim('b')];
  const theirs = [claim('a')];
  const { annotations, collisions } = mergeAnnotations(base, ours, theirs);
  assert.deepEqual(ids(annotations), ['a']);
  assert.equal(JSON.stringify(annotations[0]).includes('note'), true);
  assert.deepEqual(collisions, []);
});

test('the same claim changed differently on both sides is a collision; theirs stays in the list', () => {
  const base = [claim('a')];
  const { annotations, collisions } = mergeAnnotations(base, [claim('a', 'mine')], [claim('a', 'yours')]);
  assert.deepEqual(collisions, ['a']);
  assert.equal(JSON.stringify(annotations).includes('yours'), true);
});

test('changed on one side and deleted on the other is a collision', () => {
  const base = [claim('a')];
  assert.deepEqual(mergeAnnotations(base, [claim('a', 'mine')], []).collisions, ['a']);
});

test('the same change on both sides, in another key order, is no collision', () => {
  const base = [claim('a')];
  const reordered = JSON.parse(JSON.stringify(claim('a', 'x'))) as Record<string, unknown>;
  const flipped = Object.fromEntries(Object.entries(reordered).reverse()) as unknown as Annotation;
  assert.deepEqual(mergeAnnotations(base, [claim('a', 'x')], [flipped]).collisions, []);
});

test('without a base, claims on one side only are kept and differing ones collide', () => {
  const { annotations, collisions } = mergeAnnotations(
    null,
    [claim('a', 'mine'), claim('ours')],
    [claim('a', 'yours'), claim('theirs')],
  );
  assert.deepEqual(ids(annotations), ['a', 'theirs', 'ours']);
  assert.deepEqual(collisions, ['a']);
});
