// Repeated passages, near-duplicates and boilerplate: hand-written cases for each rule, then what each
// corpus file must (and must not) get marked. Also "also in" links between sources.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { corpusFiles } from '../../tests/support/corpus.ts';
import { findPassages, sharedSentences, type PassageBlock } from './passages.ts';

function corpus(name: string): string | undefined {
  const file = corpusFiles().files.find((f) => f.includes(name));
  return file ? readFileSync(file, 'utf8') : undefined;
}

const view = (text: string, b: PassageBlock) => ({ kind: b.kind, text: text.slice(b.start, b.end) });
const lineOf = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

test('a run of 3 repeated lines is marked once, on the second copy, pointing at the first', () => {
  const para = ['السطر الأول من المقال', 'السطر الثاني من المقال', 'السطر الثالث من المقال'];
  const text = ['عنوان', ...para, 'فاصل', ...para.map((l) => l.replace('أ', 'ا'))].join('\n');
  const blocks = findPassages(text);
  assert.equal(blocks.length, 1);
  const [b] = blocks;
  assert.equal(b!.kind, 'repeated');
  assert.equal(text.slice(b!.start, b!.end), para.map((l) => l.replace('أ', 'ا')).join('\n'));
  assert.equal(text.slice(b!.of!.start, b!.of!.end), para.join('\n'));
});

test('two repeated short lines are not a run; one long repeated paragraph (300+ chars) is', () => {
  assert.deepEqual(findPassages('أ\nب\nج\nأ\nب'), []);
  const long = 'كلمة '.repeat(70).trim();
  const text = `${long}\nفاصل\n${long}`;
  assert.deepEqual(
    findPassages(text).map((b) => b.kind),
    ['repeated'],
  );
});

test('a near-duplicate paragraph (one word changed) is marked; a different one is not', () => {
  // 5-word shingles, Jaccard: one changed word removes up to 5 shingles, so the paragraph must be long enough.
  const a =
    'قال الرئيس في خطابه أمام البرلمان إن الحكومة ستعمل على خفض الأسعار خلال العام المقبل بكل الوسائل الممكنة، ' +
    'وإنها ستراقب الأسواق عن قرب وتعاقب التجار الذين يرفعون الأسعار دون مبرر، كما ستدعم المزارعين والمنتجين المحليين ' +
    'لزيادة المعروض من السلع الأساسية في الأسواق قبل حلول شهر رمضان.';
  const b = a.replace('المقبل', 'القادم');
  const c = 'وأضاف وزير المالية أن الميزانية الجديدة تتضمن زيادة في الإنفاق على التعليم والصحة والبنية التحتية';
  const text = [a, c, b].join('\n');
  const blocks = findPassages(text);
  assert.deepEqual(
    blocks.map((x) => view(text, x)),
    [{ kind: 'near-duplicate', text: b }],
  );
  assert.equal(text.slice(blocks[0]!.of!.start, blocks[0]!.of!.end), a);
  const short = 'قال الرئيس في خطابه أمام البرلمان إن الحكومة ستعمل على خفض الأسعار';
  assert.deepEqual(
    findPassages([short, c, short.replace('الحكومة', 'الوزارة')].join('\n')),
    [],
    'one word in 13 is too much',
  );
});

// Boilerplate rules, one by one, and the labelled pages: boilerplate.test.ts. Here: what the corpus gets.

test('corpus 000: the repeated article (lines 41–77) is marked, the first copy (4–40) kept; "مرسل:" stays content', (t) => {
  const text = corpus('000_');
  if (!text) return t.skip('no corpus');
  const blocks = findPassages(text);
  const rep = blocks.filter((b) => b.kind === 'repeated');
  assert.equal(rep.length, 1);
  assert.deepEqual([lineOf(text, rep[0]!.start), lineOf(text, rep[0]!.end)], [41, 77]);
  assert.deepEqual([lineOf(text, rep[0]!.of!.start), lineOf(text, rep[0]!.of!.end)], [4, 40]);
  assert.equal(rep[0]!.end, text.trimEnd().length);
  assert.ok((rep[0]!.end - rep[0]!.start) / text.length > 0.45, 'about half the file');
  assert.deepEqual(
    blocks.filter((b) => b.kind === 'boilerplate'),
    [],
    'the forum\'s "posted:" line is its publication date, not boilerplate (issue 12)',
  );
});

