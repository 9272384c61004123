import assert from 'node:assert/strict';
import { test } from 'node:test';
import { foldLabel, linesPhrase } from './passage-labels.ts';

test('Arabic line counts take the noun form the number asks for', () => {
  const cases: [number, string][] = [
    [1, 'سطر واحد'],
    [2, 'سطران'],
    [3, '3 أسطر'],
    [10, '10 أسطر'],
    [11, '11 سطرًا'],
    [37, '37 سطرًا'],
    [100, '100 سطر'],
    [101, '101 سطر'],
    [103, '103 أسطر'],
    [137, '137 سطرًا'],
  ];
  for (const [n, phrase] of cases) assert.equal(linesPhrase('ar', n), phrase, String(n));
  assert.equal(linesPhrase('en', 1), '1 line');
  assert.equal(linesPhrase('en', 37), '37 lines');
});

test('the fold button names the kind, the count and the action in the UI language', () => {
  assert.equal(foldLabel('en', 'repeated', 37), 'Repeated passage, 37 lines — show');
  assert.equal(foldLabel('ar', 'repeated', 37), 'مقطع مكرّر، 37 سطرًا — إظهار');
  assert.equal(foldLabel('ar', 'boilerplate', 1), 'نص من قالب الصفحة، سطر واحد — إظهار');
});
