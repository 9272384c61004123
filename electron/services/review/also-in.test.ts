// "Also in" links through the service, on a real workspace folder: sentences copied between sources (with
// small changes) are linked both ways with raw offsets of the stored texts; short sentences and repeats
// within one source are not; the cached links follow imports and text corrections. Then the corpus: copies
// of corpus sentences are found, and the cost of getAlsoIn on the corpus and on a few MB is measured.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, type TestContext } from 'node:test';
import type { AlsoIn, WorkbenchApi } from '../../../shared/api/contract.ts';
import { corpusFiles } from '../../../tests/support/corpus.ts';
import { tempDir } from '../../../tests/support/temp.ts';
import { openWorkbench } from '../app-context.ts';
import { MemorySettingsStore } from '../settings/settings-store.ts';

// A news item, a blog that copies two of its sentences with small changes, and a later source quoting a third.
const NEWS = [
  'أعلنت وزارة الصحة اليوم عن افتتاح ثلاثة مستشفيات جديدة في المحافظات الجنوبية.',
  'وقال الوزير: إن المستشفيات ستستقبل المرضى ابتداءً من الشهر المقبل دون أي رسوم إضافية.',
  'الجو حار جدا اليوم.',
  'وأكد مصدر حكومي أن تكلفة المشروع بلغت مئتي مليون دولار على مدى خمس سنوات.',
  '',
].join('\n');
const NEWS_1 = 'أعلنت وزارة الصحة اليوم عن افتتاح ثلاثة مستشفيات جديدة في المحافظات الجنوبية';
const NEWS_2 = 'إن المستشفيات ستستقبل المرضى ابتداءً من الشهر المقبل دون أي رسوم إضافية';
const NEWS_3 = 'وأكد مصدر حكومي أن تكلفة المشروع بلغت مئتي مليون دولار على مدى خمس سنوات';

// Harakat, tatweel, ة written ه, one word added; the first word changed; the short sentences copied as they are.
const BLOG_1 = 'أعلنت وزارةُ الصحـة اليومَ عن افتتاح ثلاثة مستشفيات جديده في المحافظات الجنوبية كلها';
const BLOG_3 = 'أكد مصدر حكومي أن تكلفة المشروع بلغت مئتي مليون دولار على مدى خمس سنوات';
const BLOG = [
  'مدونة الأخبار الصحية.',
  `نقلا عن الصحف المحلية: ${BLOG_1}!`,
  'الجو حار جدا اليوم.',
  'وقال الوزير:',
  `${BLOG_3}.`,
  'هذه المدونة تنشر الأخبار الصحية كل يوم منذ عام ألفين وعشرة.',
  '',
].join('\n');
const QUOTE = `قال متحدث باسم الوزارة: ${NEWS_2}.\n`;

async function workbench() {
  const dir = await tempDir();
  return openWorkbench({ workspaceDir: join(dir, 'ws'), userDataDir: dir, settings: new MemorySettingsStore() });
}

async function importText(service: WorkbenchApi, fileName: string, text: string) {
  const meta = await service.importSource({ fileName, dataBase64: Buffer.from(text).toString('base64') });
  return { id: meta.id, text: (await service.getSource({ sourceId: meta.id })).text };
}

/** The links of a source as readable text: each sentence and, per link, the linked source and sentence. */
async function linksOf(service: WorkbenchApi, sourceId: string, texts: Map<string, string>) {
  const { links } = await service.getAlsoIn({ sourceId });
  const text = texts.get(sourceId)!;
  return links.map((l: AlsoIn) => ({
    sentence: text.slice(l.start, l.end),
    alsoIn: l.alsoIn.map((x) => ({ sourceId: x.sourceId, sentence: texts.get(x.sourceId)!.slice(x.start, x.end) })),
  }));
}

