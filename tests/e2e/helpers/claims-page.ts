// Driving the reading view and claims panel as a researcher does: selecting a phrase in the text (a real DOM
// selection across text nodes and marks), pressing keys, reading the panel; and reading what is on disk.

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { parseAnnotationDocument } from '../../../shared/annotations/jsonld.ts';
import type { Annotation } from '../../../shared/annotations/model.ts';

/**
 * Page-side source of a function (needle, nth) → the DOM Range of the nth occurrence of `needle` inside one
 * paragraph of the reading view (scrolled into view), across text nodes and marks; null when absent. A string,
 * not a function: tsx would wrap named inner functions in a `__name` helper the page does not have.
 */
export const NEEDLE_RANGE_JS = `((needle, nth) => {
  let seen = 0;
  for (const p of document.querySelectorAll('[data-testid=source-text] > p')) {
    const i = p.textContent.indexOf(needle);
    if (i < 0 || seen++ < nth) continue;
    p.scrollIntoView({ block: 'center' });
    const points = [];
    for (const target of [i, i + needle.length]) {
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      let before = 0;
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (before + n.textContent.length >= target) { points.push([n, target - before]); break; }
        before += n.textContent.length;
      }
    }
    const range = document.createRange();
    range.setStart(points[0][0], points[0][1]);
    range.setEnd(points[1][0], points[1][1]);
    return range;
  }
  return null;
})`;

/** Selects the first occurrence (or the `nth`) of `needle` inside one paragraph of the reading view. */
export async function selectText(page: Page, needle: string, nth = 0): Promise<void> {
  const found = await page.evaluate(
    `(() => {
      const range = ${NEEDLE_RANGE_JS}(${JSON.stringify(needle)}, ${nth});
      if (!range) return false;
      const selection = getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
      return true;
    })()`,
  );
  if (!found) throw new Error(`"${needle}" (occurrence ${nth}) is not in any paragraph of the reading view`);
  // A function, not a string: string predicates are polled with eval, which the app's CSP refuses.
  // Lexical reads the DOM selection on selectionchange; give it the event loop turn it needs.
  await page.waitForFunction(() => (getSelection()?.toString().length ?? 0) > 0);
  await page.waitForTimeout(50);
}

export function claimsPanel(page: Page, lang: 'ar' | 'en' = 'ar') {
  return page.getByRole('complementary', { name: lang === 'ar' ? 'لوحة الادعاءات' : 'Claims panel' });
}

export function claimItems(page: Page, lang: 'ar' | 'en' = 'ar') {
  return claimsPanel(page, lang).locator('.claims__list > li');
}

export async function waitSaved(page: Page): Promise<void> {
  await page.locator('[data-testid=save-state][data-status=saved]').waitFor({ timeout: 10_000 });
}

/** Marks currently in the reading view, as `data-ids` strings. */
export async function markIds(page: Page): Promise<string[]> {
  return page
    .locator('[data-testid=source-text] mark')
    .evaluateAll((marks) => marks.map((m) => (m as HTMLElement).dataset.ids ?? ''));
}

export async function storedText(workspace: string, sourceId: string): Promise<string> {
  return readFile(join(workspace, 'sources', sourceId, 'text.txt'), 'utf8');
}

export async function storedClaims(workspace: string, sourceId: string): Promise<Annotation[]> {
  const json = JSON.parse(await readFile(join(workspace, 'annotations', `${sourceId}.json`), 'utf8'));
  return parseAnnotationDocument(json, 'annotations').annotations;
}

/** Calls `read` every 100 ms for up to 10 s until `done` accepts its value; the last value either way. */
async function pollUntil<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  let value = await read();
  for (let i = 1; i < 100 && !done(value); i++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await read();
  }
  return value;
}

/**
 * The stored claims once the file holds `count` of them (a save or a merge is on its way), else the claims there
 * at the end. "Saved" on screen right after a key may still be the state from before.
 */
export function storedClaimsWhen(workspace: string, sourceId: string, count: number): Promise<Annotation[]> {
  return pollUntil(
    () => storedClaims(workspace, sourceId).catch((): Annotation[] => []),
    (claims) => claims.length === count,
  );
}

/**
 * The elements' texts as shown, once none is empty. A list item with content-visibility: auto has no rendered
 * text until the frame that finds it on screen.
 */
export function shownTexts(locator: Locator): Promise<string[]> {
  return pollUntil(
    () => locator.allInnerTexts(),
    (texts) => texts.length > 0 && texts.every((text) => text.trim() !== ''),
  );
}
