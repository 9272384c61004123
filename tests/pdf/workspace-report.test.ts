// The report of the whole workspace (issue 13 item 4), exported from the CLI over a real workspace of three corpus
// sources: the PDF read back by Poppler, MuPDF and pypdf (titles, quotes, outline, the claims table's page
// references), the CSV by Python's csv module, the JSON-LD by JSON.parse; --sources and unknown ids.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { before, test } from 'node:test';
import { WORKSPACE_COLUMNS } from '../../electron/services/pdf/claims-table.ts';
import { runCliCaptured as cli } from '../../electron/cli/run-captured.ts';
import { sourceIri } from '../../shared/annotations/model.ts';
import { extractorsMissing, mupdfText, openPdf, popplerText, pypdfText, readable } from './support/extract.ts';
import { normalizeForMetric } from './support/fidelity.ts';
import { threeSourceWorkspace, type FixtureWorkspace } from './support/workspace-fixture.ts';

const skip = extractorsMissing();
let fx: FixtureWorkspace;
before(async () => {
  fx = await threeSourceWorkspace();
});

/**
 * Extracted text as words: the report tests' normalisation, without the bidi embedding marks pdftotext adds
 * around runs, every run of spaces and line breaks one space.
 */
function words(text: string): string {
  return normalizeForMetric(readable(text))
    .replace(/\p{Cf}/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

async function exportPdf(...extra: string[]): Promise<{ pdf: Uint8Array; out: string; json: Record<string, number> }> {
  const out = join(fx.dir, `report-${Math.random().toString(36).slice(2)}.pdf`);
  const result = await cli('export', '--workspace', fx.ws, '--format', 'pdf', '--out', out, '--json', ...extra);
  assert.equal(result.code, 0, result.err);
  return { pdf: new Uint8Array(await readFile(out)), out, json: JSON.parse(result.out) };
}

test(
  'the workspace PDF: every title and quote read back by pdftotext, mutool and pypdf; one outline entry per source',
  { skip },
  async () => {
    const { pdf, json } = await exportPdf();
    assert.deepEqual(
      { sources: json.sources, annotations: json.annotations, claims: json.claims, orphans: json.orphans },
      { sources: 3, annotations: 7, claims: 6, orphans: 1 },
    );
    const pages = json.pages!;
    const readers = {
      pdftotext: popplerText(pdf, fx.dir, 1, pages),
      mutool: mupdfText(pdf, fx.dir, 1, pages),
      pypdf: pypdfText(pdf, fx.dir, 1, pages),
    };
    for (const [reader, text] of Object.entries(readers)) {
      const got = words(text);
      for (const source of fx.sources) assert.ok(got.includes(words(source.title)), `${reader}: title ${source.title}`);
      for (const claim of fx.claims) assert.ok(got.includes(words(claim.quote)), `${reader}: quote ${claim.quote}`);
      // pypdf gives a right-to-left cell's first letter to the cell before it ("باتيستام لاحظة"), so what only the
      // tables hold (authors, notes, the orphan's quote) is read by the other two.
      if (reader === 'pypdf') continue;
      for (const source of fx.sources) assert.ok(got.includes(words(source.author)), `${reader}: ${source.author}`);
      for (const claim of fx.claims) assert.ok(got.includes(words(claim.note)), `${reader}: note ${claim.note}`);
      assert.ok(got.includes(words(fx.orphan.quote)), `${reader}: the orphan's quote in its appendix`);
    }
    const outline = outlineOf(pdf, fx.dir);
    const titles = ['تقرير مساحة العمل', ...fx.sources.map((s) => s.title), 'جدول الادعاءات', 'ادعاءات يتيمة'];
    assert.deepEqual(
      outline.map((o) => o.title),
      titles,
    );
    // Each source's entry leads to a page that starts with its title (its heading under the running header).
    for (const entry of outline.slice(1, 4)) {
      const page = words(popplerText(pdf, fx.dir, entry.page, entry.page));
      assert.ok(page.includes(words(entry.title)), `page ${entry.page} shows ${entry.title}`);
    }
  },
);

test('the claims table across sources: each row names its source, and its page holds its quote', { skip }, async () => {
  const { pdf, json } = await exportPdf('--lang', 'en');
  const rows = await claimRows(pdf, fx.dir);
  assert.equal(rows.length, json.claims, 'a row per claim (the orphan has no highlight to link to)');
  const found = new Set<string>();
  for (const row of rows) {
    const claim = fx.claims.find((c) => words(c.quote) === row.quote);
    assert.ok(claim, `the row's quote "${row.quote}" is a claim's`);
    found.add(claim.id);
    assert.equal(row.source, words(claim.sourceTitle), `the row of "${claim.quote}" names its source`);
    const page = Number(row.page);
    assert.ok(page > 1 && page <= json.pages!, `row page "${row.page}"`);
    const text = words(popplerText(pdf, fx.dir, page, page));
    assert.ok(text.includes(words(claim.quote)), `page ${page} holds "${claim.quote}"`);
    assert.ok(text.includes(words(claim.sourceTitle)), `page ${page} is in ${claim.sourceTitle}'s part`);
  }
  assert.equal(found.size, rows.length, 'every row a different claim');
  const orphans = words(popplerText(pdf, fx.dir, json.pages!, json.pages!));
  assert.ok(orphans.includes('Orphaned claims'), orphans);
  // The source's title wraps in its cell, so its words come between other cells' in reading order.
  const shown = [fx.orphan.quote, ...fx.sources[1]!.title.split(' '), '—'];
  for (const part of shown) assert.ok(orphans.includes(words(part)), part);
});

test(
  '--sources picks only those sources, in that order; an unknown id is an error naming it and writes nothing',
  { skip },
  async () => {
    const [first, , third] = fx.sources;
    const { pdf, json } = await exportPdf('--sources', `${third!.id},${first!.id}`);
    assert.equal(json.sources, 2);
    assert.deepEqual(
      outlineOf(pdf, fx.dir).map((o) => o.title),
      ['تقرير مساحة العمل', third!.title, first!.title, 'جدول الادعاءات'],
    );
    const text = words(popplerText(pdf, fx.dir, 1, json.pages!));
    assert.ok(!text.includes(words(fx.sources[1]!.title)), 'the source left out is nowhere in the report');
    const noOrphans = await exportPdf('--no-orphans');
    assert.equal(noOrphans.json.orphans, 1, 'the orphan is still counted');
    assert.deepEqual(
      outlineOf(noOrphans.pdf, fx.dir).map((o) => o.title),
      ['تقرير مساحة العمل', ...fx.sources.map((s) => s.title), 'جدول الادعاءات'],
      'no orphans appendix with --no-orphans',
    );
    for (const format of ['pdf', 'csv', 'jsonld']) {
      const out = join(fx.dir, `unknown.${format}`);
      const args = ['--sources', `${first!.id},nosuchsource,zz-zz`, '--format', format, '--out', out];
      const result = await cli('export', '--workspace', fx.ws, ...args);
      assert.equal(result.code, 1, result.err);
      assert.match(result.err, /no source "nosuchsource", "zz-zz"; nothing was exported/);
      assert.equal(existsSync(out), false, `no ${format} file`);
    }
    const original = await cli('export', '--workspace', fx.ws, '--format', 'original', '--out', join(fx.dir, 'o.pdf'));
    assert.equal(original.code, 2);
    assert.match(original.err, /--format original is of one source: it needs --source ID/);
  },
);

test('the workspace CSV: one header, a row per claim with its source; the JSON-LD: one collection, each claim its target', async () => {
  const csvOut = join(fx.dir, 'all.csv');
  const csv = await cli('export', '--workspace', fx.ws, '--format', 'csv', '--out', csvOut);
  assert.equal(csv.code, 0, csv.err);
  const rows = JSON.parse(execFileSync('/usr/bin/python3', ['-c', CSV_READER, csvOut], { encoding: 'utf8' })) as Record<
    string,
    string
  >[];
  const all = [...fx.claims, { ...fx.orphan, sourceId: fx.sources[1]!.id, sourceTitle: fx.sources[1]!.title }];
  assert.equal(rows.length, all.length);
  for (const claim of all) {
    const row = rows.find((r) => r.id === claim.id);
    assert.ok(row, claim.id);
    assert.deepEqual([row.exact, row.source_id, row.source_title], [claim.quote, claim.sourceId, claim.sourceTitle]);
  }
  const jsonOut = join(fx.dir, 'all.jsonld');
  const jsonld = await cli(
    'export',
    '--workspace',
    fx.ws,
    '--format',
    'jsonld',
    '--sources',
    fx.sources[2]!.id,
    '--out',
    jsonOut,
  );
  assert.equal(jsonld.code, 0, jsonld.err);
  const collection = JSON.parse(await readFile(jsonOut, 'utf8'));
  assert.equal(collection.type, 'AnnotationCollection');
  const items = collection.first.items as { id: string; target: { source: string } }[];
  assert.deepEqual(
    items.map((a) => [a.id, a.target.source]),
    fx.claims.filter((c) => c.sourceId === fx.sources[2]!.id).map((c) => [c.id, sourceIri(c.sourceId)]),
  );
  const everything = join(fx.dir, 'everything.jsonld');
  assert.equal((await cli('export', '--workspace', fx.ws, '--format', 'jsonld', '--out', everything)).code, 0);
  const every = JSON.parse(await readFile(everything, 'utf8')).first.items as {
    id: string;
    target: { source: string };
  }[];
  assert.deepEqual(
    every.map((a) => [a.id, a.target.source]).sort(),
    all.map((c) => [c.id, sourceIri(c.sourceId)]).sort(),
  );
});

/** Python's csv module over the file (UTF-8 with its BOM): the rows as JSON objects. */
const CSV_READER = `import csv, json, sys
with open(sys.argv[1], encoding='utf-8-sig', newline='') as f:
    print(json.dumps(list(csv.DictReader(f)), ensure_ascii=False))`;

/** pypdf's outline: each top-level entry's title and 1-based page. */
function outlineOf(pdf: Uint8Array, dir: string): { title: string; page: number }[] {
  const file = join(dir, `outline-${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, pdf);
  const script = `import sys, json, pypdf
r = pypdf.PdfReader(sys.argv[1])
print(json.dumps([{"title": o.title, "page": r.get_destination_page_number(o) + 1} for o in r.outline if not isinstance(o, list)], ensure_ascii=False))`;
  return JSON.parse(execFileSync('/usr/bin/python3', ['-c', script, file], { encoding: 'utf8' }));
}

/**
 * The claims table's rows of an English (left-to-right) report: each row starts where its number links to the
 * claim's highlight; its source, page and quote cells are read by pdftotext from those cells' boxes alone.
 */
async function claimRows(pdf: Uint8Array, dir: string) {
  const doc = await openPdf(pdf);
  const file = join(dir, `rows-${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, pdf);
  const left = 58;
  const width = 595.28 - 2 * left;
  const boxes = new Map<string, { x: number; w: number }>();
  let edge = left;
  for (const [key, share] of WORKSPACE_COLUMNS) {
    boxes.set(key, { x: edge, w: share * width });
    edge += share * width;
  }
  const rows: { source: string; page: string; quote: string }[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const height = page.view[3]!;
    const tops = (await page.getAnnotations())
      .filter((a) => a.subtype === 'Link' && typeof a.dest === 'string' && a.dest.startsWith('claim-'))
      .map((a) => height - (a.rect as number[])[3]! - 3)
      .sort((a, b) => a - b);
    tops.forEach((top, i) => {
      const bottom = tops[i + 1] ?? height - 62;
      const cell = (key: string) => {
        const box = boxes.get(key)!;
        const crop = ['-x', box.x, '-y', top, '-W', box.w, '-H', bottom - top].map((v) =>
          String(Math.round(Number(v) || 0) || v),
        );
        return words(
          execFileSync('pdftotext', ['-f', String(n), '-l', String(n), ...crop, '-enc', 'UTF-8', file, '-'], {
            encoding: 'utf8',
          }),
        ).trim();
      };
      rows.push({ source: cell('source'), page: cell('page'), quote: cell('quote') });
    });
  }
  return rows;
}