test('copied sentences are linked both ways with raw offsets; short sentences and unrelated ones are not', async () => {
  const { service } = await workbench();
  const news = await importText(service, 'news.txt', NEWS);
  const blog = await importText(service, 'blog.txt', BLOG);
  const texts = new Map([
    [news.id, news.text],
    [blog.id, blog.text],
  ]);

  assert.deepEqual(await linksOf(service, news.id, texts), [
    { sentence: NEWS_1, alsoIn: [{ sourceId: blog.id, sentence: BLOG_1 }] },
    { sentence: NEWS_3, alsoIn: [{ sourceId: blog.id, sentence: BLOG_3 }] },
  ]);
  assert.deepEqual(await linksOf(service, blog.id, texts), [
    { sentence: BLOG_1, alsoIn: [{ sourceId: news.id, sentence: NEWS_1 }] },
    { sentence: BLOG_3, alsoIn: [{ sourceId: news.id, sentence: NEWS_3 }] },
  ]);
  // The raw offsets are the stored text's, harakat on the last letter included.
  const [first] = (await service.getAlsoIn({ sourceId: blog.id })).links;
  assert.equal(first!.start, blog.text.indexOf('أعلنت'));
  assert.equal(first!.end, blog.text.indexOf('!'));
  assert.equal(first!.alsoIn[0]!.start, 0);
  assert.equal(first!.alsoIn[0]!.end, NEWS_1.length);
});

test('no self-links: a sentence repeated inside one source is linked only to the other source', async () => {
  const { service } = await workbench();
  const twice = await importText(service, 'twice.txt', `${NEWS}${NEWS_3}.\n`);
  const alone = await importText(service, 'alone.txt', NEWS.replace(NEWS_1, 'خبر آخر'));
  const { links } = await service.getAlsoIn({ sourceId: twice.id });
  assert.equal(links.length, 3, 'NEWS_2, and NEWS_3 in both places');
  for (const link of links) {
    assert.ok(
      link.alsoIn.every((x) => x.sourceId === alone.id),
      'never linked to its own source',
    );
    assert.equal(link.alsoIn.length, 1);
  }
  const shared = (await service.getAlsoIn({ sourceId: alone.id })).links.find(
    (l) => alone.text.slice(l.start, l.end) === NEWS_3,
  )!;
  assert.deepEqual(
    shared.alsoIn.map((x) => twice.text.slice(x.start, x.end)),
    [NEWS_3, NEWS_3],
    'both copies in the other source',
  );
  assert.deepEqual(
    (await service.getAlsoIn({ sourceId: twice.id })).links.map((l) => twice.text.slice(l.start, l.end)),
    [NEWS_2, NEWS_3, NEWS_3],
  );
});

test('a workspace with one source, or sources sharing nothing, has no links; an unknown source is an error', async () => {
  const { service } = await workbench();
  const news = await importText(service, 'news.txt', NEWS);
  assert.deepEqual((await service.getAlsoIn({ sourceId: news.id })).links, []);
  const other = await importText(service, 'other.txt', 'هذه المدونة تنشر الأخبار الصحية كل يوم منذ عام ألفين وعشرة.\n');
  assert.deepEqual((await service.getAlsoIn({ sourceId: other.id })).links, []);
  await assert.rejects(service.getAlsoIn({ sourceId: 'nope' }));
});

test('the cached links follow an import and a text correction', async () => {
  const { service } = await workbench();
  const news = await importText(service, 'news.txt', NEWS);
  const blog = await importText(service, 'blog.txt', BLOG);
  const texts = new Map([
    [news.id, news.text],
    [blog.id, blog.text],
  ]);
  const sentences = async (id: string) =>
    (await linksOf(service, id, texts)).map((l) => [l.sentence, l.alsoIn.map((x) => x.sentence)]);
  assert.deepEqual(await sentences(news.id), [
    [NEWS_1, [BLOG_1]],
    [NEWS_3, [BLOG_3]],
  ]);

  // A new source quoting the minister: NEWS_2 is now shared.
  const quote = await importText(service, 'quote.txt', QUOTE);
  texts.set(quote.id, quote.text);
  assert.deepEqual(await sentences(news.id), [
    [NEWS_1, [BLOG_1]],
    [NEWS_2, [NEWS_2]],
    [NEWS_3, [BLOG_3]],
  ]);
  assert.deepEqual(
    (await service.getAlsoIn({ sourceId: news.id })).links[1]!.alsoIn.map((x) => x.sourceId),
    [quote.id],
  );

  // The blog corrected: its copy of NEWS_3 rewritten, a copy of NEWS_2 added at the top (offsets move).
  const edited = `${NEWS_2}.\n${blog.text.replace(BLOG_3, 'المشروع كلف الكثير وفق مصادر لم تسمها المدونة في تقريرها')}`;
  const result = await service.editSourceText({ sourceId: blog.id, baseRevision: 0, text: edited });
  texts.set(blog.id, result.text);
  assert.deepEqual(await sentences(news.id), [
    [NEWS_1, [BLOG_1]],
    [NEWS_2, [NEWS_2, NEWS_2]],
  ]);
  assert.deepEqual(await sentences(blog.id), [
    [NEWS_2, [NEWS_2, NEWS_2]],
    [BLOG_1, [NEWS_1]],
  ]);
  const fromBlog = (await service.getAlsoIn({ sourceId: blog.id })).links[1]!;
  assert.equal(fromBlog.start, result.text.indexOf('أعلنت'), 'offsets of the corrected text');
});

