// The annotated original, read back by readers that are not ours: for PDFs printed by Chromium and written by
// LibreOffice from every corpus text, with claims spread over the text, pdf.js must list one /Highlight per
// claim and page (contents, colour, quads), Poppler's words and MuPDF's characters inside each highlight's
// quads must be the claim's letters, and the original file must be an unchanged prefix of the new one, with
// every page's content stream byte for byte the same as MuPDF reads it.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { before, test } from 'node:test';
import { createWorkbenchService } from '../../electron/services/workbench-service.ts';
import { MemorySettingsStore } from '../../electron/services/settings/settings-store.ts';
import { Workspace } from '../../electron/services/workspace/workspace.ts';
import { prepareClaims } from '../../electron/services/pdf/claims.ts';
import { sourceIri } from '../../shared/annotations/model.ts';
import { DEFAULT_TAGS } from '../../shared/workspace/model.ts';
import { requirePresent, skipUnlessCI } from '../e2e/helpers/env.ts';
import { corpusFiles } from '../support/corpus.ts';
import { tempDir } from '../support/temp.ts';
import { spreadClaims } from '../pdf/support/claims-fixture.ts';
import { openPdf, pdfjsAnnotations } from '../pdf/support/extract.ts';
import { letters, mupdfCharsIn, mupdfPageContents, overlap, popplerWordsIn, quadBoxes } from './support/coverage.ts';
import { chromiumMissing, chromiumPdf, libreOffice, libreOfficeMissing, writeArticle } from './support/producers.ts';

const corpus = corpusFiles();
const skip = corpus.skip ?? skipUnlessCI(chromiumMissing(), libreOfficeMissing());
const pdfs: Array<{ label: string; path: string }> = [];
let dir = '';

before(async () => {
  if (skip) return;
  requirePresent(chromiumMissing());
  requirePresent(libreOfficeMissing());
  dir = await tempDir('wb-original-');
  for (const file of corpus.files) {
    const stem = basename(file, '.txt').slice(0, 3);
    const html = await writeArticle(dir, stem, readFileSync(file, 'utf8').replace(/\r\n?/g, '\n'));
    const out = join(dir, 'out', stem);
    await mkdir(out, { recursive: true });
    pdfs.push({ label: `Chromium ${stem}`, path: chromiumPdf(html, join(out, `${stem}.chromium.pdf`)) });
    pdfs.push({ label: `LibreOffice ${stem}`, path: libreOffice(html, 'pdf', out, join(dir, 'lo-profile')) });
  }
});

/** Imports the PDF into a fresh workspace, claims spread over its text, and the annotated original's bytes. */
async function annotate(path: string) {
  const workspace = await Workspace.open(join(await tempDir('wb-ws-'), 'ws'), { create: true });
  const service = createWorkbenchService({ workspace, settings: new MemorySettingsStore() });
  const original = new Uint8Array(readFileSync(path));
  const meta = await service.importSource({
    fileName: basename(path),
    dataBase64: Buffer.from(original).toString('base64'),
  });
  const { text } = await service.getSource({ sourceId: meta.id });
  const annotations = spreadClaims(text, 30).map((a) => ({
    ...a,
    target: { ...a.target, source: sourceIri(meta.id) },
  }));
  await service.saveAnnotations({ sourceId: meta.id, annotations, baseRevision: 'absent' });
  const result = await service.exportAnnotatedOriginal({ sourceId: meta.id });
  const pdf = new Uint8Array(Buffer.from(result.dataBase64!, 'base64'));
  const { claims } = prepareClaims(annotations, text, DEFAULT_TAGS);
  return { original, pdf, result, claims, pageCount: meta.pageCount!, text };
}

/**
 * The claim widened to whole words as Poppler cuts them (between spaces): what Poppler's words under the
 * highlight should be when a claim starts or ends inside one ("47" of "12:47", "جد" of "جداً").
 */
function popplerWords(text: string, claim: { start?: number; end?: number }): string {
  let start = claim.start!;
  let end = claim.end!;
  while (start > 0 && !/\s/.test(text[start - 1]!)) start--;
  while (end < text.length && !/\s/.test(text[end]!)) end++;
  return text.slice(start, end);
}

