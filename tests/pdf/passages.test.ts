// The report without set-aside passages (the skipPassages setting), through the service as the app exports it,
// on corpus 000 (a forum post whose second half repeats the first): the copy is left out with one note in its
// place; a claim inside it, or the researcher keeping it as content, brings it back; highlights after a left-out
// line still land on their words. Read back with pdf.js (text) and Poppler (the words under each highlight).

import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { test } from 'node:test';
import { createClaimAnnotation } from '../../shared/annotations/claim.ts';
import { sourceIri, type Annotation } from '../../shared/annotations/model.ts';
import type { Passage, ReportOptionsArg, WorkbenchApi } from '../../shared/api/contract.ts';
import { openWorkbench } from '../../electron/services/app-context.ts';
import { MemorySettingsStore } from '../../electron/services/settings/settings-store.ts';
import { corpusFiles } from '../support/corpus.ts';
import { tempDir } from '../support/temp.ts';
import { arabicTokens, normalizeForMetric } from './support/fidelity.ts';
import { openPdf, pdfjsAnnotations, pdfjsText, popplerText } from './support/extract.ts';

const corpus = corpusFiles();
const file = corpus.files.find((f) => basename(f).startsWith('000_'));
const skip = corpus.skip ?? (file ? false : 'corpus 000 is missing');
const NOW = '2026-11-22T10:00:00.000Z';

interface Opened {
  service: WorkbenchApi;
  sourceId: string;
  text: string;
  passages: Passage[];
  repeated: Passage;
}

async function open000(): Promise<Opened> {
  const dir = await tempDir();
  const { service } = await openWorkbench({
    workspaceDir: join(dir, 'ws'),
    userDataDir: dir,
    settings: new MemorySettingsStore(),
  });
  // A page counter above the post: page chrome, set aside (the forum's "posted:" line is its date since issue 12).
  const bytes = Buffer.concat([Buffer.from('عدد المشاهدات 1520\n'), await readFile(file!)]);
  const meta = await service.importSource({ fileName: basename(file!), dataBase64: bytes.toString('base64') });
  const { text } = await service.getSource({ sourceId: meta.id });
  const { passages } = await service.getPassages({ sourceId: meta.id });
  const repeated = passages.find((p) => p.kind === 'repeated');
  assert.ok(repeated, 'corpus 000 has its repeated half');
  return { service, sourceId: meta.id, text, passages, repeated };
}

async function exportPdf(
  o: Opened,
  options: ReportOptionsArg,
): Promise<{ pdf: Uint8Array; text: string; tokens: string[] }> {
  const result = await o.service.exportReport({ sourceId: o.sourceId, options });
  assert.ok(result.dataBase64, 'browser mode: the bytes come back');
  const pdf = new Uint8Array(Buffer.from(result.dataBase64, 'base64'));
  const doc = await openPdf(pdf);
  const text = await pdfjsText(doc, 2, doc.numPages);
  return { pdf, text, tokens: arabicTokens(text) };
}

/** Runs of 6 words from lines of the repeated half, each found exactly twice in the source (once per copy). */
function samples(o: Opened): string[][] {
  const all = arabicTokens(o.text);
  const lines = o.text.slice(o.repeated.start, o.repeated.end).split('\n');
  const out: string[][] = [];
  for (const line of lines) {
    const words = arabicTokens(line);
    if (words.length < 10) continue;
    const run = words.slice(2, 8);
    if (occurrences(all, run) === 2) out.push(run);
    if (out.length === 5) break;
  }
  assert.equal(out.length, 5, 'five sample runs in the repeated half');
  return out;
}

function occurrences(tokens: readonly string[], run: readonly string[]): number {
  let n = 0;
  for (let i = 0; i + run.length <= tokens.length; i++) if (run.every((w, k) => tokens[i + k] === w)) n++;
  return n;
}

/** The Arabic note's words (digits are no Arabic-letter tokens): "[… أُغفل 37 سطرًا: مقطع مكرّر]". */
const REPEATED_NOTE = arabicTokens('أُغفل سطرًا: مقطع مكرّر');
const BOILERPLATE_NOTE = arabicTokens('أُغفل سطر واحد: نص من قالب الصفحة');

function claim(o: Opened, id: string, start: number, end: number): Annotation {
  return createClaimAnnotation({
    id,
    sourceIri: sourceIri(o.sourceId),
    text: o.text,
    start,
    end,
    tags: ['disputed'],
    now: NOW,
  });
}