test('only new or changed texts are read again; calls made together share one computation', async () => {
  const { service, workspace } = await workbench();
  const news = await importText(service, 'news.txt', NEWS);
  const blog = await importText(service, 'blog.txt', BLOG);
  const read: string[] = [];
  const readText = workspace.readText.bind(workspace);
  workspace.readText = async (id: string) => {
    read.push(id);
    return readText(id);
  };
  await service.getAlsoIn({ sourceId: news.id });
  assert.deepEqual(read.sort(), [news.id, blog.id].sort());

  const quote = await importText(service, 'quote.txt', QUOTE);
  read.length = 0;
  const answers = await Promise.all([news.id, blog.id, quote.id].map((sourceId) => service.getAlsoIn({ sourceId })));
  assert.deepEqual(read, [quote.id], 'the new source only, once');
  assert.deepEqual(
    answers.map((r) => r.links.length),
    [3, 2, 1],
  );

  const edited = await service.editSourceText({ sourceId: blog.id, baseRevision: 0, text: `${BLOG}ذيل قصير.\n` });
  read.length = 0;
  await service.getAlsoIn({ sourceId: news.id });
  assert.deepEqual(read, [blog.id], 'the corrected source only');
  read.length = 0;
  await service.getAlsoIn({ sourceId: quote.id });
  assert.deepEqual(read, [], 'nothing changed since');
  assert.equal(edited.meta.textRevision, 1);
});

function corpus(name: string): string | undefined {
  const file = corpusFiles().files.find((f) => f.includes(name));
  return file ? readFileSync(file, 'utf8') : undefined;
}

/** Sentences (as the linker splits them) of 12+ words from letter to letter, also without their last word. */
function longSentences(text: string): string[] {
  return text
    .split(/[.!?؟؛…:\n]/)
    .map((s) => s.trim())
    .filter((s) => s.split(/\s+/).length >= 12 && /^\p{L}.*\p{L}\s+\p{L}\S*$/u.test(s));
}

test('corpus 001: sentences copied into a blog with changes are linked to the article and back', async (t) => {
  const article = corpus('001_');
  if (!article) return t.skip('no corpus');
  const picked = longSentences(article)
    .filter((_, i) => i % 2 === 0)
    .slice(0, 4);
  assert.ok(picked.length >= 3);
  // Persian kaf, harakat on the first word, and the last word dropped.
  const changed = picked.map((s) =>
    s
      .replace(/ك/g, 'ک')
      .replace(/^(\S)/, '$1َ')
      .replace(/\s+\S+$/, ''),
  );
  const blog = `تدوينة عن المقال.\n${changed.map((s) => `${s}.`).join(' ')}\nانتهى.\n`;
  const { service } = await workbench();
  const a = await importText(service, '001.txt', article);
  const b = await importText(service, 'blog.txt', blog);
  const fromBlog = (await service.getAlsoIn({ sourceId: b.id })).links;
  assert.deepEqual(
    fromBlog.map((l) => b.text.slice(l.start, l.end)),
    changed,
  );
  for (const [k, link] of fromBlog.entries()) {
    assert.deepEqual(
      link.alsoIn.map((x) => [x.sourceId, a.text.slice(x.start, x.end)]),
      [[a.id, picked[k]]],
    );
  }
  const fromArticle = (await service.getAlsoIn({ sourceId: a.id })).links;
  assert.deepEqual(
    fromArticle.map((l) => a.text.slice(l.start, l.end)),
    picked,
  );
  assert.ok(fromArticle.every((l) => l.alsoIn.length === 1 && l.alsoIn[0]!.sourceId === b.id));
});