for (let i = 0; i < corpusFiles().files.length * 2; i++) {
  test(`annotated original #${i + 1} (Chromium and LibreOffice PDFs of each corpus text)`, { skip }, async (t) => {
    const { label, path } = pdfs[i]!;
    const { original, pdf, result, claims, pageCount, text } = await annotate(path);
    t.diagnostic(`${label}: ${claims.length} claims → ${result.highlights} highlights`);
    writeFileSync(join(dir, `${basename(path, '.pdf')}.annotated.pdf`), pdf);

    // The original is untouched: a byte-identical prefix, and MuPDF reads the same content streams.
    assert.ok(Buffer.from(pdf.subarray(0, original.length)).equals(Buffer.from(original)), 'original bytes kept');
    assert.deepEqual(mupdfPageContents(pdf, dir, pageCount), mupdfPageContents(original, dir, pageCount));

    const doc = await openPdf(pdf);
    const highlights = (await pdfjsAnnotations(doc, pdf)).filter((a) => a.subtype === 'Highlight');
    assert.equal(highlights.length, result.highlights);
    assert.ok(result.highlights >= claims.length, 'every claim has at least one highlight');
    const byNumber = new Map(claims.map((c) => [c.number, c]));
    let checked = 0;
    const totals = { poppler: [0, 0], mupdf: [0, 0] };
    for (const h of highlights) {
      const number = Number(/^(\d+)\./.exec(h.contents)?.[1]);
      const claim = byNumber.get(number);
      assert.ok(claim, `highlight contents name a claim: ${h.contents.slice(0, 40)}`);
      if (highlights.filter((o) => o.contents === h.contents).length > 1) continue; // split at a page break
      const height = (await doc.getPage(h.page)).view[3]!;
      const boxes = quadBoxes(h.quadPoints as ArrayLike<number>, height);
      const want = letters(claim.quote);
      const words = popplerWordsIn(pdf, dir, h.page, boxes);
      const chars = mupdfCharsIn(pdf, dir, h.page, boxes);
      const poppler = overlap(want, letters(words.join(' ')));
      const popplerWhole = overlap(letters(popplerWords(text, claim)), letters(words.join(' ')));
      const mupdf = overlap(want, letters(chars.join('')));
      const seen = `claim ${number} "${claim.quote}": Poppler ${JSON.stringify(words)} ${JSON.stringify(poppler)} (whole words ${JSON.stringify(popplerWhole)}), MuPDF "${chars.join('')}" ${JSON.stringify(mupdf)}`;
      // Per claim a reader may drop a letter of a ligature glyph (MuPDF gives لأ as ل); over all claims, ≥ 0.98.
      // Poppler gives whole words: a claim on part of a word (after a haraka, "47" of "12:47") has the rest of
      // the word under it, so its precision is measured against the claim widened to Poppler's words.
      assert.ok(poppler.recall >= 0.85 && popplerWhole.precision >= 0.8, seen);
      assert.ok(mupdf.recall >= 0.85 && mupdf.precision >= 0.8, seen);
      totals.poppler[0]! += poppler.recall * want.length;
      totals.mupdf[0]! += mupdf.recall * want.length;
      totals.poppler[1]! += want.length;
      totals.mupdf[1]! += want.length;
      checked++;
    }
    const popplerAll = totals.poppler[0]! / totals.poppler[1]!;
    const mupdfAll = totals.mupdf[0]! / totals.mupdf[1]!;
    t.diagnostic(
      `letters of the claims under their highlights: Poppler ${popplerAll.toFixed(4)}, MuPDF ${mupdfAll.toFixed(4)}`,
    );
    assert.ok(popplerAll >= 0.98 && mupdfAll >= 0.98, `Poppler ${popplerAll}, MuPDF ${mupdfAll}`);
    assert.ok(checked >= claims.length - 2, `${checked} of ${claims.length} claims checked`);
  });
}
