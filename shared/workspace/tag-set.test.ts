import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createClaimAnnotation, readClaim } from '../annotations/claim.ts';
import { DEFAULT_TAGS } from './model.ts';
import { checkTagSet, retagAnnotations } from './tag-set.ts';

const NOW = '2026-11-22T10:00:00.000Z';
const text = 'في 14 يوليو 2011 أجري اختبار';
const claim = (id: string, tags: string[]) =>
  createClaimAnnotation({ id, sourceIri: 'urn:x', text, start: 3, end: 16, tags, now: '2026-01-01T00:00:00.000Z' });

test('merging moves claims to the kept tag, once, and updates modified', () => {
  const [a, b, c] = retagAnnotations(
    [claim('a', ['disputed']), claim('b', ['disputed', 'sourced']), claim('c', ['likely-typo'])],
    { disputed: 'sourced' },
    NOW,
  );
  assert.deepEqual(readClaim(a!).tags, ['sourced']);
  assert.deepEqual(readClaim(b!).tags, ['sourced']);
  assert.equal(a!.modified, NOW);
  assert.equal(c!.modified, '2026-01-01T00:00:00.000Z', 'untouched claims keep their object and time');
});

test('deleting with null takes the tag off and keeps the claim', () => {
  const [a] = retagAnnotations([claim('a', ['disputed', 'likely-typo'])], { disputed: null }, NOW);
  assert.deepEqual(readClaim(a!).tags, ['likely-typo']);
  assert.equal(a!.target.selector.length, 2);
});

test('a tag set with duplicate ids, duplicate shortcuts or a dangling reassignment is refused', () => {
  const [sourced, disputed] = DEFAULT_TAGS;
  assert.throws(() => checkTagSet([sourced!, sourced!], {}), /two tags have the id "sourced"/);
  assert.throws(() => checkTagSet([sourced!, { ...disputed!, shortcut: '1' }], {}), /shortcut "1"/);
  assert.throws(() => checkTagSet([sourced!], { disputed: 'gone' }), /no such tag/);
  assert.throws(() => checkTagSet([sourced!, disputed!], { disputed: 'sourced' }), /is kept/);
  assert.doesNotThrow(() => checkTagSet([sourced!], { disputed: 'sourced', 'likely-typo': null }));
});