/** A copy of a text that keeps most sentences, changes some words and shuffles nothing (a re-post). */
function repost(text: string, seed: number): string {
  let n = seed;
  const next = () => (n = (n * 48271) % 2147483647) / 2147483647;
  return text
    .split(/(?<=[.!؟\n])/)
    .filter(() => next() < 0.7)
    .map((s) => (next() < 0.3 ? s.replace(/ك/g, 'ک') : next() < 0.3 ? s.replace(/ ال/, ' وال') : s))
    .join('');
}

async function timeAlsoIn(
  t: TestContext,
  label: string,
  service: WorkbenchApi,
  ids: string[],
  chars: number,
): Promise<number> {
  const started = performance.now();
  let links = 0;
  for (const sourceId of ids) links += (await service.getAlsoIn({ sourceId })).links.length;
  const ms = performance.now() - started;
  t.diagnostic(
    `${label}: ${(chars / 1e6).toFixed(2)} M chars, ${ids.length} sources, ${links} shared sentences, ${ms.toFixed(0)} ms`,
  );
  return ms;
}

test('cost: the corpus with re-posts, and a few MB, cold and after one edit', { timeout: 120_000 }, async (t) => {
  const { files } = corpusFiles();
  if (files.length === 0) return t.skip('no corpus');
  const texts = files.map((f) => readFileSync(f, 'utf8'));
  const { service } = await workbench();
  const ids: string[] = [];
  let chars = 0;
  const add = async (name: string, text: string) => {
    ids.push((await importText(service, name, text)).id);
    chars += text.length;
  };
  for (const [k, text] of texts.entries()) await add(`corpus-${k}.txt`, text);
  for (const [k, text] of texts.entries())
    for (const seed of [1, 2]) await add(`repost-${k}-${seed}.txt`, repost(text, seed + 10 * k));
  const corpusMs = await timeAlsoIn(t, 'corpus + 6 re-posts, cold', service, ids, chars);
  const { links } = await service.getAlsoIn({ sourceId: ids[0]! });
  assert.ok(links.length > 10, 'the re-posts share sentences with corpus 000');

  // A few MB: each corpus text many times, its numbers changed on every copy so that sentences differ
  // (as in a year of a site's articles), plus re-posts of parts of it.
  for (const [k, text] of texts.entries()) {
    const big = Array.from({ length: 30 }, (_, copy) =>
      text.replace(/\d+/g, (d) => String(Number(d) + 1000 * (copy + 1))),
    ).join('\n');
    await add(`archive-${k}.txt`, big);
    await add(`archive-repost-${k}.txt`, repost(big, 7 + k));
  }
  const coldMs = await timeAlsoIn(t, 'with archives, cold', service, ids, chars);
  const warmMs = await timeAlsoIn(t, 'with archives, cached', service, ids, chars);
  const meta = (await service.getWorkspace({})).sources.find((s) => s.id === ids.at(-2))!;
  const archive = (await service.getSource({ sourceId: meta.id })).text;
  await service.editSourceText({
    sourceId: meta.id,
    baseRevision: meta.textRevision,
    text: `${archive}\nسطر أضيف في آخر الأرشيف للتجربة فقط.\n`,
  });
  const editMs = await timeAlsoIn(t, 'with archives, after one edit', service, ids, chars);
  // Loose bounds (shared, loaded machines): they catch a quadratic comparison, not a slow second.
  assert.ok(corpusMs < 2_000, `${corpusMs} ms`);
  assert.ok(coldMs < 10_000 && editMs < 10_000, `${coldMs} / ${editMs} ms`);
  assert.ok(warmMs < 1_000, `${warmMs} ms`);
});
