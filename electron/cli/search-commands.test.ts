import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { test } from 'node:test';
import { corpusFiles, REPO_ROOT } from '../../tests/support/corpus.ts';
import { tempDir } from '../../tests/support/temp.ts';
import { runCliCaptured } from './run-captured.ts';

const cli = runCliCaptured;

const corpus = corpusFiles();
const file = (prefix: string) => corpus.files.find((f) => basename(f).startsWith(prefix))!;
const stored = (raw: string) => raw.replace(/\r\n?/g, '\n').normalize('NFC');

interface SuspectJson {
  start: number;
  end: number;
  text: string;
  kind: string;
  level: string;
  suggestion: string | null;
  reason: string;
}

test(
  'suspects --json on corpus 003 finds "14 يوليو 2011" HIGH with suggestion 2001',
  { skip: corpus.skip },
  async () => {
    const result = await cli('suspects', file('003'), '--json');
    assert.equal(result.code, 0, result.err);
    const list = JSON.parse(result.out) as SuspectJson[];
    const text = stored(await readFile(file('003'), 'utf8'));
    for (const s of list) {
      assert.deepEqual(Object.keys(s), ['start', 'end', 'text', 'kind', 'level', 'suggestion', 'reason']);
      assert.equal(text.slice(s.start, s.end), s.text);
      assert.equal(typeof s.reason, 'string');
      assert.match(s.reason, /[a-z]/, 'the English reason');
    }
    const july = list.find((s) => text.slice(s.start - '14 يوليو '.length, s.end) === '14 يوليو 2011');
    assert.ok(july, JSON.stringify(list.map((s) => s.text)));
    assert.equal(july.text, '2011');
    assert.equal(july.level, 'high');
    assert.equal(july.kind, 'year-outlier');
    assert.equal(july.suggestion, '2001');
    assert.match(july.reason, /typo for 2001/);
    // Both known typos of 003 are HIGH (2011 → 2001, 2020 → 2002), and nothing else.
    assert.deepEqual(
      list.filter((s) => s.level === 'high').map((s) => `${s.text}→${s.suggestion}`),
      ['2011→2001', '2020→2002'],
    );
  },
);

test('suspects without --json prints one line per suspicion', { skip: corpus.skip }, async () => {
  const json = JSON.parse((await cli('suspects', file('003'), '--json')).out) as SuspectJson[];
  const plain = await cli('suspects', file('003'));
  assert.equal(plain.code, 0);
  const lines = plain.out.split('\n');
  assert.equal(lines.length, json.length);
  assert.ok(
    lines.some((l) => /^\d+-\d+ {2}HIGH {2}year-outlier {2}2011 → 2001 {2}/.test(l)),
    plain.out,
  );
});

test('suspects: missing FILE is a usage error, an unreadable file exits 1, a clean text prints []', async () => {
  assert.equal((await cli('suspects')).code, 2);
  const missing = await cli('suspects', join(await tempDir(), 'nope.txt'));
  assert.equal(missing.code, 1);
  assert.match(missing.err, /nope\.txt/);
  const dir = await tempDir();
  await writeFile(join(dir, 'clean.txt'), 'نص بلا تواريخ.');
  assert.deepEqual(JSON.parse((await cli('suspects', join(dir, 'clean.txt'), '--json')).out), []);
});

