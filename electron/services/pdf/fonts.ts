// The report's fonts, all OFL-1.1 and shipped through npm: Vazirmatn (TTF, Arabic + Latin) by default, Amiri as
// an option. Amiri's packages only have WOFF subsets (Arabic without digits, Latin, Latin-ext), so it gets a
// fallback chain and is unpacked to TTF once into a cache folder. WOFF2 is never used: fontkit's subsetter
// crashes on it at doc.end().

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import * as fontkit from 'fontkit';
import { writeFileAtomic } from '../fs/atomic.ts';
import { chainFiles, type FontChoice, type FontWeight } from './font-files.ts';
import { isWoff, woffToSfnt } from './woff.ts';
import { withOwnCodePoints } from './fontkit-glyphs.ts';

export type { FontChoice, FontWeight } from './font-files.ts';

export interface ChainFont {
  /** Unique per file: pdfkit's font family name and the shaping cache's key. */
  key: string;
  font: fontkit.Font;
}

/** Fonts tried in order for each character; the first one that has a glyph draws it. */
export interface FontChain {
  fonts: ChainFont[];
  /** Index into `fonts` for a code point (0 when no font has it: the first font's .notdef is drawn). */
  fontFor(codePoint: number): number;
}

function defaultFontCacheDir(): string {
  return join(tmpdir(), 'claim-workbench-font-cache');
}

// Loaded fonts are kept for the life of the process: parsing and fontkit's lazily built tables are the costly
// part of a first export, and the shaping cache (shaping.ts) is keyed by these same objects.
const chains = new Map<string, Promise<FontChain>>();

/**
 * `fontDir`: a folder holding the font files under their package file names (Vazirmatn-Regular.ttf,
 * amiri-arabic-400-normal.woff, …), for a packaged app without node_modules; default: resolved from the packages.
 */
export function loadFontChain(
  choice: FontChoice,
  weight: FontWeight,
  cacheDir = defaultFontCacheDir(),
  fontDir?: string,
): Promise<FontChain> {
  const key = `${choice}|${weight}|${cacheDir}|${fontDir ?? ''}`;
  let chain = chains.get(key);
  if (!chain) {
    chain = buildChain(chainFiles(choice, weight), cacheDir, fontDir);
    chain.catch(() => chains.delete(key));
    chains.set(key, chain);
  }
  return chain;
}

async function buildChain(specs: string[], cacheDir: string, fontDir: string | undefined): Promise<FontChain> {
  const fonts = await Promise.all(
    specs.map(async (spec) => ({ key: basename(spec), font: await openFont(spec, cacheDir, fontDir) })),
  );
  const byCodePoint = new Map<number, number>();
  return {
    fonts,
    fontFor(codePoint) {
      let index = byCodePoint.get(codePoint);
      if (index === undefined) {
        index = Math.max(
          0,
          fonts.findIndex((f) => f.font.hasGlyphForCodePoint(codePoint)),
        );
        byCodePoint.set(codePoint, index);
      }
      return index;
    },
  };
}

const fontFiles = new Map<string, fontkit.Font>();

async function openFont(spec: string, cacheDir: string, fontDir: string | undefined): Promise<fontkit.Font> {
  const path = fontDir ? join(fontDir, basename(spec)) : createRequire(import.meta.url).resolve(spec);
  const cached = fontFiles.get(path);
  if (cached) return cached;
  const raw = new Uint8Array(readFileSync(path));
  const bytes = isWoff(raw) ? await unpackedWoff(raw, basename(path), cacheDir) : raw;
  const font = withOwnCodePoints(fontkit.create(bytes));
  fontFiles.set(path, font);
  return font;
}

/** The TTF beside the cache key of the WOFF's own bytes, so an updated package never reads a stale file. */
async function unpackedWoff(woff: Uint8Array, name: string, cacheDir: string): Promise<Uint8Array> {
  const digest = createHash('sha256').update(woff).digest('hex').slice(0, 16);
  const path = join(cacheDir, `${name.replace(/\.woff$/, '')}-${digest}.ttf`);
  try {
    return new Uint8Array(await readFile(path));
  } catch {
    // Not cached yet (or unreadable): unpack below.
  }
  const sfnt = woffToSfnt(woff);
  try {
    await mkdir(cacheDir, { recursive: true });
    await writeFileAtomic(path, sfnt);
  } catch {
    // A read-only cache only costs speed: the unpacked font is used from memory.
  }
  return sfnt;
}