test(
  'corpus 000 with skipPassages: the repeated half is left out with one note; without, it is printed twice',
  { skip, timeout: 60_000 },
  async () => {
    const o = await open000();
    const runs = samples(o);
    const full = await exportPdf(o, { skipPassages: false });
    const short = await exportPdf(o, { skipPassages: true });
    for (const run of runs) {
      assert.equal(occurrences(full.tokens, run), 2, `printed in both copies: ${run.join(' ')}`);
      assert.equal(occurrences(short.tokens, run), 1, `printed once: ${run.join(' ')}`);
    }
    const ratio = short.tokens.length / full.tokens.length;
    assert.ok(ratio > 0.4 && ratio < 0.6, `about half the words are printed (${ratio.toFixed(2)})`);
    assert.equal(occurrences(short.tokens, REPEATED_NOTE), 1, 'one note where the copy was');
    assert.equal(occurrences(full.tokens, REPEATED_NOTE), 0);
    assert.equal(occurrences(short.tokens, BOILERPLATE_NOTE), 1, 'the page counter is boilerplate, left out too');
    const lines = o.text
      .slice(o.repeated.start, o.repeated.end)
      .split('\n')
      .filter((l) => l.trim()).length;
    assert.match(normalizeForMetric(short.text), new RegExp(`\\b${lines}\\b`), 'the note gives the number of lines');

    await o.service.updateSettings({ language: 'en' });
    const english = await exportPdf(o, { skipPassages: true });
    assert.ok(english.text.includes(`[… ${lines} lines left out: repeated passage]`), english.text.slice(0, 400));
    assert.ok(english.text.includes('[… 1 line left out: boilerplate]'));
  },
);

test(
  'a claim inside the repeated half keeps it printed; highlights after a left-out line land on their words',
  { skip, timeout: 60_000 },
  async () => {
    const o = await open000();
    const runs = samples(o);
    // A word in the copy, and one in the first half (after the left-out page counter).
    const word = /[\p{sc=Arabic}]{5,}/u;
    const inCopyAt = o.repeated.start + o.text.slice(o.repeated.start).search(word);
    const inCopy = o.text.slice(inCopyAt).match(word)![0];
    const boiler = o.passages.find((p) => p.kind === 'boilerplate')!;
    const afterAt = o.repeated.of!.start + 200 + o.text.slice(o.repeated.of!.start + 200).search(word);
    const after = o.text.slice(afterAt).match(word)![0];
    assert.ok(afterAt > boiler.end);
    const ids = {
      inCopy: 'urn:uuid:aaaaaaaa-0000-4000-8000-000000000001',
      after: 'urn:uuid:aaaaaaaa-0000-4000-8000-000000000002',
    };

    // Only the claim after the boilerplate: the copy goes, the highlight still covers its word.
    const first = await o.service.saveAnnotations({
      sourceId: o.sourceId,
      annotations: [claim(o, ids.after, afterAt, afterAt + after.length)],
      baseRevision: 'absent',
    });
    const one = await exportPdf(o, { skipPassages: true });
    assert.equal(occurrences(one.tokens, runs[0]!), 1);
    assert.deepEqual(await wordUnder(one.pdf, ids.after), arabicTokens(after));

    await o.service.saveAnnotations({
      sourceId: o.sourceId,
      baseRevision: first.revision,
      annotations: [
        claim(o, ids.after, afterAt, afterAt + after.length),
        claim(o, ids.inCopy, inCopyAt, inCopyAt + inCopy.length),
      ],
    });
    const both = await exportPdf(o, { skipPassages: true });
    for (const run of runs)
      assert.equal(occurrences(both.tokens, run), 2, `the copy holding a claim is printed: ${run.join(' ')}`);
    assert.equal(occurrences(both.tokens, REPEATED_NOTE), 0, 'no note for a passage that is printed');
    assert.equal(occurrences(both.tokens, BOILERPLATE_NOTE), 1, 'the boilerplate line (no claim) is still left out');
    assert.deepEqual(await wordUnder(both.pdf, ids.inCopy), arabicTokens(inCopy));
    assert.deepEqual(await wordUnder(both.pdf, ids.after), arabicTokens(after));
  },
);

test('a passage kept as content is printed again; the others stay left out', { skip, timeout: 60_000 }, async () => {
  const o = await open000();
  const runs = samples(o);
  const { passages } = await o.service.setKeptPassages({ sourceId: o.sourceId, kept: [o.repeated.key] });
  assert.equal(passages.find((p) => p.key === o.repeated.key)?.kept, true);
  const kept = await exportPdf(o, { skipPassages: true });
  for (const run of runs) assert.equal(occurrences(kept.tokens, run), 2);
  assert.equal(occurrences(kept.tokens, REPEATED_NOTE), 0);
  assert.equal(occurrences(kept.tokens, BOILERPLATE_NOTE), 1);
});

/** The words Poppler finds inside a highlight's box (its first quad), normalized (no bidi controls). */
async function wordUnder(pdf: Uint8Array, id: string): Promise<string[]> {
  const doc = await openPdf(pdf);
  const mark = (await pdfjsAnnotations(doc, pdf)).find((a) => a.subtype === 'Highlight' && a.id === id);
  assert.ok(mark, `a highlight for ${id}`);
  const q = mark.quadPoints as ArrayLike<number>;
  const [xs, ys] = [
    [q[0]!, q[2]!, q[4]!, q[6]!],
    [q[1]!, q[3]!, q[5]!, q[7]!],
  ];
  const height = (await doc.getPage(mark.page)).view[3]!;
  const r = (n: number) => String(Math.round(n));
  const box = [
    '-x',
    r(Math.min(...xs) + 1),
    '-y',
    r(height - Math.max(...ys) + 1),
    '-W',
    r(Math.max(...xs) - Math.min(...xs) - 2),
    '-H',
    r(Math.max(...ys) - Math.min(...ys) - 2),
  ];
  return arabicTokens(popplerText(pdf, await tempDir(), mark.page, mark.page, box));
}
