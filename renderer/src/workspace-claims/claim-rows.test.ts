// The claims view's filters, sorting and counts over rows shaped as the service answers them.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { WorkspaceClaim } from '../../../shared/api/contract.ts';
import { DEFAULT_TAGS } from '../../../shared/workspace/model.ts';
import { filterRows, NO_FILTERS, sortRows, tagCounts, toRows, UNTAGGED } from './claim-rows.ts';
import { claimsCount } from './strings.ts';

const base = { hasCitation: false, hasCorrection: false, orphaned: false, note: '', sourceDate: '' };
const CLAIMS: WorkspaceClaim[] = [
  { ...base, id: 'a', sourceId: 's1', sourceTitle: 'بيان', tags: ['sourced'], quote: 'أعلنت الوزارةُ الافتتاح' },
  {
    ...base,
    id: 'b',
    sourceId: 's1',
    sourceTitle: 'بيان',
    tags: ['likely-typo'],
    quote: '14 يوليو 2011',
    hasCorrection: true,
  },
  {
    ...base,
    id: 'c',
    sourceId: 's2',
    sourceTitle: 'Blog',
    tags: [],
    quote: 'stated',
    note: 'See the Minister',
    sourceDate: '2011-07-15',
  },
  {
    ...base,
    id: 'd',
    sourceId: 's2',
    sourceTitle: 'Blog',
    tags: ['disputed', 'sourced'],
    quote: 'مسؤول',
    orphaned: true,
    hasCitation: true,
    sourceDate: '2011-07-15',
  },
];
const rows = toRows(CLAIMS);
const ids = (list: { id: string }[]) => list.map((r) => r.id).join('');

test('free text matches quotes and notes as search does: hamza, harakat, ة/ه, Latin case', () => {
  assert.equal(ids(filterRows(rows, { ...NO_FILTERS, text: 'اعلنت الوزارة' })), 'a', 'no hamza, no damma');
  assert.equal(ids(filterRows(rows, { ...NO_FILTERS, text: 'مسوول' })), 'd', 'ؤ typed as و');
  assert.equal(ids(filterRows(rows, { ...NO_FILTERS, text: 'minister' })), 'c', 'the note, any case');
  assert.equal(ids(filterRows(rows, { ...NO_FILTERS, text: '  ' })), 'abcd');
  assert.equal(ids(filterRows(rows, { ...NO_FILTERS, text: 'غائب' })), '');
});

test('tag, source and presence filters combine', () => {
  assert.equal(ids(filterRows(rows, { ...NO_FILTERS, tag: 'sourced' })), 'ad');
  assert.equal(ids(filterRows(rows, { ...NO_FILTERS, tag: UNTAGGED })), 'c');
  assert.equal(ids(filterRows(rows, { ...NO_FILTERS, sourceId: 's2' })), 'cd');
  assert.equal(ids(filterRows(rows, { ...NO_FILTERS, correction: 'yes' })), 'b');
  assert.equal(ids(filterRows(rows, { ...NO_FILTERS, citation: 'no', sourceId: 's2' })), 'c');
  assert.equal(ids(filterRows(rows, { ...NO_FILTERS, orphaned: 'no', tag: 'sourced' })), 'a');
});

test('sorting by a column, either way; empty values last; ties in the service order', () => {
  assert.equal(ids(sortRows(rows, { key: 'order', descending: true }, 'en', DEFAULT_TAGS)), 'dcba');
  assert.equal(ids(sortRows(rows, { key: 'date', descending: false }, 'en', DEFAULT_TAGS)), 'cdab');
  assert.equal(ids(sortRows(rows, { key: 'date', descending: true }, 'en', DEFAULT_TAGS)), 'cdab', 'undated last');
  // English labels: Disputed, Likely typo, Sourced; the untagged claim last.
  assert.equal(ids(sortRows(rows, { key: 'tags', descending: false }, 'en', DEFAULT_TAGS)), 'dbac');
  assert.equal(ids(sortRows(rows, { key: 'source', descending: false }, 'en', DEFAULT_TAGS)), 'cdab');
  assert.equal(ids(sortRows(rows, { key: 'note', descending: false }, 'en', DEFAULT_TAGS)), 'cabd');
});

test('counts per tag, untagged apart', () => {
  assert.deepEqual(Object.fromEntries(tagCounts(rows)), { sourced: 2, 'likely-typo': 1, [UNTAGGED]: 1, disputed: 1 });
});

test('counts read right in both languages: dual and plural forms in Arabic, Arabic-Indic digits', () => {
  assert.equal(claimsCount('en', 1, 1, 1), '1 of 1 claim in 1 source');
  assert.equal(claimsCount('en', 2, 12, 3), '2 of 12 claims in 3 sources');
  assert.equal(claimsCount('ar', 1, 1, 1), '١ من ادعاء واحد في مصدر واحد');
  assert.equal(claimsCount('ar', 2, 2, 2), '٢ من ادعاءين في مصدرين');
  assert.equal(claimsCount('ar', 3, 5, 3), '٣ من ٥ ادعاءات في ٣ مصادر');
  assert.equal(claimsCount('ar', 0, 12, 0), '٠ من ١٢ ادعاء في ٠ مصدر');
});