test(
  'search --workspace finds hits across sources, with raw offsets; --variants widens',
  { skip: corpus.skip },
  async () => {
    const ws = join(await tempDir(), 'ws');
    const imported = await cli('import', ...corpus.files, '--create', '--workspace', ws, '--json');
    assert.equal(imported.code, 0, imported.err);
    const metas = JSON.parse(imported.out) as { id: string; title: string; originalFileName: string }[];
    const textOf = new Map<string, string>();
    for (const m of metas) textOf.set(m.id, (await cli('text', '--workspace', ws, '--source', m.id)).out);
    const id000 = metas.find((m) => m.originalFileName.startsWith('000'))!.id;

    const result = await cli('search', '--workspace', ws, 'ايزنهاور', '--json');
    assert.equal(result.code, 0, result.err);
    const hits = JSON.parse(result.out) as { source: string; start: number; end: number; text: string }[];
    assert.ok(hits.length > 0);
    assert.ok(hits.some((h) => h.text === 'إيزنهاور'));
    for (const h of hits) {
      assert.deepEqual(Object.keys(h), ['source', 'start', 'end', 'text']);
      assert.equal(textOf.get(h.source)!.slice(h.start, h.end), h.text);
    }

    const phrase = JSON.parse((await cli('search', '--workspace', ws, '14', 'يوليو', '2011', '--json')).out);
    assert.equal(phrase.length, 1);
    assert.equal(phrase[0].text, '14 يوليو 2011');

    const plain = JSON.parse((await cli('search', '--workspace', ws, 'السوفيتي', '--json')).out) as unknown[];
    const wide = JSON.parse((await cli('search', '--workspace', ws, 'السوفيتي', '--variants', '--json')).out) as {
      text: string;
    }[];
    assert.ok(wide.length > plain.length);
    assert.ok(wide.some((h) => h.text === 'السوفييتي'));

    // Corpus 000 repeats its first half: --skip-passages leaves the copy's hits out.
    const every = JSON.parse((await cli('search', '--workspace', ws, 'كندي', '--json')).out) as { source: string }[];
    const skipped = JSON.parse((await cli('search', '--workspace', ws, 'كندي', '--skip-passages', '--json')).out) as {
      source: string;
    }[];
    const in000 = (hs: { source: string }[]) => hs.filter((h) => h.source === id000).length;
    assert.ok(in000(skipped) > 0 && in000(skipped) < in000(every), `${in000(skipped)} of ${in000(every)}`);

    const lines = await cli('search', '--workspace', ws, 'كيندي');
    assert.equal(lines.code, 0);
    const title = metas.find((m) => m.id === id000)!.title;
    assert.ok(
      lines.out.split('\n').every((l) => l.startsWith(`${id000}  ${title}  `) && l.endsWith('  كيندي')),
      lines.out,
    );
  },
);

test('search: no QUERY is a usage error, a missing workspace exits 1, no hit prints []', async () => {
  const dir = await tempDir();
  assert.equal((await cli('search', '--workspace', dir)).code, 2);
  const missing = await cli('search', '--workspace', join(dir, 'nope'), 'كندي');
  assert.equal(missing.code, 1);
  assert.match(missing.err, /No workspace folder/);
  await writeFile(join(dir, 'a.txt'), 'نص صالح');
  const ws = join(dir, 'ws');
  assert.equal((await cli('import', join(dir, 'a.txt'), '--create', '--workspace', ws)).code, 0);
  assert.deepEqual(JSON.parse((await cli('search', '--workspace', ws, 'كندي', '--json')).out), []);
  assert.equal((await cli('search', '--workspace', ws, 'كندي')).out, '');
});

test(
  'the built CLI bundle runs suspects and search',
  { skip: (!existsSync(join(REPO_ROOT, '.vite/node/cli.js')) && 'not built') || corpus.skip },
  () => {
    const bin = join(REPO_ROOT, 'electron/cli/workbench.mjs');
    const result = spawnSync(process.execPath, [bin, 'suspects', file('003'), '--json'], { encoding: 'utf8' });
    assert.equal(result.status, 0, result.stderr);
    assert.ok((JSON.parse(result.stdout) as SuspectJson[]).some((s) => s.suggestion === '2001' && s.level === 'high'));
    const help = spawnSync(process.execPath, [bin, 'help'], { encoding: 'utf8' });
    assert.match(help.stdout, /workbench suspects FILE/);
    assert.match(help.stdout, /workbench search --workspace DIR QUERY/);
  },
);
