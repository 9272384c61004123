// Claims for tests and the benchmark: real W3C annotations made the way the app makes them
// (createClaimAnnotation + withClaimFields), spread over a text.

import { createClaimAnnotation, withClaimFields } from '../../../shared/annotations/claim.ts';
import type { Annotation } from '../../../shared/annotations/model.ts';

const NOW = '2026-11-22T10:00:00.000Z';
const TAGS = ['sourced', 'disputed', 'likely-typo'];

export function claimAt(
  text: string,
  start: number,
  end: number,
  fields: {
    id: string;
    tags: string[];
    note?: string;
    correction?: string;
    citations?: { text: string; url?: string }[];
  },
): Annotation {
  const annotation = createClaimAnnotation({
    id: fields.id,
    sourceIri: 'urn:claim-workbench:source:test',
    text,
    start,
    end,
    tags: fields.tags,
    now: NOW,
    creator: 'باحث الاختبار',
  });
  return withClaimFields(
    annotation,
    { note: fields.note ?? '', correction: fields.correction ?? '', citations: fields.citations ?? [] },
    NOW,
  );
}

/** `count` claims of one to four words, evenly spread over the text's Arabic words, every third with a note. */
export function spreadClaims(text: string, count: number): Annotation[] {
  const words = [...text.matchAll(/[\p{sc=Arabic}\p{N}]+/gu)].filter((m) => m[0].length > 1);
  const claims: Annotation[] = [];
  const step = Math.max(1, Math.floor(words.length / count));
  for (let i = 0; i < count && i * step < words.length; i++) {
    const first = words[i * step]!;
    const last = words[Math.min(words.length - 1, i * step + (i % 4))]!;
    claims.push(
      claimAt(text, first.index!, last.index! + last[0].length, {
        id: `urn:uuid:00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
        tags: [TAGS[i % TAGS.length]!],
        ...(i % 3 === 0 ? { note: `ملاحظة رقم ${i} حول هذا الادعاء (see p. ${i + 1}).` } : {}),
        ...(i % 5 === 0
          ? { citations: [{ text: 'أرشيف البيت الأبيض', url: `https://example.org/أرشيف/${i}?q=بوتين` }] }
          : {}),
      }),
    );
  }
  return claims;
}

/** Corpus 003's two wrong years as likely-typo claims with their corrections. */
export function corpus003Typos(text: string): Annotation[] {
  const julyAt = text.indexOf('14 يوليو 2011') + '14 يوليو '.length;
  const yearAt = text.indexOf('في عام 2020') + 'في عام '.length;
  if (julyAt < '14 يوليو '.length || yearAt < 'في عام '.length)
    throw new Error('corpus 003 changed: the typo years are gone');
  return [
    claimAt(text, julyAt, julyAt + 4, {
      id: 'urn:uuid:11111111-1111-4111-8111-111111111111',
      tags: ['likely-typo'],
      correction: '2001',
      note: 'اختبار U-2 كان عام 2001',
    }),
    claimAt(text, yearAt, yearAt + 4, {
      id: 'urn:uuid:22222222-2222-4222-8222-222222222222',
      tags: ['likely-typo'],
      correction: '2002',
    }),
  ];
}
