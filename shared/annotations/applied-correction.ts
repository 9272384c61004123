// A correction that was applied to the source text keeps its history on the claim: the editing body (the
// correction, "2001") gets an `appliedTo`, a W3C SpecificResource of the source as it was, with a TimeState
// (when, and which text revision) and the selectors of the words it replaced ("2011" in "14 يوليو 2011").
// The claim's own target follows the text as it is now; the panel, the CSV and the PDF read "2011 → 2001
// (applied)" from here. See docs/annotation-format.md.

import { bodyText, effectivePurpose, FIELD_PURPOSE } from './claim-bodies.ts';
import { isJsonObject } from './jsonld-normalize.ts';
import type { Annotation, Body, TextQuoteSelector } from './model.ts';

export interface AppliedCorrection {
  /** The words the correction replaced. */
  original: string;
  /** The correction as applied. */
  correction: string;
  /** The text revision it was applied to (the one before the edit it made). */
  revision: number;
  at: string;
}

export interface ReplacedWords {
  sourceIri: string;
  /** The replaced words with their context in the text as it was, and their offsets there. */
  quote: TextQuoteSelector;
  start: number;
  end: number;
  revision: number;
  at: string;
}

/** The claim with its (single, unapplied) correction body marked as applied to `replaced`. */
export function withAppliedCorrection(annotation: Annotation, replaced: ReplacedWords): Annotation {
  const appliedTo = {
    type: 'SpecificResource',
    source: replaced.sourceIri,
    state: { type: 'TimeState', sourceDate: replaced.at, revision: replaced.revision },
    selector: [replaced.quote, { type: 'TextPositionSelector', start: replaced.start, end: replaced.end }],
  };
  let marked = false;
  const body = annotation.body.map((b): Body => {
    if (marked || !isCorrectionBody(b, annotation)) return b;
    marked = true;
    return { ...b, appliedTo };
  });
  return { ...annotation, body };
}

/** The applied correction of a claim, if its correction body says it was applied. */
export function readAppliedCorrection(annotation: Annotation): AppliedCorrection | undefined {
  for (const body of annotation.body) {
    if (!isCorrectionBody(body, annotation)) continue;
    const applied = (body as { appliedTo?: unknown }).appliedTo;
    if (!isJsonObject(applied)) continue;
    const selectors = Array.isArray(applied.selector) ? applied.selector : [applied.selector];
    const quote = selectors.find((s) => isJsonObject(s) && s.type === 'TextQuoteSelector') as
      TextQuoteSelector | undefined;
    const state = isJsonObject(applied.state) ? applied.state : {};
    if (!quote || typeof quote.exact !== 'string') continue;
    return {
      original: quote.exact,
      correction: (bodyText(body) ?? '').trim(),
      revision: typeof state.revision === 'number' ? state.revision : 0,
      at: typeof state.sourceDate === 'string' ? state.sourceDate : '',
    };
  }
  return undefined;
}

function isCorrectionBody(body: Body, annotation: Annotation): boolean {
  return effectivePurpose(body, annotation) === FIELD_PURPOSE.correction && bodyText(body) !== undefined;
}
