// The claims of one source as the report shows them: anchored in the text (or orphaned), numbered in text order,
// with their tag's label and color and the fields readClaim gives (note, correction, citations).

import { readAppliedCorrection, type AppliedCorrection } from '../../../shared/annotations/applied-correction.ts';
import { readClaim, type ClaimFields } from '../../../shared/annotations/claim.ts';
import { correctionTarget } from '../../../shared/annotations/correction.ts';
import { quoteSelector, type Annotation } from '../../../shared/annotations/model.ts';
import type { Tag } from '../../../shared/workspace/model.ts';
import { anchorAnnotation } from '../../../shared/anchoring/anchor.ts';

interface TagLabel {
  id: string;
  ar: string;
  en: string;
  color: string;
}

export interface ReportClaim {
  id: string;
  /** 1-based, in text order; orphans continue the numbering after the anchored claims. */
  number: number;
  annotation: Annotation;
  /** Offsets in the source text (undefined for an orphan). */
  start?: number;
  end?: number;
  quote: string;
  fields: ClaimFields;
  tags: TagLabel[];
  /** The first tag's color: the highlight. */
  color: string;
  creator?: string;
  /** The workspace report's: the source the claim is in (its table has a source column). */
  source?: { title: string };
  /** Set when the correction was applied to the text: the words it replaced come from here. */
  applied?: AppliedCorrection;
}

/** The correction as "2011 → 2001": only the part of the quote it replaces, or what it replaced once applied. */
export function correctionPair(claim: ReportClaim): { from: string; to: string } | undefined {
  const to = claim.fields.correction.trim();
  if (to === '') return undefined;
  if (claim.applied) return { from: claim.applied.original, to: claim.applied.correction || to };
  const part = correctionTarget(claim.quote, to);
  return { from: claim.quote.slice(part.start, part.end), to };
}

/** A claim without a tag, or with a tag the workspace does not know, still shows. */
const UNTAGGED_COLOR = '#8a8a8a';

export function prepareClaims(
  annotations: readonly Annotation[],
  text: string,
  tags: readonly Tag[],
): { claims: ReportClaim[]; orphans: ReportClaim[] } {
  const anchored: ReportClaim[] = [];
  const orphans: ReportClaim[] = [];
  for (const annotation of annotations) {
    const fields = readClaim(annotation);
    const tagLabels = fields.tags.map((id) => tagLabel(id, tags));
    const base = {
      id: annotation.id,
      number: 0,
      annotation,
      fields,
      tags: tagLabels,
      color: tagLabels[0]?.color ?? UNTAGGED_COLOR,
      ...creatorOf(annotation),
      ...appliedOf(annotation),
    };
    const span = anchorAnnotation(annotation, text);
    if (span && span.end > span.start) {
      anchored.push({ ...base, start: span.start, end: span.end, quote: text.slice(span.start, span.end) });
    } else {
      orphans.push({ ...base, quote: quoteSelector(annotation)?.exact ?? '' });
    }
  }
  // Text order; a longer claim first when two start together, so the outer one gets the lower number.
  anchored.sort((a, b) => a.start! - b.start! || b.end! - a.end!);
  anchored.forEach((claim, i) => (claim.number = i + 1));
  orphans.forEach((claim, i) => (claim.number = anchored.length + i + 1));
  return { claims: anchored, orphans };
}

function tagLabel(id: string, tags: readonly Tag[]): TagLabel {
  const tag = tags.find((t) => t.id === id);
  return tag
    ? { id, ar: tag.label.ar, en: tag.label.en, color: tag.color }
    : { id, ar: id, en: id, color: UNTAGGED_COLOR };
}

function appliedOf(annotation: Annotation): { applied?: AppliedCorrection } {
  const applied = readAppliedCorrection(annotation);
  return applied ? { applied } : {};
}

function creatorOf(annotation: Annotation): { creator?: string } {
  const creator = annotation.creator;
  const name = typeof creator === 'string' ? creator : creator?.name;
  return name ? { creator: name } : {};
}
