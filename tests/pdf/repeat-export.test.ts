// Exports in one long-lived process (the app, browser mode) must not depend on what was exported before: the
// corpus texts are exported one after the other in one process, in every order of three, and each report's text
// layer, read by Poppler and MuPDF, compared with the same export from a fresh process. fontkit's glyph cache
// once made them differ (electron/services/pdf/fontkit-glyphs.ts): which earlier text disturbed which later one
// depended on the order (003 after 001 and 000, not after 000 alone), hence a process per order.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { test } from 'node:test';
import { corpusFiles } from '../support/corpus.ts';
import { tempDir } from '../support/temp.ts';
import { extractorsMissing, mupdfText, popplerText } from './support/extract.ts';

const corpus = corpusFiles();
const skip = corpus.skip ?? extractorsMissing();
const RENDER = new URL('./support/render-once.ts', import.meta.url).pathname;

/** Renders `files` in one process, in this order; their reports' text layers as Poppler and MuPDF read them. */
async function layersInOneProcess(dir: string, files: readonly string[]): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  execFileSync(process.execPath, ['--import', 'tsx', RENDER, dir, ...files], { stdio: 'inherit' });
  return Promise.all(
    files.map(async (_, i) => {
      const pdf = new Uint8Array(await readFile(join(dir, `${i}.pdf`)));
      return `${popplerText(pdf, dir, 1, 9999)}\n--- MuPDF ---\n${mupdfText(pdf, dir, 1, 9999)}`;
    }),
  );
}

test(
  'each corpus text exports the same text layer after other exports, in any order, as in a fresh process',
  { skip },
  async () => {
    const dir = await tempDir('wb-repeat-');
    const texts = corpus.files.slice(0, 3);
    const fresh = new Map<string, string>();
    for (const [i, file] of texts.entries())
      fresh.set(file, (await layersInOneProcess(join(dir, `fresh-${i}`), [file]))[0]!);
    for (const [k, order] of permutations(texts).entries()) {
      const layers = await layersInOneProcess(join(dir, `order-${k}`), order);
      order.forEach((file, i) => {
        const label = `${basename(file)} after ${
          order
            .slice(0, i)
            .map((f) => basename(f).slice(0, 3))
            .join(', ') || 'nothing'
        }`;
        assert.ok(layers[i]!.length > 2000, `${label}: a text layer`);
        assert.equal(layers[i], fresh.get(file), `${label}: the text layer of a fresh process's export`);
      });
    }
  },
);

function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, i) =>
    permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]),
  );
}
