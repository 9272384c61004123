import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createClaimAnnotation, readClaim } from '../../../shared/annotations/claim.ts';
import type { ReportClaim } from './claims.ts';
import { claimContents, linkTarget } from './pdf-annotations.ts';

test('only web links become link targets, percent-encoded to ASCII', () => {
  assert.equal(
    linkTarget('https://example.org/أرشيف?q=بوتين'),
    'https://example.org/%D8%A3%D8%B1%D8%B4%D9%8A%D9%81?q=%D8%A8%D9%88%D8%AA%D9%8A%D9%86',
  );
  assert.equal(linkTarget(' http://مثال.example/a b '), 'http://xn--mgbh0fb.example/a%20b');
  for (const bad of ['javascript:alert(1)', 'file:///etc/passwd', 'not a url', '', undefined])
    assert.equal(linkTarget(bad), undefined, String(bad));
});

test('an untagged claim without fields still says what it is', () => {
  const text = 'نص قصير';
  const annotation = createClaimAnnotation({
    id: 'urn:x',
    sourceIri: 'urn:s',
    text,
    start: 0,
    end: 2,
    tags: [],
    now: '2026-01-01T00:00:00Z',
  });
  const claim: ReportClaim = {
    id: 'urn:x',
    number: 4,
    annotation,
    start: 0,
    end: 2,
    quote: 'نص',
    fields: readClaim(annotation),
    tags: [],
    color: '#8a8a8a',
  };
  assert.equal(claimContents(claim, 'ar'), '4. بلا وسم');
  assert.equal(claimContents(claim, 'en'), '4. Untagged');
});