test('corpus 001: the read counter is page chrome; the dateline and the article stay', (t) => {
  const text = corpus('001_');
  if (!text) return t.skip('no corpus');
  const blocks = findPassages(text);
  assert.deepEqual(
    blocks.map((b) => [b.kind, lineOf(text, b.start), text.slice(b.start, b.end)]),
    [['boilerplate', 4, 'عدد القراءات 4997']],
  );
});

test('corpus 003: the comment-form tail and the doubled title; dateline, source line, captions and English stay', (t) => {
  const text = corpus('003_');
  if (!text) return t.skip('no corpus');
  const blocks = findPassages(text);
  const at = (line: number) => blocks.find((b) => lineOf(text, b.start) === line);
  assert.equal(at(199)?.kind, 'boilerplate');
  assert.equal(at(199)!.end, text.length - (text.endsWith('\n') ? 1 : 0));
  assert.equal(at(11)?.kind, 'near-duplicate', 'the title repeated with a leading space');
  assert.equal(lineOf(text, at(11)!.of!.start), 9);
  for (const line of [7, 13, 25, 35, 43, 54, 66, 106, 116, 117, 134, 147, 96, 149, 15, 84, 100, 142])
    assert.equal(at(line), undefined, `line ${line} stays content (dateline, credit, caption, English or article)`);
  assert.equal(blocks.length, 2);
});

test('sharedSentences links near-identical sentences across sources, with raw offsets', () => {
  const a = 'أعلن الرئيس اليوم أن الحكومة ستخفض الضرائب على الشركات الصغيرة. وقال أيضا كلاما آخر مختلفا تماما عن ذلك.';
  const b =
    'في خبر آخر: أعلن الرئيسُ اليومَ أنّ الحكومة ستخفّض الضرائب على الشركات الصغيرة جدا. ثم انتهى الاجتماع دون اتفاق واضح بين الأطراف.';
  const c = 'موضوع مختلف كليا لا علاقة له بالضرائب ولا بالشركات الصغيرة ولا بالرئيس.';
  const links = sharedSentences([
    { id: 'a', text: a },
    { id: 'b', text: b },
    { id: 'c', text: c },
  ]);
  assert.equal(links.length, 2);
  const [la, lb] = links;
  assert.equal(la!.sourceId, 'a');
  assert.equal(a.slice(la!.start, la!.end), 'أعلن الرئيس اليوم أن الحكومة ستخفض الضرائب على الشركات الصغيرة');
  assert.deepEqual(
    la!.alsoIn.map((x) => x.sourceId),
    ['b'],
  );
  assert.equal(b.slice(lb!.start, lb!.end), 'أعلن الرئيسُ اليومَ أنّ الحكومة ستخفّض الضرائب على الشركات الصغيرة جدا');
  assert.deepEqual(lb!.alsoIn, [{ sourceId: 'a', start: la!.start, end: la!.end }]);
});

test('sharedSentences on the corpus: 000 quoted in another source is found; repeats inside 000 are not links', (t) => {
  const text = corpus('000_');
  if (!text) return t.skip('no corpus');
  const quoted = `مقدمة قصيرة.\n${text.split('\n')[15]!.replace(/ك/g, 'ک')}\nخاتمة.`;
  const links = sharedSentences([
    { id: '000', text },
    { id: 'blog', text: quoted },
  ]);
  assert.ok(links.length > 0);
  assert.ok(links.every((l) => l.alsoIn.every((x) => x.sourceId !== l.sourceId)));
  const fromBlog = links.filter((l) => l.sourceId === 'blog');
  assert.ok(fromBlog.length > 0);
  assert.ok(
    fromBlog.every((l) => l.alsoIn.length === 2),
    'each quoted sentence is in both copies of 000',
  );
});
